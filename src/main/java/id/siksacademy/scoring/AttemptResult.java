package id.siksacademy.scoring;

import id.siksacademy.content.Exercise;
import java.util.List;

/**
 * The scored attempt: overall (after help costs) and unaided, the verdict, every gate with its
 * threshold, the critical errors, the help used, per competency, and every piece of feedback.
 */
public record AttemptResult(int scorerVersion, double score, double unaidedScore, Verdict verdict,
                            double falseFlagRate, Help help, SignalDetection signalDetection,
                            List<CompetencyResult> competencies, List<Gate> gates, List<CriticalHit> criticalErrors,
                            List<Feedback> feedback, Exercise.PassRule pass) {

    /** Passed on one's own; passed a guided exercise with hints or shown households; not passed. */
    public enum Verdict { PASSED, PASSED_WITH_HELP, NOT_PASSED }

    /** Hints taken (stages), step checks, households shown, and the points they cost. */
    public record Help(int hints, int checks, int reveals, double cost) {

        public static final Help NONE = new Help(0, 0, 0, 0);
    }

    /**
     * One condition of passing: the overall score, a competency, a guided step, the workflow, or the
     * false-flag rate; its value, its threshold, and whether it was met.
     */
    public record Gate(Kind kind, String subject, double value, double threshold, boolean met) {

        public enum Kind { OVERALL, COMPETENCY, STEP, WORKFLOW, FALSE_FLAGS }
    }

    /** A critical error: which rule of faults.yaml, on which household (and member). */
    public record CriticalHit(String rule, String householdId, Integer memberIndex, String subject) {
    }

    public AttemptResult {
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        gates = gates == null ? List.of() : List.copyOf(gates);
        criticalErrors = criticalErrors == null ? List.of() : List.copyOf(criticalErrors);
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
        help = help == null ? Help.NONE : help;
    }

    /** Passed, with or without help (what opens the exercises that need this one). */
    public boolean passed() {
        return verdict != Verdict.NOT_PASSED && verdict != null;
    }

    public List<Gate> failedGates() {
        return gates.stream().filter(g -> !g.met()).toList();
    }
}
