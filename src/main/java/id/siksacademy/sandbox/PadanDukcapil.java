package id.siksacademy.sandbox;

import id.siksacademy.sandbox.PadanResult.Outcome;
import id.siksacademy.sandbox.SandboxAction.PadanKind;
import id.siksacademy.scenario.CivilRegistry;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.DtksMember;
import id.siksacademy.scenario.Family;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.LifeEvent;
import id.siksacademy.scenario.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The sandbox's Dukcapil matching. Names are compared exactly, as the real matching does. */
final class PadanDukcapil {

    private PadanDukcapil() {
    }

    static PadanResult lookup(CivilRegistry registry, LocalDate asOf, Collection<DtksHousehold> dtks, PadanKind kind,
                              String query) {
        String q = query == null ? "" : query.trim();
        return kind == PadanKind.KK ? kk(registry, asOf, q) : nik(registry, asOf, dtks, q);
    }

    private static PadanResult nik(CivilRegistry registry, LocalDate asOf, Collection<DtksHousehold> dtks, String nik) {
        var person = registry.person(nik);
        if (person.isEmpty()) {
            return new PadanResult(PadanKind.NIK, nik, Outcome.TIDAK_DITEMUKAN, null, null, List.of(), List.of(),
                    List.of());
        }
        Person p = person.get();
        Family family = registry.family(p.kk()).orElse(null);
        var events = new ArrayList<>(registry.eventsOf(nik, asOf));
        events.addAll(registry.eventsOf(p.kk(), asOf));
        var households = new ArrayList<String>();
        List<Field> differing = List.of();
        boolean listed = false;
        for (DtksHousehold h : dtks) {
            for (DtksMember m : h.members()) {
                if (m.nik().equals(nik)) {
                    if (!listed) {
                        differing = differences(p, m, h);
                        listed = true;
                    }
                    households.add(h.id());
                }
            }
        }
        Outcome outcome = !listed ? Outcome.DITEMUKAN : differing.isEmpty() ? Outcome.PADAN : Outcome.TIDAK_PADAN;
        return new PadanResult(PadanKind.NIK, nik, outcome, p, family, differing, events, households);
    }

    private static PadanResult kk(CivilRegistry registry, LocalDate asOf, String kk) {
        var family = registry.family(kk);
        if (family.isEmpty()) {
            return new PadanResult(PadanKind.KK, kk, Outcome.TIDAK_DITEMUKAN, null, null, List.of(), List.of(),
                    List.of());
        }
        var events = new ArrayList<LifeEvent>(registry.eventsOf(kk, asOf));
        for (Person p : family.get().members()) {
            events.addAll(registry.eventsOf(p.nik(), asOf));
        }
        return new PadanResult(PadanKind.KK, kk, Outcome.DITEMUKAN, null, family.get(), List.of(), events, List.of());
    }

    private static List<Field> differences(Person p, DtksMember m, DtksHousehold h) {
        var fields = new ArrayList<Field>();
        if (!p.name().equals(m.name())) {
            fields.add(Field.NAME);
        }
        if (!p.birthDate().equals(m.birthDate())) {
            fields.add(Field.BIRTH_DATE);
        }
        if (p.sex() != m.sex()) {
            fields.add(Field.SEX);
        }
        if (!p.birthPlace().equals(m.birthPlace())) {
            fields.add(Field.BIRTH_PLACE);
        }
        if (!p.motherName().equals(m.motherName())) {
            fields.add(Field.MOTHER_NAME);
        }
        if (!p.kk().equals(h.kk())) {
            fields.add(Field.NO_KK);
        }
        return fields;
    }
}
