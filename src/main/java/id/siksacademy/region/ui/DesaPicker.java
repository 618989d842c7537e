package id.siksacademy.region.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import id.siksacademy.region.Kabupaten;
import id.siksacademy.region.Regions;
import id.siksacademy.region.Village;

/**
 * Picks a desa/kelurahan of the kabupaten by name, kecamatan or Kemendagri code; the value is the
 * village. Items read "Prawoto · Sukolilo (33.18.01.2001)".
 */
public class DesaPicker extends ComboBox<Village> {

    public DesaPicker(Kabupaten kabupaten) {
        setItems((village, filter) -> label(kabupaten, village).toLowerCase(java.util.Locale.ROOT)
                .contains(filter.toLowerCase(java.util.Locale.ROOT).strip()), kabupaten.villages().toList());
        setItemLabelGenerator(v -> label(kabupaten, v));
        setClearButtonVisible(true);
        addClassName("desa-picker");
    }

    public static String label(Kabupaten kabupaten, Village village) {
        String kecamatan = kabupaten.kecamatanOf(village).map(k -> k.name()).orElse("");
        return village.name() + " · " + kecamatan + " (" + village.code() + ")";
    }

    /** "Prawoto · Sukolilo (33.18.01.2001)" for a code of any known kabupaten, or the code itself. */
    public static String label(Regions regions, String code) {
        return code == null ? "" : regions.kabupatenOf(code).map(k -> label(k, code)).orElse(code);
    }

    /** "Prawoto · Sukolilo (33.18.01.2001)" for a code, or the code itself when it is not in the region. */
    public static String label(Kabupaten kabupaten, String code) {
        return code == null ? "" : kabupaten.village(code).map(v -> label(kabupaten, v)).orElse(code);
    }
}
