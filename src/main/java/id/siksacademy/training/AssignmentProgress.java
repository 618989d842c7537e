package id.siksacademy.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An assignment as its trainer sees it: each operator's state, and counts per state. */
public record AssignmentProgress(long id, long cohortId, String exerciseId, LocalDate dueOn, boolean wholeCohort,
                                 List<Entry> operators) {

    public AssignmentProgress {
        operators = List.copyOf(operators);
    }

    public record Entry(String username, String fullName, TaskState state, boolean overdue) {
    }

    public Map<TaskState, Long> counts() {
        var counts = new java.util.EnumMap<TaskState, Long>(TaskState.class);
        for (TaskState s : TaskState.values()) {
            counts.put(s, operators.stream().filter(o -> o.state() == s).count());
        }
        return counts;
    }

    public long overdueCount() {
        return operators.stream().filter(Entry::overdue).count();
    }
}
