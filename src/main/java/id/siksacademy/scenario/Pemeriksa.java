package id.siksacademy.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.stream.Collectors;

/**
 * The rule engine: finds what is wrong with each DTKS household using only what the trainee
 * has (the records, the Dukcapil registry, the field notes, the date of the data). On generated
 * scenarios it must report exactly the planted faults; that proves every fault is discoverable.
 * Its pieces are the format checks SIKS-NG applies and the Padan Dukcapil look-up.
 */
public final class Pemeriksa {

    /** A relative listed as a child should be at least this much younger than the head. */
    static final int MIN_PARENT_CHILD_GAP = 12;
    static final int MIN_SPOUSE_AGE = 15;

    private final CivilRegistry registry;
    private final LocalDate asOf;
    private final Map<String, FieldNote.Kind> notes = new HashMap<>();

    public Pemeriksa(CivilRegistry registry, List<FieldNote> fieldNotes, LocalDate asOf) {
        this.registry = registry;
        this.asOf = asOf;
        fieldNotes.forEach(n -> notes.merge(n.householdId(), n.kind(), (a, b) -> a == FieldNote.Kind.FOUND ? b : a));
    }

    /** What every household shares: who is listed where, by NIK, by KK and by the whole record. */
    private record Village(Map<String, Integer> nikCount, Set<String> listedNiks, Map<String, Set<String>> kkHolders,
                           Map<String, List<DtksHousehold>> sameRecord) {

        static Village of(List<DtksHousehold> households) {
            var nikCount = new HashMap<String, Integer>();
            var kkHolders = new HashMap<String, Set<String>>();
            var sameRecord = new HashMap<String, List<DtksHousehold>>();
            for (DtksHousehold h : households) {
                for (DtksMember m : h.members()) {
                    nikCount.merge(m.nik(), 1, Integer::sum);
                    kkHolders.computeIfAbsent(m.kk(), k -> new HashSet<>()).add(h.id());
                }
                sameRecord.computeIfAbsent(recordKey(h), k -> new ArrayList<>()).add(h);
            }
            return new Village(nikCount, nikCount.keySet(), kkHolders, sameRecord);
        }

        static String recordKey(DtksHousehold h) {
            return h.kk() + "|" + h.members().stream().map(DtksMember::nik).sorted().collect(Collectors.joining(","));
        }
    }

    /** Every finding, household by household in the given order. */
    public List<Finding> check(List<DtksHousehold> households) {
        Village village = Village.of(households);
        var findings = new ArrayList<Finding>();
        for (DtksHousehold h : households) {
            findings.addAll(check(h, village));
        }
        return findings;
    }

    private List<Finding> check(DtksHousehold h, Village village) {
        var found = new ArrayList<Finding>();
        FieldNote.Kind note = notes.get(h.id());
        if (note != null) {
            switch (note) {
                case NOT_FOUND -> found.add(new Finding(h.id(), FaultType.NOT_FOUND, null));
                case REFUSED -> found.add(new Finding(h.id(), FaultType.REFUSED, null));
                case LIVES_WITH -> found.add(new Finding(h.id(), FaultType.PART_OF_OTHER_HOUSEHOLD, null));
                case ANOMALY_CONFIRMED -> found.add(new Finding(h.id(), FaultType.ANOMALY_CONFIRMED, null));
                case ANOMALY_REFUTED -> found.add(new Finding(h.id(), FaultType.ANOMALY_REFUTED, null));
                case FOUND -> { }
            }
        }
        headFamily(h).ifPresent(family -> {
            if (registry.event(family.kk(), LifeEvent.Type.MOVE, asOf).isPresent()) {
                found.add(new Finding(h.id(), FaultType.MOVED, null));
            }
            if (!family.kk().equals(h.kk())) {
                found.add(new Finding(h.id(), FaultType.KK_MISMATCH, null));
            }
            if (!family.villageCode().equals(h.villageCode())) {
                found.add(new Finding(h.id(), FaultType.OUTSIDE_VILLAGE, null));
            }
        });
        if (duplicateRecord(h, village)) {
            found.add(new Finding(h.id(), FaultType.HOUSEHOLD_DUPLICATE, null));
        }
        for (DtksMember m : h.members()) {
            memberFault(h, m, village).ifPresent(f -> found.add(new Finding(h.id(), f, m.nik())));
        }
        if (memberMissing(h, village)) {
            found.add(new Finding(h.id(), FaultType.MEMBER_MISSING, null));
        }
        if (structureBroken(h, asOf)) {
            found.add(new Finding(h.id(), FaultType.STRUCTURE_BROKEN, null));
        }
        if (h.desil() >= Desil.WELL_OFF && h.programs().activeAid()) {
            found.add(new Finding(h.id(), FaultType.WELL_OFF, null));
        }
        if (assetCodeOutOfList(h.assets())) {
            found.add(new Finding(h.id(), FaultType.ASSET_CODE_SLIP, null));
        }
        return found;
    }

