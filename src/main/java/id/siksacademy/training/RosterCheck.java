package id.siksacademy.training;

import java.util.List;

/**
 * A roster file read and checked, nothing written: every row with its problems, and problems of the
 * file itself (encoding, header, size). Importable only when there is no problem at all.
 */
public record RosterCheck(List<Row> rows, List<Problem> fileProblems) {

    public RosterCheck {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
    }

    /** One data row; {@code row} is its row number as a spreadsheet shows it (the header is row 1). */
    public record Row(int row, String fullName, String username, String desaCode, String contact,
                      List<Problem> problems) {

        public Row {
            problems = List.copyOf(problems);
        }
    }

    /**
     * What is wrong, where: a row (0 for the file as a whole), a column (null for the whole row),
     * and a translation key with its arguments.
     */
    public record Problem(int row, Column column, String messageKey, List<String> args) {

        public Problem {
            args = List.copyOf(args);
        }
    }

    /** The columns of a roster file, in the order a template has them. */
    public enum Column { NAMA, USERNAME, KODE_DESA, KONTAK }

    public boolean clean() {
        return fileProblems.isEmpty() && rows.stream().allMatch(r -> r.problems().isEmpty()) && !rows.isEmpty();
    }

    public List<Problem> allProblems() {
        var all = new java.util.ArrayList<>(fileProblems);
        rows.forEach(r -> all.addAll(r.problems()));
        return all;
    }
}
