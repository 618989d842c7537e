package id.siksacademy.attempt;

import id.siksacademy.scenario.Scenario;
import java.util.List;

/**
 * An attempt as its trainer reviews it: the summary, the village it was done on (null when an
 * older generator made it and it cannot be rebuilt), the recorded actions, and the comments.
 */
public record AttemptReview(AttemptSummary summary, Scenario scenario, List<RecordedAction> actions,
                            List<TrainerComment> comments) {

    public AttemptReview {
        actions = List.copyOf(actions);
        comments = List.copyOf(comments);
    }
}
