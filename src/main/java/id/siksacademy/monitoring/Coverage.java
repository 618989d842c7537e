package id.siksacademy.monitoring;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Certification coverage of the kabupaten: per kecamatan, its total, and certifications per month. */
public record Coverage(List<Area> kecamatan, Area total, Map<YearMonth, Integer> certificationsPerMonth) {

    public Coverage {
        kecamatan = List.copyOf(kecamatan);
        certificationsPerMonth = Map.copyOf(certificationsPerMonth);
    }

    /**
     * The valid share of real records in the months before its desa's first certificate (for a desa
     * without one, every month), and in the months after (the certification month itself in neither),
     * with the months behind each figure; null rates where no month is there.
     */
    public record Quality(Double validBefore, int monthsBefore, Double validAfter, int monthsAfter) {

        public static final Quality NONE = new Quality(null, 0, null, 0);
    }

    /**
     * A kecamatan (or a desa, or the kabupaten): desa in it and those with at least one certified
     * operator; operators registered, trained (at least one scored attempt), certified (a valid
     * certificate), expiring within 30 days; mean mastery of operators with evidence (null: none);
     * the two weakest competencies by mean mastery.
     */
    public record Area(String code, String name, int desa, int desaCovered, int operators, int trained, int certified,
                       int expiring, Double meanMastery, List<String> weakest, Quality quality) {

        public Area {
            weakest = List.copyOf(weakest);
        }

        /** Share of desa with a certified operator, 0-1. */
        public double coverage() {
            return desa == 0 ? 0 : (double) desaCovered / desa;
        }
    }
}
