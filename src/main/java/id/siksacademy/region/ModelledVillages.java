package id.siksacademy.region;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the official list lacks and the generator needs, modelled from the village code itself (so the
 * same code always gets the same): RW and RT counts, dukuh names (Javanese ones in Jawa Tengah, DIY
 * and Jawa Timur, numbered dusun elsewhere) and the BPS codes (the kecamatan's two digits and a 0,
 * the village's position in its kecamatan). Not official: shown as modelled, like Pati's.
 */
final class ModelledVillages {

    /** Dukuh names that recur across Pati's villages (content/regions/pati.yaml). */
    static final List<String> JAVANESE = List.of("Krajan", "Kauman", "Ngasem", "Ngemplak", "Ngrandu", "Pedukuhan",
            "Bendo", "Bulakan", "Tegalan", "Pilang", "Sawahan", "Sidowayah", "Gunung", "Kenongo", "Sambiroto", "Jetak",
            "Kebonan", "Jambean");
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI");

    private ModelledVillages() {
    }

    /** The BPS kecamatan code: kabupaten digits, the kecamatan's two digits and 0 (3320 + 010). */
    static String kecamatanBps(String kabupatenBps, String kecamatanCode) {
        return kabupatenBps + kecamatanCode.substring(kecamatanCode.length() - 2) + "0";
    }

    /** A village of the official list with modelled RW, RT, dukuh and BPS code; {@code position} from 1. */
    static Village village(String provinceCode, String kecamatanBps, String code, String name, int position) {
        var random = new SplittableRandom(code.hashCode());
        int rw = 2 + random.nextInt(8);
        int rtPerRw = 3 + random.nextInt(5);
        int dukuhCount = 2 + random.nextInt(4);
        var dukuh = new ArrayList<String>();
        if (List.of("33", "34", "35").contains(provinceCode)) {
            var pool = new ArrayList<>(JAVANESE);
            dukuh.add(pool.removeFirst()); // Krajan, the old centre, in most
            while (dukuh.size() < dukuhCount) {
                dukuh.add(pool.remove(random.nextInt(pool.size())));
            }
        } else {
            for (int i = 0; i < dukuhCount; i++) {
                dukuh.add("Dusun " + ROMAN.get(i));
            }
        }
        return new Village(code, name, kecamatanBps + String.format(java.util.Locale.ROOT, "%03d", position), rw, rtPerRw,
                dukuh);
    }
}
