package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.siksacademy.base.text.PaperDate;
import id.siksacademy.region.Kabupaten;
import id.siksacademy.region.Village;
import id.siksacademy.scenario.Person;
import id.siksacademy.scenario.Proposal;
import java.util.Locale;
import java.util.function.Function;

/**
 * The head's KTP-el as the applicant hands it over: the address on it may be older than the KK's
 * (the family moved within the village since). Synthetic, and stamped so.
 */
class KtpView extends Div {

    KtpView(Proposal proposal, Village village, Kabupaten kabupaten, String kecamatan,
            Function<Enum<?>, String> label) {
        addClassName("ktp");
        Person p = proposal.family().head();
        var title = new Div(new Span("PROVINSI " + kabupaten.provinceName().toUpperCase(Locale.ROOT)),
                new Span(kabupaten.title().toUpperCase(Locale.ROOT)));
        title.addClassName("ktp-title");
        var stamp = new Span("DATA SIMULASI");
        stamp.addClassName("kk-stamp");
        var lines = new Div(
                line("NIK", p.nik()),
                line("Nama", p.name()),
                line("Tempat/Tgl Lahir", p.birthPlace() + ", " + PaperDate.format(p.birthDate())),
                line("Jenis Kelamin", label.apply(p.sex()).toUpperCase(Locale.ROOT)),
                line("Alamat", "DUKUH " + proposal.ktpDukuh().toUpperCase(Locale.ROOT)),
                line("RT/RW", String.format(Locale.ROOT, "%03d/%03d", proposal.ktpRt(), proposal.ktpRw())),
                line("Kel/Desa", village.name().toUpperCase(Locale.ROOT)),
                line("Kecamatan", kecamatan.toUpperCase(Locale.ROOT)),
                line("Agama", label.apply(p.religion()).toUpperCase(Locale.ROOT)),
                line("Status Perkawinan", label.apply(p.maritalStatus()).toUpperCase(Locale.ROOT)),
                line("Pekerjaan", label.apply(p.occupation()).toUpperCase(Locale.ROOT)),
                line("Kewarganegaraan", "WNI"),
                line("Berlaku Hingga", "SEUMUR HIDUP"));
        lines.addClassName("ktp-lines");
        add(stamp, title, lines);
    }

    private static Div line(String label, String value) {
        return new Div(new Span(label), new Span(": " + value));
    }
}
