package id.siksacademy.content;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.scenario.NamePools;
import id.siksacademy.scenario.ScenarioGenerator;
import id.siksacademy.scenario.ScenarioSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads and validates content/ from a directory, or from the classpath (the packaged jar) when
 * the directory is absent. Any problem stops with a {@link ContentException}.
 */
public final class ContentLoader {

    private final String base;
    private final String shownAs;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    private ContentLoader(String base, String shownAs) {
        this.base = base;
        this.shownAs = shownAs;
    }

    /** content/ in the given directory when it exists, else the copy packaged on the classpath. */
    public static ContentLoader at(java.nio.file.Path dir) {
        if (java.nio.file.Files.isDirectory(dir)) {
            return new ContentLoader(dir.toUri().toString(), dir.toString());
        }
        return new ContentLoader("classpath:content/", "content");
    }

    public Content load(String regionFile) {
        String regionText = read("regions/" + regionFile);
        Kabupaten kabupaten = RegionParser.parse(shown("regions/" + regionFile), regionText,
                sibling -> read("regions/" + sibling));
        var origins = new OriginsAtlas(OfficialRegions.parse(shown("regions/" + OriginsAtlas.FILE),
                read("regions/" + OriginsAtlas.FILE)), OriginsAtlas.declared(YamlNode.parse(shown("regions/"
                + regionFile), regionText), kabupaten).map(o -> Map.of(kabupaten.code(), o)).orElse(Map.of()));
        var names = new NamePools(names("laki-laki.txt"), names("perempuan.txt"), names("laki-laki-lama.txt"),
                names("perempuan-lama.txt"), names("laki-laki-muda.txt"), names("perempuan-muda.txt"),
                NamePoolParser.nicknames(shown("names/panggilan.txt"), read("names/panggilan.txt")));
        var catalogue = FaultCatalogueParser.parse(shown("faults.yaml"), read("faults.yaml"));
        var faults = catalogue.faults();
        Map<String, ScenarioSpec> scenarios = new LinkedHashMap<>();
        for (Resource r : list("scenarios/*.yaml")) {
            String file = shown("scenarios/" + r.getFilename());
            ScenarioSpec spec = ScenarioSpecParser.parse(file, text(r), kabupaten);
            if (scenarios.put(spec.id(), spec) != null) {
                throw new ContentException(file, 1, "id", "scenario id '" + spec.id() + "' is used twice");
            }
        }
        var curriculum = CurriculumParser.parse(shown("curriculum.yaml"), read("curriculum.yaml"), faults);
        var competencyIds = curriculum.competencies().stream().map(Curriculum.Competency::id)
                .collect(java.util.stream.Collectors.toSet());
        var exerciseFiles = list("exercises/*.yaml");
        var exerciseIds = exerciseFiles.stream().map(r -> r.getFilename().replaceFirst("\\.yaml$", ""))
                .collect(java.util.stream.Collectors.toSet());
        var exercises = new java.util.ArrayList<Exercise>();
        for (Resource r : exerciseFiles) {
            exercises.add(ExerciseParser.parse(shown("exercises/" + r.getFilename()), text(r), kabupaten,
                    competencyIds, exerciseIds));
        }
        var ordered = inTrainingOrder(exercises);
        checkCertification(curriculum, ordered);
        new ExerciseTrial(new ScenarioGenerator(kabupaten, names, origins.of(kabupaten))).check(ordered, exerciseFiles.stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.getFilename().replaceFirst("\\.yaml$", ""),
                        r -> new FileText(shown("exercises/" + r.getFilename()), text(r)))));
        return new Content(kabupaten, names, origins, faults, catalogue.criticalErrors(), scenarios, ordered, curriculum);
    }

    /** Every exam a certificate level names exists and is an exam. */
    private void checkCertification(Curriculum curriculum, List<Exercise> exercises) {
        var levels = YamlNode.parse(shown("curriculum.yaml"), read("curriculum.yaml")).optional("certification")
                .map(c -> c.list("levels")).orElse(List.of());
        for (int i = 0; i < curriculum.certification().size(); i++) {
            var level = curriculum.certification().get(i);
            var node = levels.get(i);
            var named = new java.util.ArrayList<>(level.exams());
            named.add(level.recertificationExam());
            for (String exam : named) {
                boolean isExam = exercises.stream().anyMatch(e -> e.id().equals(exam) && e.mode() == ExerciseMode.EXAM);
                if (!isExam) {
                    throw node.get(level.exams().contains(exam) ? "exams" : "recertification_exam")
                            .error("'" + exam + "' is not an exam of content/exercises");
                }
            }
        }
    }

    /**
     * Guided exercises first, then practice, then exams, each after its prerequisites (file order
     * otherwise): the order an operator meets them in.
     */
    static List<Exercise> inTrainingOrder(List<Exercise> exercises) {
        var pending = new java.util.ArrayList<>(exercises);
        pending.sort(Comparator.comparing(Exercise::mode));
        var ordered = new java.util.ArrayList<Exercise>();
        var placed = new java.util.HashSet<String>();
        while (!pending.isEmpty()) {
            var next = pending.stream().filter(e -> placed.containsAll(e.prerequisites())).findFirst()
                    .orElse(pending.getFirst()); // a cycle: keep going rather than loop forever
            pending.remove(next);
            ordered.add(next);
            placed.add(next.id());
        }
        return ordered;
    }

    private List<String> names(String file) {
        return NamePoolParser.names(shown("names/" + file), read("names/" + file));
    }

    private String shown(String relative) {
        return shownAs + "/" + relative;
    }

    private String read(String relative) {
        Resource r = resolver.getResource(base + relative);
        if (!r.exists()) {
            throw new ContentException(shown(relative), 0, null, "the file is missing");
        }
        return text(r);
    }

    private List<Resource> list(String pattern) {
        try {
            return Arrays.stream(resolver.getResources(base + pattern))
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Resource r) {
        try (var in = r.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
