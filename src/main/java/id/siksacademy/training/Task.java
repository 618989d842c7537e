package id.siksacademy.training;

import java.time.LocalDate;

/** An assignment as its operator sees it: the exercise, by when, and how far they are. */
public record Task(long assignmentId, String cohortName, String exerciseId, LocalDate dueOn, TaskState state,
                   boolean overdue) {
}
