package id.siksacademy.scenario;

import id.siksacademy.region.Village;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds civil-registry families as a village has them: households of 1-8 (some of three generations,
 * with a married child's family on the head's KK or on its own KK02), one head (a widow or widower
 * now and then), spouses of similar age (sometimes far apart), mothers 18-43 at each birth, names
 * that fit the generation, born in the kabupaten or now and then in a neighbour ({@link Origins}),
 * Pati's religious minorities, Dukcapil's education and occupation codes,
 * valid and unique NIKs and KK numbers. About one adult in a hundred born before 1980 has a NIK whose
 * date part is not their birth date (registered with a default date): Dukcapil keeps such NIKs, so
 * they are correct data. Deterministic for a given random generator.
 */
final class PopulationGenerator {

    private static final int[] SIZE_WEIGHTS = {10, 15, 20, 22, 15, 9, 5, 4}; // sizes 1..8, percent
    static final int THREE_GENERATION_PERCENT = 12;
    static final int OWN_KK_PERCENT = 40;

    /**
     * A rumah tangga as the registry has it: its KK (the head's first, then a married child's KK02),
     * its members in household order and each one's relationship to the household's head (which for a
     * KK02 differs from the KK's own: the KK02's head is the household head's child, ANAK).
     */
    record Household(List<Family> families, List<Person> members, List<Relationship> relationships) {
        Household {
            families = List.copyOf(families);
            members = List.copyOf(members);
            relationships = List.copyOf(relationships);
        }

        Family kk01() {
            return families.getFirst();
        }
    }

    private final SplittableRandom rng;
    private final NamePools names;
    private final Origins origins;
    private final LocalDate asOf;
    private final Map<String, Integer> nikSerials = new HashMap<>();
    private final Map<String, Integer> kkSerials = new HashMap<>();
    private final List<String> usedNames = new ArrayList<>();

    PopulationGenerator(SplittableRandom rng, NamePools names, Origins origins, LocalDate asOf) {
        this.rng = rng;
        this.names = names;
        this.origins = origins;
        this.asOf = asOf;
    }

    /** Continues another generator's serials, so that its NIKs and KK numbers stay unique. */
    PopulationGenerator(SplittableRandom rng, PopulationGenerator before) {
        this(rng, before.names, before.origins, before.asOf);
        nikSerials.putAll(before.nikSerials);
        kkSerials.putAll(before.kkSerials);
    }

    /** One family on one KK: a household that comes to register (usulan baru). */
    Family family(Village village) {
        return household(village, false).kk01();
    }

    Household household(Village village) {
        return household(village, true);
    }

    /** A one-person household at a given address (an elderly widow, most often). */
    Household single(Village village, String dukuh, int rt, int rw) {
        var draft = new Draft(village, religion());
        single(draft);
        return draft.build(dukuh, rt, rw);
    }

    private Household household(Village village, boolean mayHoldTwoKk) {
        String dukuh = village.dukuh().get(rng.nextInt(village.dukuh().size()));
        int rt = 1 + rng.nextInt(village.rtPerRw());
        int rw = 1 + rng.nextInt(village.rwCount());
        var draft = new Draft(village, religion());
        int size = weighted(SIZE_WEIGHTS) + 1;
        if (size == 1) {
            single(draft);
        } else if (size >= 4 && rng.nextInt(100) < THREE_GENERATION_PERCENT) {
            threeGenerations(draft, size, mayHoldTwoKk && rng.nextInt(100) < OWN_KK_PERCENT);
        } else {
            nuclear(draft, size);
        }
        return draft.build(dukuh, rt, rw);
    }

    // ---- family shapes ------------------------------------------------------------------------

    private void single(Draft d) {
        Sex sex = rng.nextInt(100) < 55 ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
        int age = rng.nextInt(100) < 60 ? between(55, 85) : between(25, 54);
        MaritalStatus marital = age >= 50 ? MaritalStatus.CERAI_MATI
                : rng.nextBoolean() ? MaritalStatus.BELUM_KAWIN : MaritalStatus.CERAI_HIDUP;
        d.add(0, adult(d, sex, age, marital, olderName(Sex.PEREMPUAN, age)), Relationship.KEPALA, Relationship.KEPALA);
    }

