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
     * A kecamatan (or a desa, or the kabupaten): desa in it and those with at least one certified
     * operator; operators registered, trained (at least one scored attempt), certified (a valid
     * certificate), expiring within 30 days; mean mastery of operators with evidence (null: none);
     * the two weakest competencies by mean mastery.
     */
    public record Area(String code, String name, int desa, int desaCovered, int operators, int trained, int certified,
                       int expiring, Double meanMastery, List<String> weakest) {

        public Area {
            weakest = List.copyOf(weakest);
        }

        /** Share of desa with a certified operator, 0-1. */
        public double coverage() {
            return desa == 0 ? 0 : (double) desaCovered / desa;
        }
    }
}
