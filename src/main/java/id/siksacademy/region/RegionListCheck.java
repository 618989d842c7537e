package id.siksacademy.region;

import java.util.List;

/**
 * An uploaded Kemendagri code list, read and checked: the kabupaten it sets up, or every problem by
 * row (1 is the header; 0 the file as a whole) and column.
 */
public record RegionListCheck(Kabupaten kabupaten, List<Problem> problems) {

    public RegionListCheck {
        problems = List.copyOf(problems);
    }

    /** {@code messageKey} is a translation key taking {@code args}; {@code column} is "kode", "nama" or null. */
    public record Problem(int row, String column, String messageKey, List<String> args) {

        public Problem {
            args = List.copyOf(args);
        }
    }

    public boolean clean() {
        return problems.isEmpty() && kabupaten != null;
    }

    public long desaCount() {
        return kabupaten == null ? 0 : kabupaten.villages().filter(v -> !v.isKelurahan()).count();
    }

    public long kelurahanCount() {
        return kabupaten == null ? 0 : kabupaten.villages().filter(Village::isKelurahan).count();
    }
}
