package id.siksacademy.scenario;

/** The DTKS fields an operator may correct, and which the answer key can name. */
public enum Field {
    NIK(false), NAME(false), BIRTH_DATE(false), SEX(false), RELATIONSHIP(false),
    NO_KK(true), VILLAGE_CODE(true), ASSET_LAND(true), ASSET_OTHER_HOUSE(true), ASSET_LIVESTOCK(true);

    public final boolean householdLevel;

    Field(boolean householdLevel) {
        this.householdLevel = householdLevel;
    }
}
