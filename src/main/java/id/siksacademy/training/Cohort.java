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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** An angkatan: operators of a kecamatan trained together over a period by one or more trainers. */
@Entity
@Table(name = "cohort")
class Cohort {

    static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "kecamatan_code", nullable = false, length = 8)
    private String kecamatanCode;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "trainer", length = 64)
    private Set<String> trainers = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "cohort_member", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "operator", length = 64)
    private Set<String> members = new LinkedHashSet<>();

    protected Cohort() {
    }

    Cohort(String name, String kecamatanCode, LocalDate startsOn, LocalDate endsOn, Set<String> trainers,
           String createdBy, Instant createdAt) {
        this.name = name;
        this.kecamatanCode = kecamatanCode;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.trainers.addAll(trainers);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    String getName() { return name; }
    String getKecamatanCode() { return kecamatanCode; }
    Set<String> getTrainers() { return trainers; }
    Set<String> getMembers() { return members; }

    CohortSummary toSummary() {
        return new CohortSummary(id, name, kecamatanCode, startsOn, endsOn,
                trainers.stream().sorted().toList(), members.size());
    }
}
