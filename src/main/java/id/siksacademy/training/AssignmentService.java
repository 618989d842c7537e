package id.siksacademy.training;

import id.siksacademy.account.OperatorProfile;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.attempt.AttemptSummary;
import id.siksacademy.base.security.CurrentUser;
import id.siksacademy.content.Content;
import id.siksacademy.content.ExerciseCatalogue;
import id.siksacademy.scoring.ExerciseStatus;
import id.siksacademy.scoring.OperatorRecord;
import id.siksacademy.scoring.ScoringService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exercises assigned to a cohort or to some of its operators, with an optional due date (a date in
 * WIB: overdue from the day after). Operators see their tasks first on their home; trainers see each
 * operator's state per assignment.
 */
@Service
public class AssignmentService {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final AssignmentRepository assignments;
    private final ExerciseBuilderService builder;
    private final CohortService cohortService;
    private final CohortRepository cohorts;
    private final AttemptService attempts;
    private final ScoringService scoring;
    private final Content content;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final ExerciseCatalogue exercises;

    AssignmentService(AssignmentRepository assignments, ExerciseBuilderService builder, CohortService cohortService, CohortRepository cohorts,
                      AttemptService attempts, ScoringService scoring, Content content, CurrentUser currentUser,
                      Clock clock, ExerciseCatalogue exercises) {
        this.exercises = exercises;
        this.assignments = assignments;
        this.builder = builder;
        this.cohortService = cohortService;
        this.cohorts = cohorts;
        this.attempts = attempts;
        this.scoring = scoring;
        this.content = content;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Assigns an exercise to the whole cohort (no operators chosen) or to chosen members of it. A due
     * date in the past is refused.
     */
    @PreAuthorize("@oversight.mayManageCohort(#cohortId)")
    @Transactional
    public long assign(long cohortId, String exerciseId, LocalDate dueOn, Set<String> operators) {
        var cohort = cohortService.find(cohortId);
        if (exerciseId == null || exercises.exercise(exerciseId).isEmpty() || !builder.mayAssign(exerciseId)) {
            throw new TrainingRejectedException("assignment.error.exercise");
        }
        if (dueOn != null && dueOn.isBefore(today())) {
            throw new TrainingRejectedException("assignment.error.due-past");
        }
        var chosen = new LinkedHashSet<String>(operators == null ? Set.of() : operators);
        for (String o : chosen) {
            if (!cohort.getMembers().contains(o)) {
                throw new TrainingRejectedException("assignment.error.not-member", o);
            }
        }
        String me = currentUser.username().orElseThrow();
        return assignments.save(new Assignment(cohortId, exerciseId, dueOn, chosen, me, clock.instant())).getId();
    }

    /** The cohort's assignments, newest first, each with every concerned operator's state. */
    @PreAuthorize("@oversight.mayManageCohort(#cohortId)")
    @Transactional(readOnly = true)
    public List<AssignmentProgress> assignments(long cohortId) {
        var cohort = cohortService.find(cohortId);
        var list = assignments.findByCohortIdOrderByIdDesc(cohortId);
        if (list.isEmpty()) {
            return List.of();
        }
        var members = cohortService.members(cohortId);
        var names = members.stream().map(OperatorProfile::username).toList();
        var states = states(attempts.attemptsOf(names), scoring.recordsOf(names));
        var result = new ArrayList<AssignmentProgress>();
        for (Assignment a : list) {
            var entries = new ArrayList<AssignmentProgress.Entry>();
            for (OperatorProfile m : members) {
                if (a.concerns(m.username(), cohort.getMembers())) {
                    var state = states.getOrDefault(key(m.username(), a.getExerciseId()), TaskState.NOT_STARTED);
                    entries.add(new AssignmentProgress.Entry(m.username(), m.fullName(), state, overdue(a, state)));
                }
            }
            result.add(new AssignmentProgress(a.getId(), cohortId, a.getExerciseId(), a.getDueOn(),
                    a.getOperators().isEmpty(), entries));
        }
        return result;
    }

    /** The signed-in operator's assignments: overdue first, then by due date (undated last). */
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(readOnly = true)
    public List<Task> myTasks() {
        String me = currentUser.username().orElseThrow();
        var assigned = assignedTo(me, cohorts, assignments);
        if (assigned.isEmpty()) {
            return List.of();
        }
        var passed = new java.util.HashSet<String>();
        scoring.catalogue().stream().filter(s -> s.state() == ExerciseStatus.State.PASSED)
                .forEach(s -> passed.add(s.exerciseId()));
        var own = attempts.mine();
        var tasks = new ArrayList<Task>();
        var seen = new java.util.HashSet<String>();
        for (var entry : assigned) {
            Assignment a = entry.getKey();
            Cohort cohort = entry.getValue();
            if (exercises.exercise(a.getExerciseId()).isEmpty() || !seen.add(a.getExerciseId() + "|" + a.getDueOn())) {
                continue;
            }
            TaskState state = passed.contains(a.getExerciseId()) ? TaskState.PASSED : ownState(own, a.getExerciseId());
            tasks.add(new Task(a.getId(), cohort.getName(), a.getExerciseId(), a.getDueOn(), state, overdue(a, state)));
        }
        tasks.sort(Comparator.comparing((Task t) -> !t.overdue()).thenComparing(t -> t.state().done())
                .thenComparing(Task::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
        return tasks;
    }

    /** The assignments that concern this operator, each with its cohort, by due date. */
    static List<Map.Entry<Assignment, Cohort>> assignedTo(String operator, CohortRepository cohorts,
                                                          AssignmentRepository assignments) {
        var cohortById = new HashMap<Long, Cohort>();
        cohorts.findByMember(operator).forEach(c -> cohortById.put(c.getId(), c));
        if (cohortById.isEmpty()) {
            return List.of();
        }
        return assignments.findByCohortIdInOrderByDueOnAscIdAsc(cohortById.keySet()).stream()
                .filter(a -> a.concerns(operator, cohortById.get(a.getCohortId()).getMembers()))
                .map(a -> Map.entry(a, cohortById.get(a.getCohortId()))).toList();
    }

    private static TaskState ownState(List<AttemptSummary> own, String exerciseId) {
        TaskState state = TaskState.NOT_STARTED;
        for (AttemptSummary a : own) {
            if (a.exerciseId().equals(exerciseId)) {
                TaskState s = a.open() ? TaskState.IN_PROGRESS : TaskState.SUBMITTED;
                state = s.ordinal() > state.ordinal() ? s : state;
            }
        }
        return state;
    }

    /** Each (operator, exercise) pair's best state. */
    static Map<String, TaskState> states(List<AttemptSummary> attempts, List<OperatorRecord> records) {
        var states = new HashMap<String, TaskState>();
        for (AttemptSummary a : attempts) {
            TaskState s = a.open() ? TaskState.IN_PROGRESS : TaskState.SUBMITTED;
            states.merge(key(a.operator(), a.exerciseId()), s, (x, y) -> x.ordinal() >= y.ordinal() ? x : y);
        }
        for (OperatorRecord r : records) {
            r.results().stream().filter(OperatorRecord.Line::passed)
                    .forEach(l -> states.put(key(r.operator(), l.exerciseId()), TaskState.PASSED));
        }
        return states;
    }

    private boolean overdue(Assignment a, TaskState state) {
        return a.getDueOn() != null && !state.done() && today().isAfter(a.getDueOn());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WIB);
    }

    private static String key(String operator, String exerciseId) {
        return operator + "|" + exerciseId;
    }
}
