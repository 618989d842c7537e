package id.siksacademy.region;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The 38 provinces by Kemendagri code (Kepmendagri 300.2.2-2430/2025). */
public final class Provinces {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        String[] rows = {
            "11", "Aceh", "12", "Sumatera Utara", "13", "Sumatera Barat", "14", "Riau", "15", "Jambi",
            "16", "Sumatera Selatan", "17", "Bengkulu", "18", "Lampung", "19", "Kepulauan Bangka Belitung",
            "21", "Kepulauan Riau", "31", "DKI Jakarta", "32", "Jawa Barat", "33", "Jawa Tengah",
            "34", "Daerah Istimewa Yogyakarta", "35", "Jawa Timur", "36", "Banten", "51", "Bali",
            "52", "Nusa Tenggara Barat", "53", "Nusa Tenggara Timur", "61", "Kalimantan Barat",
            "62", "Kalimantan Tengah", "63", "Kalimantan Selatan", "64", "Kalimantan Timur", "65", "Kalimantan Utara",
            "71", "Sulawesi Utara", "72", "Sulawesi Tengah", "73", "Sulawesi Selatan", "74", "Sulawesi Tenggara",
            "75", "Gorontalo", "76", "Sulawesi Barat", "81", "Maluku", "82", "Maluku Utara", "91", "Papua",
            "92", "Papua Barat", "93", "Papua Selatan", "94", "Papua Tengah", "95", "Papua Pegunungan",
            "96", "Papua Barat Daya"};
        for (int i = 0; i < rows.length; i += 2) {
            NAMES.put(rows[i], rows[i + 1]);
        }
    }

    private Provinces() {
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(NAMES.get(code));
    }

    public static Set<String> codes() {
        return NAMES.keySet();
    }
}
