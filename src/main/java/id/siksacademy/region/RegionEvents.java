package id.siksacademy.region;

/** What the region feature tells others (the audit log listens). */
public final class RegionEvents {

    private RegionEvents() {
    }

    /** A code list imported (first time or again) by {@code actor}. */
    public record ListImported(String actor, String kabupatenCode, String kabupatenTitle, int kecamatan, int villages,
                               String sourceFile) {
    }

    /** The kabupaten the installation works in changed. */
    public record HomeChanged(String actor, String kabupatenCode, String kabupatenTitle) {
    }
}
