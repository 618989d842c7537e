package id.siksacademy.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** An exercise given to a cohort, or to some of its operators, with an optional due date. */
@Entity
@Table(name = "assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "exercise_id", nullable = false, length = 80)
    private String exerciseId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Empty: the whole cohort. */
    @ElementCollection
    @CollectionTable(name = "assignment_operator", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "operator", length = 64)
    private Set<String> operators = new LinkedHashSet<>();

    protected Assignment() {
    }

    Assignment(long cohortId, String exerciseId, LocalDate dueOn, Set<String> operators, String createdBy,
               Instant createdAt) {
        this.cohortId = cohortId;
        this.exerciseId = exerciseId;
        this.dueOn = dueOn;
        this.operators.addAll(operators);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    long getCohortId() { return cohortId; }
    String getExerciseId() { return exerciseId; }
    LocalDate getDueOn() { return dueOn; }
    Instant getCreatedAt() { return createdAt; }
    Set<String> getOperators() { return operators; }

    /** Whether the assignment is this operator's, given the cohort's members. */
    boolean concerns(String operator, Set<String> cohortMembers) {
        return operators.isEmpty() ? cohortMembers.contains(operator) : operators.contains(operator);
    }
}
