package id.siksacademy.region;

import java.util.List;

public record Kecamatan(String code, String name, String bpsCode, List<Village> villages) {

    public Kecamatan {
        villages = List.copyOf(villages);
    }
}
