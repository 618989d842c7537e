package id.siksacademy.region;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportedKabupatenRepository extends JpaRepository<ImportedKabupaten, String> {
}
