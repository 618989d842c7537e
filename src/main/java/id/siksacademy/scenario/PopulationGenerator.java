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
 * Builds civil-registry families with a believable structure: households of 1-8, one head,
 * spouses of similar age (sometimes far apart), mothers 16-45 at each birth, valid and unique
 * NIKs and KK numbers. Deterministic for a given random generator.
 */
final class PopulationGenerator {

    private static final int[] SIZE_WEIGHTS = {10, 15, 20, 22, 15, 9, 5, 4}; // sizes 1..8, percent
    /** Places of first registration for people who came from elsewhere (NIK prefix, birthplace). */
    private static final String[][] ELSEWHERE = {
        {"331901", "KUDUS"}, {"331702", "REMBANG"}, {"332003", "JEPARA"}, {"331604", "BLORA"},
        {"352201", "BOJONEGORO"}, {"337401", "SEMARANG"}, {"317104", "JAKARTA"}, {"327502", "BEKASI"}};

    private final SplittableRandom rng;
    private final NamePools names;
    private final LocalDate asOf;
    private final Map<String, Integer> nikSerials = new HashMap<>();
    private final Map<String, Integer> kkSerials = new HashMap<>();
    private final List<String> usedNames = new ArrayList<>();

    PopulationGenerator(SplittableRandom rng, NamePools names, LocalDate asOf) {
        this.rng = rng;
        this.names = names;
        this.asOf = asOf;
    }

    /** Continues another generator's serials, so that its NIKs and KK numbers stay unique. */
    PopulationGenerator(SplittableRandom rng, NamePools names, LocalDate asOf, PopulationGenerator before) {
        this(rng, names, asOf);
        nikSerials.putAll(before.nikSerials);
        kkSerials.putAll(before.kkSerials);
    }

    Family family(Village village) {
        int size = weighted(SIZE_WEIGHTS) + 1;
        var members = new ArrayList<Person>(size);
        String kk = nextKk(village, size);
        if (size == 1) {
            members.add(single(village, kk));
        } else {
            household(village, kk, size, members);
        }
        LocalDate youngest = members.stream().map(Person::birthDate).max(LocalDate::compareTo).orElseThrow();
        LocalDate issued = issueDate(youngest);
        String dukuh = village.dukuh().get(rng.nextInt(village.dukuh().size()));
        return new Family(kk, village.code(), dukuh, 1 + rng.nextInt(village.rtPerRw()), 1 + rng.nextInt(village.rwCount()),
                issued, members);
    }

    private Person single(Village village, String kk) {
        Sex sex = rng.nextInt(100) < 55 ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
        int age = rng.nextInt(100) < 60 ? between(55, 85) : between(25, 54);
        MaritalStatus marital = age >= 50 ? MaritalStatus.CERAI_MATI
                : rng.nextBoolean() ? MaritalStatus.BELUM_KAWIN : MaritalStatus.CERAI_HIDUP;
        return adult(village, kk, sex, age, Relationship.KEPALA, marital, randomName(Sex.PEREMPUAN));
    }

    private void household(Village village, String kk, int size, List<Person> members) {
        boolean femaleHead = rng.nextInt(100) < 15;
        Person head;
        Person mother;
        if (femaleHead) {
            int age = between(30, 75);
            head = adult(village, kk, Sex.PEREMPUAN, age, Relationship.KEPALA,
                    rng.nextInt(100) < 70 ? MaritalStatus.CERAI_MATI : MaritalStatus.CERAI_HIDUP,
                    randomName(Sex.PEREMPUAN));
            members.add(head);
            mother = head;
        } else {
            int age = between(22, 70);
            head = adult(village, kk, Sex.LAKI_LAKI, age, Relationship.KEPALA, MaritalStatus.KAWIN,
                    randomName(Sex.PEREMPUAN));
            members.add(head);
            // Most couples are close in age; a few are far apart, which is not a fault.
            int gap = rng.nextInt(100) < 4 ? between(15, 25) : between(-2, 8);
            int wifeAge = Math.max(18, age - gap);
            mother = adult(village, kk, Sex.PEREMPUAN, wifeAge, Relationship.ISTRI_SUAMI, MaritalStatus.KAWIN,
                    randomName(Sex.PEREMPUAN));
            members.add(mother);
        }
        int headAge = head.ageOn(asOf);
        boolean parent = members.size() < size && size >= 3 && headAge <= 55 && rng.nextInt(100) < 20;
        int childSlots = size - members.size() - (parent ? 1 : 0);
        addChildren(village, kk, mother, childSlots, members);
        if (parent) {
            int age = Math.min(95, headAge + between(20, 35));
            members.add(adult(village, kk, rng.nextBoolean() ? Sex.PEREMPUAN : Sex.LAKI_LAKI, age,
                    Relationship.ORANG_TUA, MaritalStatus.CERAI_MATI, randomName(Sex.PEREMPUAN)));
        }
        while (members.size() < size) { // no room for more children: a relative lives with them
            members.add(adult(village, kk, rng.nextBoolean() ? Sex.PEREMPUAN : Sex.LAKI_LAKI,
                    Math.max(18, headAge + between(-10, 10)), Relationship.LAINNYA, MaritalStatus.BELUM_KAWIN,
                    randomName(Sex.PEREMPUAN)));
        }
    }

