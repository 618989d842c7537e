package id.siksacademy.training;

import id.siksacademy.account.AccountService;
import id.siksacademy.account.OperatorProfile;
import id.siksacademy.account.Role;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.base.security.CurrentUser;
import id.siksacademy.base.text.TableExport;
import id.siksacademy.content.Content;
import id.siksacademy.region.Regions;
import id.siksacademy.scoring.OperatorRecord;
import id.siksacademy.scoring.ScoringService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What trainers see of their operators' progress: the matrix, its exports, and one operator in detail. */
@Service
public class ProgressService {

    private final CohortRepository cohorts;
    private final AccountService accounts;
    private final AttemptService attempts;
    private final ScoringService scoring;
    private final Content content;
    private final Regions regions;
    private final CurrentUser currentUser;

    ProgressService(CohortRepository cohorts, AccountService accounts, AttemptService attempts, ScoringService scoring,
                    Content content, CurrentUser currentUser, Regions regions) {
        this.regions = regions;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.attempts = attempts;
        this.scoring = scoring;
        this.content = content;
        this.currentUser = currentUser;
    }

    /** The matrix of the viewer's operators (a trainer's cohorts; every cohort for Dinsos), filtered. */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN') and (#filter.cohortId() == null or @oversight.mayManageCohort(#filter.cohortId()))")
    @Transactional(readOnly = true)
    public ProgressMatrix matrix(ProgressMatrix.Filter filter) {
        var competencies = content.curriculum().competencies().stream().map(c -> c.id()).toList();
        var profiles = accounts.operators(operatorsFor(filter.cohortId())).stream()
                .filter(p -> filter.desaCode() == null || filter.desaCode().equals(p.desaCode()))
                .filter(p -> filter.kecamatanCode() == null
                        || (p.desaCode() != null && p.desaCode().startsWith(filter.kecamatanCode() + ".")))
                .sorted(Comparator.comparing(OperatorProfile::fullName, String.CASE_INSENSITIVE_ORDER)).toList();
        var records = scoring.recordsOf(profiles.stream().map(OperatorProfile::username).toList()).stream()
                .collect(Collectors.toMap(OperatorRecord::operator, Function.identity()));
        var rows = new ArrayList<ProgressMatrix.Row>();
        for (OperatorProfile p : profiles) {
            var record = records.get(p.username());
            // any known kabupaten, not only the working one: a switch of region keeps every desa's name
            var village = regions.village(p.desaCode()).orElse(null);
            String desaName = village == null ? "" : village.name();
            String kecamatanName = village == null ? "" : regions.kecamatan(village.kecamatanCode())
                    .map(k -> k.name()).orElse("");
            var results = record.results();
            rows.add(new ProgressMatrix.Row(p.username(), p.fullName(), p.desaCode(), desaName, kecamatanName,
                    record.mastery(), results.size(), (int) results.stream().filter(OperatorRecord.Line::passed)
                    .map(OperatorRecord.Line::exerciseId).distinct().count(),
                    results.stream().mapToInt(OperatorRecord.Line::criticalErrors).sum(),
                    results.isEmpty() ? null : results.getLast().scoredAt()));
        }
        return new ProgressMatrix(competencies, rows);
    }

    /** The matrix as CSV (for Excel) or XLSX; headers and labels in the viewer's language. */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN') and (#filter.cohortId() == null or @oversight.mayManageCohort(#filter.cohortId()))")
    @Transactional(readOnly = true)
    public byte[] export(ProgressMatrix.Filter filter, boolean xlsx, BiFunction<String, Object[], String> translate) {
        var matrix = matrix(filter);
        var header = new ArrayList<>(List.of(translate.apply("progress.col.name", new Object[0]),
                translate.apply("progress.col.username", new Object[0]), translate.apply("progress.col.desa-code", new Object[0]),
                translate.apply("progress.col.desa", new Object[0]), translate.apply("progress.col.kecamatan", new Object[0])));
        matrix.competencies().forEach(c -> header.add(c + " (%)"));
        header.addAll(List.of(translate.apply("progress.col.attempts", new Object[0]),
                translate.apply("progress.col.passed", new Object[0]),
                translate.apply("progress.col.critical", new Object[0])));
        var rows = new ArrayList<List<Object>>();
        for (var r : matrix.rows()) {
            var row = new ArrayList<Object>(List.of(r.fullName(), r.username(), r.desaCode() == null ? "" : r.desaCode(),
                    r.desaName(), r.kecamatanName()));
            for (String c : matrix.competencies()) {
                Double m = r.mastery().get(c);
                row.add(m == null ? "" : (Object) (Math.round(m * 1000) / 10.0));
            }
            row.add(r.attempts());
            row.add(r.passed());
            row.add(r.criticalErrors());
            rows.add(row);
        }
        return xlsx ? TableExport.xlsx(translate.apply("progress.title", new Object[0]), header, rows)
                : TableExport.csv(header, rows);
    }

    /** One operator: profile, cohorts (those the viewer may see), attempts and results. */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN') and @oversight.mayViewOperator(#username)")
    @Transactional(readOnly = true)
    public OperatorDetail operator(String username) {
        var profile = accounts.operators(List.of(username)).stream().findFirst()
                .orElseThrow(() -> new TrainingRejectedException("cohort.error.no-such-operator", username));
        String me = currentUser.username().orElseThrow();
        boolean admin = currentUser.hasRole(Role.Names.DINSOS_ADMIN);
        var cohortNames = cohorts.findByMember(username).stream()
                .filter(c -> admin || c.getTrainers().contains(me)).map(Cohort::getName).toList();
        var record = scoring.recordsOf(List.of(username)).getFirst();
        return new OperatorDetail(profile, cohortNames, attempts.attemptsOf(List.of(username)), record);
    }

    private List<String> operatorsFor(Long cohortId) {
        if (cohortId != null) {
            return cohorts.findById(cohortId).map(c -> List.copyOf(c.getMembers())).orElse(List.of());
        }
        var visible = currentUser.hasRole(Role.Names.DINSOS_ADMIN) ? cohorts.findAllByOrderByStartsOnDescIdDesc()
                : cohorts.findByTrainer(currentUser.username().orElseThrow());
        var all = new LinkedHashSet<String>();
        visible.forEach(c -> all.addAll(c.getMembers()));
        return List.copyOf(all);
    }
}
