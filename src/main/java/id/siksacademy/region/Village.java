package id.siksacademy.region;

import java.util.List;

/**
 * A desa or kelurahan. {@code code} is the Kemendagri code (33.18.01.2001); {@code bpsCode} the
 * 10-digit BPS code used inside DTKS IDs.
 */
public record Village(String code, String name, String bpsCode, int rwCount, int rtPerRw, List<String> dukuh) {

    public Village {
        dukuh = List.copyOf(dukuh);
    }

    /** Kelurahan codes have 1 as the first digit of the last part; desa 2. */
    public boolean isKelurahan() {
        return code.charAt(code.lastIndexOf('.') + 1) == '1';
    }

    /** The kecamatan's Kemendagri code (33.18.01). */
    public String kecamatanCode() {
        return code.substring(0, code.lastIndexOf('.'));
    }

    /** The six digits that open the NIKs and KK numbers first registered in this kecamatan. */
    public String nikPrefix() {
        return kecamatanCode().replace(".", "");
    }
}
