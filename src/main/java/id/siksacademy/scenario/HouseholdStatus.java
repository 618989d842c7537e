package id.siksacademy.scenario;

/**
 * Hasil verval of a household, as the verval form has them. Whether a household is eligible is a
 * separate decision ({@link Eligibility}), not a verval result.
 */
public enum HouseholdStatus {
    DITEMUKAN, TIDAK_DITEMUKAN, PINDAH, BAGIAN_RUMAH_TANGGA_LAIN, GANDA, MENOLAK;

    /** Results that take the household out of the database (the first two need a linked household). */
    public boolean removes() {
        return this != DITEMUKAN && this != MENOLAK;
    }

    /** Results that name the household the record belongs to instead. */
    public boolean linked() {
        return this == GANDA || this == BAGIAN_RUMAH_TANGGA_LAIN;
    }
}
