package id.siksacademy.scoring;

import id.siksacademy.content.Curriculum;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bayesian Knowledge Tracing per competency. Every unit of evidence of a scored attempt (a fault
 * fixed or not, a false flag, a keyed row, a workflow step) is one observation, in order:
 * P(L | right) = P(L)(1-slip) / (P(L)(1-slip) + (1-P(L))guess), P(L | wrong) likewise with slip
 * and 1-guess, then P(L) = P(L | obs) + (1 - P(L | obs)) transit. Parameters: content/curriculum.yaml.
 */
public final class MasteryModel {

    private final Curriculum.Mastery p;

    public MasteryModel(Curriculum.Mastery parameters) {
        this.p = parameters;
    }

    public double update(double mastery, boolean right) {
        double posterior = right
                ? mastery * (1 - p.pSlip()) / (mastery * (1 - p.pSlip()) + (1 - mastery) * p.pGuess())
                : mastery * p.pSlip() / (mastery * p.pSlip() + (1 - mastery) * (1 - p.pGuess()));
        return posterior + (1 - posterior) * p.pTransit();
    }

    /** Mastery per competency after each result, oldest first; competencies never seen stay at the prior. */
    public List<Map<String, Double>> trace(List<String> competencies, List<AttemptResult> results) {
        var current = new LinkedHashMap<String, Double>();
        competencies.forEach(c -> current.put(c, p.pInit()));
        var history = new java.util.ArrayList<Map<String, Double>>();
        for (AttemptResult r : results) {
            for (CompetencyResult c : r.competencies()) {
                double m = current.getOrDefault(c.competency(), p.pInit());
                int right = c.observationsRight();
                int n = right + c.observationsWrong();
                for (int i = 0; i < n; i++) { // rights and wrongs evenly interleaved: order carries no meaning here
                    m = update(m, (long) (i + 1) * right / n > (long) i * right / n);
                }
                current.put(c.competency(), m);
            }
            history.add(Map.copyOf(current));
        }
        return history;
    }

    public double prior() {
        return p.pInit();
    }

    public boolean mastered(double m) {
        return m >= p.mastered();
    }
}
