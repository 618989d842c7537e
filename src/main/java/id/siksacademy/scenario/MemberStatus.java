package id.siksacademy.scenario;

/**
 * Hasil verval of a member. PINDAH moves the member to another household of the village (a married
 * child with a new KK, "pecah KK"); GANDA names the household holding the other record.
 */
public enum MemberStatus {
    TERKONFIRMASI, TIDAK_TERKONFIRMASI, MENINGGAL, GANDA, PINDAH;

    public boolean linked() {
        return this == GANDA || this == PINDAH;
    }
}
