/** Outside text made safe to store and show. */
@NamedInterface("text")
package id.siksacademy.base.text;

import org.springframework.modulith.NamedInterface;
