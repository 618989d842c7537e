package id.siksacademy.content;

import id.siksacademy.scenario.FaultType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The competencies of content/curriculum.yaml and the mastery model's parameters. */
public record Curriculum(List<Competency> competencies, Mastery mastery, List<CertificateLevel> certification) {

    public Curriculum {
        competencies = List.copyOf(competencies);
        certification = certification == null ? List.of() : List.copyOf(certification);
    }

    /**
     * A certificate and what earns it: passing one of {@code exams} with no critical error, at least
     * {@code minPerCompetency} in every competency the exam scores, at most {@code maxFalseFlagRate};
     * valid {@code validityMonths}; {@code recertificationExam} renews it.
     */
    public record CertificateLevel(String id, LocalizedText title, List<String> exams, double minPerCompetency,
                                   double maxFalseFlagRate, int validityMonths, String recertificationExam) {

        public CertificateLevel {
            exams = List.copyOf(exams);
        }
    }

    public Optional<CertificateLevel> level(String id) {
        return certification.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /**
     * A competency: the faults it covers and the work that is not a fault it is judged on (keying an
     * usulan baru, the meeting, finalisation).
     */
    public record Competency(String id, LocalizedText title, LocalizedText description, Set<FaultType> faults,
                             Set<Exercise.Task> tasks) {

        public Competency {
            faults = Set.copyOf(faults);
            tasks = Set.copyOf(tasks);
        }
    }

    /** Bayesian Knowledge Tracing: prior, learning (transit), slip and guess; mastered from {@code mastered}. */
    public record Mastery(double pInit, double pTransit, double pSlip, double pGuess, double mastered) {
    }

    public Optional<Competency> competency(String id) {
        return competencies.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The competency a fault belongs to (the parser makes sure there is exactly one). */
    public String competencyOf(FaultType fault) {
        return competencies.stream().filter(c -> c.faults().contains(fault)).map(Competency::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no competency covers " + fault));
    }

    /** The competency a task belongs to (the parser makes sure there is exactly one). */
    public String competencyOf(Exercise.Task task) {
        return competencies.stream().filter(c -> c.tasks().contains(task)).map(Competency::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no competency covers " + task));
    }
}
