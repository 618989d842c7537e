package id.siksacademy.scenario;

/**
 * Assets as keyed from the paper form. Its quirk, a classic keying trap: most questions code
 * yes/no as 1/2, but land, another house and livestock code it as 3/4.
 */
public record Assets(int gasCylinder, int fridge, int airConditioner, int television, int laptop, int motorbike,
                     int car, int boat, int land, int otherHouse, int livestock) {

    public static final int YES = 1;
    public static final int NO = 2;
    public static final int YES_34 = 3;
    public static final int NO_34 = 4;

    public boolean hasCar() {
        return car == YES;
    }

    /** The 3/4-coded questions, in form order. */
    public int[] codedThreeFour() {
        return new int[] {land, otherHouse, livestock};
    }

    public Assets withCar(int car) {
        return new Assets(gasCylinder, fridge, airConditioner, television, laptop, motorbike, car, boat, land,
                otherHouse, livestock);
    }

    public Assets withThreeFour(Field field, int value) {
        if (!field.codedThreeFour()) {
            throw new IllegalArgumentException(field + " is not a 3/4-coded asset");
        }
        return with(field, value);
    }

    public Assets with(Field f, int v) {
        return new Assets(f == Field.ASSET_GAS ? v : gasCylinder, f == Field.ASSET_FRIDGE ? v : fridge,
                f == Field.ASSET_AC ? v : airConditioner, f == Field.ASSET_TV ? v : television,
                f == Field.ASSET_LAPTOP ? v : laptop, f == Field.ASSET_MOTORBIKE ? v : motorbike,
                f == Field.ASSET_CAR ? v : car, f == Field.ASSET_BOAT ? v : boat, f == Field.ASSET_LAND ? v : land,
                f == Field.ASSET_OTHER_HOUSE ? v : otherHouse, f == Field.ASSET_LIVESTOCK ? v : livestock);
    }

    public int get(Field field) {
        return switch (field) {
            case ASSET_GAS -> gasCylinder;
            case ASSET_FRIDGE -> fridge;
            case ASSET_AC -> airConditioner;
            case ASSET_TV -> television;
            case ASSET_LAPTOP -> laptop;
            case ASSET_MOTORBIKE -> motorbike;
            case ASSET_CAR -> car;
            case ASSET_BOAT -> boat;
            case ASSET_LAND -> land;
            case ASSET_OTHER_HOUSE -> otherHouse;
            case ASSET_LIVESTOCK -> livestock;
            default -> throw new IllegalArgumentException(field + " is not an asset");
        };
    }

    public int threeFour(Field field) {
        return switch (field) {
            case ASSET_LAND -> land;
            case ASSET_OTHER_HOUSE -> otherHouse;
            case ASSET_LIVESTOCK -> livestock;
            default -> throw new IllegalArgumentException(field + " is not a 3/4-coded asset");
        };
    }
}
