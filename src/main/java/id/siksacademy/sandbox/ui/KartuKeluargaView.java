package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import id.siksacademy.region.Kabupaten;
import id.siksacademy.region.Village;
import id.siksacademy.scenario.Family;
import id.siksacademy.scenario.Person;
import java.util.List;
import java.util.function.Function;

/**
 * The paper Kartu Keluarga an applicant brings, rendered as the document looks: number, head,
 * address, and the two member tables. Synthetic, and stamped so.
 */
class KartuKeluargaView extends Div {

    KartuKeluargaView(Family family, Village village, String kecamatan, Kabupaten kabupaten,
                      Function<Enum<?>, String> label) {
        addClassName("kartu-keluarga");
        var title = new Div(new Span("KARTU KELUARGA"), new Span("No. " + family.kk()));
        title.addClassName("kk-title");
        var stamp = new Span("DATA SIMULASI");
        stamp.addClassName("kk-stamp");
        var address = new Div(
                line("Nama Kepala Keluarga", family.head().name()),
                line("Alamat", "DUKUH " + family.dukuh().toUpperCase(java.util.Locale.ROOT)),
                line("RT/RW", String.format(java.util.Locale.ROOT, "%03d/%03d", family.rt(), family.rw())),
                line(village.isKelurahan() ? "Kelurahan" : "Desa/Kelurahan", village.name().toUpperCase(java.util.Locale.ROOT)),
                line("Kecamatan", kecamatan.toUpperCase(java.util.Locale.ROOT)),
                line("Kabupaten/Kota", kabupaten.name().toUpperCase(java.util.Locale.ROOT)),
                line("Provinsi", kabupaten.provinceName().toUpperCase(java.util.Locale.ROOT)));
        address.addClassName("kk-address");
        add(stamp, title, address,
                table(List.of("No", "Nama Lengkap", "NIK", "Jenis Kelamin", "Tempat Lahir", "Tanggal Lahir", "Agama",
                        "Pendidikan", "Jenis Pekerjaan"), family, (i, p) -> List.of(Integer.toString(i + 1), p.name(),
                        p.nik(), label.apply(p.sex()), p.birthPlace(), date(p), label.apply(p.religion()),
                        label.apply(p.education()), label.apply(p.occupation()))),
                table(List.of("No", "Status Perkawinan", "Status Hubungan Dalam Keluarga", "Kewarganegaraan",
                        "Nama Ibu"), family, (i, p) -> List.of(Integer.toString(i + 1), label.apply(p.maritalStatus()),
                        label.apply(p.relationship()), "WNI", p.motherName())));
        var issued = new Div(new Span("Dikeluarkan tanggal: " + date(family.issuedOn())));
        issued.addClassName("kk-issued");
        add(issued);
    }

    private static Div line(String label, String value) {
        var l = new Span(label);
        var v = new Span(": " + value);
        return new Div(l, v);
    }

    private static String date(Person p) {
        return date(p.birthDate());
    }

    private static String date(java.time.LocalDate d) {
        return id.siksacademy.base.text.PaperDate.format(d);
    }

    private static Div table(List<String> headers, Family family,
                             java.util.function.BiFunction<Integer, Person, List<String>> row) {
        var table = new NativeTable();
        var head = new NativeTableHeader();
        var headRow = new NativeTableRow();
        headers.forEach(h -> headRow.add(new NativeTableHeaderCell(h)));
        head.add(headRow);
        var body = new NativeTableBody();
        for (int i = 0; i < family.members().size(); i++) {
            var tr = new NativeTableRow();
            row.apply(i, family.members().get(i)).forEach(v -> tr.add(new NativeTableCell(v)));
            body.add(tr);
        }
        table.add(head, body);
        var scroll = new Div(table);
        scroll.addClassName("kk-table");
        return scroll;
    }
}
