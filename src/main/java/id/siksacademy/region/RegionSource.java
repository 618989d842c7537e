package id.siksacademy.region;

import java.util.List;

/** Kabupaten that ship with the application (content/regions), beside those a Dinsos imports. */
public interface RegionSource {

    List<Kabupaten> kabupaten();
}