    private void nuclear(Draft d, int size) {
        Person mother = parents(d, between(22, 70), true);
        int headAge = d.members.getFirst().ageOn(asOf);
        boolean parent = d.members.size() < size && size >= 3 && headAge <= 55 && rng.nextInt(100) < 20;
        int childSlots = size - d.members.size() - (parent ? 1 : 0);
        children(d, 0, mother, childSlots, Relationship.ANAK, Relationship.ANAK);
        if (parent) {
            int age = Math.min(95, headAge + between(20, 35));
            Sex sex = rng.nextBoolean() ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
            d.add(0, adult(d, sex, age, MaritalStatus.CERAI_MATI, olderName(Sex.PEREMPUAN, age)),
                    Relationship.ORANG_TUA, Relationship.ORANG_TUA);
        }
        while (d.members.size() < size) { // no room for more children: a relative lives with them
            int age = Math.max(18, headAge + between(-10, 10));
            Sex sex = rng.nextBoolean() ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
            d.add(0, adult(d, sex, age, MaritalStatus.BELUM_KAWIN, olderName(Sex.PEREMPUAN, age)),
                    Relationship.LAINNYA, Relationship.LAINNYA);
        }
    }

    /**
     * Grandparents, a married child with their spouse (menantu) and grandchildren (cucu), perhaps an
     * unmarried child. The young couple is on the head's KK or on its own (KK02, the husband its head).
     */
    private void threeGenerations(Draft d, int size, boolean ownKk) {
        int headAge = between(50, 75);
        Person grandmother = parents(d, headAge, false);
        int motherAge = grandmother.ageOn(asOf);
        int oldest = Math.min(42, motherAge - 18); // the mother was 18-43 at the birth
        int youngest = Math.max(20, motherAge - 43);
        if (youngest > oldest) { // a young second wife: no married child after all
            children(d, 0, grandmother, size - d.members.size(), Relationship.ANAK, Relationship.ANAK);
            return;
        }
        int childAge = between(youngest, oldest);
        Sex childSex = rng.nextBoolean() ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
        LocalDate childBirth = birthDate(childAge);
        int kk = ownKk ? 1 : 0;
        Person child = person(d, d.village.nikPrefix(), origins.home(), childSex, childBirth, MaritalStatus.KAWIN,
                grandmother.name());
        int spouseAge = Math.max(18, childAge + between(-3, 5) * (childSex == Sex.PEREMPUAN ? 1 : -1));
        Sex spouseSex = childSex == Sex.PEREMPUAN ? Sex.LAKI_LAKI : Sex.PEREMPUAN;
        Person spouse = adult(d, spouseSex, spouseAge, MaritalStatus.KAWIN, olderName(Sex.PEREMPUAN, spouseAge));
        Person husband = childSex == Sex.LAKI_LAKI ? child : spouse;
        Person wife = childSex == Sex.LAKI_LAKI ? spouse : child;
        if (ownKk) {
            d.add(kk, child, childSex == Sex.LAKI_LAKI ? Relationship.KEPALA : Relationship.ISTRI_SUAMI, Relationship.ANAK);
            d.add(kk, spouse, spouseSex == Sex.LAKI_LAKI ? Relationship.KEPALA : Relationship.ISTRI_SUAMI,
                    Relationship.MENANTU);
            d.headFirst(kk, husband);
        } else {
            d.add(kk, child, Relationship.ANAK, Relationship.ANAK);
            d.add(kk, spouse, Relationship.MENANTU, Relationship.MENANTU);
        }
        int grandchildren = Math.max(1, Math.min(3, size - d.members.size() - 1));
        children(d, kk, wife, grandchildren, ownKk ? Relationship.ANAK : Relationship.CUCU, Relationship.CUCU);
        if (d.members.size() < size) {
            children(d, 0, grandmother, 1, Relationship.ANAK, Relationship.ANAK);
        }
    }

