package id.siksacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.siksacademy.account.Role;
import id.siksacademy.base.ui.Times;
import id.siksacademy.base.ui.ViewHeader;
import id.siksacademy.training.BuiltExerciseSummary;
import id.siksacademy.training.ExerciseBuilderService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Latihan buatan: the practice villages and exams this trainer built, to edit, export or assign. */
@Route("pelatih/latihan")
@RolesAllowed({Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
@Menu(order = 13, icon = "vaadin:tools", title = "menu.builder")
class BuiltExercisesView extends Main implements HasDynamicTitle {

    BuiltExercisesView(ExerciseBuilderService builder) {
        addClassName("list-view");
        add(new ViewHeader(getTranslation("builder.list.title"), getTranslation("builder.list.lead")));
        var create = new Button(getTranslation("builder.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("pelatih/latihan/baru")));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-exercise");
        var grid = new Grid<BuiltExerciseSummary>();
        grid.addColumn(BuiltExerciseSummary::title).setHeader(getTranslation("builder.title")).setFlexGrow(2);
        grid.addColumn(b -> "v" + b.version()).setHeader(getTranslation("builder.version")).setAutoWidth(true);
        grid.addColumn(BuiltExerciseSummary::owner).setHeader(getTranslation("builder.owner")).setAutoWidth(true);
        grid.addColumn(b -> Times.minute(b.createdAt(), getLocale())).setHeader(getTranslation("builder.saved"))
                .setAutoWidth(true);
        grid.addComponentColumn(b -> {
            var edit = new Anchor("pelatih/latihan/baru?dari=" + b.exerciseId(), getTranslation("builder.edit"));
            var yaml = new Anchor(DownloadHandler.fromInputStream(e -> {
                byte[] bytes = builder.yaml(b.exerciseId()).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), b.exerciseId() + ".yaml",
                        "application/yaml", bytes.length);
            }), getTranslation("builder.export"));
            yaml.setId("export-" + b.exerciseId());
            return new HorizontalLayout(edit, yaml);
        }).setAutoWidth(true);
        grid.setItems(builder.exercises());
        grid.setEmptyStateText(getTranslation("builder.list.empty"));
        grid.setId("built-grid");
        add(create, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("builder.list.title") + " | SIKS Academy";
    }
}
