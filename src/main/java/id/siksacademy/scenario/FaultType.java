package id.siksacademy.scenario;

import java.util.Arrays;
import java.util.Optional;

/** The fault catalogue as the generator knows it; content/faults.yaml gives each one its texts. */
public enum FaultType {
    NIK_MALFORMED, NIK_PLACEHOLDER, NAME_PLACEHOLDER, DATA_DIFFERS, NIK_UNKNOWN, NAME_MISMATCH, KK_MISMATCH,
    DUPLICATE_PERSON, HOUSEHOLD_DUPLICATE, DECEASED, HEAD_DECEASED, SOLE_MEMBER_DECEASED, MOVED, NOT_FOUND,
    REFUSED, STRUCTURE_BROKEN, MEMBER_MISSING, PECAH_KK, PART_OF_OTHER_HOUSEHOLD, ANOMALY_CONFIRMED,
    ANOMALY_REFUTED, WELL_OFF, OUTSIDE_VILLAGE, ASSET_CODE_SLIP,
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
