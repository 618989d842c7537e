package id.siksacademy.training;

import id.siksacademy.account.Role;
import id.siksacademy.base.security.CurrentUser;
import id.siksacademy.content.Content;
import id.siksacademy.content.ContentException;
import id.siksacademy.content.ExerciseDraft;
import id.siksacademy.content.ExerciseMode;
import id.siksacademy.region.Regions;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scoring.ValidityAgents;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The village builder: trainers compose practice villages and exams on screen. A draft is written as
 * an exercise file and read by the same parser as content/, its village generated with a sample seed,
 * and the perfect and idle trainees run on it; only then may it be saved, as a new version.
 */
@Service
public class ExerciseBuilderService {

    /** Built exercise ids start with this; the rest is random, then the version: bangun-x7k2p9-v2. */
    static final String PREFIX = "bangun-";
    static final int MIN_HOUSEHOLDS = 10;
    static final int MAX_HOUSEHOLDS = 300;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The generator's words when a fault mix does not fit the village. */
    private static final java.util.regex.Pattern FITS =
            java.util.regex.Pattern.compile("Only (\\d+) of (\\d+) '([a-z_]+)' faults fit in (\\d+) households");

    private final BuiltExerciseRepository built;
    private final Content content;
    private final Regions regions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ExerciseBuilderService(BuiltExerciseRepository built, Content content, CurrentUser currentUser, Clock clock,
                           Regions regions) {
        this.regions = regions;
        this.built = built;
        this.content = content;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The form's values; the service names the exercise and dates its month. */
    public record Draft(ExerciseMode mode, String titleId, String titleEn, String instructionsId, String instructionsEn,
                        String region, int households, int proposals, java.util.Map<FaultType, Integer> faults,
                        int timeLimitMinutes, double passOverall, Integer competencyGate, double maxFalseFlagRate) {
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public BuilderPreview preview(Draft draft) {
        var p = check(draft, PREVIEW_ID, 1L);
        if (p.yaml() == null) {
            return p;
        }
        // the preview's id is a placeholder: saving gives the exercise its own, and the file its name
        String yaml = p.yaml().replaceFirst("(?m)^# Built in .*\\R", PREVIEW_NOTE).replace("id: " + PREVIEW_ID, "id: "
                + PREFIX + "…");
        return new BuilderPreview(yaml, p.villageName(), p.villageCode(), p.households(), p.planted(), p.validity(),
                p.problems());
    }

    private static final String PREVIEW_ID = PREFIX + "pratinjau-v1";
    private static final String PREVIEW_NOTE = "# Preview. Save it first: the saved version's file (Latihan buatan ->"
            + " Ekspor YAML) carries its id and the name to copy it to in content/exercises.\n";

    /**
     * Saves the draft as a new exercise, or as the next version of {@code family} (the trainer's own);
     * refused unless its preview is clean. Returns the saved version.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN')")
    @Transactional
    public BuiltExerciseSummary save(Draft draft, String family) {
        String name;
        int version;
        if (family == null) {
            name = PREFIX + randomPart();
            version = 1;
        } else {
            var first = built.findFirstByFamilyOrderByVersionAsc(family)
                    .orElseThrow(() -> new TrainingRejectedException("builder.error.not-found"));
            requireOwn(first);
            name = family;
            version = built.maxVersion(family) + 1;
        }
        String id = name + "-v" + version;
        var preview = check(draft, id, 1L);
        if (!preview.savable()) {
            throw new TrainingRejectedException("builder.error.not-savable");
        }
        var entity = new BuiltExercise(name, version, me(), draft.titleId().strip(), preview.yaml(),
                JSON.writeValueAsString(draft), clock.instant());
        return built.save(entity).toSummary();
    }

    /** The latest version of each built exercise: a trainer's own, every one for Dinsos. */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public List<BuiltExerciseSummary> exercises() {
        boolean admin = currentUser.hasRole(Role.Names.DINSOS_ADMIN);
        return built.findLatest().stream().filter(b -> admin || b.getOwner().equals(me()))
                .map(BuiltExercise::toSummary).toList();
    }

    /** The exercise file of a saved version, to put into content/exercises. */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public String yaml(String exerciseId) {
        return own(exerciseId).getYaml();
    }

    /** The form values of a saved version, to edit into the next one. */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public Draft draft(String exerciseId) {
        return JSON.readValue(own(exerciseId).getDraftJson(), Draft.class);
    }

    /** Whether the signed-in trainer may assign this exercise: every file one, and their own built ones. */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public boolean mayAssign(String exerciseId) {
        if (exerciseId == null || !exerciseId.startsWith(PREFIX)) {
            return true;
        }
        return built.findByExerciseId(exerciseId)
                .map(b -> currentUser.hasRole(Role.Names.DINSOS_ADMIN) || b.getOwner().equals(me())).orElse(false);
    }

    private BuilderPreview check(Draft d, String id, long sampleStart) {
        var problems = new ArrayList<BuilderPreview.Problem>();
        if (d.mode() != ExerciseMode.PRACTICE && d.mode() != ExerciseMode.EXAM) {
            problems.add(problem("mode", "builder.error.mode"));
        }
        if (blank(d.titleId()) || blank(d.titleEn()) || d.titleId().length() > 200 || d.titleEn().length() > 200) {
            problems.add(problem("title", "builder.error.title"));
        }
        if (blank(d.instructionsId()) || blank(d.instructionsEn())) {
            problems.add(problem("instructions", "builder.error.instructions"));
        }
        var kabupaten = regions.home();
        if (d.region() == null || kabupaten.villagesIn(d.region()).isEmpty() || d.region().equals(kabupaten.code())) {
            problems.add(problem("region", "builder.error.region"));
        }
        if (d.households() < MIN_HOUSEHOLDS || d.households() > MAX_HOUSEHOLDS) {
            problems.add(problem("households", "builder.error.households", String.valueOf(MIN_HOUSEHOLDS),
                    String.valueOf(MAX_HOUSEHOLDS)));
        }
        if (d.proposals() < 0 || d.proposals() > 3) {
            problems.add(problem("proposals", "builder.error.proposals"));
        }
        var faults = new EnumMap<FaultType, Integer>(FaultType.class);
        (d.faults() == null ? java.util.Map.<FaultType, Integer>of() : d.faults()).forEach((f, n) -> {
            if (n != null && n > 0 && f != FaultType.CLEAN) {
                faults.put(f, n);
            }
        });
        int total = faults.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            problems.add(problem("faults", "builder.error.no-faults"));
        } else if (total > d.households() / 2) {
            problems.add(problem("faults", "builder.error.too-many-faults", String.valueOf(d.households() / 2)));
        }
        if (d.mode() == ExerciseMode.EXAM && (d.timeLimitMinutes() < 10 || d.timeLimitMinutes() > 600)) {
            problems.add(problem("timeLimit", "builder.error.time-limit"));
        }
        if (d.passOverall() < 50 || d.passOverall() > 100) {
            problems.add(problem("passOverall", "builder.error.pass"));
        }
        if (d.competencyGate() != null && (d.competencyGate() < 0 || d.competencyGate() > 100)) {
            problems.add(problem("competencyGate", "builder.error.gate"));
        }
        if (d.maxFalseFlagRate() < 0 || d.maxFalseFlagRate() > 0.5) {
            problems.add(problem("maxFalseFlagRate", "builder.error.false-flags"));
        }
        if (!problems.isEmpty()) {
            return new BuilderPreview(null, null, null, 0, null, null, problems);
        }
        var draft = new ExerciseDraft(id, d.mode(), d.titleId(), d.titleEn(), d.instructionsId(), d.instructionsEn(),
                d.region(), d.households(), d.proposals(), faults, d.mode() == ExerciseMode.EXAM ? d.timeLimitMinutes() : 0,
                d.passOverall(), d.competencyGate(), d.maxFalseFlagRate(), simulatedDay());
        String yaml = draft.toYaml(content);
        try {
            var exercise = content.parseBuilt(id, yaml, regions::kabupatenOf, true);
            var seeds = new java.util.SplittableRandom(sampleStart);
            var generator = content.generator(kabupaten);
            var scenario = generator.generate(exercise.scenario(), generator.fittingSeed(exercise.scenario(), seeds::nextLong));
            var planted = new EnumMap<FaultType, Integer>(FaultType.class);
            scenario.answerKey().entries().stream().filter(e -> e.fault() != FaultType.CLEAN)
                    .forEach(e -> planted.merge(e.fault(), 1, Integer::sum));
            var report = ValidityAgents.check(content, exercise, scenario, regions.villageCodes(kabupaten.code()));
            if (!report.valid()) {
                problems.add(problem(null, "builder.error.validity", format(report.perfectScore()),
                        format(report.idleScore())));
            }
            var village = scenario.village();
            return new BuilderPreview(yaml, village.name(), village.code(), scenario.households().size(), planted, report,
                    problems);
        } catch (ContentException | IllegalArgumentException | IllegalStateException impossible) {
            var fits = FITS.matcher(reason(impossible));
            problems.add(fits.find() ? problem("faults", "builder.error.fits", fits.group(1), fits.group(2), fits.group(3),
                    fits.group(4)) : problem("faults", "builder.error.infeasible", reason(impossible)));
            return new BuilderPreview(yaml, null, null, 0, null, null, problems);
        }
    }

    /**
     * The village's "today": the 8th of this month (WIB), inside the monthly input window (to the 11th)
     * and after the days a meeting may be held on, as the file exercises are dated.
     */
    private LocalDate simulatedDay() {
        return LocalDate.ofInstant(clock.instant(), AssignmentService.WIB).withDayOfMonth(8);
    }

    /** The generator's own words, without the file and line the builder's user never saw. */
    private static String reason(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf("): ");
        return cut >= 0 ? message.substring(cut + 3) : message;
    }

    private BuiltExercise own(String exerciseId) {
        var b = built.findByExerciseId(exerciseId).orElseThrow(() -> new TrainingRejectedException("builder.error.not-found"));
        requireOwn(b);
        return b;
    }

    private void requireOwn(BuiltExercise b) {
        if (!currentUser.hasRole(Role.Names.DINSOS_ADMIN) && !b.getOwner().equals(me())) {
            throw new TrainingRejectedException("builder.error.not-found"); // another trainer's: as if absent
        }
    }

    private String randomPart() {
        var s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static BuilderPreview.Problem problem(String field, String key, String... args) {
        return new BuilderPreview.Problem(field, key, List.of(args));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private String me() {
        return currentUser.username().orElseThrow();
    }
}
