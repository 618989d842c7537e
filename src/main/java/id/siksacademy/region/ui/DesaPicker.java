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

    /**
     * "Prawoto · Sukolilo (33.18.01.2001)" for a stored code of any known kabupaten (not only the
     * working one: records keep their names when Dinsos switches region), or the code itself.
     */
    public static String label(Regions regions, String code) {
        return code == null ? "" : regions.kabupatenOf(code).flatMap(k -> k.village(code).map(v -> label(k, v)))
                .orElse(code);
    }
}
