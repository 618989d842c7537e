package id.siksacademy.scenario;

import id.siksacademy.scenario.ExpectedAction.AddMember;
import id.siksacademy.scenario.ExpectedAction.AnswerAnomaly;
import id.siksacademy.scenario.ExpectedAction.CorrectField;
import id.siksacademy.scenario.ExpectedAction.ReplaceHead;
import id.siksacademy.scenario.ExpectedAction.SetEligibility;
import id.siksacademy.scenario.ExpectedAction.SetHouseholdStatus;
import id.siksacademy.scenario.ExpectedAction.SetMemberStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Plants the spec's fault mix into DTKS records, one fault per faulty household, and writes the
 * answer key. The registry stays the truth (life events, a baby, a new KK are added to it); the DTKS
 * copy is what gets damaged. The other household a fault involves (a duplicate's original, the
 * household a member moved to) is kept clean, so no correct action is ambiguous.
 */
final class FaultPlanter {

    private static final String[] DESTINATIONS = {"KAB. KUDUS", "KAB. REMBANG", "KAB. JEPARA", "KOTA SEMARANG",
        "KAB. BEKASI", "KOTA SURABAYA", "KAB. BLORA", "KAB. GROBOGAN"};
    /** Two-digit prefixes that no province has (none opens with 99, a placeholder's mark). */
    private static final String[] NO_PROVINCE = {"10", "20", "30", "39", "40", "45", "50", "60", "70", "80", "90"};
    /** Field-check findings per anomaly source and verdict, as translation keys (fieldnote.reason.*). */
    static final int REASONS_PER_VERDICT = 2;

    private final SplittableRandom rng;
    private final LocalDate asOf;
    private final NamePools names;
    private final PopulationGenerator population;
    private final Function<String, List<String>> neighbourVillages;
    private final Function<String, id.siksacademy.region.Village> villages;
    private final DtksHousehold[] households;
    private final AnswerKey.Entry[] key;
    private final boolean[] taken;
    private final Map<String, Family> registry = new LinkedHashMap<>();
    private final List<LifeEvent> events = new ArrayList<>();
    private final List<FieldNote> notes = new ArrayList<>();
    private final List<Anomaly> anomalies = new ArrayList<>();
    private final int[] order;

    FaultPlanter(SplittableRandom rng, LocalDate asOf, NamePools names, PopulationGenerator population,
                 Function<String, id.siksacademy.region.Village> villages,
                 Function<String, List<String>> neighbourVillages, List<DtksHousehold> households,
                 List<Family> registryFamilies) {
        this.villages = villages;
        this.rng = rng;
        this.asOf = asOf;
        this.names = names;
        this.population = population;
        this.neighbourVillages = neighbourVillages;
        this.households = households.toArray(DtksHousehold[]::new);
        this.key = new AnswerKey.Entry[this.households.length];
        this.taken = new boolean[this.households.length];
        registryFamilies.forEach(f -> registry.put(f.kk(), f));
        this.order = shuffledIndexes(this.households.length);
    }

    void plant(FaultType fault, int count) {
        int planted = 0;
        for (int i = 0; i < order.length && planted < count; i++) {
            int h = order[i];
            if (!taken[h] && plantOne(fault, h)) {
                taken[h] = true;
                planted++;
            }
        }
        // a village without enough one-person households: some household becomes one (its record remade)
        for (int i = 0; fault == FaultType.SOLE_MEMBER_DECEASED && i < order.length && planted < count; i++) {
            int h = order[i];
            if (!taken[h] && households[h].kks().size() == 1) {
                makeSingle(h);
                if (soleMemberDeceased(h)) {
                    taken[h] = true;
                    planted++;
                }
            }
        }
        if (planted < count) {
            throw new IllegalArgumentException("Only " + planted + " of " + count + " '" + fault.id()
                    + "' faults fit in " + households.length + " households; lower the fault counts");
        }
    }

