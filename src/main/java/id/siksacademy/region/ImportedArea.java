package id.siksacademy.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kecamatan (33.20.01) or desa/kelurahan (33.20.01.2001) of an imported list. */
@Entity
@Table(name = "region_area")
class ImportedArea {

    @Id
    @Column(length = 13)
    private String code;

    @Column(name = "kabupaten_code", nullable = false, length = 5)
    private String kabupatenCode;

    @Column(nullable = false, length = 100)
    private String name;

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
