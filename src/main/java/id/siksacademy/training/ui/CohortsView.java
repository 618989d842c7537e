package id.siksacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.AccountService;
import id.siksacademy.account.Role;
import id.siksacademy.account.UserSummary;
import id.siksacademy.base.ui.DateField;
import id.siksacademy.base.ui.Times;
import id.siksacademy.base.ui.ViewHeader;
import id.siksacademy.region.Regions;
import id.siksacademy.region.Kecamatan;
import id.siksacademy.training.CohortService;
import id.siksacademy.training.CohortSummary;
import id.siksacademy.training.NewCohort;
import id.siksacademy.training.TrainingRejectedException;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/** Angkatan: the cohorts a trainer runs (all of them for Dinsos), and a new one. */
@Route("pelatih/angkatan")
@RolesAllowed({Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
@Menu(order = 12, icon = "vaadin:group", title = "menu.cohorts")
class CohortsView extends Main implements HasDynamicTitle {

    private final CohortService cohorts;
    private final AccountService accounts;
    private final Regions regions;
    private final Grid<CohortSummary> grid = new Grid<>();

    CohortsView(CohortService cohorts, AccountService accounts, Regions regions) {
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.regions = regions;
        addClassName("list-view");
        add(new ViewHeader(getTranslation("cohorts.title"), getTranslation("cohorts.lead")));
        var add = new Button(getTranslation("cohorts.new"), VaadinIcon.PLUS.create(), e -> openNew());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("new-cohort");
        grid.addColumn(CohortSummary::name).setHeader(getTranslation("cohort.name")).setFlexGrow(2).setSortable(true);
        grid.addColumn(c -> kecamatan(c.kecamatanCode())).setHeader(getTranslation("cohort.kecamatan")).setAutoWidth(true);
        grid.addColumn(c -> Times.date(c.startsOn(), getLocale()) + " – " + Times.date(c.endsOn(), getLocale()))
                .setHeader(getTranslation("cohort.period")).setAutoWidth(true);
        grid.addColumn(c -> String.join(", ", c.trainers())).setHeader(getTranslation("cohort.trainers")).setAutoWidth(true);
        grid.addColumn(CohortSummary::memberCount).setHeader(getTranslation("cohort.members")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("pelatih/angkatan/" + e.getItem().id())));
        grid.setId("cohort-grid");
        grid.setEmptyStateText(getTranslation("cohorts.empty"));
        grid.setItems(cohorts.cohorts());
        add(add, grid);
    }

    private String kecamatan(String code) {
        return regions.kecamatan(code).map(Kecamatan::name).orElse(code);
    }

    private void openNew() {
        var dialog = new Dialog(getTranslation("cohorts.new"));
        var name = new TextField(getTranslation("cohort.name"));
        name.setMaxLength(120);
        name.setRequired(true);
        name.setId("cohort-name");
        var kecamatan = new ComboBox<Kecamatan>(getTranslation("cohort.kecamatan"));
        kecamatan.setItems(regions.home().kecamatan());
        kecamatan.setItemLabelGenerator(k -> k.name() + " (" + k.code() + ")");
        kecamatan.setRequired(true);
        kecamatan.setId("cohort-kecamatan");
        var starts = new DateField(getTranslation("cohort.starts"));
        var ends = new DateField(getTranslation("cohort.ends"));
        starts.setValue(LocalDate.now(Times.WIB));
        ends.setValue(LocalDate.now(Times.WIB).plusMonths(1));
        starts.setId("cohort-starts");
        ends.setId("cohort-ends");
        var trainers = new MultiSelectComboBox<UserSummary>(getTranslation("cohort.other-trainers"));
        trainers.setItems(accounts.trainers());
        trainers.setItemLabelGenerator(t -> t.fullName() + " (" + t.username() + ")");
        var form = new FormLayout(name, kecamatan, starts, ends, trainers);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(name, 2);
        form.setColspan(trainers, 2);
        dialog.add(form);
        var save = new Button(getTranslation("common.save"), e -> {
            try {
                var created = cohorts.create(new NewCohort(name.getValue(),
                        kecamatan.getValue() == null ? null : kecamatan.getValue().code(), starts.getValue(),
                        ends.getValue(), trainers.getValue().stream().map(UserSummary::username).toList()));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("pelatih/angkatan/" + created.id()));
            } catch (TrainingRejectedException ex) {
                var field = ex.messageKey().endsWith("name") ? name : ex.messageKey().endsWith("kecamatan") ? kecamatan
                        : ex.messageKey().endsWith("period") ? ends : trainers;
                field.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-cohort");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.title") + " | SIKS Academy";
    }
}