    /** Clean records, benign field notes, and the finished pieces. */
    void finish() {
        for (int h = 0; h < households.length; h++) {
            if (key[h] == null) {
                key[h] = clean(h);
            }
            boolean visitMakesSense = switch (key[h].fault()) {
                case MOVED, NOT_FOUND, REFUSED, OUTSIDE_VILLAGE, PART_OF_OTHER_HOUSEHOLD, HOUSEHOLD_DUPLICATE,
                     ANOMALY_CONFIRMED, ANOMALY_REFUTED -> false;
                default -> true;
            };
            if (visitMakesSense && rng.nextInt(100) < 10) {
                notes.add(new FieldNote(households[h].id(), visitDate(), FieldNote.Kind.FOUND));
            }
        }
        notes.sort(java.util.Comparator.comparing(FieldNote::householdId));
    }

    List<DtksHousehold> households() { return List.of(households); }
    List<Family> families() { return List.copyOf(registry.values()); }
    List<LifeEvent> events() { return events; }
    List<FieldNote> notes() { return notes; }
    List<Anomaly> anomalies() { return anomalies; }
    AnswerKey answerKey() { return new AnswerKey(List.of(key)); }

    private boolean plantOne(FaultType fault, int h) {
        int size = households[h].members().size();
        return switch (fault) {
            case NIK_MALFORMED -> memberNik(h, rng.nextInt(size), fault, this::malformNik);
            case NIK_PLACEHOLDER -> memberNik(h, rng.nextInt(size), fault, this::placeholderNik);
            case NAME_PLACEHOLDER -> namePlaceholder(h, rng.nextInt(size));
            case DATA_DIFFERS -> dataDiffers(h, rng.nextInt(size));
            case NIK_UNKNOWN -> memberNik(h, rng.nextInt(size), fault, this::unknownNik);
            case NAME_MISMATCH -> nameMismatch(h, rng.nextInt(size));
            case KK_MISMATCH -> kkMismatch(h);
            case DUPLICATE_PERSON -> duplicatePerson(h);
            case HOUSEHOLD_DUPLICATE -> householdDuplicate(h);
            case DECEASED -> size >= 2 && deceased(h);
            case HEAD_DECEASED -> headDeceased(h);
            case SOLE_MEMBER_DECEASED -> size == 1 && soleMemberDeceased(h);
            case MOVED -> moved(h);
            case NOT_FOUND -> visit(h, FieldNote.Kind.NOT_FOUND, HouseholdStatus.TIDAK_DITEMUKAN, fault);
            case REFUSED -> visit(h, FieldNote.Kind.REFUSED, HouseholdStatus.MENOLAK, fault);
            case STRUCTURE_BROKEN -> size >= 2 && structure(h);
            case MEMBER_MISSING -> memberMissing(h);
            case PECAH_KK -> pecahKk(h);
            case PART_OF_OTHER_HOUSEHOLD -> partOfOther(h);
            case ANOMALY_CONFIRMED -> anomaly(h, Anomaly.Verdict.TERBUKTI, fault);
            case ANOMALY_REFUTED -> anomaly(h, Anomaly.Verdict.TIDAK_TERBUKTI, fault);
            case WELL_OFF -> wellOff(h);
            case OUTSIDE_VILLAGE -> outside(h);
            case ASSET_CODE_SLIP -> assetSlip(h);
            case CLEAN -> false;
        };
    }

    // ---- identity --------------------------------------------------------------------------------

    private boolean memberNik(int h, int m, FaultType fault, UnaryOperator<String> damage) {
        DtksMember member = households[h].members().get(m);
        String bad = damage.apply(member.nik());
        households[h] = households[h].withMember(m, x -> x.withNik(bad));
        key[h] = entry(h, fault, bad, new CorrectField(bad, Field.NIK, member.nik()));
        return true;
    }

