package id.siksacademy.scenario;

/**
 * Housing as the PBDT questionnaire codes it. Floor 1 marmer/granit .. 9 tanah, 10 lainnya;
 * wall 1 tembok .. 6 bambu, 7 lainnya; roof 1 beton .. 9 jerami/ijuk/daun, 10 lainnya;
 * lighting 1 PLN, 2 non-PLN, 3 bukan listrik; power 1 450 W, 2 900 W, 3 1300 W, 4 2200 W,
 * 5 &gt; 2200 W, 6 tanpa meteran; cooking fuel 1 listrik .. 8 kayu bakar, 9 tidak memasak;
 * ownership 1 milik sendiri, 2 kontrak/sewa, 3 bebas sewa, 4 dinas, 5 lainnya;
 * water 1 air kemasan .. 8 air hujan; toilet 1 sendiri, 2 bersama, 3 umum, 4 tidak ada.
 */
public record Housing(int ownership, int floorArea, int floor, int wall, int roof, int water, int lighting,
                      int power, int cookingFuel, int toilet) {

    public static final int POWER_2200_W = 4;

    public Housing withWealth(int floorArea, int power) {
        return new Housing(ownership, floorArea, floor, wall, roof, water, lighting, power, cookingFuel, toilet);
    }
}
