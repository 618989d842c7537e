/** What every HTTP response carries, whichever feature produced it. */
package id.siksacademy.base.web;
