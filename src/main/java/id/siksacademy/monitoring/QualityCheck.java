package id.siksacademy.monitoring;

import java.time.LocalDate;
import java.util.List;

/** A field-quality file read and checked, nothing written: rows and problems by row and column. */
public record QualityCheck(List<Row> rows, List<Problem> problems) {

    public QualityCheck {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public record Row(int row, String desaCode, LocalDate month, int records, int valid) {
    }

    /** Row 0: the file; column null: the whole row; a translation key with arguments. */
    public record Problem(int row, String column, String messageKey, List<String> args) {

        public Problem {
            args = List.copyOf(args);
        }
    }

    public boolean clean() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
