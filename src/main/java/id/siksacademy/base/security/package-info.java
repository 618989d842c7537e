/** Who is signed in, read the way method security reads it. */
@NamedInterface("security")
package id.siksacademy.base.security;

import org.springframework.modulith.NamedInterface;