    /**
     * The member-level ladder: stand-ins and format first, then Padan Dukcapil (unknown, listed twice,
     * name, other data, another KK), then life events. No rule looks at whether the NIK's date part
     * agrees with the date of birth: Dukcapil keeps NIKs that do not, so that is never a fault.
     */
    private Optional<FaultType> memberFault(DtksHousehold h, DtksMember m, Village village) {
        if (Nik.placeholder(m.nik())) {
            return Optional.of(FaultType.NIK_PLACEHOLDER);
        }
        if (Nik.formatProblem(m.nik()).isPresent()) {
            return Optional.of(FaultType.NIK_MALFORMED);
        }
        if (Names.placeholder(m.name())) {
            return Optional.of(FaultType.NAME_PLACEHOLDER);
        }
        Optional<Person> found = registry.person(m.nik());
        if (found.isEmpty()) {
            return Optional.of(FaultType.NIK_UNKNOWN);
        }
        Person person = found.get();
        if (village.nikCount().getOrDefault(m.nik(), 0) > 1 && !h.kks().contains(person.kk())) {
            return Optional.of(FaultType.DUPLICATE_PERSON);
        }
        if (!person.name().equals(m.name())) {
            return Optional.of(FaultType.NAME_MISMATCH);
        }
        if (!person.birthDate().equals(m.birthDate()) || person.sex() != m.sex()) {
            return Optional.of(FaultType.DATA_DIFFERS);
        }
        if (!person.kk().equals(m.kk()) && village.kkHolders().getOrDefault(person.kk(), Set.of()).stream()
                .anyMatch(id -> !id.equals(h.id()))) {
            return Optional.of(FaultType.PECAH_KK);
        }
        if (registry.event(m.nik(), LifeEvent.Type.DEATH, asOf).isPresent()) {
            if (h.members().size() == 1) {
                return Optional.of(FaultType.SOLE_MEMBER_DECEASED);
            }
            return Optional.of(m.relationship() == Relationship.KEPALA ? FaultType.HEAD_DECEASED : FaultType.DECEASED);
        }
        return Optional.empty();
    }

    /** The registry family of the head, or of the first member on the head's KK whose NIK Dukcapil knows. */
    private Optional<Family> headFamily(DtksHousehold h) {
        for (DtksMember m : h.members()) {
            if (m.relationship() == Relationship.LAINNYA || !m.kk().equals(h.kk())) {
                continue;
            }
            Optional<Family> family = registry.person(m.nik()).flatMap(p -> registry.family(p.kk()));
            if (family.isPresent()) {
                return family;
            }
        }
        return Optional.empty();
    }

    /** The same KK and members under another ID DTKS: the one without active aid is the duplicate. */
    private static boolean duplicateRecord(DtksHousehold h, Village village) {
        var same = village.sameRecord().get(Village.recordKey(h));
        return same.size() > 1 && !h.programs().activeAid() && same.stream().anyMatch(o -> o.programs().activeAid());
    }

    private boolean memberMissing(DtksHousehold h, Village village) {
        return !notOnRecord(h, registry, village.listedNiks(), asOf).isEmpty();
    }

    /**
     * The living people on the household's KKs whom no DTKS household lists, leaving out anyone who is
     * recognisably a member here under a wrong NIK (same date of birth and sex): that is a NIK to
     * correct, not a person to add.
     */
    public static List<Person> notOnRecord(DtksHousehold h, CivilRegistry registry, Set<String> listedNiks,
                                           LocalDate asOf) {
        var missing = new ArrayList<Person>();
        for (String kk : h.kks()) {
            for (Person p : registry.family(kk).map(Family::members).orElse(List.of())) {
                if (!listedNiks.contains(p.nik()) && registry.event(p.nik(), LifeEvent.Type.DEATH, asOf).isEmpty()
                        && h.members().stream().noneMatch(m -> m.birthDate().equals(p.birthDate()) && m.sex() == p.sex())) {
                    missing.add(p);
                }
            }
        }
        return missing;
    }

    static boolean structureBroken(DtksHousehold h, LocalDate asOf) {
        long heads = h.members().stream().filter(m -> m.relationship() == Relationship.KEPALA).count();
        if (heads != 1) {
            return true;
        }
        DtksMember head = h.members().stream().filter(m -> m.relationship() == Relationship.KEPALA)
                .findFirst().orElseThrow();
        for (DtksMember m : h.members()) {
            if (m.relationship() == Relationship.ISTRI_SUAMI && m.ageOn(asOf) < MIN_SPOUSE_AGE) {
                return true;
            }
            if (m.relationship() == Relationship.ANAK
                    && m.birthDate().isBefore(head.birthDate().plusYears(MIN_PARENT_CHILD_GAP))) {
                return true;
            }
        }
        return false;
    }

    static boolean assetCodeOutOfList(Assets a) {
        return a.codes().entrySet().stream().anyMatch(e -> e.getValue() != e.getKey().yesCode()
                && e.getValue() != e.getKey().noCode());
    }
}
