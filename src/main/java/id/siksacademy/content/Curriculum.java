package id.siksacademy.content;

import id.siksacademy.scenario.FaultType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The competencies of content/curriculum.yaml and the mastery model's parameters. */
public record Curriculum(List<Competency> competencies, Mastery mastery) {

    public Curriculum {
        competencies = List.copyOf(competencies);
    }

    public record Competency(String id, LocalizedText title, LocalizedText description, Set<FaultType> faults) {

        public Competency {
            faults = Set.copyOf(faults);
        }
    }

    /** Bayesian Knowledge Tracing: prior, learning (transit), slip and guess; mastered from {@code mastered}. */
    public record Mastery(double pInit, double pTransit, double pSlip, double pGuess, double mastered) {
    }

    public Optional<Competency> competency(String id) {
        return competencies.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The competency a fault belongs to. */
    public String competencyOf(FaultType fault) {
        return competencies.stream().filter(c -> c.faults().contains(fault)).map(Competency::id).findFirst()
                .orElse("K4");
    }
}
