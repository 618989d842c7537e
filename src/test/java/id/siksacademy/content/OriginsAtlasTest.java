package id.siksacademy.content;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.region.Kecamatan;
import id.siksacademy.region.Village;
import id.siksacademy.scenario.Origins;
import id.siksacademy.scenario.Person;
import id.siksacademy.scenario.ScenarioSpec;
import id.siksacademy.scenario.TestContent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A village outside Pati is born in its own kabupaten and its neighbours, not in Pati's. */
class OriginsAtlasTest {

    static final Kabupaten KUDUS = new Kabupaten("33", "Jawa Tengah", "33.19", "3319", "Kudus", "593", List.of(
            new Kecamatan("33.19.01", "Kaliwungu", "3319010", List.of(
                    new Village("33.19.01.2001", "Bakalankrapyak", "3319010001", 6, 5, List.of("Krajan", "Kulon"))))));
    static final ScenarioSpec SPEC = new ScenarioSpec("kudus", "33.19.01.2001", false, 120, LocalDate.of(2026, 1, 1),
            Map.of(), null);

    @Test
    void kudus_people_are_born_in_kudus_or_a_neighbour_with_that_neighbours_nik() {
        var origins = TestContent.get().origins().of(KUDUS);
        assertThat(origins.home()).isEqualTo("KUDUS");
        assertThat(origins.elsewhere()).extracting(Origins.Origin::place)
                .containsExactly("PATI", "JEPARA", "REMBANG", "DEMAK", "JAKARTA SELATAN");
        assertThat(origins.elsewhere()).extracting(Origins.Origin::nikPrefix)
                .containsExactly("331801", "332001", "331701", "332101", "317401");

        var scenario = TestContent.get().generator(KUDUS).generate(SPEC, 11);
        List<Person> people = scenario.registry().families().stream().flatMap(f -> f.members().stream()).toList();
        Map<String, Long> places = people.stream()
                .collect(Collectors.groupingBy(Person::birthPlace, Collectors.counting()));
        long all = people.size();
        assertThat(places.getOrDefault("KUDUS", 0L)).isGreaterThan(all * 8 / 10);
        var known = origins.elsewhere().stream().collect(Collectors.toMap(Origins.Origin::place, Function.identity()));
        for (Person p : people) {
            if (!p.birthPlace().equals("KUDUS")) {
                assertThat(known).containsKey(p.birthPlace());
            }
        }
    }

    @Test
    void pati_keeps_the_places_its_region_file_declares() {
        var origins = TestContent.get().origins().of(TestContent.get().kabupaten());
        assertThat(origins).isEqualTo(ScenarioSnapshot.BEFORE_ORIGINS);
    }

    @Test
    void a_snapshot_keeps_its_origins_and_an_old_one_replays_with_patis() {
        var content = TestContent.get();
        String text = content.snapshot(SPEC, KUDUS);
        var input = ScenarioSnapshot.read(text);
        assertThat(input.origins()).isEqualTo(content.origins().of(KUDUS));
        assertThat(input.generator().generate(SPEC, 11).registry().families())
                .isEqualTo(content.generator(KUDUS).generate(SPEC, 11).registry().families());

        String before = text.substring(0, text.indexOf("origins:"));
        assertThat(ScenarioSnapshot.read(before).origins()).isEqualTo(ScenarioSnapshot.BEFORE_ORIGINS);
    }

    @Test
    void official_names_become_birthplaces() {
        assertThat(OriginsAtlas.place("Kota Administrasi Jakarta Selatan")).isEqualTo("JAKARTA SELATAN");
        assertThat(OriginsAtlas.place("Kabupaten Kepulauan Seribu")).isEqualTo("KEPULAUAN SERIBU");
        assertThat(OriginsAtlas.place("Kota Semarang")).isEqualTo("SEMARANG");
    }
}
