package id.siksacademy.training;

import id.siksacademy.account.OperatorProfile;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.content.Content;
import id.siksacademy.content.Exercise;
import id.siksacademy.content.ExerciseCatalogue;
import id.siksacademy.content.ExerciseMode;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scoring.AttemptResult;
import id.siksacademy.scoring.Feedback;
import id.siksacademy.scoring.OperatorRecord;
import id.siksacademy.scoring.ScoringService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Item analysis of a cohort's work on an exercise, and its weakest competencies. */
@Service
public class ItemAnalysisService {

    /** The classic share for upper and lower groups (Kelley). */
    static final double GROUP_SHARE = 0.27;

    private final CohortService cohorts;
    private final AttemptService attempts;
    private final ScoringService scoring;
    private final AssignmentService assignments;
    private final Content content;

    private final ExerciseCatalogue exercises;

    ItemAnalysisService(CohortService cohorts, AttemptService attempts, ScoringService scoring,
                        AssignmentService assignments, Content content, ExerciseCatalogue exercises) {
        this.exercises = exercises;
        this.cohorts = cohorts;
        this.attempts = attempts;
        this.scoring = scoring;
        this.assignments = assignments;
        this.content = content;
    }

    @PreAuthorize("@oversight.mayManageCohort(#cohortId)")
    @Transactional(readOnly = true)
    public ItemAnalysis analyse(long cohortId, String exerciseId) {
        Exercise exercise = exercises.exercise(exerciseId)
                .orElseThrow(() -> new TrainingRejectedException("assignment.error.exercise"));
        var members = cohorts.members(cohortId);
        var names = new HashMap<String, String>();
        members.forEach(m -> names.put(m.username(), m.fullName()));
        var records = scoring.recordsOf(members.stream().map(OperatorProfile::username).toList());
        var sheets = new ArrayList<Sheet>();
        for (OperatorRecord record : records) {
            var latest = record.results().stream().filter(l -> l.exerciseId().equals(exercise.id()))
                    .reduce((a, b) -> b);
            if (latest.isEmpty()) {
                continue;
            }
            long attemptId = latest.get().attemptId();
            var review = attempts.review(attemptId);
            var result = scoring.storedResult(attemptId);
            if (review.scenario() == null || result.isEmpty()) {
                continue;
            }
            var planted = new EnumMap<FaultType, Integer>(FaultType.class);
            review.scenario().answerKey().entries().stream().filter(e -> e.fault() != FaultType.CLEAN)
                    .forEach(e -> planted.merge(e.fault(), 1, Integer::sum));
            sheets.add(new Sheet(record.operator(), result.get(), planted));
        }
        return new ItemAnalysis(exercise.id(), sheets.size(), items(sheets), signals(sheets, names),
                weakest(records));
    }

    /** Assigns the guided exercise of a weak competency to the whole cohort, due in a week. */
    @PreAuthorize("@oversight.mayManageCohort(#cohortId)")
    @Transactional
    public long assignGuided(long cohortId, String competency) {
        String exerciseId = guidedFor(competency);
        if (exerciseId == null) {
            throw new TrainingRejectedException("assignment.error.exercise");
        }
        return assignments.assign(cohortId, exerciseId, null, Set.of());
    }

    /** One operator's latest scored attempt: the result and how many of each fault it held. */
    private record Sheet(String operator, AttemptResult result, Map<FaultType, Integer> planted) {

        int missed(FaultType f) {
            return (int) result.feedback().stream().filter(x -> x.kind() == Feedback.Kind.MISSED && x.fault() == f).count();
        }

        int wrongFix(FaultType f) {
            return (int) result.feedback().stream().filter(x -> x.kind() == Feedback.Kind.WRONG_FIX && x.fault() == f).count();
        }

        int right(FaultType f) {
            return Math.max(0, planted.getOrDefault(f, 0) - missed(f) - wrongFix(f));
        }
    }

