package id.siksacademy.region;

import java.time.Instant;

/**
 * A kabupaten the installation knows, for the region page: built in ({@code importedAt} null) or
 * imported, and whether it is the one the installation works in.
 */
public record KabupatenSummary(String code, String title, String provinceName, int kecamatan, long desa, long kelurahan,
                               boolean builtIn, String sourceFile, Instant importedAt, String importedBy, boolean home) {
}
