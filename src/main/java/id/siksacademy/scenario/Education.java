package id.siksacademy.scenario;

/** Pendidikan tertinggi. */
public enum Education {
    TIDAK_SEKOLAH(1), SD(2), SMP(3), SMA(4), DIPLOMA(5), SARJANA(6);

    public final int code;

    Education(int code) {
        this.code = code;
    }
}
