package id.siksacademy.training;

import java.time.LocalDate;
import java.util.List;

/** A cohort to create. A trainer who creates it is always one of its trainers. */
public record NewCohort(String name, String kecamatanCode, LocalDate startsOn, LocalDate endsOn, List<String> trainers) {
}
