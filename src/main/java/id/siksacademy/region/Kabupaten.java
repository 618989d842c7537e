package id.siksacademy.region;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A kabupaten with its kecamatan and villages, as loaded from content/regions. */
public record Kabupaten(String provinceCode, String provinceName, String code, String bpsCode, String name,
                        String postalPrefix, List<Kecamatan> kecamatan) {

    public Kabupaten {
        kecamatan = List.copyOf(kecamatan);
    }

    /** Kota codes run from 71 (33.71 Magelang); kabupaten below. */
    public boolean isKota() {
        return Integer.parseInt(code.substring(code.indexOf('.') + 1)) >= 71;
    }

    /** "Kabupaten Pati" or "Kota Semarang", as letters and reports name it. */
    public String title() {
        return (isKota() ? "Kota " : "Kabupaten ") + name;
    }

    public Stream<Village> villages() {
        return kecamatan.stream().flatMap(k -> k.villages().stream());
    }

    /** Through its kecamatan (the code up to its last dot): a few dozen comparisons, not every village. */
    public Optional<Village> village(String code) {
        if (code == null || code.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        return kecamatan(code.substring(0, code.lastIndexOf('.')))
                .flatMap(k -> k.villages().stream().filter(v -> v.code().equals(code)).findFirst());
    }

    /**
     * A village by its Kemendagri code as people type it: dotted (33.18.01.2001) or as ten digits
     * (3318012001, how a spreadsheet may keep it), surrounding spaces ignored.
     */
    public Optional<Village> villageTyped(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip();
        if (t.matches("\\d{10}")) {
            t = t.substring(0, 2) + "." + t.substring(2, 4) + "." + t.substring(4, 6) + "." + t.substring(6);
        }
        return village(t);
    }

    /** The kecamatan a village belongs to. */
    public Optional<Kecamatan> kecamatanOf(Village village) {
        return kecamatan(village.kecamatanCode());
    }

    public Optional<Kecamatan> kecamatan(String code) {
        return kecamatan.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** The villages a region code covers: this kabupaten, one kecamatan, or one village. */
    public List<Village> villagesIn(String regionCode) {
        if (code.equals(regionCode)) {
            return villages().toList();
        }
        return kecamatan(regionCode).map(Kecamatan::villages)
                .or(() -> village(regionCode).map(List::of))
                .orElse(List.of());
    }
}
