package id.siksacademy.scenario;

import id.siksacademy.scenario.ExpectedAction.CorrectField;
import id.siksacademy.scenario.ExpectedAction.SetHouseholdStatus;
import id.siksacademy.scenario.ExpectedAction.SetMemberStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Plants the spec's fault mix into DTKS records, one fault per faulty household, and writes the
 * answer key. The registry stays the truth (life events are added to it); the DTKS copy is what
 * gets damaged. The counterpart of a duplicate is kept clean, so no correct action is ambiguous.
 */
final class FaultPlanter {

    private static final String[] DESTINATIONS = {"KAB. KUDUS", "KAB. REMBANG", "KAB. JEPARA", "KOTA SEMARANG",
        "KAB. BEKASI", "KOTA SURABAYA", "KAB. BLORA", "KAB. GROBOGAN"};

    private final SplittableRandom rng;
    private final LocalDate asOf;
    private final NamePools names;
    private final Function<String, List<String>> neighbourVillages;
    private final DtksHousehold[] households;
    private final Family[] families;
    private final AnswerKey.Entry[] key;
    private final boolean[] taken;
    private final List<LifeEvent> events = new ArrayList<>();
    private final List<FieldNote> notes = new ArrayList<>();
    private final int[] order;

    FaultPlanter(SplittableRandom rng, LocalDate asOf, NamePools names, Function<String, List<String>> neighbourVillages,
                 List<DtksHousehold> households, List<Family> families) {
        this.rng = rng;
        this.asOf = asOf;
        this.names = names;
        this.neighbourVillages = neighbourVillages;
        this.households = households.toArray(DtksHousehold[]::new);
        this.families = families.toArray(Family[]::new);
        this.key = new AnswerKey.Entry[this.households.length];
        this.taken = new boolean[this.households.length];
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
        if (planted < count) {
            throw new IllegalArgumentException("Only " + planted + " of " + count + " '" + fault.id()
                    + "' faults fit in " + households.length + " households; lower the fault counts");
        }
    }

    /** Clean records, benign field notes, and the finished pieces. */
    void finish() {
        for (int h = 0; h < households.length; h++) {
            if (key[h] == null) {
                key[h] = new AnswerKey.Entry(households[h].id(), FaultType.CLEAN, null,
                        new ExpectedAction.LeaveUnchanged());
            }
            FaultType f = key[h].fault();
            boolean visitMakesSense = f != FaultType.MOVED && f != FaultType.NOT_FOUND && f != FaultType.REFUSED
                    && f != FaultType.OUTSIDE_VILLAGE;
            if (visitMakesSense && rng.nextInt(100) < 10) {
                notes.add(new FieldNote(households[h].id(), visitDate(), FieldNote.Kind.FOUND));
            }
        }
        notes.sort(java.util.Comparator.comparing(FieldNote::householdId));
    }

    List<DtksHousehold> households() { return List.of(households); }
    List<Family> families() { return List.of(families); }
    List<LifeEvent> events() { return events; }
    List<FieldNote> notes() { return notes; }
    AnswerKey answerKey() { return new AnswerKey(List.of(key)); }

    private boolean plantOne(FaultType fault, int h) {
        DtksHousehold hh = households[h];
        int size = hh.members().size();
        return switch (fault) {
            case NIK_MALFORMED -> memberFault(h, rng.nextInt(size), fault, this::malformNik, Field.NIK);
            case NIK_INCONSISTENT -> inconsistent(h, rng.nextInt(size));
            case NIK_UNKNOWN -> memberFault(h, rng.nextInt(size), fault, this::unknownNik, Field.NIK);
            case NAME_MISMATCH -> nameMismatch(h, rng.nextInt(size));
            case KK_MISMATCH -> kkMismatch(h);
            case DUPLICATE_PERSON -> duplicate(h);
            case DECEASED -> size >= 2 && deceased(h, 1 + rng.nextInt(size - 1));
            case MOVED -> moved(h);
            case NOT_FOUND -> visit(h, FieldNote.Kind.NOT_FOUND, HouseholdStatus.TIDAK_DITEMUKAN, fault);
            case REFUSED -> visit(h, FieldNote.Kind.REFUSED, HouseholdStatus.MENOLAK, fault);
            case STRUCTURE_BROKEN -> size >= 2 && structure(h);
            case INELIGIBLE_OCCUPATION -> ineligible(h);
            case WELL_OFF -> wellOff(h);
            case OUTSIDE_VILLAGE -> outside(h);
            case ASSET_CODE_SLIP -> assetSlip(h);
            case CLEAN -> false;
        };
    }

