package id.siksacademy.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A kabupaten/kota set up from its official code list. */
@Entity
@Table(name = "region_kabupaten")
class ImportedKabupaten {

    @Id
    @Column(length = 5)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(name = "province_name", nullable = false, length = 100)
    private String provinceName;

    @Column(name = "source_file", length = 200)
    private String sourceFile;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(nullable = false)
    private boolean home;

    protected ImportedKabupaten() {
    }

    ImportedKabupaten(String code) {
        this.code = code;
    }

    void update(Kabupaten kabupaten, String sourceFile, Instant importedAt, String importedBy) {
        this.name = kabupaten.name();
        this.provinceCode = kabupaten.provinceCode();
        this.provinceName = kabupaten.provinceName();
        this.sourceFile = sourceFile;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    String getProvinceCode() {
        return provinceCode;
    }

    String getProvinceName() {
        return provinceName;
    }

    String getSourceFile() {
        return sourceFile;
    }

    Instant getImportedAt() {
        return importedAt;
    }

    String getImportedBy() {
        return importedBy;
    }

    boolean isHome() {
        return home;
    }

    void setHome(boolean home) {
        this.home = home;
    }
}
