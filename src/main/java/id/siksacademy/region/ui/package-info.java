/** Region pieces other features' views use: the desa picker. */
@NamedInterface("ui")
package id.siksacademy.region.ui;

import org.springframework.modulith.NamedInterface;
