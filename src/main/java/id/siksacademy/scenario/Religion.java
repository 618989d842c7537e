package id.siksacademy.scenario;

/** Agama, with Dukcapil's codes. */
public enum Religion {
    ISLAM(1), KRISTEN(2), KATOLIK(3), HINDU(4), BUDDHA(5), KONGHUCU(6);

    public final int code;

    Religion(int code) {
        this.code = code;
    }
}
