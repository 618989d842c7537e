package id.siksacademy.scenario;

/** The DTKS fields an operator may correct (Perbaikan data), and which the answer key can name. */
public enum Field {
    // member (ART)
    NIK(false), NAME(false), BIRTH_DATE(false), SEX(false), RELATIONSHIP(false),
    BIRTH_PLACE(false), MARITAL_STATUS(false), MOTHER_NAME(false), EDUCATION(false), OCCUPATION(false),
    // household
    NO_KK(true), VILLAGE_CODE(true), DUKUH(true), RT(true), RW(true),
    OWNERSHIP(true), FLOOR_AREA(true), FLOOR(true), WALL(true), ROOF(true), WATER(true), LIGHTING(true),
    POWER(true), COOKING_FUEL(true), TOILET(true),
    // assets, in the order of the paper form, whose yes/no codes alternate item by item: 1/2, 3/4, 1/2, ...
    ASSET_GAS(true), ASSET_FRIDGE(true), ASSET_AC(true), ASSET_WATER_HEATER(true), ASSET_PHONE(true),
    ASSET_TV(true), ASSET_GOLD(true), ASSET_LAPTOP(true), ASSET_BICYCLE(true), ASSET_MOTORBIKE(true),
    ASSET_CAR(true), ASSET_BOAT(true),
    // ownership questions that follow the list, coded 1/2
    ASSET_LAND(true), ASSET_OTHER_HOUSE(true);

    public final boolean householdLevel;

    Field(boolean householdLevel) {
        this.householdLevel = householdLevel;
    }

    public boolean isHousing() {
        return ordinal() >= OWNERSHIP.ordinal() && ordinal() <= TOILET.ordinal();
    }

    public boolean isAsset() {
        return name().startsWith("ASSET_");
    }

    /**
     * The paper form codes yes/no as 3/4 for every other asset (refrigerator, water heater, TV, laptop,
     * motorbike, boat) and 1/2 for the rest: the classic keying trap.
     */
    public boolean codedThreeFour() {
        return isAsset() && ordinal() <= ASSET_BOAT.ordinal() && (ordinal() - ASSET_GAS.ordinal()) % 2 == 1;
    }

    /** The code that means "yes" for an asset question. */
    public int yesCode() {
        return codedThreeFour() ? 3 : 1;
    }

    public int noCode() {
        return yesCode() + 1;
    }
}
