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
    ASSET_GAS(true), ASSET_FRIDGE(true), ASSET_AC(true), ASSET_TV(true), ASSET_LAPTOP(true),
    ASSET_MOTORBIKE(true), ASSET_CAR(true), ASSET_BOAT(true),
    ASSET_LAND(true), ASSET_OTHER_HOUSE(true), ASSET_LIVESTOCK(true);

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

    /** Asset questions the paper form codes 3 (yes) / 4 (no); the other assets use 1 / 2. */
    public boolean codedThreeFour() {
        return this == ASSET_LAND || this == ASSET_OTHER_HOUSE || this == ASSET_LIVESTOCK;
    }
}
