package id.siksacademy.training;

import id.siksacademy.scenario.FaultType;
import java.util.List;

/**
 * How a cohort did on one exercise, item by item (each operator's latest scored attempt): per fault
 * type the facility (share of planted faults handled right), the discrimination (facility of the
 * upper 27 % of operators by score minus the lower 27 %), the most common wrong act; per operator d'
 * and bias; and the cohort's three weakest competencies with the guided exercise that trains each.
 */
public record ItemAnalysis(String exerciseId, int operators, List<Item> items, List<OperatorSignal> signals,
                           List<Weakness> weakest) {

    public ItemAnalysis {
        items = List.copyOf(items);
        signals = List.copyOf(signals);
        weakest = List.copyOf(weakest);
    }

    /**
     * One fault type: planted (over all operators), handled right, missed, fixed wrongly, false flags
     * claiming it; {@code discrimination} null when there are too few operators to split.
     */
    public record Item(FaultType fault, String competency, int planted, int right, int missed, int wrongFix,
                       int falseFlags, double facility, Double discrimination, String commonWrongAct,
                       int commonWrongActCount) {
    }

    public record OperatorSignal(String username, String fullName, double score, double dPrime, double bias,
                                 int hits, int faulty, int falseAlarms, int clean) {
    }

    /** A weak competency: the cohort's mean mastery (operators with evidence), and the guided exercise for it. */
    public record Weakness(String competency, double meanMastery, int operatorsWithEvidence, String guidedExerciseId) {
    }
}
