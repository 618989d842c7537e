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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sandbox's Dukcapil matching. Names are compared exactly, as the real matching does. */
final class PadanDukcapil {

    private PadanDukcapil() {
    }

    static PadanResult lookup(CivilRegistry registry, LocalDate asOf, Collection<DtksHousehold> dtks, PadanKind kind,
                              String query) {
        String q = query == null ? "" : query.trim();
        return kind == PadanKind.KK ? kk(registry, asOf, dtks, q) : nik(registry, asOf, dtks, q);
    }

    private static PadanResult nik(CivilRegistry registry, LocalDate asOf, Collection<DtksHousehold> dtks, String nik) {
        var person = registry.person(nik);
        if (person.isEmpty()) {
            return new PadanResult(PadanKind.NIK, nik, Outcome.TIDAK_DITEMUKAN, null, null, List.of(), List.of(),
                    List.of(), Map.of());
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
        return new PadanResult(PadanKind.NIK, nik, outcome, p, family, differing, events, households,
                listing(family, dtks));
    }

    private static PadanResult kk(CivilRegistry registry, LocalDate asOf, Collection<DtksHousehold> dtks, String kk) {
        var family = registry.family(kk);
        if (family.isEmpty()) {
            return new PadanResult(PadanKind.KK, kk, Outcome.TIDAK_DITEMUKAN, null, null, List.of(), List.of(),
                    List.of(), Map.of());
        }
        var events = new ArrayList<LifeEvent>(registry.eventsOf(kk, asOf));
        for (Person p : family.get().members()) {
            events.addAll(registry.eventsOf(p.nik(), asOf));
        }
        return new PadanResult(PadanKind.KK, kk, Outcome.DITEMUKAN, null, family.get(), List.of(), events, List.of(),
                listing(family.get(), dtks));
    }

    /**
     * For each member of a KK, the DTKS household that lists them (their first, if listed twice): the
     * family card's "terdata" marks, the same whether the operator looked up the KK or one NIK on it.
     */
    private static Map<String, String> listing(Family family, Collection<DtksHousehold> dtks) {
        if (family == null) {
            return Map.of();
        }
        var onKk = new java.util.HashSet<String>();
        family.members().forEach(p -> onKk.add(p.nik()));
        var listedIn = new HashMap<String, String>();
        for (DtksHousehold h : dtks) {
            for (DtksMember m : h.members()) {
                if (onKk.contains(m.nik())) {
                    listedIn.putIfAbsent(m.nik(), h.id());
                }
            }
        }
        return listedIn;
    }

    /**
     * The central matching's result list for the village: every member of every household with its
     * outcome (a NIK the format check rejects is not sent), the fields that differ, and the deaths
     * Dukcapil knows of. What the operator acts on, instead of looking up each NIK.
     */
    static List<PadanRow> village(CivilRegistry registry, LocalDate asOf, Collection<DtksHousehold> dtks) {
        var rows = new ArrayList<PadanRow>();
        var listed = new java.util.HashSet<String>();
        dtks.forEach(h -> h.members().forEach(m -> listed.add(m.nik())));
        for (DtksHousehold h : dtks) {
            for (int i = 0; i < h.members().size(); i++) {
                DtksMember m = h.members().get(i);
                PadanRow.Outcome outcome;
                List<Field> differing = List.of();
                boolean dead = false;
                if (id.siksacademy.scenario.Nik.formatProblem(m.nik()).isPresent()) {
                    outcome = PadanRow.Outcome.NIK_TIDAK_VALID;
                } else {
                    var person = registry.person(m.nik());
                    if (person.isEmpty()) {
                        outcome = PadanRow.Outcome.TIDAK_DITEMUKAN;
                    } else {
                        differing = differences(person.get(), m, h);
                        outcome = differing.isEmpty() ? PadanRow.Outcome.PADAN : PadanRow.Outcome.TIDAK_PADAN;
                        dead = registry.event(m.nik(), LifeEvent.Type.DEATH, asOf).isPresent();
                    }
                }
                rows.add(new PadanRow(h.id(), i, m.nik(), m.name(), outcome, differing, dead));
            }
            for (Person p : id.siksacademy.scenario.Pemeriksa.notOnRecord(h, registry, listed, asOf)) {
                rows.add(new PadanRow(h.id(), -1, p.nik(), p.name(), PadanRow.Outcome.BELUM_TERDATA, List.of(), false));
            }
        }
        return rows;
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
        if (!p.kk().equals(m.kk())) {
            fields.add(Field.NO_KK);
        }
        return fields;
    }
}
