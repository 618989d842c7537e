package id.siksacademy.monitoring;

import id.siksacademy.account.AccountService;
import id.siksacademy.account.OperatorProfile;
import id.siksacademy.base.security.CurrentUser;
import id.siksacademy.base.text.TableExport;
import id.siksacademy.certification.CertificateStatus;
import id.siksacademy.certification.CertificateView;
import id.siksacademy.certification.CertificationService;
import id.siksacademy.region.Regions;
import id.siksacademy.region.Kecamatan;
import id.siksacademy.region.Village;
import id.siksacademy.scoring.OperatorRecord;
import id.siksacademy.scoring.ScoringService;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Dinsos dashboard's figures, from accounts, scored results and certificates. */
@Service
public class MonitoringService {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final AccountService accounts;
    private final ScoringService scoring;
    private final CertificationService certification;
    private final Regions regions;
    private final Clock clock;

    private final FieldQualityRepository quality;
    private final CurrentUser currentUser;

    MonitoringService(AccountService accounts, ScoringService scoring, CertificationService certification,
                      Regions regions, Clock clock, FieldQualityRepository quality, CurrentUser currentUser) {
        this.quality = quality;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.scoring = scoring;
        this.certification = certification;
        this.regions = regions;
        this.clock = clock;
    }

    /** Coverage per kecamatan and for the kabupaten, and certifications per month (the last 12). */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public Coverage coverage() {
        var facts = facts();
        var kabupaten = regions.home();
        var rows = new ArrayList<Coverage.Area>();
        for (Kecamatan k : kabupaten.kecamatan()) {
            rows.add(area(k.code(), k.name(), k.villages(), facts));
        }
        var total = area(kabupaten.code(), kabupaten.name(), kabupaten.villages().toList(), facts);
        var perMonth = new TreeMap<YearMonth, Integer>();
        YearMonth now = YearMonth.now(clock.withZone(WIB));
        for (int i = 11; i >= 0; i--) {
            perMonth.put(now.minusMonths(i), 0);
        }
        for (CertificateView c : facts.certificates()) {
            perMonth.computeIfPresent(YearMonth.from(c.issuedAt().atZone(WIB)), (m, n) -> n + 1);
        }
        return new Coverage(rows, total, perMonth);
    }

