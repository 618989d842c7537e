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

    public int get(Field field) {
        return switch (field) {
            case OWNERSHIP -> ownership;
            case FLOOR_AREA -> floorArea;
            case FLOOR -> floor;
            case WALL -> wall;
            case ROOF -> roof;
            case WATER -> water;
            case LIGHTING -> lighting;
            case POWER -> power;
            case COOKING_FUEL -> cookingFuel;
            case TOILET -> toilet;
            default -> throw new IllegalArgumentException(field + " is not a housing field");
        };
    }

    public Housing with(Field field, int v) {
        return new Housing(field == Field.OWNERSHIP ? v : ownership, field == Field.FLOOR_AREA ? v : floorArea,
                field == Field.FLOOR ? v : floor, field == Field.WALL ? v : wall, field == Field.ROOF ? v : roof,
                field == Field.WATER ? v : water, field == Field.LIGHTING ? v : lighting,
                field == Field.POWER ? v : power, field == Field.COOKING_FUEL ? v : cookingFuel,
                field == Field.TOILET ? v : toilet);
    }

    public Housing withWealth(int floorArea, int power) {
        return new Housing(ownership, floorArea, floor, wall, roof, water, lighting, power, cookingFuel, toilet);
    }
}