    private boolean memberFault(int h, int m, FaultType fault, java.util.function.UnaryOperator<String> damage,
                                Field field) {
        DtksMember member = households[h].members().get(m);
        String bad = damage.apply(member.nik());
        households[h] = households[h].withMember(m, x -> x.withNik(bad));
        key[h] = new AnswerKey.Entry(households[h].id(), fault, bad, new CorrectField(bad, field, member.nik()));
        return true;
    }

    /** 15 digits, a letter, an impossible date, or serial 0000. */
    private String malformNik(String nik) {
        return switch (rng.nextInt(4)) {
            case 0 -> nik.substring(0, 15);
            case 1 -> nik.substring(0, 12) + "O" + nik.substring(13);
            case 2 -> nik.substring(0, 8) + "13" + nik.substring(10);
            default -> nik.substring(0, 12) + "0000";
        };
    }

    /** Same region and date, a serial no one was given (the generator never reaches 9000). */
    private String unknownNik(String nik) {
        return nik.substring(0, 12) + (9000 + rng.nextInt(1000));
    }

    private boolean inconsistent(int h, int m) {
        DtksMember member = households[h].members().get(m);
        DtksHousehold hh = households[h];
        if (rng.nextBoolean()) {
            Sex wrong = member.sex() == Sex.LAKI_LAKI ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
            households[h] = hh.withMember(m, x -> x.withSex(wrong));
            key[h] = new AnswerKey.Entry(hh.id(), FaultType.NIK_INCONSISTENT, member.nik(),
                    new CorrectField(member.nik(), Field.SEX, member.sex().name()));
        } else {
            // another day of the same month: the age hardly moves, the NIK no longer agrees
            LocalDate d = member.birthDate();
            LocalDate wrong = d.withDayOfMonth((d.getDayOfMonth() + rng.nextInt(26)) % 28 + 1);
            households[h] = hh.withMember(m, x -> x.withBirthDate(wrong));
            key[h] = new AnswerKey.Entry(hh.id(), FaultType.NIK_INCONSISTENT, member.nik(),
                    new CorrectField(member.nik(), Field.BIRTH_DATE, d.toString()));
        }
        return true;
    }

    private boolean nameMismatch(int h, int m) {
        DtksMember member = households[h].members().get(m);
        String wrong = misspell(member.name());
        if (wrong.equals(member.name())) {
            return false;
        }
        DtksHousehold hh = households[h];
        households[h] = hh.withMember(m, x -> x.withName(wrong));
        if (!isNickname(member.name(), wrong)) { // an old spelling the registry has since corrected
            events.add(new LifeEvent(LifeEvent.Type.NAME_CORRECTION, member.nik(), pastDate(400), wrong));
        }
        key[h] = new AnswerKey.Entry(hh.id(), FaultType.NAME_MISMATCH, member.nik(),
                new CorrectField(member.nik(), Field.NAME, member.name()));
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
        key[h] = new AnswerKey.Entry(hh.id(), FaultType.KK_MISMATCH, null, new CorrectField(null, Field.NO_KK, kk));
        return true;
    }

    /** A member of another household (the donor, kept clean) also listed here. */
    private boolean duplicate(int h) {
        for (int i = 0; i < order.length; i++) {
            int donor = order[(i + h) % order.length];
            if (donor != h && !taken[donor] && households[donor].members().size() >= 2) {
                DtksMember copy = households[donor].members().get(1 + rng.nextInt(households[donor].members().size() - 1));
                var members = new ArrayList<>(households[h].members());
                members.add(copy.withRelationship(Relationship.LAINNYA));
                households[h] = households[h].withMembers(members);
                taken[donor] = true; // the true half stays clean
                key[donor] = new AnswerKey.Entry(households[donor].id(), FaultType.CLEAN, null,
                        new ExpectedAction.LeaveUnchanged());
                key[h] = new AnswerKey.Entry(households[h].id(), FaultType.DUPLICATE_PERSON, copy.nik(),
                        new SetMemberStatus(copy.nik(), MemberStatus.GANDA, households[donor].id()));
                return true;
            }
        }
        return false;
    }

