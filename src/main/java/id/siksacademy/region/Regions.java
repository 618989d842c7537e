package id.siksacademy.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every kabupaten the installation knows, in memory: those content/ ships and those a Dinsos imported;
 * and the one it works in (its "home": pickers, rosters, the dashboard). Official region codes and
 * names are public, so this is not a security boundary; changing them is {@link RegionService}'s.
 */
@Component
public class Regions {

    private final ObjectProvider<RegionSource> sources;
    private final ImportedKabupatenRepository kabupatenRows;
    private final ImportedAreaRepository areaRows;
    private final TransactionTemplate readOnly;
    private volatile Known known;

    private record Known(Map<String, Kabupaten> byCode, String homeCode, Map<String, Set<String>> villageCodes,
                         Map<String, ImportedKabupaten> imported) {
    }

    Regions(ObjectProvider<RegionSource> sources, ImportedKabupatenRepository kabupatenRows,
            ImportedAreaRepository areaRows, PlatformTransactionManager transactions) {
        this.sources = sources;
        this.kabupatenRows = kabupatenRows;
        this.areaRows = areaRows;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The kabupaten the installation works in: the one a Dinsos chose, else the first content/ ships. */
    public Kabupaten home() {
        var k = known();
        return k.byCode().get(k.homeCode());
    }

    /** Built-in first, then imported by code. */
    public List<Kabupaten> all() {
        return List.copyOf(known().byCode().values());
    }

    /** The kabupaten a kabupaten, kecamatan or village code belongs to. */
    public Optional<Kabupaten> kabupatenOf(String code) {
        if (code == null || code.length() < 5) {
            return Optional.empty();
        }
        return Optional.ofNullable(known().byCode().get(code.substring(0, 5)));
    }

    public Optional<Kecamatan> kecamatan(String code) {
        return kabupatenOf(code).flatMap(k -> k.kecamatan(code));
    }

    public Optional<Village> village(String code) {
        return kabupatenOf(code).flatMap(k -> k.village(code));
    }

    /** The village codes of the kabupaten a region code lies in: what a village-code field accepts there. */
    public Set<String> villageCodes(String regionCode) {
        return kabupatenOf(regionCode).map(k -> known().villageCodes().get(k.code())).orElse(Set.of());
    }

    /** The kabupaten content/ ships (they cannot be imported over). */
    Set<String> builtInCodes() {
        return sources.orderedStream().flatMap(s -> s.kabupaten().stream()).map(Kabupaten::code).collect(Collectors.toSet());
    }

    /** Codes and names stored for an imported kabupaten (empty when never imported). */
    Map<String, String> storedAreas(String kabupatenCode) {
        var out = new HashMap<String, String>();
        areaRows.findByKabupatenCodeOrderByCode(kabupatenCode).forEach(a -> out.put(a.getCode(), a.getName()));
        kabupatenRows.findById(kabupatenCode).ifPresent(k -> out.put(k.getCode(), k.getName()));
        return out;
    }

    List<KabupatenSummary> summaries() {
        var k = known();
        var out = new ArrayList<KabupatenSummary>();
        for (var kab : k.byCode().values()) {
            var row = k.imported().get(kab.code());
            out.add(new KabupatenSummary(kab.code(), kab.title(), kab.provinceName(), kab.kecamatan().size(),
                    kab.villages().filter(v -> !v.isKelurahan()).count(), kab.villages().filter(Village::isKelurahan).count(),
                    row == null, row == null ? null : row.getSourceFile(), row == null ? null : row.getImportedAt(),
                    row == null ? null : row.getImportedBy(), kab.code().equals(k.homeCode())));
        }
        return out;
    }

    /** Read the stored lists again on next use (after an import or a change of home commits). */
    void forget() {
        known = null;
    }

    private Known known() {
        var k = known;
        if (k == null) {
            synchronized (this) {
                k = known;
                if (k == null) {
                    k = readOnly.execute(status -> load());
                    known = k;
                }
            }
        }
        return k;
    }

    private Known load() {
        var byCode = new LinkedHashMap<String, Kabupaten>();
        sources.orderedStream().flatMap(s -> s.kabupaten().stream()).forEach(k -> byCode.putIfAbsent(k.code(), k));
        String home = byCode.keySet().stream().findFirst().orElseThrow(() -> new IllegalStateException("no region"));
        var imported = new HashMap<String, ImportedKabupaten>();
        for (var row : kabupatenRows.findAll(org.springframework.data.domain.Sort.by("code"))) {
            imported.put(row.getCode(), row);
            byCode.putIfAbsent(row.getCode(), build(row, areaRows.findByKabupatenCodeOrderByCode(row.getCode())));
            if (row.isHome()) {
                home = row.getCode();
            }
        }
        var codes = new HashMap<String, Set<String>>();
        byCode.values().forEach(k -> codes.put(k.code(),
                k.villages().map(Village::code).collect(Collectors.toUnmodifiableSet())));
        return new Known(byCode, home, codes, imported);
    }

    /** A stored list as a kabupaten, its villages' RW, RT, dukuh and BPS codes modelled. */
    static Kabupaten build(ImportedKabupaten row, List<ImportedArea> areas) {
        String bps = row.getCode().replace(".", "");
        var kecamatan = new ArrayList<Kecamatan>();
        var byKecamatan = new LinkedHashMap<String, List<ImportedArea>>();
        var names = new HashMap<String, String>();
        for (var a : areas) {
            if (a.getCode().length() == 8) {
                byKecamatan.put(a.getCode(), new ArrayList<>());
                names.put(a.getCode(), a.getName());
            }
        }
        for (var a : areas) {
            if (a.getCode().length() == 13) {
                byKecamatan.get(a.getCode().substring(0, 8)).add(a);
            }
        }
        byKecamatan.forEach((code, villages) -> {
            String kecBps = ModelledVillages.kecamatanBps(bps, code);
            var vs = new ArrayList<Village>();
            for (int i = 0; i < villages.size(); i++) {
                vs.add(ModelledVillages.village(row.getProvinceCode(), kecBps, villages.get(i).getCode(),
                        villages.get(i).getName(), i + 1));
            }
            kecamatan.add(new Kecamatan(code, names.get(code), kecBps, vs));
        });
        return new Kabupaten(row.getProvinceCode(), row.getProvinceName(), row.getCode(), bps, row.getName(), "", kecamatan);
    }
}