    private List<ItemAnalysis.Item> items(List<Sheet> sheets) {
        var faults = new java.util.TreeSet<FaultType>();
        sheets.forEach(s -> faults.addAll(s.planted().keySet()));
        var byScore = sheets.stream().sorted(Comparator.comparingDouble((Sheet s) -> s.result().score())).toList();
        int group = sheets.size() < 2 ? 0 : Math.max(1, (int) Math.round(sheets.size() * GROUP_SHARE));
        var lower = byScore.subList(0, group);
        var upper = byScore.subList(byScore.size() - group, byScore.size());
        var items = new ArrayList<ItemAnalysis.Item>();
        for (FaultType f : faults) {
            int planted = sheets.stream().mapToInt(s -> s.planted().getOrDefault(f, 0)).sum();
            int right = sheets.stream().mapToInt(s -> s.right(f)).sum();
            int missed = sheets.stream().mapToInt(s -> s.missed(f)).sum();
            int wrong = sheets.stream().mapToInt(s -> s.wrongFix(f)).sum();
            int falseFlags = (int) sheets.stream().flatMap(s -> s.result().feedback().stream())
                    .filter(x -> x.kind() == Feedback.Kind.FALSE_FLAG && x.fault() == f).count();
            var acts = new HashMap<String, Integer>();
            sheets.stream().flatMap(s -> s.result().feedback().stream())
                    .filter(x -> x.fault() == f && (x.kind() == Feedback.Kind.WRONG_FIX || x.kind() == Feedback.Kind.MISSED))
                    .forEach(x -> acts.merge(x.kind() == Feedback.Kind.MISSED ? "MISSED" : x.field() + "=" + x.did(), 1,
                            Integer::sum));
            var common = acts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
            Double discrimination = group == 0 ? null : facility(upper, f) - facility(lower, f);
            items.add(new ItemAnalysis.Item(f, content.fault(f).competency(), planted, right, missed, wrong, falseFlags,
                    planted == 0 ? 0 : (double) right / planted, discrimination, common.map(Map.Entry::getKey).orElse(null),
                    common.map(Map.Entry::getValue).orElse(0)));
        }
        items.sort(Comparator.comparingDouble(ItemAnalysis.Item::facility));
        return items;
    }

    private static double facility(List<Sheet> group, FaultType f) {
        int planted = group.stream().mapToInt(s -> s.planted().getOrDefault(f, 0)).sum();
        return planted == 0 ? 0 : (double) group.stream().mapToInt(s -> s.right(f)).sum() / planted;
    }

    private static List<ItemAnalysis.OperatorSignal> signals(List<Sheet> sheets, Map<String, String> names) {
        return sheets.stream().map(s -> {
            var sd = s.result().signalDetection();
            return new ItemAnalysis.OperatorSignal(s.operator(), names.getOrDefault(s.operator(), s.operator()),
                    s.result().score(), sd == null ? 0 : sd.dPrime(), sd == null ? 0 : sd.bias(), sd == null ? 0 : sd.hits(),
                    sd == null ? 0 : sd.faulty(), sd == null ? 0 : sd.falseAlarms(), sd == null ? 0 : sd.clean());
        }).sorted(Comparator.comparingDouble(ItemAnalysis.OperatorSignal::dPrime)).toList();
    }

    /**
     * The three competencies the cohort masters least, among those below the curriculum's "mastered"
     * level: a cohort at 98-100 % has nothing to recommend a guided exercise for.
     */
    private List<ItemAnalysis.Weakness> weakest(List<OperatorRecord> records) {
        double mastered = content.curriculum().mastery().mastered();
        var sums = new HashMap<String, double[]>();
        for (OperatorRecord r : records) {
            r.mastery().forEach((c, m) -> {
                var acc = sums.computeIfAbsent(c, k -> new double[2]);
                acc[0] += m;
                acc[1]++;
            });
        }
        return sums.entrySet().stream()
                .map(e -> new ItemAnalysis.Weakness(e.getKey(), e.getValue()[0] / e.getValue()[1], (int) e.getValue()[1],
                        guidedFor(e.getKey())))
                .filter(w -> w.meanMastery() < mastered)
                .sorted(Comparator.comparingDouble(ItemAnalysis.Weakness::meanMastery)
                        .thenComparing(ItemAnalysis.Weakness::competency))
                .limit(3).toList();
    }

    private String guidedFor(String competency) {
        return content.exercises().stream().filter(e -> e.mode() == ExerciseMode.GUIDED && e.competencies().contains(competency))
                .map(Exercise::id).findFirst().orElse(null);
    }
}
