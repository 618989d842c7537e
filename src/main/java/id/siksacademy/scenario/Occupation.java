package id.siksacademy.scenario;

/**
 * Jenis pekerjaan with Dukcapil's codes, as the KK lists them (a subset). Civil servants, soldiers and
 * police are not found by this field, which is self-reported and often outdated, but by matching the
 * central lists (BKN): the generated population never carries those codes, the anomaly lists do the work.
 */
public enum Occupation {
    BELUM_TIDAK_BEKERJA(1), MENGURUS_RUMAH_TANGGA(2), PELAJAR_MAHASISWA(3), PENSIUNAN(4), PNS(5), TNI(6), POLRI(7),
    PERDAGANGAN(8), PETANI_PEKEBUN(9), PETERNAK(10), NELAYAN(11), KARYAWAN_SWASTA(15), BURUH_HARIAN_LEPAS(19),
    BURUH_TANI(20), WIRASWASTA(88);

    public final int code;

    Occupation(int code) {
        this.code = code;
    }
}
