package id.siksacademy.training;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Operators (rows) by competencies (columns): mastery where there is evidence, empty where none yet. */
public record ProgressMatrix(List<String> competencies, List<Row> rows) {

    public ProgressMatrix {
        competencies = List.copyOf(competencies);
        rows = List.copyOf(rows);
    }

    public record Row(String username, String fullName, String desaCode, String desaName, String kecamatanName,
                      Map<String, Double> mastery, int attempts, int passed, int criticalErrors, Instant lastScored) {
    }

    /** Which operators: one cohort (null: all the viewer's), one kecamatan, one desa (null: any). */
    public record Filter(Long cohortId, String kecamatanCode, String desaCode) {

        public static final Filter ALL = new Filter(null, null, null);
    }
}
