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
    public enum Problem { NOT_16_DIGITS, NOT_DIGITS, IMPOSSIBLE_DATE, SERIAL_0000 }

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
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int realDay = day > FEMALE_DAY_OFFSET ? day - FEMALE_DAY_OFFSET : day;
        if (month < 1 || month > 12 || realDay < 1 || realDay > 31 || (day > 31 && day < 41)) {
            return Optional.of(Problem.IMPOSSIBLE_DATE);
        }
        try {
            LocalDate.of(2000, month, realDay); // leap year: accepts 29 February
        } catch (DateTimeException e) {
            return Optional.of(Problem.IMPOSSIBLE_DATE);
        }
        if (nik.endsWith("0000")) {
            return Optional.of(Problem.SERIAL_0000);
        }
        return Optional.empty();
    }

    /** Whether a well-formed NIK's date part agrees with a date of birth and sex. */
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
