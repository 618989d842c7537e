package id.siksacademy.scenario;

/**
 * The operator's eligibility decision for a household, apart from the verval result: still eligible,
 * well off (propose removal from the programmes), or not eligible (a confirmed civil servant, for one).
 */
public enum Eligibility {
    LAYAK, SUDAH_MAMPU, TIDAK_LAYAK
}
