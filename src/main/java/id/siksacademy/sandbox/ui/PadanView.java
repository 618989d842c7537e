package id.siksacademy.sandbox.ui;

import id.siksacademy.base.text.PaperDate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.siksacademy.account.Role;
import id.siksacademy.sandbox.PadanResult;
import id.siksacademy.sandbox.PadanRow;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.data.renderer.LitRenderer;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxAction.PadanKind;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.Family;
import id.siksacademy.scenario.LifeEvent;
import id.siksacademy.scenario.Person;
import jakarta.annotation.security.RolesAllowed;

/** Padan Dukcapil: look up a NIK or a KK in the sandbox's civil registry; every look-up is recorded. */
@Route("sandbox/:attemptId(\\d{1,18})/padan")
@RolesAllowed({Role.Names.OPERATOR, Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
class PadanView extends SandboxView {

    private final Div result = new Div();

    PadanView(SandboxService sandbox) {
        super(sandbox);
    }

    @Override
    protected String titleKey() {
        return "sandbox.padan.title";
    }

    @Override
    protected void render(BeforeEnterEvent event, Div body) {
        var kind = new RadioButtonGroup<PadanKind>();
        kind.setItems(PadanKind.values());
        kind.setItemLabelGenerator(k -> k == PadanKind.NIK ? "NIK" : "No KK");
        kind.setValue(PadanKind.NIK);
        kind.setId("padan-kind");
        var query = new TextField(getTranslation("sandbox.padan.query"));
        query.setAllowedCharPattern("[0-9]");
        query.setMaxLength(16);
        query.setId("padan-query");
        var check = new Button(getTranslation("sandbox.padan.check"), e -> lookup(kind.getValue(), query.getValue()));
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.setId("padan-check");
        check.setEnabled(!ws.readOnly());
        var form = new FlexLayout(kind, query, check);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        form.addClassName("toolbar");
        result.removeAll();
        result.setId("padan-result");
        var parameters = event.getLocation().getQueryParameters();
        var single = new Div(new H2(getTranslation("sandbox.padan.single")),
                new Paragraph(getTranslation("sandbox.padan.lead")), form, result);
        if (parameters.getSingleParameter("nik").isPresent()) { // a look-up from a household: that first
            body.add(single, villageResult());
        } else {
            body.add(villageResult(), single);
        }
        parameters.getSingleParameter(BACK).flatMap(ws.state()::household).ifPresent(h -> {
            var back = new RouterLink(getTranslation("sandbox.padan.back", h.headName()), DetailKeluargaView.class,
                    params(h.id()));
            back.setId("padan-back");
            back.addClassName("back-link");
            body.addComponentAsFirst(back);
        });
        parameters.getSingleParameter("nik").ifPresent(nik -> {
            query.setValue(nik);
            lookup(PadanKind.NIK, nik);
        });
    }

    private static final String BACK = "kembali";

    /**
     * The central matching's result list for the village: what the operator acts on. By default only
     * the lines that ask for action; each opens its household.
     */
    private Div villageResult() {
        var rows = ws.state().padanVillage();
        var grid = new Grid<PadanRow>();
        grid.addColumn(LitRenderer.<PadanRow>of("<div class='padan-who'><b>${item.name}</b>"
                        + "<small>${item.nik} · ${item.head}</small></div>")
                .withProperty("name", r -> r.name().isBlank() ? "-" : r.name())
                .withProperty("nik", PadanRow::nik)
                .withProperty("head", r -> ws.state().household(r.householdId()).map(ws.state()::headName).orElse("")))
                .setHeader(getTranslation("sandbox.padan.member")).setFlexGrow(3);
        grid.addColumn(LitRenderer.<PadanRow>of("<div class='padan-outcome'><span theme='badge ${item.theme}'>"
                        + "${item.outcome}</span><small>${item.note}</small></div>")
                .withProperty("outcome", r -> getTranslation("sandbox.padan.row." + r.outcome().name()))
                .withProperty("theme", r -> r.needsAction() ? "error" : "success")
                .withProperty("note", this::note))
                .setHeader(getTranslation("sandbox.padan.outcome")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setId("padan-village");
        grid.addClassName("padan-village");
        var onlyAction = new Checkbox(getTranslation("sandbox.padan.only-action"), true);
        onlyAction.setId("padan-only-action");
        var outcome = new com.vaadin.flow.component.select.Select<PadanRow.Outcome>();
        outcome.setItems(PadanRow.Outcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("sandbox.padan.all-outcomes"));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("sandbox.padan.all-outcomes")
                : getTranslation("sandbox.padan.row." + o.name()));
        outcome.setAriaLabel(getTranslation("sandbox.padan.outcome"));
        outcome.setId("padan-outcome-filter");
        Runnable fill = () -> grid.setItems(rows.stream().filter(r -> !onlyAction.getValue() || r.needsAction())
                .filter(r -> outcome.getValue() == null || r.outcome() == outcome.getValue()).toList());
        fill.run();
        onlyAction.addValueChangeListener(e -> fill.run());
        outcome.addValueChangeListener(e -> fill.run());
        grid.addItemClickListener(e -> go(DetailKeluargaView.class, e.getItem().householdId()));
        long action = rows.stream().filter(PadanRow::needsAction).count();
        var summary = new Paragraph(getTranslation("sandbox.padan.village-lead", rows.size(), action));
        var filters = new FlexLayout(outcome, onlyAction);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.CENTER);
        filters.addClassName("toolbar");
        var section = new Div(new H2(getTranslation("sandbox.padan.village")), summary, filters, grid);
        section.addClassName("padan-village-section");
        return section;
    }

    /** What differs, or the death Dukcapil records, in words. */
    private String note(PadanRow r) {
        var parts = new java.util.ArrayList<String>();
        if (!r.differing().isEmpty()) {
            parts.add(getTranslation("sandbox.padan.differs", String.join(", ",
                    r.differing().stream().map(f -> getTranslation("field." + f.name())).toList())));
        }
        if (r.deceased()) {
            parts.add(getTranslation("sandbox.padan.row.deceased"));
        }
        return String.join(" ", parts);
    }

    /** A look-up of this NIK started from a household's card, with the way back to that household. */
    static QueryParameters lookUp(String nik, String householdId) {
        return QueryParameters.simple(java.util.Map.of("nik", nik, BACK, householdId));
    }

    private void lookup(PadanKind kind, String query) {
        record(new SandboxAction.Padan(kind, query)).map(SandboxService.Recorded::padan).ifPresent(this::show);
    }

    private void show(PadanResult r) {
        result.removeAll();
        var outcome = DataDtksView.badge(getTranslation("sandbox.padan.outcome." + r.outcome().name()),
                r.outcome() == PadanResult.Outcome.PADAN || r.outcome() == PadanResult.Outcome.DITEMUKAN ? "success" : "error");
        outcome.setId("padan-outcome");
        result.add(outcome);
        if (!r.differing().isEmpty()) {
            result.add(new Paragraph(getTranslation("sandbox.padan.differs", String.join(", ",
                    r.differing().stream().map(f -> getTranslation("field." + f.name())).toList()))));
        }
        if (r.dtksHouseholds().size() > 1) {
            result.add(new Paragraph(getTranslation("sandbox.padan.listed-twice", r.dtksHouseholds().size())));
        }
        if (r.person() != null) {
            result.add(personCard(r.person()));
        }
        if (r.family() != null) {
            result.add(familyCard(r.family(), r.listedIn()));
        }
        for (LifeEvent e : r.events()) {
            result.add(eventLine(e));
        }
    }

    private Card personCard(Person p) {
        var card = new Card();
        card.setTitle(getTranslation("sandbox.padan.person"));
        var facts = new Div(DetailKeluargaView.fact("NIK", p.nik()),
                DetailKeluargaView.fact(getTranslation("field.NAME"), p.name()),
                DetailKeluargaView.fact(getTranslation("field.SEX"), label(p.sex())),
                DetailKeluargaView.fact(getTranslation("field.BIRTH_PLACE"), p.birthPlace()),
                DetailKeluargaView.fact(getTranslation("field.BIRTH_DATE"), PaperDate.format(p.birthDate())),
                DetailKeluargaView.fact(getTranslation("field.NO_KK"), p.kk()),
                DetailKeluargaView.fact(getTranslation("field.MOTHER_NAME"), p.motherName()),
                DetailKeluargaView.fact(getTranslation("field.RELATIONSHIP"), label(p.relationship())));
        facts.addClassName("facts");
        card.add(facts);
        return card;
    }

    private Card familyCard(Family f, java.util.Map<String, String> listedIn) {
        var card = new Card();
        card.setTitle(getTranslation("sandbox.padan.family", f.kk()));
        card.add(new Paragraph(getTranslation("sandbox.padan.address", f.dukuh(), f.rt(), f.rw(), f.villageCode())));
        var list = new Div();
        list.addClassName("family-list");
        for (Person p : f.members()) {
            String listed = listedIn.get(p.nik());
            var where = new Span(listed == null ? getTranslation("sandbox.padan.not-in-dtks")
                    : getTranslation("sandbox.padan.in-dtks", listed));
            where.addClassName(listed == null ? "family-missing" : "family-listed");
            var line = new Div(new Span(p.nik()), new Span(p.name()), new Span(label(p.relationship())),
                    new Span(PaperDate.format(p.birthDate())), where);
            line.addClassName("family-line");
            list.add(line);
        }
        card.add(list);
        return card;
    }

    private Paragraph eventLine(LifeEvent e) {
        var p = new Paragraph(getTranslation("sandbox.padan.event." + e.type().name(), e.subject(), PaperDate.format(e.date()),
                e.detail() == null ? "" : e.detail()));
        p.addClassName("callout");
        return p;
    }
}
