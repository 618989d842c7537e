package id.siksacademy.region;

import id.siksacademy.base.security.CurrentUser;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The region master: a Dinsos administrator imports a kabupaten's official Kemendagri code list
 * (checked, previewed, all or nothing) and chooses the kabupaten the installation works in.
 */
@Service
public class RegionService {

    private final Regions regions;
    private final ImportedKabupatenRepository kabupatenRows;
    private final ImportedAreaRepository areaRows;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RegionService(Regions regions, ImportedKabupatenRepository kabupatenRows, ImportedAreaRepository areaRows,
                  CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.regions = regions;
        this.kabupatenRows = kabupatenRows;
        this.areaRows = areaRows;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** Every kabupaten the installation knows, the one it works in marked. */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    public List<KabupatenSummary> list() {
        return regions.summaries();
    }

    /** Reads and checks a code list; stores nothing. */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public RegionListCheck check(byte[] file) {
        return read(file);
    }

    /**
     * Stores a clean code list, all or nothing (checked again here): a kabupaten new to the
     * installation, or a newer list of one imported before (names updated, codes added; a code
     * already stored cannot be left out). Does not change the kabupaten the installation works in.
     */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional
    public KabupatenSummary importList(byte[] file, String sourceFile) {
        var check = read(file);
        if (!check.clean()) {
            throw new RegionListRejectedException(check);
        }
        var kabupaten = check.kabupaten();
        String me = currentUser.username().orElseThrow();
        var row = kabupatenRows.findById(kabupaten.code()).orElseGet(() -> new ImportedKabupaten(kabupaten.code()));
        row.update(kabupaten, sourceFile, clock.instant(), me);
        kabupatenRows.save(row);
        var stored = new HashMap<String, ImportedArea>();
        areaRows.findByKabupatenCodeOrderByCode(kabupaten.code()).forEach(a -> stored.put(a.getCode(), a));
        for (Kecamatan k : kabupaten.kecamatan()) {
            store(stored, k.code(), kabupaten.code(), k.name());
            k.villages().forEach(v -> store(stored, v.code(), kabupaten.code(), v.name()));
        }
        int villages = (int) kabupaten.villages().count();
        events.publishEvent(new RegionEvents.ListImported(me, kabupaten.code(), kabupaten.title(),
                kabupaten.kecamatan().size(), villages, sourceFile));
        forgetAfterCommit();
        return new KabupatenSummary(kabupaten.code(), kabupaten.title(), kabupaten.provinceName(), kabupaten.kecamatan().size(),
                check.desaCount(), check.kelurahanCount(), false, sourceFile, row.getImportedAt(), me, row.isHome());
    }

    /** The kabupaten the installation works in from now on: pickers, rosters, the builder and the dashboard. */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional
    public void makeHome(String kabupatenCode) {
        var kabupaten = regions.kabupatenOf(kabupatenCode).filter(k -> k.code().equals(kabupatenCode))
                .orElseThrow(() -> new IllegalArgumentException("unknown kabupaten " + kabupatenCode));
        for (var row : kabupatenRows.findAll()) {
            row.setHome(row.getCode().equals(kabupatenCode));
        }
        events.publishEvent(new RegionEvents.HomeChanged(currentUser.username().orElseThrow(), kabupaten.code(),
                kabupaten.title()));
        forgetAfterCommit();
    }

    private RegionListCheck read(byte[] file) {
        return RegionListReader.read(file, regions.builtInCodes(), regions::storedAreas);
    }

    private void store(java.util.Map<String, ImportedArea> stored, String code, String kabupatenCode, String name) {
        var area = stored.get(code);
        if (area == null) {
            areaRows.save(new ImportedArea(code, kabupatenCode, name));
        } else {
            area.rename(name);
        }
    }

    private void forgetAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                regions.forget();
            }
        });
    }
}
