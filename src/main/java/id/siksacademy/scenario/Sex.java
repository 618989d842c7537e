package id.siksacademy.scenario;

/** Jenis kelamin as the KK writes it. */
public enum Sex {
    LAKI_LAKI(1), PEREMPUAN(2);

    public final int code;

    Sex(int code) {
        this.code = code;
    }
}
