/** Languages of the UI and where a user's choice is remembered. */
@NamedInterface("i18n")
package id.siksacademy.base.i18n;

import org.springframework.modulith.NamedInterface;
