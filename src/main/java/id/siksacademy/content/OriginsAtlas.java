package id.siksacademy.content;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.scenario.Origins;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the people of any kabupaten were born: its own name, and now and then one of the four
 * kabupaten/kota of its province nearest by Kemendagri code (codes run along the map, roughly) or
 * Jakarta. From {@code content/regions/kemendagri-2025-kabupaten.csv} (each kabupaten/kota with its
 * first kecamatan, whose code a NIK from there starts with). A region file may list its own
 * ({@code born_elsewhere}), as Pati's does.
 */
public final class OriginsAtlas {

    static final String FILE = "kemendagri-2025-kabupaten.csv";
    private static final String CAPITAL = "31.74";
    private static final int NEIGHBOURS = 4;

    private final OfficialRegions national;
    private final Map<String, Origins> declared;

    OriginsAtlas(OfficialRegions national, Map<String, Origins> declared) {
        this.national = national;
        this.declared = Map.copyOf(declared);
    }

    public Origins of(Kabupaten kabupaten) {
        Origins own = declared.get(kabupaten.code());
        if (own != null) {
            return own;
        }
        var elsewhere = new ArrayList<Origins.Origin>();
        int number = number(kabupaten.code());
        national.children(kabupaten.provinceCode()).stream()
                .filter(code -> !code.equals(kabupaten.code()))
                .sorted(Comparator.comparingInt((String code) -> Math.abs(number(code) - number)).thenComparing(code -> code))
                .limit(NEIGHBOURS)
                .forEach(code -> origin(code).ifPresent(elsewhere::add));
        if (!kabupaten.provinceCode().equals(CAPITAL.substring(0, 2))) {
            origin(CAPITAL).ifPresent(elsewhere::add);
        }
        return new Origins(kabupaten.name().toUpperCase(Locale.ROOT), elsewhere);
    }

    private java.util.Optional<Origins.Origin> origin(String kabupatenCode) {
        return national.children(kabupatenCode).stream().findFirst()
                .flatMap(kecamatan -> national.name(kabupatenCode).map(name -> new Origins.Origin(
                        kecamatan.replace(".", ""), place(name))));
    }

    /** "Kota Administrasi Jakarta Selatan" → "JAKARTA SELATAN", as a KK writes a place of birth. */
    static String place(String officialName) {
        return officialName.replaceFirst("^(Kabupaten|Kota)( Administrasi)? ", "").strip().toUpperCase(Locale.ROOT);
    }

    private static int number(String kabupatenCode) {
        return Integer.parseInt(kabupatenCode.substring(kabupatenCode.indexOf('.') + 1));
    }

    /** The places a region file declares ({@code born_elsewhere: [{nik_prefix, place}]}), if it does. */
    static java.util.Optional<Origins> declared(YamlNode root, Kabupaten kabupaten) {
        return root.optional("born_elsewhere").map(list -> {
            List<Origins.Origin> places = new ArrayList<>();
            for (YamlNode node : list.list()) {
                node.only("nik_prefix", "place");
                String prefix = node.text("nik_prefix");
                if (!prefix.matches("\\d{6}")) {
                    throw node.get("nik_prefix").error("a NIK prefix has six digits (province, kabupaten, kecamatan)");
                }
                places.add(new Origins.Origin(prefix, node.text("place").toUpperCase(Locale.ROOT)));
            }
            if (places.isEmpty()) {
                throw list.error("born_elsewhere needs at least one place");
            }
            return new Origins(kabupaten.name().toUpperCase(Locale.ROOT), places);
        });
    }
}