    /** 15 digits, a letter, an impossible date (month 13 or 29 February of a year leap in neither century), a province that does not exist, or serial 0000. */
    private String malformNik(String nik) {
        int yy = Integer.parseInt(nik.substring(10, 12));
        return switch (rng.nextInt(5)) {
            case 0 -> nik.substring(0, 15);
            case 1 -> nik.substring(0, 12) + "O" + nik.substring(13);
            case 2 -> yy % 4 != 0
                    ? nik.substring(0, 6) + (Integer.parseInt(nik.substring(6, 8)) > 40 ? "69" : "29") + "02"
                    + nik.substring(10)
                    : nik.substring(0, 8) + "13" + nik.substring(10);
            case 3 -> NO_PROVINCE[rng.nextInt(NO_PROVINCE.length)] + nik.substring(2);
            default -> nik.substring(0, 12) + "0000";
        };
    }

    /** What is keyed for someone whose NIK was not at hand: all nines, all zeros, or 9999 and some digits. */
    private String placeholderNik(String nik) {
        return switch (rng.nextInt(3)) {
            case 0 -> "9999999999999999";
            case 1 -> "0000000000000000";
            default -> "9999" + nik.substring(4, 12) + "0001";
        };
    }

    /** Same region and date, a serial no one was given (the generator never reaches 9000). */
    private String unknownNik(String nik) {
        return nik.substring(0, 12) + (9000 + rng.nextInt(1000));
    }

    private boolean namePlaceholder(int h, int m) {
        DtksMember member = households[h].members().get(m);
        String stand;
        if (member.ageOn(asOf) < 2) {
            stand = "BAYI NY. " + member.motherName().split(" ")[0];
        } else {
            stand = new String[] {"-", "NN", "TANPA NAMA", ""}[rng.nextInt(4)];
        }
        households[h] = households[h].withMember(m, x -> x.withName(stand));
        key[h] = entry(h, FaultType.NAME_PLACEHOLDER, member.nik(), new CorrectField(member.nik(), Field.NAME,
                member.name()));
        return true;
    }

    /** DTKS holds another date of birth or sex than Dukcapil (the NIK is right; the record is not). */
    private boolean dataDiffers(int h, int m) {
        DtksHousehold hh = households[h];
        DtksMember member = hh.members().get(m);
        if (rng.nextBoolean()) {
            Sex wrong = member.sex() == Sex.LAKI_LAKI ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
            households[h] = hh.withMember(m, x -> x.withSex(wrong));
            key[h] = entry(h, FaultType.DATA_DIFFERS, member.nik(), new CorrectField(member.nik(), Field.SEX,
                    member.sex().name()));
            return true;
        }
        LocalDate d = member.birthDate();
        LocalDate wrong = rng.nextBoolean() ? d.withDayOfMonth((d.getDayOfMonth() + rng.nextInt(26)) % 28 + 1)
                : d.minusYears(1 + rng.nextInt(2));
        if (wrong.equals(d) || wrong.isAfter(asOf)) {
            return false;
        }
        var damaged = hh.withMember(m, x -> x.withBirthDate(wrong));
        if (Pemeriksa.structureBroken(damaged, asOf)) {
            return false;
        }
        households[h] = damaged;
        key[h] = entry(h, FaultType.DATA_DIFFERS, member.nik(), new CorrectField(member.nik(), Field.BIRTH_DATE,
                d.toString()));
        return true;
    }

    private boolean nameMismatch(int h, int m) {
        DtksMember member = households[h].members().get(m);
        String wrong = misspell(member.name());
        if (wrong.equals(member.name()) || Names.placeholder(wrong)) {
            return false;
        }
        households[h] = households[h].withMember(m, x -> x.withName(wrong));
        if (!isNickname(member.name(), wrong)) { // an old spelling the registry has since corrected
            events.add(new LifeEvent(LifeEvent.Type.NAME_CORRECTION, member.nik(), pastDate(400), wrong));
        }
        key[h] = entry(h, FaultType.NAME_MISMATCH, member.nik(), new CorrectField(member.nik(), Field.NAME,
                member.name()));
        return true;
    }

