package id.siksacademy.scoring;

import id.siksacademy.content.Exercise;
import java.util.List;

/** The scored attempt: overall and per competency, pass or fail, and every piece of feedback. */
public record AttemptResult(int scorerVersion, double score, boolean passed, double falseFlagRate, int hintPenalty,
                            SignalDetection signalDetection, List<CompetencyResult> competencies,
                            List<Feedback> feedback, Exercise.PassRule pass) {

    public AttemptResult {
        competencies = List.copyOf(competencies);
        feedback = List.copyOf(feedback);
    }
}
