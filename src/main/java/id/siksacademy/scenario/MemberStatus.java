package id.siksacademy.scenario;

/** Hasil verval for a member. */
public enum MemberStatus {
    TERKONFIRMASI, TIDAK_TERKONFIRMASI, MENINGGAL, GANDA
}
