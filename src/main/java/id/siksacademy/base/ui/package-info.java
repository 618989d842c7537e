/** Shared UI pieces every feature's views may use: the main layout, headers, the simulation banner. */
@NamedInterface("ui")
package id.siksacademy.base.ui;

import org.springframework.modulith.NamedInterface;
