package id.siksacademy.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved version of an exercise a trainer built: its file text and the form it came from. */
@Entity
@Table(name = "built_exercise")
class BuiltExercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "exercise_id", nullable = false, length = 80)
    private String exerciseId;

    @Column(nullable = false, length = 80)
    private String family;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 64)
    private String owner;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 20_000)
    private String yaml;

    @Column(name = "draft_json", nullable = false, length = 20_000)
    private String draftJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BuiltExercise() {
    }

    BuiltExercise(String family, int version, String owner, String title, String yaml, String draftJson, Instant at) {
        this.family = family;
        this.version = version;
        this.exerciseId = family + "-v" + version;
        this.owner = owner;
        this.title = title;
        this.yaml = yaml;
        this.draftJson = draftJson;
        this.createdAt = at;
    }

    String getExerciseId() { return exerciseId; }
    String getFamily() { return family; }
    int getVersion() { return version; }
    String getOwner() { return owner; }
    String getYaml() { return yaml; }
    String getDraftJson() { return draftJson; }

    BuiltExerciseSummary toSummary() {
        return new BuiltExerciseSummary(exerciseId, family, version, owner, title, createdAt);
    }
}