    private String misspell(String name) {
        String[] parts = name.split(" ");
        for (int i = 0; i < parts.length; i++) {
            String nick = nicknameOf(parts[i]);
            if (nick != null) {
                parts[i] = nick;
                return String.join(" ", parts);
            }
        }
        if (name.contains("U")) {
            return name.replaceFirst("U", "OE");      // old spelling: Soeharto
        }
        if (name.endsWith("I")) {
            return name.substring(0, name.length() - 1) + "Y";
        }
        return name.contains("H") ? name.replaceFirst("H", "") : name + "H";
    }

    private String nicknameOf(String part) {
        for (var e : names.nicknames().entrySet()) {
            if (e.getKey().toUpperCase(Locale.ROOT).equals(part)) {
                return e.getValue().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private boolean isNickname(String name, String wrong) {
        return !wrong.contains("OE") && !wrong.endsWith("Y") && wrong.split(" ").length == name.split(" ").length
                && !wrong.equals(name.replaceFirst("H", "")) && !wrong.equals(name + "H");
    }

    private boolean kkMismatch(int h) {
        DtksHousehold hh = households[h];
        String kk = hh.kk();
        int serial = Integer.parseInt(kk.substring(12));
        String wrong = kk.substring(0, 12) + Nik.pad4(serial >= 9000 ? serial - 1000 : serial + 7000 + rng.nextInt(1000));
        households[h] = hh.withKk(wrong);
        key[h] = entry(h, FaultType.KK_MISMATCH, null, new CorrectField(null, Field.NO_KK, kk));
        return true;
    }

    // ---- duplicates ------------------------------------------------------------------------------

    /** A member of another household that receives aid (kept clean) also listed here, on this KK. */
    private boolean duplicatePerson(int h) {
        int donor = partner(h, d -> households[d].members().size() >= 2 && households[d].programs().activeAid());
        if (donor < 0) {
            return false;
        }
        var from = households[donor].members();
        DtksMember copy = from.get(1 + rng.nextInt(from.size() - 1));
        households[h] = households[h].plusMember(copy.withRelationship(Relationship.LAINNYA).withKk(households[h].kk()));
        keepClean(donor);
        key[h] = entry(h, FaultType.DUPLICATE_PERSON, copy.nik(),
                new SetMemberStatus(copy.nik(), MemberStatus.GANDA, households[donor].id()));
        return true;
    }

    /** The whole of another household (which receives aid, kept clean) entered a second time, without aid. */
    private boolean householdDuplicate(int h) {
        int original = partner(h, d -> households[d].programs().activeAid()
                && households[d].villageCode().equals(households[h].villageCode()));
        if (original < 0) {
            return false;
        }
        households[h] = households[original].withId(households[h].id()).withPrograms(Programs.NONE);
        keepClean(original);
        key[h] = entry(h, FaultType.HOUSEHOLD_DUPLICATE, null,
                new SetHouseholdStatus(HouseholdStatus.GANDA, households[original].id()));
        return true;
    }

    // ---- life events -----------------------------------------------------------------------------

    private boolean deceased(int h) {
        List<DtksMember> members = households[h].members();
        int m = 1 + rng.nextInt(members.size() - 1);
        if (members.get(m).relationship() == Relationship.KEPALA) {
            return false;
        }
        DtksMember member = members.get(m);
        events.add(new LifeEvent(LifeEvent.Type.DEATH, member.nik(), pastDate(700), null));
        key[h] = entry(h, FaultType.DECEASED, member.nik(), new SetMemberStatus(member.nik(), MemberStatus.MENINGGAL, null));
        return true;
    }

    /** The head died; the spouse becomes the head. */
    private boolean headDeceased(int h) {
        DtksHousehold hh = households[h];
        int spouse = indexOf(hh.members(), m -> m.relationship() == Relationship.ISTRI_SUAMI && m.kk().equals(hh.kk()));
        if (spouse < 0 || hh.members().getFirst().relationship() != Relationship.KEPALA) {
            return false;
        }
        DtksMember head = hh.members().getFirst();
        events.add(new LifeEvent(LifeEvent.Type.DEATH, head.nik(), pastDate(500), null));
        key[h] = entry(h, FaultType.HEAD_DECEASED, head.nik(), new ReplaceHead(head.nik(), hh.members().get(spouse).nik()));
        return true;
    }

    /** A one-person household whose member died: the household leaves DTKS with them. */
    private boolean soleMemberDeceased(int h) {
        DtksMember only = households[h].members().getFirst();
        events.add(new LifeEvent(LifeEvent.Type.DEATH, only.nik(), pastDate(500), null));
        key[h] = entry(h, FaultType.SOLE_MEMBER_DECEASED, only.nik(),
                new SetMemberStatus(only.nik(), MemberStatus.MENINGGAL, null));
        return true;
    }

    /** Replaces a household's family by a one-person one at the same address, keeping its survey and aid. */
    private void makeSingle(int h) {
        DtksHousehold old = households[h];
        var single = population.single(villages.apply(old.villageCode()), old.dukuh(), old.rt(), old.rw());
        Person p = single.members().getFirst();
        old.kks().forEach(registry::remove);
        registry.put(single.kk01().kk(), single.kk01());
        var member = DtksMember.from(p, Relationship.KEPALA, false, false);
        households[h] = new DtksHousehold(old.id(), old.villageCode(), old.dukuh(), old.rt(), old.rw(), p.kk(),
                old.housing(), old.assets(), old.programs().withPengurus(old.programs().pengurus() < 0 ? -1 : 0),
                old.desil(), List.of(member));
    }

    private boolean moved(int h) {
        LocalDate date = pastDate(540);
        String destination = DESTINATIONS[rng.nextInt(DESTINATIONS.length)];
        for (String kk : households[h].kks()) {
            events.add(new LifeEvent(LifeEvent.Type.MOVE, kk, date, destination));
        }
        key[h] = entry(h, FaultType.MOVED, null, new SetHouseholdStatus(HouseholdStatus.PINDAH));
        return true;
    }

    private boolean visit(int h, FieldNote.Kind kind, HouseholdStatus status, FaultType fault) {
        notes.add(new FieldNote(households[h].id(), visitDate(), kind));
        key[h] = entry(h, fault, null, new SetHouseholdStatus(status));
        return true;
    }

    // ---- family structure ------------------------------------------------------------------------

    /** A parent listed as a child, a young child listed as a spouse, or a second head. */
    private boolean structure(int h) {
        List<DtksMember> members = households[h].members();
        int m = indexOf(members, x -> x.relationship() == Relationship.ORANG_TUA);
        Relationship wrong = Relationship.ANAK;
        if (m < 0) {
            m = indexOf(members, x -> x.relationship() == Relationship.ANAK && x.ageOn(asOf) < 14);
            wrong = Relationship.ISTRI_SUAMI;
        }
        if (m < 0) {
            m = 1 + rng.nextInt(members.size() - 1);
            wrong = Relationship.KEPALA;
        }
        DtksMember member = members.get(m);
        Relationship w = wrong;
        households[h] = households[h].withMember(m, x -> x.withRelationship(w));
        key[h] = entry(h, FaultType.STRUCTURE_BROKEN, member.nik(),
                new CorrectField(member.nik(), Field.RELATIONSHIP, member.relationship().name()));
        return true;
    }

    /**
     * Someone on the household's KK is not in DTKS: the spouse was left out, or a baby was born and
     * added to the KK since the record was made.
     */
    private boolean memberMissing(int h) {
        DtksHousehold hh = households[h];
        Family kk01 = registry.get(hh.kk());
        int spouse = indexOf(hh.members(), m -> m.relationship() == Relationship.ISTRI_SUAMI && m.kk().equals(hh.kk()));
        if (kk01 == null || spouse < 0) {
            return false;
        }
        DtksMember wife = hh.members().get(spouse);
        Person missing;
        if (rng.nextBoolean() || wife.sex() != Sex.PEREMPUAN || wife.ageOn(asOf) > 40) {
            missing = kk01.members().stream().filter(p -> p.nik().equals(wife.nik())).findFirst().orElse(null);
            if (missing == null) {
                return false;
            }
            var members = new ArrayList<>(hh.members());
            members.remove(spouse);
            int pengurus = hh.programs().pengurus();
            households[h] = hh.withMembers(members).withPrograms(hh.programs().withPengurus(
                    pengurus == spouse ? 0 : pengurus > spouse ? pengurus - 1 : pengurus));
        } else {
            Person mother = kk01.members().stream().filter(p -> p.nik().equals(wife.nik())).findFirst().orElseThrow();
            Family reissued = population.withNewborn(kk01, mother, hh.villageCode().replace(".", "").substring(0, 6));
            registry.put(reissued.kk(), reissued);
            missing = reissued.members().getLast();
        }
        key[h] = entry(h, FaultType.MEMBER_MISSING, null, new AddMember(missing));
        return true;
    }

    /**
     * Pecah KK: an unmarried child here married a child of another household (kept clean) and lives
     * there; Dukcapil issued the couple a new KK, which the other household's record already holds
     * for its own child. DTKS still lists the child here.
     */
    private boolean pecahKk(int h) {
        DtksHousehold a = households[h];
        int c = indexOf(a.members(), m -> m.relationship() == Relationship.ANAK && m.kk().equals(a.kk())
                && m.maritalStatus() == MaritalStatus.BELUM_KAWIN && m.ageOn(asOf) >= 19 && m.ageOn(asOf) <= 35);
        if (c < 0) {
            return false;
        }
        DtksMember child = a.members().get(c);
        Predicate<DtksMember> spouseLike = m -> m.relationship() == Relationship.ANAK && m.sex() != child.sex()
                && m.maritalStatus() == MaritalStatus.BELUM_KAWIN && m.ageOn(asOf) >= 19 && m.ageOn(asOf) <= 40;
        int b = partner(h, d -> households[d].villageCode().equals(a.villageCode())
                && indexOf(households[d].members(), m -> spouseLike.test(m) && m.kk().equals(households[d].kk())) > 0);
        if (b < 0) {
            return false;
        }
        DtksHousehold other = households[b];
        int s = indexOf(other.members(), m -> spouseLike.test(m) && m.kk().equals(other.kk()));
        DtksMember spouse = other.members().get(s);
        Family aFamily = registry.get(a.kk());
        Family bFamily = registry.get(other.kk());
        if (aFamily == null || bFamily == null) {
            return false;
        }
        Person childPerson = find(aFamily, child.nik());
        Person spousePerson = find(bFamily, spouse.nik());
        boolean childIsHusband = child.sex() == Sex.LAKI_LAKI;
        LocalDate issued = asOf.minusDays(40 + rng.nextInt(300));
        String kk = population.newKk(other.villageCode().replace(".", "").substring(0, 6), issued);
        Person husband = married(childIsHusband ? childPerson : spousePerson, kk, Relationship.KEPALA);
        Person wife = married(childIsHusband ? spousePerson : childPerson, kk, Relationship.ISTRI_SUAMI);
        registry.put(aFamily.kk(), without(aFamily, child.nik()));
        registry.put(bFamily.kk(), without(bFamily, spouse.nik()));
        registry.put(kk, new Family(kk, other.villageCode(), other.dukuh(), other.rt(), other.rw(), issued,
                List.of(husband, wife)));
        // the other household's record already shows its child married, on the new KK
        households[b] = other.withMember(s, m -> m.withKk(kk).withMaritalStatus(MaritalStatus.KAWIN));
        keepClean(b);
        key[h] = entry(h, FaultType.PECAH_KK, child.nik(),
                new SetMemberStatus(child.nik(), MemberStatus.PINDAH, households[b].id()));
        return true;
    }

    /** A small family living in another household's house (kept clean), as part of it: the visit says so. */
    private boolean partOfOther(int h) {
        DtksHousehold a = households[h];
        if (a.members().size() > 3 || a.kks().size() > 1) {
            return false;
        }
        int b = partner(h, d -> households[d].villageCode().equals(a.villageCode()));
        if (b < 0) {
            return false;
        }
        DtksHousehold host = households[b];
        households[h] = a.withAddress(host.dukuh(), host.rt(), host.rw());
        Family family = registry.get(a.kk());
        if (family != null) {
            registry.put(family.kk(), new Family(family.kk(), family.villageCode(), host.dukuh(), host.rt(), host.rw(),
                    family.issuedOn(), family.members()));
        }
        keepClean(b);
        notes.add(new FieldNote(a.id(), visitDate(), FieldNote.Kind.LIVES_WITH, host.id(), null));
        key[h] = entry(h, FaultType.PART_OF_OTHER_HOUSEHOLD, null,
                new SetHouseholdStatus(HouseholdStatus.BAGIAN_RUMAH_TANGGA_LAIN, host.id()));
        return true;
    }

    // ---- eligibility -----------------------------------------------------------------------------

    /**
     * A central list names a working-age member of an aided household; the field check finds it true
     * or finds the list wrong (same name elsewhere, a job long ended, a borrowed NIK).
     */
    private boolean anomaly(int h, Anomaly.Verdict verdict, FaultType fault) {
        DtksHousehold hh = households[h];
        if (!hh.programs().activeAid()) {
            return false;
        }
        int m = indexOf0(hh.members(), x -> x.ageOn(asOf) >= 23 && x.ageOn(asOf) <= 56);
        if (m < 0) {
            return false;
        }
        DtksMember member = hh.members().get(m);
        var source = Anomaly.Source.values()[rng.nextInt(Anomaly.Source.values().length)];
        String detail = switch (source) {
            case BKN -> null;
            case BPJS_TK -> Integer.toString(2_600_000 + 50_000 * rng.nextInt(40)); // monthly wage, above UMP Jateng
            case PPATK -> Integer.toString(5_000_000 + 500_000 * rng.nextInt(60)); // deposits to gambling sites
        };
        String id = "ANM-" + hh.id();
        anomalies.add(new Anomaly(id, hh.id(), member.nik(), source, detail));
        var kind = verdict == Anomaly.Verdict.TERBUKTI ? FieldNote.Kind.ANOMALY_CONFIRMED : FieldNote.Kind.ANOMALY_REFUTED;
        String reason = source.name() + "." + verdict.name() + "." + (1 + rng.nextInt(REASONS_PER_VERDICT));
        notes.add(new FieldNote(hh.id(), visitDate(), kind, member.nik(), reason));
        key[h] = entry(h, fault, member.nik(), new AnswerAnomaly(id, verdict));
        return true;
    }

    /** An aided household that owns a car and a large house or 2200 W+ power: its desil is high. */
    private boolean wellOff(int h) {
        DtksHousehold hh = households[h];
        if (!hh.programs().activeAid()) {
            return false;
        }
        boolean bigHouse = rng.nextBoolean();
        Housing housing = hh.housing().withWealth(bigHouse ? 130 + rng.nextInt(130) : Math.max(60, hh.housing().floorArea()),
                bigHouse ? hh.housing().power() : Housing.POWER_2200_W + rng.nextInt(2));
        if (housing.lighting() != 1) {
            housing = housing.with(Field.LIGHTING, 1);
        }
        var rich = hh.withHousing(housing).withAssets(hh.assets().withYes(Field.ASSET_CAR, true));
        Field[] more = {Field.ASSET_AC, Field.ASSET_FRIDGE, Field.ASSET_WATER_HEATER, Field.ASSET_LAPTOP,
            Field.ASSET_OTHER_HOUSE, Field.ASSET_GOLD};
        for (int i = 0; Desil.of(rich, asOf) < Desil.WELL_OFF && i < more.length; i++) {
            rich = rich.withAssets(rich.assets().withYes(more[i], true));
        }
        if (Desil.of(rich, asOf) < Desil.WELL_OFF) {
            return false;
        }
        households[h] = rich.withDesil(Desil.of(rich, asOf));
        key[h] = entry(h, FaultType.WELL_OFF, null, new SetEligibility(Eligibility.SUDAH_MAMPU));
        return true;
    }

    private boolean outside(int h) {
        DtksHousehold hh = households[h];
        List<String> others = neighbourVillages.apply(hh.villageCode());
        if (others.isEmpty()) {
            return false;
        }
        households[h] = hh.withVillageCode(others.get(rng.nextInt(others.size())));
        key[h] = entry(h, FaultType.OUTSIDE_VILLAGE, null, new CorrectField(null, Field.VILLAGE_CODE, hh.villageCode()));
        return true;
    }

    /** A question coded 3 (yes) / 4 (no) keyed with the 1/2 of its neighbours on the form. */
    private boolean assetSlip(int h) {
        DtksHousehold hh = households[h];
        var threeFour = java.util.Arrays.stream(Field.values()).filter(Field::codedThreeFour).toList();
        Field field = threeFour.get(rng.nextInt(threeFour.size()));
        int right = hh.assets().get(field);
        households[h] = hh.withAssets(hh.assets().with(field, right - 2)); // 3 -> 1, 4 -> 2
        key[h] = entry(h, FaultType.ASSET_CODE_SLIP, null, new CorrectField(null, field, Integer.toString(right)));
        return true;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private AnswerKey.Entry entry(int h, FaultType fault, String memberNik, ExpectedAction action) {
        return new AnswerKey.Entry(households[h].id(), fault, memberNik, action);
    }

    private AnswerKey.Entry clean(int h) {
        return entry(h, FaultType.CLEAN, null, new ExpectedAction.LeaveUnchanged());
    }

    /** The other household a fault involves stays clean, so the right act on it is "leave it". */
    private void keepClean(int other) {
        taken[other] = true;
        key[other] = clean(other);
    }

    /** A household not yet taken, other than {@code h}, that passes the test; -1 if none. */
    private int partner(int h, java.util.function.IntPredicate test) {
        int start = rng.nextInt(order.length);
        for (int i = 0; i < order.length; i++) {
            int d = order[(start + i) % order.length];
            if (d != h && !taken[d] && test.test(d)) {
                return d;
            }
        }
        return -1;
    }

    private static Person find(Family family, String nik) {
        return family.members().stream().filter(p -> p.nik().equals(nik)).findFirst().orElseThrow();
    }

    private static Family without(Family family, String nik) {
        return family.withMembers(family.members().stream().filter(p -> !p.nik().equals(nik)).toList());
    }

    private static Person married(Person p, String kk, Relationship relationship) {
        return new Person(p.nik(), kk, p.name(), p.sex(), p.birthPlace(), p.birthDate(), p.religion(), p.education(),
                p.occupation(), MaritalStatus.KAWIN, relationship, p.motherName());
    }

    /** The first member after the head that passes the test; -1 if none. */
    private static int indexOf(List<DtksMember> members, Predicate<DtksMember> test) {
        for (int i = 1; i < members.size(); i++) {
            if (test.test(members.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The first member, the head included, that passes the test; -1 if none. */
    private static int indexOf0(List<DtksMember> members, Predicate<DtksMember> test) {
        for (int i = 0; i < members.size(); i++) {
            if (test.test(members.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private LocalDate pastDate(int maxDaysBack) {
        return asOf.minusDays(7 + rng.nextInt(maxDaysBack));
    }

    private LocalDate visitDate() {
        return asOf.minusDays(1 + rng.nextInt(60));
    }

    private int[] shuffledIndexes(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
