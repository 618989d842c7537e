package id.siksacademy.sandbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.region.Kecamatan;
import id.siksacademy.region.Village;
import id.siksacademy.scenario.ScenarioSpec;
import id.siksacademy.scenario.TestContent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The KK and KTP an applicant brings carry the village's own kabupaten and province, and paper dates. */
class PaperDocumentsTest {

    static final Village VILLAGE = new Village("33.19.01.2001", "Bakalankrapyak", "3319010001", 6, 5,
            List.of("Krajan", "Kulon"));
    static final Kabupaten KUDUS = new Kabupaten("33", "Jawa Tengah", "33.19", "3319", "Kudus", "593",
            List.of(new Kecamatan("33.19.01", "Kaliwungu", "3319010", List.of(VILLAGE))));
    static final Function<Enum<?>, String> LABEL = Enum::name;

    @Test
    void a_kudus_applicants_papers_say_kudus_and_jawa_tengah() {
        var spec = new ScenarioSpec("kudus", VILLAGE.code(), false, 30, LocalDate.of(2026, 1, 1), Map.of(), 2, null);
        var proposal = TestContent.get().generator(KUDUS).generate(spec, 5).proposals().getFirst();
        var ktp = new KtpView(proposal, VILLAGE, KUDUS, "Kaliwungu", LABEL).getElement().getTextRecursively();
        var kk = new KartuKeluargaView(proposal.family(), VILLAGE, "Kaliwungu", KUDUS, LABEL).getElement()
                .getTextRecursively();
        assertThat(ktp).contains("PROVINSI JAWA TENGAH", "KABUPATEN KUDUS").doesNotContain("PATI");
        assertThat(kk).contains(": KUDUS", ": JAWA TENGAH").doesNotContain("PATI");
        var birth = proposal.family().head().birthDate();
        assertThat(ktp).contains(String.format("%02d-%02d-%04d", birth.getDayOfMonth(), birth.getMonthValue(),
                birth.getYear()));
    }

    @Test
    void a_stored_birth_date_is_shown_as_the_paper_writes_it() {
        assertThat(id.siksacademy.sandbox.FieldDisplay.value((key, params) -> key, "BIRTH_DATE", "1962-08-30"))
                .isEqualTo("30-08-1962");
    }
}
