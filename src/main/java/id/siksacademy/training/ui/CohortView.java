package id.siksacademy.training.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.Role;
import id.siksacademy.base.ui.Times;
import id.siksacademy.base.ui.ViewHeader;
import id.siksacademy.content.Content;
import id.siksacademy.region.Regions;
import id.siksacademy.content.ExerciseCatalogue;
import id.siksacademy.training.ExerciseBuilderService;
import id.siksacademy.training.AssignmentService;
import id.siksacademy.training.CohortService;
import id.siksacademy.training.CohortSummary;
import id.siksacademy.training.ItemAnalysisService;
import id.siksacademy.training.TrainingRejectedException;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/** One cohort: its operators (one by one or from a CSV roster) and its assignments. */
@Route("pelatih/angkatan/:cohortId(\\d{1,18})")
@RolesAllowed({Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
class CohortView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohorts;
    private final AssignmentService assignments;
    private final ItemAnalysisService analysis;
    private final ExerciseCatalogue catalogue;
    private final ExerciseBuilderService builder;
    private final Content content;
    private final Regions regions;
    private String title = "";

    CohortView(CohortService cohorts, AssignmentService assignments, ItemAnalysisService analysis, Content content,
               ExerciseCatalogue catalogue, ExerciseBuilderService builder, Regions regions) {
        this.regions = regions;
        this.catalogue = catalogue;
        this.builder = builder;
        this.analysis = analysis;
        this.cohorts = cohorts;
        this.assignments = assignments;
        this.content = content;
        addClassName("cohort-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("cohortId").orElse(-1L);
        CohortSummary cohort;
        try {
            cohort = cohorts.cohort(id);
        } catch (AccessDeniedException | TrainingRejectedException e) { // another trainer's cohort does not exist for you
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = cohort.name();
        removeAll();
        String kecamatan = regions.kecamatan(cohort.kecamatanCode()).map(k -> k.name()).orElse("");
        add(new ViewHeader(cohort.name(), getTranslation("cohort.kecamatan-period", kecamatan,
                Times.date(cohort.startsOn(), getLocale()), Times.date(cohort.endsOn(), getLocale()))
                + " · " + getTranslation("cohort.trainers") + ": " + String.join(", ", cohort.trainers())));
        var members = new MembersPanel(cohorts, regions, id);
        var assigned = new AssignmentsPanel(assignments, cohorts, content, catalogue, builder, id);
        var roster = new RosterImportPanel(cohorts, regions, id, () -> {
            members.refresh();
            assigned.refresh();
        });
        var analysed = new AnalysisPanel(analysis, content, id, assigned::refresh);
        var tabs = new TabSheet();
        tabs.add(getTranslation("cohort.tab.members"), members);
        tabs.add(getTranslation("cohort.tab.import"), roster);
        tabs.add(getTranslation("cohort.tab.assignments"), assigned);
        var analysisTab = tabs.add(getTranslation("cohort.tab.analysis"), new com.vaadin.flow.component.html.Div());
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == analysisTab && analysed.getParent().isEmpty()) { // computed when first asked for
                var holder = (com.vaadin.flow.component.html.Div) tabs.getComponent(analysisTab);
                holder.add(analysed);
                analysed.refresh(null);
            }
            if (e.getSelectedTab() != null && tabs.getComponent(e.getSelectedTab()) == assigned) {
                assigned.refresh();
            } else if (e.getSelectedTab() != null && tabs.getComponent(e.getSelectedTab()) == members) {
                members.refresh();
            }
        });
        tabs.setWidthFull();
        tabs.setId("cohort-tabs");
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return title + " | SIKS Academy";
    }
}
