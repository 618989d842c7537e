package id.siksacademy.scenario;

import java.util.Arrays;
import java.util.Optional;

/** The fault catalogue as the generator knows it; content/faults.yaml gives each one its texts. */
public enum FaultType {
    NIK_MALFORMED, NIK_INCONSISTENT, NIK_UNKNOWN, NAME_MISMATCH, KK_MISMATCH, DUPLICATE_PERSON, DECEASED, MOVED,
    NOT_FOUND, REFUSED, STRUCTURE_BROKEN, INELIGIBLE_OCCUPATION, WELL_OFF, OUTSIDE_VILLAGE, ASSET_CODE_SLIP,
    /** Nothing wrong: the correct action is to leave the record alone. */
    CLEAN;

    /** The id used in content files: lower case with underscores. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<FaultType> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }
}
