package id.siksacademy.scenario;

import java.time.LocalDate;

/**
 * Nomor Kartu Keluarga: issuing region (6 digits), registration date DDMMYY, serial (4). The
 * exact split of the real number is uncertain; this model keeps it 16 digits and unique.
 */
public final class NoKk {

    public static final int LENGTH = 16;

    private NoKk() {
    }

    public static String of(String region6, LocalDate issued, int serial) {
        return region6 + Nik.pad2(issued.getDayOfMonth()) + Nik.pad2(issued.getMonthValue())
                + Nik.pad2(issued.getYear() % 100) + Nik.pad4(serial);
    }

    public static boolean wellFormed(String kk) {
        if (kk == null || kk.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (kk.charAt(i) < '0' || kk.charAt(i) > '9') {
                return false;
            }
        }
        return !kk.endsWith("0000");
    }
}
