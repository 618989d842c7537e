package id.siksacademy.training;

import id.siksacademy.account.AccountService;
import id.siksacademy.account.NewOperator;
import id.siksacademy.account.OneTimePassword;
import id.siksacademy.account.OperatorProfile;
import id.siksacademy.account.Role;
import id.siksacademy.base.security.CurrentUser;
import id.siksacademy.region.Regions;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cohorts and their people: what trainers (their own cohorts) and Dinsos administrators (all) do. */
@Service
public class CohortService {

    private final CohortRepository cohorts;
    private final AccountService accounts;
    private final Regions regions;
    private final CurrentUser currentUser;
    private final Clock clock;

    CohortService(CohortRepository cohorts, AccountService accounts, Regions regions, CurrentUser currentUser,
                  Clock clock) {
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.regions = regions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A trainer's own cohorts; every cohort for a Dinsos administrator. Newest first. */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public List<CohortSummary> cohorts() {
        var list = currentUser.hasRole(Role.Names.DINSOS_ADMIN) ? cohorts.findAllByOrderByStartsOnDescIdDesc()
                : cohorts.findByTrainer(me());
        return list.stream().map(Cohort::toSummary).toList();
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN')")
    @Transactional
    public CohortSummary create(NewCohort request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > Cohort.NAME_MAX) {
            throw new TrainingRejectedException("cohort.error.name");
        }
        if (request.kecamatanCode() == null || regions.home().kecamatan(request.kecamatanCode()).isEmpty()) {
            throw new TrainingRejectedException("cohort.error.kecamatan");
        }
        if (request.startsOn() == null || request.endsOn() == null || request.endsOn().isBefore(request.startsOn())) {
            throw new TrainingRejectedException("cohort.error.period");
        }
        var trainers = new LinkedHashSet<String>();
        if (currentUser.hasRole(Role.Names.TRAINER)) {
            trainers.add(me());
        }
        var known = accounts.trainers().stream().map(t -> t.username()).toList();
        for (String t : request.trainers() == null ? List.<String>of() : request.trainers()) {
            if (!known.contains(t)) {
                throw new TrainingRejectedException("cohort.error.trainer", t);
            }
            trainers.add(t);
        }
        if (trainers.isEmpty()) {
            throw new TrainingRejectedException("cohort.error.no-trainer");
        }
        var cohort = new Cohort(name, request.kecamatanCode(), request.startsOn(), request.endsOn(), trainers, me(),
                clock.instant());
        return cohorts.save(cohort).toSummary();
    }

    @PreAuthorize("@oversight.mayManageCohort(#cohortId)")
    @Transactional(readOnly = true)
    public CohortSummary cohort(long cohortId) {
        return find(cohortId).toSummary();
    }

    /** The cohort's operators, by name. */
    @PreAuthorize("@oversight.mayManageCohort(#cohortId)")
    @Transactional(readOnly = true)
    public List<OperatorProfile> members(long cohortId) {
        return accounts.operators(find(cohortId).getMembers()).stream()
                .sorted(java.util.Comparator.comparing(OperatorProfile::fullName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Adds an existing operator account by username. */
    @PreAuthorize("@oversight.mayManageCohort(#cohortId)")
    @Transactional
    public OperatorProfile addMember(long cohortId, String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        var profile = accounts.operators(List.of(name)).stream().findFirst()
                .orElseThrow(() -> new TrainingRejectedException("cohort.error.no-such-operator", name));
        find(cohortId).getMembers().add(profile.username());
        return profile;
    }

    @PreAuthorize("@oversight.mayManageCohort(#cohortId)")
    @Transactional
    public void removeMember(long cohortId, String username) {
        find(cohortId).getMembers().remove(username);
    }

    /** Reads and checks a roster file for this cohort; writes nothing. */
    @PreAuthorize("@oversight.mayManageCohort(#cohortId)")
    @Transactional(readOnly = true)
    public RosterCheck checkRoster(long cohortId, byte[] file) {
        find(cohortId);
        return RosterReader.read(file, regions.home(), accounts::takenUsernames);
    }

    /**
     * Imports a roster: checks it again, then creates every account and adds it to the cohort, all or
     * nothing. The one-time passwords are returned once and stored nowhere but as hashes.
     */
    @PreAuthorize("@oversight.mayManageCohort(#cohortId)")
    @Transactional
    public List<OneTimePassword> importRoster(long cohortId, byte[] file) {
        var cohort = find(cohortId);
        var check = RosterReader.read(file, regions.home(), accounts::takenUsernames);
        if (!check.clean()) {
            throw new RosterRejectedException(check);
        }
        var created = accounts.createOperators(check.rows().stream()
                .map(r -> new NewOperator(r.username(), r.fullName(), r.desaCode(), r.contact())).toList());
        created.forEach(p -> cohort.getMembers().add(p.username()));
        return created;
    }

    Cohort find(long cohortId) {
        return cohorts.findById(cohortId).orElseThrow(() -> new TrainingRejectedException("cohort.error.not-found"));
    }

    private String me() {
        return currentUser.username().orElseThrow();
    }
}
