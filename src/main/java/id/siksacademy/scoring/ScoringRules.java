package id.siksacademy.scoring;

import id.siksacademy.content.Content;
import id.siksacademy.content.Curriculum;
import id.siksacademy.content.Exercise;
import id.siksacademy.content.Fault;
import id.siksacademy.scenario.FaultType;
import java.util.EnumMap;
import java.util.Map;

/** What scoring needs from content: severities, which competency owns each fault, the pass rule. */
public record ScoringRules(Map<FaultType, Integer> severity, Curriculum curriculum, Exercise.PassRule pass) {

    public ScoringRules {
        severity = Map.copyOf(severity);
    }

    public static ScoringRules of(Content content, Exercise.PassRule pass) {
        var severity = new EnumMap<FaultType, Integer>(FaultType.class);
        for (Fault f : content.faults()) {
            severity.put(f.type(), f.severity());
        }
        return new ScoringRules(severity, content.curriculum(), pass);
    }

    int severity(FaultType fault) {
        return severity.getOrDefault(fault, 2);
    }

    String competency(FaultType fault) {
        return curriculum.competencyOf(fault);
    }
}
