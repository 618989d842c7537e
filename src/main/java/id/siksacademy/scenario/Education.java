package id.siksacademy.scenario;

/** Pendidikan tertinggi yang ditamatkan, with Dukcapil's codes (as the KK has them). */
public enum Education {
    TIDAK_BELUM_SEKOLAH(1), BELUM_TAMAT_SD(2), TAMAT_SD(3), SLTP(4), SLTA(5), DIPLOMA_I_II(6), DIPLOMA_III(7),
    DIPLOMA_IV_S1(8), S2(9), S3(10);

    public final int code;

    Education(int code) {
        this.code = code;
    }
}
