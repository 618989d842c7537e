package id.siksacademy.training.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.Role;
import id.siksacademy.base.ui.ViewHeader;
import id.siksacademy.content.Content;
import id.siksacademy.region.Regions;
import id.siksacademy.content.ExerciseMode;
import id.siksacademy.content.Fault;
import id.siksacademy.region.Kecamatan;
import id.siksacademy.region.ui.DesaPicker;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.training.BuilderPreview;
import id.siksacademy.training.ExerciseBuilderService;
import id.siksacademy.training.TrainingRejectedException;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Buat latihan: a practice village or exam composed without YAML. The kecamatan (or one desa), the
 * households, the faults from the catalogue with their explanation beside each, mode, time limit and
 * the pass rules; "Pratinjau" generates a sample village and runs the perfect and idle trainees on it;
 * only a clean preview of the values as they stand can be saved.
 */
@Route("pelatih/latihan/baru")
@RolesAllowed({Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
class BuilderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ExerciseBuilderService builder;
    private final Content content;
    private final Regions regions;
    private final RadioButtonGroup<ExerciseMode> mode = new RadioButtonGroup<>();
    private final TextField titleId = new TextField();
    private final TextField titleEn = new TextField();
    private final TextArea instructionsId = new TextArea();
    private final TextArea instructionsEn = new TextArea();
    private final ComboBox<Kecamatan> kecamatan = new ComboBox<>();
    private final DesaPicker desa;
    private final IntegerField households = new IntegerField();
    private final IntegerField proposals = new IntegerField();
    private final IntegerField timeLimit = new IntegerField();
    private final NumberField passOverall = new NumberField();
    private final IntegerField gate = new IntegerField();
    private final NumberField maxFalseFlags = new NumberField();
    private final Map<FaultType, IntegerField> faultCounts = new EnumMap<>(FaultType.class);
    private final Div preview = new Div();
    private final Button save = new Button();
    private final Span faultTotal = new Span();
    private String family;
    private ExerciseBuilderService.Draft previewed;

    BuilderView(ExerciseBuilderService builder, Content content, Regions regions) {
        this.regions = regions;
        this.builder = builder;
        this.content = content;
        this.desa = new DesaPicker(regions.home());
        addClassName("builder-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        family = null;
        var from = event.getLocation().getQueryParameters().getSingleParameter("dari");
        ExerciseBuilderService.Draft start = null;
        if (from.isPresent()) {
            try {
                start = builder.draft(from.get());
                family = from.get().replaceFirst("-v\\d+$", "");
            } catch (TrainingRejectedException e) {
                event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
                return;
            }
        }
        add(new ViewHeader(getTranslation(family == null ? "builder.new" : "builder.new-version"),
                getTranslation("builder.lead")));
        add(form(), faults(), actions(), preview);
        fill(start);
    }

    private FormLayout form() {
        mode.setLabel(getTranslation("builder.mode"));
        mode.setItems(ExerciseMode.PRACTICE, ExerciseMode.EXAM);
        mode.setItemLabelGenerator(m -> getTranslation("exercise.mode." + m.name()));
        mode.addValueChangeListener(e -> timeLimit.setEnabled(e.getValue() == ExerciseMode.EXAM));
        mode.setId("builder-mode");
        titleId.setLabel(getTranslation("builder.title-id"));
        titleEn.setLabel(getTranslation("builder.title-en"));
        titleId.setMaxLength(200);
        titleEn.setMaxLength(200);
        titleId.setId("builder-title-id");
        titleEn.setId("builder-title-en");
        instructionsId.setLabel(getTranslation("builder.instructions-id"));
        instructionsEn.setLabel(getTranslation("builder.instructions-en"));
        instructionsId.setMaxLength(2000);
        instructionsEn.setMaxLength(2000);
        kecamatan.setLabel(getTranslation("cohort.kecamatan"));
        kecamatan.setItems(regions.home().kecamatan());
        kecamatan.setItemLabelGenerator(k -> k.name() + " (" + k.code() + ")");
        kecamatan.setId("builder-kecamatan");
        desa.setLabel(getTranslation("builder.desa"));
        desa.setHelperText(getTranslation("builder.desa.help"));
        households.setLabel(getTranslation("builder.households"));
        households.setMin(10);
        households.setMax(300);
        households.setStepButtonsVisible(true);
        households.setId("builder-households");
        proposals.setLabel(getTranslation("builder.proposals"));
        proposals.setMin(0);
        proposals.setMax(3);
        proposals.setStepButtonsVisible(true);
        timeLimit.setLabel(getTranslation("builder.time-limit"));
        timeLimit.setHelperText(getTranslation("builder.time-limit.help"));
        timeLimit.setId("builder-time-limit");
        passOverall.setLabel(getTranslation("builder.pass"));
        passOverall.setId("builder-pass");
        gate.setLabel(getTranslation("builder.gate"));
        gate.setHelperText(getTranslation("builder.gate.help"));
        maxFalseFlags.setLabel(getTranslation("builder.false-flags"));
        maxFalseFlags.setHelperText(getTranslation("builder.false-flags.help"));
        var form = new FormLayout(mode, titleId, titleEn, instructionsId, instructionsEn, kecamatan, desa, households,
                proposals, timeLimit, passOverall, gate, maxFalseFlags);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        form.setColspan(mode, 2);
        for (var f : new com.vaadin.flow.component.HasValue<?, ?>[] {mode, titleId, titleEn, instructionsId, instructionsEn,
            kecamatan, desa, households, proposals, timeLimit, passOverall, gate, maxFalseFlags}) {
            f.addValueChangeListener(e -> changed());
        }
        return form;
    }

    private Div faults() {
        var box = new Div(new H2(getTranslation("builder.faults")), new Paragraph(getTranslation("builder.faults.lead")),
                faultTotal);
        box.addClassName("builder-faults");
        for (Fault f : content.faults()) {
            if (f.type() == FaultType.CLEAN) {
                continue;
            }
            var count = new IntegerField();
            count.setMin(0);
            count.setMax(50);
            count.setStepButtonsVisible(true);
            count.setAriaLabel(f.type().name().toLowerCase(Locale.ROOT));
            count.setId("fault-" + f.type().name().toLowerCase(Locale.ROOT));
            count.addValueChangeListener(e -> changed());
            faultCounts.put(f.type(), count);
            var name = new Span(f.type().name().toLowerCase(Locale.ROOT) + " · " + f.competency());
            name.addClassName("fault-name");
            var explanation = new Span(f.explanation().in(getLocale()));
            explanation.addClassName("fault-explanation");
            var line = new Div(count, new Div(name, explanation));
            line.addClassName("fault-line");
            box.add(line);
        }
        return box;
    }

    private Div actions() {
        var check = new Button(getTranslation("builder.preview"), e -> runPreview());
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.setId("builder-preview");
        save.setText(getTranslation("builder.save"));
        save.addThemeVariants(ButtonVariant.SUCCESS, ButtonVariant.PRIMARY);
        save.setEnabled(false);
        save.setId("builder-save");
        save.addClickListener(e -> saveNow());
        var bar = new Div(check, save);
        bar.addClassName("builder-actions");
        return bar;
    }

    private void fill(ExerciseBuilderService.Draft d) {
        if (d == null) {
            mode.setValue(ExerciseMode.PRACTICE);
            titleId.setValue(getTranslation("builder.default.title-id"));
            titleEn.setValue(getTranslation("builder.default.title-en"));
            instructionsId.setValue(getTranslation("builder.default.instructions-id"));
            instructionsEn.setValue(getTranslation("builder.default.instructions-en"));
            households.setValue(40);
            proposals.setValue(1);
            timeLimit.setValue(60);
            passOverall.setValue(80.0);
            maxFalseFlags.setValue(5.0);
            faultCounts.values().forEach(f -> f.setValue(0));
        } else {
            mode.setValue(d.mode());
            titleId.setValue(d.titleId());
            titleEn.setValue(d.titleEn());
            instructionsId.setValue(d.instructionsId());
            instructionsEn.setValue(d.instructionsEn());
            var home = regions.home();
            home.kecamatan(d.region()).ifPresent(kecamatan::setValue);
            home.village(d.region()).ifPresent(v -> {
                home.kecamatanOf(v).ifPresent(kecamatan::setValue);
                desa.setValue(v);
            });
            households.setValue(d.households());
            proposals.setValue(d.proposals());
            timeLimit.setValue(d.timeLimitMinutes());
            passOverall.setValue(d.passOverall());
            gate.setValue(d.competencyGate());
            maxFalseFlags.setValue(d.maxFalseFlagRate() * 100);
            faultCounts.forEach((f, field) -> field.setValue(d.faults().getOrDefault(f, 0)));
        }
        timeLimit.setEnabled(mode.getValue() == ExerciseMode.EXAM);
        changed();
    }

    private ExerciseBuilderService.Draft draft() {
        var faults = new HashMap<FaultType, Integer>();
        faultCounts.forEach((f, field) -> {
            if (field.getValue() != null && field.getValue() > 0) {
                faults.put(f, field.getValue());
            }
        });
        String region = desa.getValue() != null ? desa.getValue().code()
                : kecamatan.getValue() != null ? kecamatan.getValue().code() : null;
        return new ExerciseBuilderService.Draft(mode.getValue(), titleId.getValue(), titleEn.getValue(),
                instructionsId.getValue(), instructionsEn.getValue(), region, value(households), value(proposals),
                faults, value(timeLimit), passOverall.getValue() == null ? 0 : passOverall.getValue(), gate.getValue(),
                maxFalseFlags.getValue() == null ? -1 : maxFalseFlags.getValue() / 100.0);
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? -1 : f.getValue();
    }

    /** Any change makes the last preview stale: saving needs a preview of the values as they stand. */
    private void changed() {
        save.setEnabled(previewed != null && previewed.equals(draft()));
        int total = faultCounts.values().stream().mapToInt(f -> f.getValue() == null ? 0 : f.getValue()).sum();
        faultTotal.setText(getTranslation("builder.faults.total", total));
    }

    private void runPreview() {
        clearErrors();
        var draft = draft();
        BuilderPreview p = builder.preview(draft);
        preview.removeAll();
        preview.setId("builder-result");
        if (!p.problems().isEmpty()) {
            var box = new Div(new H2(getTranslation("builder.problems")));
            box.addClassName("problem-callout");
            for (var problem : p.problems()) {
                String text = getTranslation(problem.messageKey(), problem.args().toArray());
                box.add(new Paragraph(text));
                fieldOf(problem.field()).ifPresent(f -> {
                    f.setErrorMessage(text);
                    f.setInvalid(true);
                });
            }
            preview.add(box);
        }
        if (p.villageName() != null) {
            preview.add(new H2(getTranslation("builder.sample", p.villageName(), p.villageCode(), p.households())));
            var mix = new Div();
            mix.addClassName("assignment-counts");
            p.planted().forEach((f, n) -> {
                var badge = new Span(f.name().toLowerCase(Locale.ROOT) + ": " + n);
                badge.getElement().getThemeList().add("badge");
                mix.add(badge);
            });
            preview.add(mix);
            var v = p.validity();
            var agents = new Paragraph(getTranslation("builder.validity", String.format(Locale.ROOT, "%.1f", v.perfectScore()),
                    getTranslation(v.perfectPassed() ? "builder.passed" : "builder.not-passed"),
                    String.format(Locale.ROOT, "%.1f", v.idleScore()),
                    getTranslation(v.idlePassed() ? "builder.passed" : "builder.not-passed")));
            agents.addClassName(v.valid() ? "callout" : "problem-callout");
            agents.setId("builder-validity");
            preview.add(agents);
        }
        if (p.yaml() != null) {
            var yaml = new Pre(p.yaml());
            yaml.addClassName("builder-yaml");
            preview.add(new H2(getTranslation("builder.yaml")), yaml);
        }
        previewed = p.savable() ? draft : null;
        changed();
    }

    private void saveNow() {
        try {
            var saved = builder.save(draft(), family);
            Notification.show(getTranslation("builder.saved-as", saved.title(), saved.version()), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("pelatih/latihan"));
        } catch (TrainingRejectedException e) { // changed meanwhile: the preview says why
            runPreview();
        }
    }

    private java.util.Optional<HasValidation> fieldOf(String field) {
        if (field == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(switch (field) {
            case "title" -> titleId;
            case "instructions" -> instructionsId;
            case "region" -> kecamatan;
            case "households" -> households;
            case "proposals" -> proposals;
            case "timeLimit" -> timeLimit;
            case "passOverall" -> passOverall;
            case "competencyGate" -> gate;
            case "maxFalseFlagRate" -> maxFalseFlags;
            default -> null;
        });
    }

    private void clearErrors() {
        for (HasValidation f : new HasValidation[] {titleId, instructionsId, kecamatan, households, proposals, timeLimit,
            passOverall, gate, maxFalseFlags}) {
            f.setInvalid(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("builder.new") + " | SIKS Academy";
    }
}
