package id.siksacademy.training;

import java.time.LocalDate;
import java.util.List;

/** What the screens show of a cohort. */
public record CohortSummary(long id, String name, String kecamatanCode, LocalDate startsOn, LocalDate endsOn,
                            List<String> trainers, int memberCount) {
}