    private void addChildren(Village village, String kk, Person mother, int count, List<Person> members) {
        int motherAge = mother.ageOn(asOf);
        int youngestMotherAge = 18;
        int oldestMotherAge = 43;
        int maxChildAge = motherAge - youngestMotherAge;           // mother at least 18 at birth
        int minChildAge = Math.max(0, motherAge - oldestMotherAge); // at most 43
        for (int i = 0; i < count && maxChildAge >= minChildAge; i++) {
            int age = between(minChildAge, maxChildAge);
            Sex sex = rng.nextBoolean() ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
            LocalDate birth = birthDate(age);
            // keep the mother 16-45 at the exact birth date
            if (mother.ageOn(birth) < 16 || mother.ageOn(birth) > 45) {
                continue;
            }
            String nik = nextNik(village.nikPrefix(), birth, sex);
            members.add(new Person(nik, kk, name(sex), sex, "PATI", birth, religionFor(mother), educationFor(age),
                    occupationFor(age, sex), age >= 25 && rng.nextInt(100) < 10 ? MaritalStatus.CERAI_HIDUP
                    : MaritalStatus.BELUM_KAWIN, Relationship.ANAK, mother.name()));
        }
    }

    private Person adult(Village village, String kk, Sex sex, int age, Relationship relationship,
                         MaritalStatus marital, String motherName) {
        LocalDate birth = birthDate(age);
        String prefix = village.nikPrefix();
        String birthPlace = "PATI";
        if (rng.nextInt(100) < 5) { // first registered elsewhere: the NIK keeps that region
            String[] other = ELSEWHERE[rng.nextInt(ELSEWHERE.length)];
            prefix = other[0];
            birthPlace = other[1];
        }
        return new Person(nextNik(prefix, birth, sex), kk, name(sex), sex, birthPlace, birth, religion(),
                educationFor(age), occupationFor(age, sex), marital, relationship, motherName);
    }

    private String nextNik(String prefix, LocalDate birth, Sex sex) {
        return Nik.of(prefix, birth, sex, nextSerial(nikSerials, prefix + Nik.datePart(birth, sex)));
    }

    private String nextKk(Village village, int size) {
        LocalDate issued = asOf.minusDays(30 + rng.nextInt(3650));
        return NoKk.of(village.nikPrefix(), issued, nextSerial(kkSerials, village.nikPrefix() + issued));
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

    /** Many people have one name; others two. Now and then a name recurs (common names). */
    private String name(Sex sex) {
        if (!usedNames.isEmpty() && rng.nextInt(100) < 2) {
            String reused = usedNames.get(rng.nextInt(usedNames.size()));
            if (isOfSex(reused, sex)) {
                return reused;
            }
        }
        List<String> pool = sex == Sex.LAKI_LAKI ? names.male() : names.female();
        String first = pool.get(rng.nextInt(pool.size()));
        String name = rng.nextInt(100) < 45 ? first : first + " " + pool.get(rng.nextInt(pool.size()));
        name = name.toUpperCase(Locale.ROOT);
        if (usedNames.size() < 500) {
            usedNames.add(name);
        }
        return name;
    }

    private boolean isOfSex(String fullName, Sex sex) {
        String first = fullName.split(" ")[0];
        List<String> pool = sex == Sex.LAKI_LAKI ? names.male() : names.female();
        return pool.stream().anyMatch(n -> n.toUpperCase(Locale.ROOT).equals(first));
    }

    private String randomName(Sex sex) {
        List<String> pool = sex == Sex.LAKI_LAKI ? names.male() : names.female();
        return pool.get(rng.nextInt(pool.size())).toUpperCase(Locale.ROOT);
    }

    private Religion religion() {
        int r = rng.nextInt(100);
        return r < 96 ? Religion.ISLAM : r < 99 ? Religion.KRISTEN : Religion.KATOLIK;
    }

    private Religion religionFor(Person mother) {
        return mother.religion();
    }

    private Education educationFor(int age) {
        if (age < 7) {
            return Education.TIDAK_SEKOLAH;
        }
        if (age <= 12) {
            return Education.SD;
        }
        if (age <= 15) {
            return Education.SMP;
        }
        if (age <= 18) {
            return Education.SMA;
        }
        int r = rng.nextInt(100);
        return r < 7 ? Education.TIDAK_SEKOLAH : r < 47 ? Education.SD : r < 72 ? Education.SMP
                : r < 97 ? Education.SMA : r < 99 ? Education.DIPLOMA : Education.SARJANA;
    }

    /** Never code 5 (civil servant): that is a planted fault, not population. */
    private Occupation occupationFor(int age, Sex sex) {
        if (age < 5) {
            return Occupation.TIDAK_BEKERJA;
        }
        if (age < 18) {
            return Occupation.PELAJAR;
        }
        if (age >= 65 && rng.nextInt(100) < 60) {
            return Occupation.TIDAK_BEKERJA;
        }
        int r = rng.nextInt(100);
        if (sex == Sex.PEREMPUAN) {
            return r < 45 ? Occupation.MENGURUS_RUMAH_TANGGA : r < 60 ? Occupation.PETANI : r < 75 ? Occupation.BURUH
                    : r < 90 ? Occupation.PEDAGANG : r < 95 ? Occupation.KARYAWAN_SWASTA : Occupation.LAINNYA;
        }
        return r < 35 ? Occupation.PETANI : r < 65 ? Occupation.BURUH : r < 77 ? Occupation.PEDAGANG
                : r < 87 ? Occupation.KARYAWAN_SWASTA : r < 92 ? Occupation.NELAYAN : Occupation.LAINNYA;
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
}