    /**
     * The head and, unless widowed, the spouse. A woman heads one household in seven (widowed or
     * divorced); a widower heads some. Returns the children's mother (a name-only person when the
     * head is a widower).
     */
    private Person parents(Draft d, int headAge, boolean nuclear) {
        if (rng.nextInt(100) < 15) {
            Person head = adult(d, Sex.PEREMPUAN, Math.max(30, headAge),
                    rng.nextInt(100) < 70 ? MaritalStatus.CERAI_MATI : MaritalStatus.CERAI_HIDUP,
                    olderName(Sex.PEREMPUAN, headAge));
            d.add(0, head, Relationship.KEPALA, Relationship.KEPALA);
            return head;
        }
        boolean widower = headAge >= 40 && rng.nextInt(100) < (nuclear ? 8 : 20); // grandparents are more often widowed
        Person head = adult(d, Sex.LAKI_LAKI, headAge, widower ? MaritalStatus.CERAI_MATI : MaritalStatus.KAWIN,
                olderName(Sex.PEREMPUAN, headAge));
        d.add(0, head, Relationship.KEPALA, Relationship.KEPALA);
        // Most couples are close in age; a few are far apart, which is not a fault.
        int gap = rng.nextInt(100) < 4 ? between(15, 25) : between(-2, 8);
        int wifeAge = Math.max(18, headAge - gap);
        if (widower) { // the late wife: only her name and age matter, as the children's mother
            LocalDate birth = birthDate(wifeAge);
            return new Person("", "", name(Sex.PEREMPUAN, birth.getYear()), Sex.PEREMPUAN, origins.home(), birth,
                    d.religion, Education.TAMAT_SD, Occupation.MENGURUS_RUMAH_TANGGA, MaritalStatus.KAWIN,
                    Relationship.ISTRI_SUAMI, "");
        }
        Person wife = adult(d, Sex.PEREMPUAN, wifeAge, MaritalStatus.KAWIN, olderName(Sex.PEREMPUAN, wifeAge));
        d.add(0, wife, Relationship.ISTRI_SUAMI, Relationship.ISTRI_SUAMI);
        return wife;
    }

    /** Children of a mother who was 18-43 at each birth (fewer when no age fits). */
    private void children(Draft d, int kk, Person mother, int count, Relationship onKk, Relationship inHousehold) {
        int motherAge = mother.ageOn(asOf);
        int maxChildAge = motherAge - 18;
        int minChildAge = Math.max(0, motherAge - 43);
        for (int i = 0; i < count && maxChildAge >= minChildAge; i++) {
            int age = between(minChildAge, maxChildAge);
            Sex sex = rng.nextBoolean() ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
            LocalDate birth = birthDate(age);
            if (mother.ageOn(birth) < 16 || mother.ageOn(birth) > 45) {
                continue;
            }
            MaritalStatus marital = age >= 25 && rng.nextInt(100) < 10 ? MaritalStatus.CERAI_HIDUP
                    : MaritalStatus.BELUM_KAWIN;
            d.add(kk, person(d, d.village.nikPrefix(), origins.home(), sex, birth, marital, mother.name()), onKk, inHousehold);
        }
    }

    /** A baby born this year onto a family's KK (the KK reissued a little after the birth). */
    Family withNewborn(Family family, Person mother, String region6) {
        LocalDate birth = asOf.minusDays(20 + rng.nextInt(280));
        Sex sex = rng.nextBoolean() ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
        Person baby = new Person(nextNik(region6, birth, sex), family.kk(), name(sex, birth.getYear()), sex, origins.home(),
                birth, family.head().religion(), Education.TIDAK_BELUM_SEKOLAH, Occupation.BELUM_TIDAK_BEKERJA,
                MaritalStatus.BELUM_KAWIN, Relationship.ANAK, mother.name());
        var members = new ArrayList<>(family.members());
        members.add(baby);
        LocalDate reissued = birth.plusDays(7 + rng.nextInt(14));
        return new Family(family.kk(), family.villageCode(), family.dukuh(), family.rt(), family.rw(),
                reissued.isAfter(asOf) ? asOf : reissued, members);
    }

    /** A new, unique KK number issued on a date. */
    String newKk(String region6, LocalDate issued) {
        return nextKk(region6, issued);
    }

    // ---- persons ------------------------------------------------------------------------------

    private Person adult(Draft d, Sex sex, int age, MaritalStatus marital, String motherName) {
        String prefix = d.village.nikPrefix();
        String birthPlace = origins.home();
        if (rng.nextInt(100) < 5) { // first registered elsewhere: the NIK keeps that region
            Origins.Origin other = origins.elsewhere().get(rng.nextInt(origins.elsewhere().size()));
            prefix = other.nikPrefix();
            birthPlace = other.place();
        }
        return person(d, prefix, birthPlace, sex, birthDate(age), marital, motherName);
    }

    /** Relationship and KK are filled in when the draft files the person. */
    private Person person(Draft d, String prefix, String birthPlace, Sex sex, LocalDate birth, MaritalStatus marital,
                          String motherName) {
        int age = java.time.Period.between(birth, asOf).getYears();
        LocalDate nikDate = birth;
        if (birth.getYear() < 1980 && rng.nextInt(100) < 1) { // registered with a default date: a legal oddity
            nikDate = rng.nextBoolean() ? LocalDate.of(birth.getYear(), 7, 1) : LocalDate.of(birth.getYear(), 12, 31);
            if (nikDate.equals(birth)) {
                nikDate = nikDate.minusMonths(6);
            }
        }
        return new Person(nextNik(prefix, nikDate, sex), "", name(sex, birth.getYear()), sex, birthPlace, birth,
                d.religion, educationFor(age), occupationFor(age, sex), marital, Relationship.LAINNYA, motherName);
    }

