package id.siksacademy.scenario;

import java.util.List;

/**
 * Where a village's people were born and first registered: most in the village's own kabupaten
 * ({@code home}, as the KK writes a place of birth), a few elsewhere (a neighbouring kabupaten, the
 * capital), whose NIKs keep that region's six-digit kecamatan prefix.
 */
public record Origins(String home, List<Origin> elsewhere) {

    /** A place of first registration: the kecamatan prefix its NIKs carry and the birthplace written. */
    public record Origin(String nikPrefix, String place) {
        public Origin {
            if (nikPrefix == null || !nikPrefix.matches("\\d{6}")) {
                throw new IllegalArgumentException("a NIK prefix has six digits: " + nikPrefix);
            }
            if (place == null || place.isBlank()) {
                throw new IllegalArgumentException("an origin needs a place name");
            }
        }
    }

    public Origins {
        if (home == null || home.isBlank()) {
            throw new IllegalArgumentException("origins need a home place name");
        }
        elsewhere = List.copyOf(elsewhere);
        if (elsewhere.isEmpty()) {
            throw new IllegalArgumentException("origins need at least one place elsewhere");
        }
    }
}
