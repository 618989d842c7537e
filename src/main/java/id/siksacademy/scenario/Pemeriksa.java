package id.siksacademy.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    static final int LARGE_HOUSE_M2 = 120;

    private final CivilRegistry registry;
    private final LocalDate asOf;
    private final Map<String, FieldNote.Kind> notes = new HashMap<>();

    public Pemeriksa(CivilRegistry registry, List<FieldNote> fieldNotes, LocalDate asOf) {
        this.registry = registry;
        this.asOf = asOf;
        fieldNotes.forEach(n -> notes.merge(n.householdId(), n.kind(), (a, b) -> a == FieldNote.Kind.FOUND ? b : a));
    }

    /** Every finding, household by household in the given order. */
    public List<Finding> check(List<DtksHousehold> households) {
        Map<String, Integer> nikCount = new HashMap<>();
        for (DtksHousehold h : households) {
            for (DtksMember m : h.members()) {
                nikCount.merge(m.nik(), 1, Integer::sum);
            }
        }
        var findings = new ArrayList<Finding>();
        for (DtksHousehold h : households) {
            findings.addAll(check(h, nikCount));
        }
        return findings;
    }

    List<Finding> check(DtksHousehold h, Map<String, Integer> nikCount) {
        var found = new ArrayList<Finding>();
        FieldNote.Kind note = notes.get(h.id());
        if (note == FieldNote.Kind.NOT_FOUND) {
            found.add(new Finding(h.id(), FaultType.NOT_FOUND, null));
        } else if (note == FieldNote.Kind.REFUSED) {
            found.add(new Finding(h.id(), FaultType.REFUSED, null));
        }
        resolveFamily(h).ifPresent(family -> {
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
        for (DtksMember m : h.members()) {
            memberFault(h, m, nikCount).ifPresent(f -> found.add(new Finding(h.id(), f, m.nik())));
        }
        if (structureBroken(h)) {
            found.add(new Finding(h.id(), FaultType.STRUCTURE_BROKEN, null));
        }
        if (h.members().stream().anyMatch(m -> m.occupation().ineligible())) {
            found.add(new Finding(h.id(), FaultType.INELIGIBLE_OCCUPATION, null));
        }
        if (wellOff(h)) {
            found.add(new Finding(h.id(), FaultType.WELL_OFF, null));
        }
        if (assetCodeOutOfList(h.assets())) {
            found.add(new Finding(h.id(), FaultType.ASSET_CODE_SLIP, null));
        }
        return found;
    }

    /** The member-level ladder: format, consistency, Padan Dukcapil, duplicates, life events. */
    Optional<FaultType> memberFault(DtksHousehold h, DtksMember m, Map<String, Integer> nikCount) {
        if (Nik.formatProblem(m.nik()).isPresent()) {
            return Optional.of(FaultType.NIK_MALFORMED);
        }
        if (!Nik.agreesWith(m.nik(), m.birthDate(), m.sex())) {
            return Optional.of(FaultType.NIK_INCONSISTENT);
        }
        Optional<Person> person = registry.person(m.nik());
        if (person.isEmpty()) {
            return Optional.of(FaultType.NIK_UNKNOWN);
        }
        if (nikCount.getOrDefault(m.nik(), 0) > 1 && !person.get().kk().equals(h.kk())) {
            return Optional.of(FaultType.DUPLICATE_PERSON);
        }
        if (!person.get().name().equals(m.name())) {
            return Optional.of(FaultType.NAME_MISMATCH);
        }
        if (registry.event(m.nik(), LifeEvent.Type.DEATH, asOf).isPresent()) {
            return Optional.of(FaultType.DECEASED);
        }
        return Optional.empty();
    }

    /** The registry family of the first member whose NIK Dukcapil knows and who is not a duplicate. */
    private Optional<Family> resolveFamily(DtksHousehold h) {
        for (DtksMember m : h.members()) {
            if (m.relationship() == Relationship.LAINNYA) {
                continue;
            }
            Optional<Family> family = registry.person(m.nik()).flatMap(p -> registry.family(p.kk()));
            if (family.isPresent()) {
                return family;
            }
        }
        return Optional.empty();
    }

    boolean structureBroken(DtksHousehold h) {
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

    static boolean wellOff(DtksHousehold h) {
        return h.assets().hasCar() && (h.housing().floorArea() >= LARGE_HOUSE_M2
                || (h.housing().power() >= Housing.POWER_2200_W && h.housing().power() <= 5));
    }

    static boolean assetCodeOutOfList(Assets a) {
        for (int code : a.codedThreeFour()) {
            if (code != Assets.YES_34 && code != Assets.NO_34) {
                return true;
            }
        }
        return false;
    }
}
