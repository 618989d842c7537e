package id.siksacademy.scenario;

import java.util.Locale;
import java.util.Set;

/** Names as DTKS holds them, and the stand-ins keyed when a name was not known. */
public final class Names {

    private static final Set<String> STAND_INS = Set.of("", "-", "--", ".", "NN", "N N", "TANPA NAMA", "BELUM ADA NAMA");

    private Names() {
    }

    /** An empty name or a stand-in: "-", "NN", "TANPA NAMA", or "BAYI NY. ..." for a baby not yet named. */
    public static boolean placeholder(String name) {
        if (name == null) {
            return true;
        }
        String n = name.trim().toUpperCase(Locale.ROOT);
        return STAND_INS.contains(n) || n.startsWith("BAYI ");
    }
}
