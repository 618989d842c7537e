package id.siksacademy.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportedAreaRepository extends JpaRepository<ImportedArea, String> {

    List<ImportedArea> findByKabupatenCodeOrderByCode(String kabupatenCode);
}