    private String nextNik(String prefix, LocalDate birth, Sex sex) {
        return Nik.of(prefix, birth, sex, nextSerial(nikSerials, prefix + Nik.datePart(birth, sex)));
    }

    private String nextKk(String region6, LocalDate issued) {
        return NoKk.of(region6, issued, nextSerial(kkSerials, region6 + issued));
    }

    /** Unique per key; the first serial of a key is somewhere in 1..40, as others were registered before. */
    private int nextSerial(Map<String, Integer> serials, String key) {
        Integer previous = serials.get(key);
        int serial = previous == null ? 1 + rng.nextInt(40) : previous + 1;
        serials.put(key, serial);
        return serial;
    }

    private LocalDate issueDate(LocalDate youngestBirth) {
        LocalDate earliest = youngestBirth.isAfter(asOf.minusYears(12)) ? youngestBirth : asOf.minusYears(12);
        long span = Math.max(1, asOf.minusDays(30).toEpochDay() - earliest.toEpochDay());
        return earliest.plusDays(rng.nextLong(span));
    }

    private LocalDate birthDate(int age) {
        return asOf.minusYears(age).minusDays(1 + rng.nextInt(364));
    }

    // ---- names, religion, education, occupation -----------------------------------------------

    /**
     * A given name of the person's generation (an older name for most born before 1970, a newer one
     * for most born from 1995); many people have one name, others two; now and then a name recurs.
     */
    String name(Sex sex, int birthYear) {
        List<String> pool = pool(sex, birthYear);
        if (!usedNames.isEmpty() && rng.nextInt(100) < 2) {
            String reused = usedNames.get(rng.nextInt(usedNames.size()));
            String first = reused.split(" ")[0];
            if (pool.stream().anyMatch(n -> n.toUpperCase(Locale.ROOT).equals(first))) {
                return reused;
            }
        }
        String first = pool.get(rng.nextInt(pool.size()));
        String name = rng.nextInt(100) < 45 ? first : first + " " + pool.get(rng.nextInt(pool.size()));
        name = name.toUpperCase(Locale.ROOT);
        if (usedNames.size() < 500) {
            usedNames.add(name);
        }
        return name;
    }

    private List<String> pool(Sex sex, int birthYear) {
        boolean male = sex == Sex.LAKI_LAKI;
        if (birthYear < 1970 && rng.nextInt(100) < 85) {
            return male ? names.maleOld() : names.femaleOld();
        }
        if (birthYear >= 1995 && rng.nextInt(100) < 80) {
            return male ? names.maleYoung() : names.femaleYoung();
        }
        return male ? names.male() : names.female();
    }

    /** A mother's name for someone of this age: she was born some 25 years earlier. */
    private String olderName(Sex sex, int age) {
        int birthYear = asOf.getYear() - age - 25;
        List<String> pool = pool(sex, birthYear);
        return pool.get(rng.nextInt(pool.size())).toUpperCase(Locale.ROOT);
    }

    /** Pati is mostly Muslim, with Christian, Catholic and Buddhist minorities; a household shares one. */
    private Religion religion() {
        int r = rng.nextInt(100);
        return r < 94 ? Religion.ISLAM : r < 97 ? Religion.KRISTEN : r < 99 ? Religion.KATOLIK : Religion.BUDDHA;
    }

    /** The highest level completed, as Dukcapil codes it: school children have not finished theirs yet. */
    private Education educationFor(int age) {
        if (age < 7) {
            return Education.TIDAK_BELUM_SEKOLAH;
        }
        if (age <= 12) {
            return Education.BELUM_TAMAT_SD;
        }
        if (age <= 15) {
            return Education.TAMAT_SD;
        }
        if (age <= 18) {
            return Education.SLTP;
        }
        int r = rng.nextInt(100);
        if (age >= 60) {
            return r < 20 ? Education.TIDAK_BELUM_SEKOLAH : r < 50 ? Education.BELUM_TAMAT_SD
                    : r < 85 ? Education.TAMAT_SD : r < 95 ? Education.SLTP : Education.SLTA;
        }
        return r < 3 ? Education.TIDAK_BELUM_SEKOLAH : r < 13 ? Education.BELUM_TAMAT_SD : r < 50 ? Education.TAMAT_SD
                : r < 75 ? Education.SLTP : r < 97 ? Education.SLTA : r < 98 ? Education.DIPLOMA_I_II
                : r < 99 ? Education.DIPLOMA_III : Education.DIPLOMA_IV_S1;
    }

