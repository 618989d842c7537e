package id.siksacademy.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A kecamatan (33.20.01) or desa/kelurahan (33.20.01.2001) of an imported list. Its code is its id, so
 * it says itself whether it is new: saving a new one inserts without first looking for it.
 */
@Entity
@Table(name = "region_area")
class ImportedArea implements Persistable<String> {

    @Id
    @Column(length = 13)
    private String code;

    @Column(name = "kabupaten_code", nullable = false, length = 5)
    private String kabupatenCode;

    @Column(nullable = false, length = 100)
    private String name;

    @Transient
    private boolean stored;

    protected ImportedArea() {
    }

    ImportedArea(String code, String kabupatenCode, String name) {
        this.code = code;
        this.kabupatenCode = kabupatenCode;
        this.name = name;
    }

    String getCode() {
        return code;
    }

    @Override
    public String getId() {
        return code;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }

    String getKabupatenCode() {
        return kabupatenCode;
    }

    String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }
}
