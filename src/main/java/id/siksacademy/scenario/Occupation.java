package id.siksacademy.scenario;

/** Status pekerjaan. Code 5 (civil servant, TNI, Polri, state company, legislator) is ineligible. */
public enum Occupation {
    TIDAK_BEKERJA(1), PETANI(2), BURUH(3), PEDAGANG(4), PNS_TNI_POLRI(5), KARYAWAN_SWASTA(6), NELAYAN(7),
    PELAJAR(8), MENGURUS_RUMAH_TANGGA(9), LAINNYA(10);

    public final int code;

    Occupation(int code) {
        this.code = code;
    }

    public boolean ineligible() {
        return this == PNS_TNI_POLRI;
    }
}
