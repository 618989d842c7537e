package id.siksacademy.scenario;

/** Hasil verval for a household. */
public enum HouseholdStatus {
    DITEMUKAN, TIDAK_DITEMUKAN, PINDAH, GANDA, MENOLAK, SUDAH_MAMPU, TIDAK_LAYAK
}
