package id.siksacademy.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One desa's month in the real system: how many records, how many of them valid. */
@Entity
@Table(name = "field_quality")
class FieldQuality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "desa_code", nullable = false, length = 13)
    private String desaCode;

    /** The first day of the month. */
    @Column(name = "report_month", nullable = false)
    private LocalDate month;

    @Column(name = "record_count", nullable = false)
    private int records;

    @Column(name = "valid_count", nullable = false)
    private int valid;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    protected FieldQuality() {
    }

    FieldQuality(String desaCode, LocalDate month, int records, int valid, Instant importedAt, String importedBy) {
        this.desaCode = desaCode;
        this.month = month;
        update(records, valid, importedAt, importedBy);
    }

    void update(int records, int valid, Instant importedAt, String importedBy) {
        this.records = records;
        this.valid = valid;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    String getDesaCode() { return desaCode; }
    LocalDate getMonth() { return month; }
    int getRecords() { return records; }
    int getValid() { return valid; }
}
