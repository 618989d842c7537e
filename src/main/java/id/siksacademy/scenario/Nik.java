package id.siksacademy.scenario;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Nomor Induk Kependudukan: {@code PP KK CC DDMMYY SSSS}. Region of first registration, date of
 * birth with the day + 40 for women, then a serial from 0001 unique per region and date.
 */
public final class Nik {

    public static final int LENGTH = 16;
    public static final int FEMALE_DAY_OFFSET = 40;

    /** Why a NIK is malformed, as SIKS-NG's own format check would say it. */
    public enum Problem { NOT_16_DIGITS, NOT_DIGITS, UNKNOWN_PROVINCE, IMPOSSIBLE_DATE, SERIAL_0000 }

    /** The 38 provinces' Kemendagri codes: the first two digits of every NIK. */
    public static final java.util.Set<String> PROVINCES = java.util.Set.copyOf(id.siksacademy.region.Provinces.codes());

    private Nik() {
    }

    public static String of(String region6, LocalDate birthDate, Sex sex, int serial) {
        if (region6.length() != 6 || serial < 1 || serial > 9999) {
            throw new IllegalArgumentException("region " + region6 + ", serial " + serial);
        }
        return region6 + datePart(birthDate, sex) + pad4(serial);
    }

    /** DDMMYY with the day + 40 for women. */
    public static String datePart(LocalDate birthDate, Sex sex) {
        int day = birthDate.getDayOfMonth() + (sex == Sex.PEREMPUAN ? FEMALE_DAY_OFFSET : 0);
        return pad2(day) + pad2(birthDate.getMonthValue()) + pad2(birthDate.getYear() % 100);
    }

    /** The format problem SIKS-NG would reject, if any. */
    public static Optional<Problem> formatProblem(String nik) {
        if (nik == null || nik.length() != LENGTH) {
            return Optional.of(Problem.NOT_16_DIGITS);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (nik.charAt(i) < '0' || nik.charAt(i) > '9') {
                return Optional.of(Problem.NOT_DIGITS);
            }
        }
        if (!PROVINCES.contains(nik.substring(0, 2))) {
            return Optional.of(Problem.UNKNOWN_PROVINCE);
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        int realDay = day > FEMALE_DAY_OFFSET ? day - FEMALE_DAY_OFFSET : day;
        if (month < 1 || month > 12 || realDay < 1 || realDay > 31 || (day > 31 && day < 41)) {
            return Optional.of(Problem.IMPOSSIBLE_DATE);
        }
        try {
            LocalDate.of(2000, month, realDay); // a leap year: 29 February is decided below
        } catch (DateTimeException e) {
            return Optional.of(Problem.IMPOSSIBLE_DATE);
        }
        // 29 February exists only if the year is a leap year in one of the two centuries the YY can mean
        if (month == 2 && realDay == 29 && !java.time.Year.isLeap(1900 + yy) && !java.time.Year.isLeap(2000 + yy)) {
            return Optional.of(Problem.IMPOSSIBLE_DATE);
        }
        if (nik.endsWith("0000")) {
            return Optional.of(Problem.SERIAL_0000);
        }
        return Optional.empty();
    }

    /** A NIK held for someone who has none yet: empty, one digit repeated, or opening with 9999. */
    public static boolean placeholder(String nik) {
        return nik == null || nik.isBlank() || nik.matches("(\\d)\\1*") || nik.startsWith("9999");
    }

    /**
     * Whether a well-formed NIK's date part agrees with a date of birth and sex. Not an error when it does
     * not: Dukcapil keeps such NIKs, and the date of birth is what Dukcapil records, not the NIK's digits.
     */
    public static boolean agreesWith(String nik, LocalDate birthDate, Sex sex) {
        return nik.substring(6, 12).equals(datePart(birthDate, sex));
    }

    static String pad2(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static String pad4(int n) {
        String s = Integer.toString(n);
        return "0000".substring(s.length()) + s;
    }
}
