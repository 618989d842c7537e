package id.siksacademy.scenario;

/** Status perkawinan, with the DTKS codes. */
public enum MaritalStatus {
    BELUM_KAWIN(1), KAWIN(2), CERAI_HIDUP(3), CERAI_MATI(4);

    public final int code;

    MaritalStatus(int code) {
        this.code = code;
    }
}
