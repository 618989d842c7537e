package id.siksacademy.scenario;

/** Hubungan dengan kepala rumah tangga, with the DTKS codes. */
public enum Relationship {
    KEPALA(1), ISTRI_SUAMI(2), ANAK(3), MENANTU(4), CUCU(5), ORANG_TUA(6), PEMBANTU(7), LAINNYA(8);

    public final int code;

    Relationship(int code) {
        this.code = code;
    }
}
