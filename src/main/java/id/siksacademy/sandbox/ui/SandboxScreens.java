package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/** The replica's screens in the order SIKS-NG's menu has them. */
final class SandboxScreens {

    record Screen(Class<? extends Component> view, String titleKey) {
    }

    static final List<Screen> ALL = List.of(
            new Screen(BerandaDesaView.class, "sandbox.beranda.title"),
            new Screen(DataDtksView.class, "sandbox.dtks.title"),
            new Screen(VervalView.class, "sandbox.verval.title"),
            new Screen(PadanView.class, "sandbox.padan.title"),
            new Screen(AnomaliView.class, "sandbox.anomali.title"),
            new Screen(CatatanLapanganView.class, "sandbox.catatan.title"),
            new Screen(UsulanBaruView.class, "sandbox.usulan.title"),
            new Screen(MusyawarahDesaView.class, "sandbox.musdes.title"),
            new Screen(FinalisasiView.class, "sandbox.finalisasi.title"),
            new Screen(PersetujuanView.class, "sandbox.persetujuan.title"));

    private SandboxScreens() {
    }
}
