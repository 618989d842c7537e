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
        return switch (field) {
            case ASSET_LAND -> new Assets(gasCylinder, fridge, airConditioner, television, laptop, motorbike, car,
                    boat, value, otherHouse, livestock);
            case ASSET_OTHER_HOUSE -> new Assets(gasCylinder, fridge, airConditioner, television, laptop, motorbike,
                    car, boat, land, value, livestock);
            case ASSET_LIVESTOCK -> new Assets(gasCylinder, fridge, airConditioner, television, laptop, motorbike,
                    car, boat, land, otherHouse, value);
            default -> throw new IllegalArgumentException(field + " is not a 3/4-coded asset");
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