    /** Never PNS, TNI or POLRI: civil servants are found by the central lists, not by this field. */
    private Occupation occupationFor(int age, Sex sex) {
        if (age < 5) {
            return Occupation.BELUM_TIDAK_BEKERJA;
        }
        if (age < 18 || (age <= 22 && rng.nextInt(100) < 10)) {
            return Occupation.PELAJAR_MAHASISWA;
        }
        if (age >= 65 && rng.nextInt(100) < 60) {
            return Occupation.BELUM_TIDAK_BEKERJA;
        }
        int r = rng.nextInt(100);
        if (sex == Sex.PEREMPUAN) {
            return r < 45 ? Occupation.MENGURUS_RUMAH_TANGGA : r < 55 ? Occupation.PETANI_PEKEBUN
                    : r < 68 ? Occupation.BURUH_TANI : r < 82 ? Occupation.PERDAGANGAN
                    : r < 92 ? Occupation.KARYAWAN_SWASTA : r < 96 ? Occupation.BURUH_HARIAN_LEPAS : Occupation.WIRASWASTA;
        }
        return r < 25 ? Occupation.PETANI_PEKEBUN : r < 45 ? Occupation.BURUH_TANI
                : r < 60 ? Occupation.BURUH_HARIAN_LEPAS : r < 70 ? Occupation.PERDAGANGAN
                : r < 80 ? Occupation.KARYAWAN_SWASTA : r < 85 ? Occupation.NELAYAN : r < 88 ? Occupation.PETERNAK
                : Occupation.WIRASWASTA;
    }

    private int weighted(int[] weights) {
        int r = rng.nextInt(100);
        int acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (r < acc) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private int between(int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }

    /** A household being put together: persons with their KK (0 = KK01, 1 = KK02) and relationships. */
    private final class Draft {
        final Village village;
        final Religion religion;
        final List<Person> members = new ArrayList<>();
        final List<Integer> kkIndex = new ArrayList<>();
        final List<Relationship> onKk = new ArrayList<>();
        final List<Relationship> inHousehold = new ArrayList<>();
        Person kk02Head;

        Draft(Village village, Religion religion) {
            this.village = village;
            this.religion = religion;
        }

        void add(int kk, Person p, Relationship relationshipOnKk, Relationship relationshipInHousehold) {
            members.add(p);
            kkIndex.add(kk);
            onKk.add(relationshipOnKk);
            inHousehold.add(relationshipInHousehold);
        }

        void headFirst(int kk, Person head) {
            kk02Head = head;
        }

        Household build(String dukuh, int rt, int rw) {
            var families = new ArrayList<Family>();
            var persons = new ArrayList<>(members);
            for (int kk = 0; kk <= 1; kk++) {
                var onThisKk = new ArrayList<Integer>();
                for (int i = 0; i < members.size(); i++) {
                    if (kkIndex.get(i) == kk) {
                        onThisKk.add(i);
                    }
                }
                if (onThisKk.isEmpty()) {
                    continue;
                }
                if (kk == 1 && kk02Head != null) { // the KK's head is listed first on it
                    int headAt = members.indexOf(kk02Head);
                    onThisKk.remove(Integer.valueOf(headAt));
                    onThisKk.addFirst(headAt);
                }
                LocalDate youngest = onThisKk.stream().map(i -> members.get(i).birthDate())
                        .max(LocalDate::compareTo).orElseThrow();
                LocalDate issued = issueDate(youngest);
                String number = nextKk(village.nikPrefix(), issued);
                var familyMembers = new ArrayList<Person>();
                for (int i : onThisKk) {
                    Person p = members.get(i);
                    Person filed = new Person(p.nik(), number, p.name(), p.sex(), p.birthPlace(), p.birthDate(),
                            p.religion(), p.education(), p.occupation(), p.maritalStatus(), onKk.get(i), p.motherName());
                    familyMembers.add(filed);
                    persons.set(i, filed);
                }
                families.add(new Family(number, village.code(), dukuh, rt, rw, issued, familyMembers));
            }
            return new Household(families, persons, inHousehold);
        }
    }
}
