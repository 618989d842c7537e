package id.siksacademy.scoring;

import id.siksacademy.content.Exercise;
import id.siksacademy.sandbox.SandboxState;
import id.siksacademy.scenario.FaultType;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The help an attempt used: hints (in stages) and households shown, per guided step, and what they
 * cost. A step's cost comes off the competencies it trains (split evenly), and whatever the step
 * checks counts as helped: right answers there are no evidence of mastery.
 */
final class Help {

    private final Map<String, Double> costByCompetency = new TreeMap<>();
    private final Set<FaultType> helpedFaults = EnumSet.noneOf(FaultType.class);
    private final Set<Exercise.Task> helpedTasks = EnumSet.noneOf(Exercise.Task.class);
    private int hints;
    private int checks;
    private int reveals;
    private double cost;

    private Help() {
    }

    static Help of(ScoringRules rules, SandboxState state) {
        var help = new Help();
        Exercise exercise = rules.exercise();
        for (Exercise.Step step : exercise.steps()) {
            int level = state.hintLevels().getOrDefault(step.id(), 0);
            int shown = state.reveals(step.id());
            help.hints += level;
            help.reveals += shown;
            help.checks += state.stepChecks(step.id());
            double stepCost = shown * (double) exercise.revealCost();
            for (int i = 0; i < Math.min(level, step.hints().size()); i++) {
                stepCost += step.hints().get(i).cost();
            }
            if (level == 0 && shown == 0) {
                continue;
            }
            help.helpedFaults.addAll(step.faults());
            help.helpedTasks.addAll(step.tasks());
            var trained = new LinkedHashSet<String>();
            step.faults().forEach(f -> trained.add(rules.competency(f)));
            step.tasks().forEach(t -> trained.add(rules.competency(t)));
            for (String competency : trained) {
                help.costByCompetency.merge(competency, stepCost / trained.size(), Double::sum);
            }
            help.cost += stepCost;
        }
        return help;
    }

    boolean helped(FaultType fault) {
        return helpedFaults.contains(fault);
    }

    boolean helped(Exercise.Task task) {
        return helpedTasks.contains(task);
    }

    double costOf(String competency) {
        return costByCompetency.getOrDefault(competency, 0.0);
    }

    double cost() {
        return cost;
    }

    int reveals() {
        return reveals;
    }

    AttemptResult.Help summary() {
        return new AttemptResult.Help(hints, checks, reveals, Scorer.round(cost));
    }
}