    private boolean deceased(int h, int m) {
        DtksMember member = households[h].members().get(m);
        events.add(new LifeEvent(LifeEvent.Type.DEATH, member.nik(), pastDate(700), null));
        key[h] = new AnswerKey.Entry(households[h].id(), FaultType.DECEASED, member.nik(),
                new SetMemberStatus(member.nik(), MemberStatus.MENINGGAL, null));
        return true;
    }

    private boolean moved(int h) {
        events.add(new LifeEvent(LifeEvent.Type.MOVE, families[h].kk(), pastDate(540),
                DESTINATIONS[rng.nextInt(DESTINATIONS.length)]));
        key[h] = new AnswerKey.Entry(households[h].id(), FaultType.MOVED, null,
                new SetHouseholdStatus(HouseholdStatus.PINDAH));
        return true;
    }

    private boolean visit(int h, FieldNote.Kind kind, HouseholdStatus status, FaultType fault) {
        notes.add(new FieldNote(households[h].id(), visitDate(), kind));
        key[h] = new AnswerKey.Entry(households[h].id(), fault, null, new SetHouseholdStatus(status));
        return true;
    }

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
        key[h] = new AnswerKey.Entry(households[h].id(), FaultType.STRUCTURE_BROKEN, member.nik(),
                new CorrectField(member.nik(), Field.RELATIONSHIP, member.relationship().name()));
        return true;
    }

    private boolean ineligible(int h) {
        List<DtksMember> members = households[h].members();
        int m = indexOf(members, x -> x.ageOn(asOf) >= 23 && x.ageOn(asOf) <= 56);
        if (m < 0) {
            return false;
        }
        DtksMember member = members.get(m);
        households[h] = households[h].withMember(m, x -> x.withOccupation(Occupation.PNS_TNI_POLRI));
        // the registry agrees: this is the truth, not a keying error
        var registryMembers = new ArrayList<>(families[h].members());
        for (int i = 0; i < registryMembers.size(); i++) {
            if (registryMembers.get(i).nik().equals(member.nik())) {
                registryMembers.set(i, registryMembers.get(i).withOccupation(Occupation.PNS_TNI_POLRI));
            }
        }
        families[h] = families[h].withMembers(registryMembers);
        key[h] = new AnswerKey.Entry(households[h].id(), FaultType.INELIGIBLE_OCCUPATION, member.nik(),
                new SetHouseholdStatus(HouseholdStatus.TIDAK_LAYAK));
        return true;
    }

    private boolean wellOff(int h) {
        DtksHousehold hh = households[h];
        boolean bigHouse = rng.nextBoolean();
        Housing housing = hh.housing().withWealth(bigHouse ? 130 + rng.nextInt(130) : hh.housing().floorArea(),
                bigHouse ? hh.housing().power() : Housing.POWER_2200_W + rng.nextInt(2));
        households[h] = hh.withAssets(hh.assets().withCar(Assets.YES)).withHousing(housing);
        key[h] = new AnswerKey.Entry(hh.id(), FaultType.WELL_OFF, null, new SetHouseholdStatus(HouseholdStatus.SUDAH_MAMPU));
        return true;
    }

    private boolean outside(int h) {
        DtksHousehold hh = households[h];
        List<String> others = neighbourVillages.apply(hh.villageCode());
        if (others.isEmpty()) {
            return false;
        }
        households[h] = hh.withVillageCode(others.get(rng.nextInt(others.size())));
        key[h] = new AnswerKey.Entry(hh.id(), FaultType.OUTSIDE_VILLAGE, null,
                new CorrectField(null, Field.VILLAGE_CODE, hh.villageCode()));
        return true;
    }

    private boolean assetSlip(int h) {
        DtksHousehold hh = households[h];
        Field field = new Field[] {Field.ASSET_LAND, Field.ASSET_OTHER_HOUSE, Field.ASSET_LIVESTOCK}[rng.nextInt(3)];
        int right = hh.assets().threeFour(field);
        households[h] = hh.withAssets(hh.assets().withThreeFour(field, right - 2)); // 3 -> 1, 4 -> 2
        key[h] = new AnswerKey.Entry(hh.id(), FaultType.ASSET_CODE_SLIP, null,
                new CorrectField(null, field, Integer.toString(right)));
        return true;
    }

    private static int indexOf(List<DtksMember> members, java.util.function.Predicate<DtksMember> test) {
        for (int i = 1; i < members.size(); i++) {
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
