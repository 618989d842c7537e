package id.siksacademy.scoring;

import id.siksacademy.content.Content;
import id.siksacademy.content.CriticalError;
import id.siksacademy.content.Curriculum;
import id.siksacademy.content.Exercise;
import id.siksacademy.content.Fault;
import id.siksacademy.scenario.FaultType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What scoring needs from content: severities, which competency owns each fault and task, the
 * critical errors, and the exercise (its mode, competencies, steps and pass rule).
 */
public record ScoringRules(Map<FaultType, Integer> severity, Curriculum curriculum, List<CriticalError> criticalErrors,
                           Exercise exercise) {

    public ScoringRules {
        severity = Map.copyOf(severity);
        criticalErrors = List.copyOf(criticalErrors);
    }

    public static ScoringRules of(Content content, Exercise exercise) {
        var severity = new EnumMap<FaultType, Integer>(FaultType.class);
        for (Fault f : content.faults()) {
            severity.put(f.type(), f.severity());
        }
        return new ScoringRules(severity, content.curriculum(), content.criticalErrors(), exercise);
    }

    Exercise.PassRule pass() {
        return exercise.pass();
    }

    int severity(FaultType fault) {
        Integer s = severity.get(fault);
        if (s == null) {
            throw new IllegalArgumentException("faults.yaml gives no severity for " + fault);
        }
        return s;
    }

    String competency(FaultType fault) {
        return curriculum.competencyOf(fault);
    }

    String competency(Exercise.Task task) {
        return curriculum.competencyOf(task);
    }

    /** Whether the exercise judges the monthly workflow (the meeting and finalisation). */
    boolean assessesWorkflow() {
        return exercise.competencies().contains(competency(Exercise.Task.MEETING));
    }
}
