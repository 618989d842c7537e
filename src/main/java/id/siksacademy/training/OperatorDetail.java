package id.siksacademy.training;

import id.siksacademy.account.OperatorProfile;
import id.siksacademy.attempt.AttemptSummary;
import id.siksacademy.scoring.OperatorRecord;
import java.util.List;

/** One operator for their trainer: who, every attempt (with its result when scored), mastery over time. */
public record OperatorDetail(OperatorProfile profile, List<String> cohorts, List<AttemptSummary> attempts,
                             OperatorRecord record) {

    public java.util.Optional<OperatorRecord.Line> result(long attemptId) {
        return record.results().stream().filter(l -> l.attemptId() == attemptId).findFirst();
    }
}