    /** The desa of one kecamatan, each as an area. */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public List<Coverage.Area> desa(String kecamatanCode) {
        var kecamatan = regions.home().kecamatan(kecamatanCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown kecamatan " + kecamatanCode));
        var facts = facts();
        return kecamatan.villages().stream().map(v -> area(v.code(), v.name(), List.of(v), facts)).toList();
    }

    /** The operators of one desa with their standing. */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public List<OperatorStanding> operators(String desaCode) {
        var facts = facts();
        return facts.operators().stream().filter(o -> desaCode.equals(o.desaCode()))
                .map(o -> new OperatorStanding(o.username(), o.fullName(), facts.trained().contains(o.username()),
                        facts.certifiedStatus().get(o.username()), facts.mean().get(o.username())))
                .sorted(Comparator.comparing(OperatorStanding::fullName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** One operator of a desa: trained, their best certificate status (null: none), mean mastery. */
    public record OperatorStanding(String username, String fullName, boolean trained, CertificateStatus certificate,
                                   Double meanMastery) {
    }

    /** A table of areas as CSV or XLSX, headers in the viewer's language. */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    public byte[] export(List<Coverage.Area> areas, boolean xlsx, BiFunction<String, Object[], String> t) {
        var header = List.of(t.apply("dashboard.col.code", new Object[0]), t.apply("dashboard.col.name", new Object[0]),
                t.apply("dashboard.col.desa", new Object[0]), t.apply("dashboard.col.covered", new Object[0]),
                t.apply("dashboard.col.coverage", new Object[0]), t.apply("dashboard.col.operators", new Object[0]),
                t.apply("dashboard.col.trained", new Object[0]), t.apply("dashboard.col.certified", new Object[0]),
                t.apply("dashboard.col.expiring", new Object[0]), t.apply("dashboard.col.mastery", new Object[0]),
                t.apply("dashboard.col.weakest", new Object[0]), t.apply("dashboard.col.valid-before", new Object[0]),
                t.apply("dashboard.col.months-before", new Object[0]), t.apply("dashboard.col.valid-after", new Object[0]),
                t.apply("dashboard.col.months-after", new Object[0]));
        var rows = new ArrayList<List<Object>>();
        for (var a : areas) {
            rows.add(List.of(a.code(), a.name(), a.desa(), a.desaCovered(), Math.round(a.coverage() * 1000) / 10.0,
                    a.operators(), a.trained(), a.certified(), a.expiring(),
                    a.meanMastery() == null ? "" : (Object) (Math.round(a.meanMastery() * 1000) / 10.0),
                    String.join(" ", a.weakest()), rate(a.quality().validBefore()), a.quality().monthsBefore(),
                    rate(a.quality().validAfter()), a.quality().monthsAfter()));
        }
        return xlsx ? TableExport.xlsx(t.apply("dashboard.title", new Object[0]), header, rows) : TableExport.csv(header, rows);
    }

    /** The kabupaten's summary report for a month, as PDF. */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public byte[] summaryPdf(YearMonth month) {
        var coverage = coverage();
        int inMonth = (int) certification.all().stream().filter(c -> YearMonth.from(c.issuedAt().atZone(WIB)).equals(month))
                .count();
        return SummaryPdf.render(regions.home().title(), month, coverage, inMonth);
    }

    /** Reads and checks a field-quality file; writes nothing. */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    public QualityCheck checkQuality(byte[] file) {
        return QualityReader.read(file, regions.home());
    }

    /**
     * Imports a clean field-quality file, all or nothing: a desa's month already there takes the new
     * figures (a corrected report replaces the old one). Returns the number of rows.
     */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional
    public int importQuality(byte[] file) {
        var check = QualityReader.read(file, regions.home());
        if (!check.clean()) {
            throw new QualityRejectedException(check);
        }
        var now = clock.instant();
        String me = currentUser.username().orElseThrow();
        for (var row : check.rows()) {
            quality.findByDesaCodeAndMonth(row.desaCode(), row.month()).ifPresentOrElse(
                    q -> q.update(row.records(), row.valid(), now, me),
                    () -> quality.save(new FieldQuality(row.desaCode(), row.month(), row.records(), row.valid(), now, me)));
        }
        return check.rows().size();
    }

    private static Object rate(Double share) {
        return share == null ? "" : (Object) (Math.round(share * 1000) / 10.0);
    }

    /** Everything the figures are counted from, read once per request. */
    private record Facts(List<OperatorProfile> operators, java.util.Set<String> trained,
                         Map<String, CertificateStatus> certifiedStatus, java.util.Set<String> expiring,
                         Map<String, Double> mean, Map<String, Map<String, Double>> mastery,
                         List<CertificateView> certificates, Map<String, YearMonth> certifiedSince,
                         Map<String, List<FieldQuality>> fieldByDesa) {
    }

    private Facts facts() {
        var operators = accounts.allOperators();
        var records = scoring.recordsOf(operators.stream().map(OperatorProfile::username).toList());
        var trained = new HashSet<String>();
        var mean = new HashMap<String, Double>();
        var mastery = new HashMap<String, Map<String, Double>>();
        for (OperatorRecord r : records) {
            if (!r.isEmpty()) {
                trained.add(r.operator());
                mastery.put(r.operator(), r.mastery());
                r.mastery().values().stream().mapToDouble(Double::doubleValue).average().ifPresent(m -> mean.put(r.operator(), m));
            }
        }
        var certificates = certification.all();
        var status = new HashMap<String, CertificateStatus>();
        var expiring = new HashSet<String>();
        for (CertificateView c : certificates) {
            status.merge(c.operator(), c.status(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b); // BERLAKU first
            if (c.expiringSoon()) {
                expiring.add(c.operator());
            }
        }
        var desaOf = new HashMap<String, String>();
        operators.forEach(o -> {
            if (o.desaCode() != null) {
                desaOf.put(o.username(), o.desaCode());
            }
        });
        var since = new HashMap<String, YearMonth>(); // a desa's first certificate's month
        for (CertificateView c : certificates) {
            String desa = c.desaCode() != null ? c.desaCode() : desaOf.get(c.operator());
            if (desa != null) {
                since.merge(desa, YearMonth.from(c.issuedAt().atZone(WIB)), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        var field = new HashMap<String, List<FieldQuality>>();
        quality.findAll().forEach(q -> field.computeIfAbsent(q.getDesaCode(), k -> new ArrayList<>()).add(q));
        return new Facts(operators, trained, status, expiring, mean, mastery, certificates, since, field);
    }

    /** Records and valid records before and after each desa's first certificate, summed over the villages. */
    private static Coverage.Quality quality(List<Village> villages, Facts f) {
        long beforeRecords = 0, beforeValid = 0, afterRecords = 0, afterValid = 0;
        var beforeMonths = new HashSet<YearMonth>();
        var afterMonths = new HashSet<YearMonth>();
        for (Village v : villages) {
            YearMonth since = f.certifiedSince().get(v.code());
            for (FieldQuality q : f.fieldByDesa().getOrDefault(v.code(), List.of())) {
                YearMonth m = YearMonth.from(q.getMonth());
                if (since == null || m.isBefore(since)) {
                    beforeRecords += q.getRecords();
                    beforeValid += q.getValid();
                    beforeMonths.add(m);
                } else if (m.isAfter(since)) {
                    afterRecords += q.getRecords();
                    afterValid += q.getValid();
                    afterMonths.add(m);
                }
            }
        }
        return new Coverage.Quality(beforeRecords == 0 ? null : (double) beforeValid / beforeRecords, beforeMonths.size(),
                afterRecords == 0 ? null : (double) afterValid / afterRecords, afterMonths.size());
    }

    private Coverage.Area area(String code, String name, List<Village> villages, Facts f) {
        var codes = new HashSet<String>();
        villages.forEach(v -> codes.add(v.code()));
        Predicate<OperatorProfile> inside = o -> o.desaCode() != null && codes.contains(o.desaCode());
        var here = f.operators().stream().filter(inside).toList();
        var certified = here.stream().filter(o -> f.certifiedStatus().get(o.username()) == CertificateStatus.BERLAKU).toList();
        var covered = new HashSet<String>();
        certified.forEach(o -> covered.add(o.desaCode()));
        var means = here.stream().map(o -> f.mean().get(o.username())).filter(java.util.Objects::nonNull).toList();
        var byCompetency = new TreeMap<String, double[]>();
        here.forEach(o -> f.mastery().getOrDefault(o.username(), Map.of()).forEach((c, m) -> {
            var acc = byCompetency.computeIfAbsent(c, x -> new double[2]);
            acc[0] += m;
            acc[1]++;
        }));
        var weakest = byCompetency.entrySet().stream()
                .sorted(Comparator.comparingDouble(e -> e.getValue()[0] / e.getValue()[1])).limit(2).map(Map.Entry::getKey)
                .toList();
        return new Coverage.Area(code, name, villages.size(), covered.size(), here.size(),
                (int) here.stream().filter(o -> f.trained().contains(o.username())).count(), certified.size(),
                (int) certified.stream().filter(o -> f.expiring().contains(o.username())).count(),
                means.isEmpty() ? null : means.stream().mapToDouble(Double::doubleValue).average().orElse(0), weakest,
                quality(villages, f));
    }
}
