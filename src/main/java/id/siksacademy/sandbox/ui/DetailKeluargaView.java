package id.siksacademy.sandbox.ui;

import id.siksacademy.base.text.PaperDate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.Role;
import id.siksacademy.region.Kabupaten;
import id.siksacademy.region.Regions;
import id.siksacademy.region.Village;
import id.siksacademy.sandbox.FieldDisplay;
import id.siksacademy.sandbox.FieldRules;
import id.siksacademy.sandbox.FieldValues;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.Desil;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.DtksMember;
import id.siksacademy.scenario.Eligibility;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.Nik;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Detail keluarga: the household and its members as DTKS holds them, with Perbaikan data. */
@Route("sandbox/:attemptId(\\d{1,18})/keluarga/:householdId")
@RolesAllowed({Role.Names.OPERATOR, Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
class DetailKeluargaView extends SandboxView {

    static final List<Field> HOUSEHOLD_FIELDS = List.of(Field.NO_KK, Field.VILLAGE_CODE, Field.DUKUH, Field.RT, Field.RW);
    static final List<Field> MEMBER_FIELDS = Arrays.stream(Field.values()).filter(f -> !f.householdLevel).toList();
    static final List<Field> WELFARE_FIELDS = Arrays.stream(Field.values()).filter(f -> f.isHousing() || f.isAsset())
            .toList();

    private final Regions regions;
    private Map<String, String> villages = Map.of();
    private DtksHousehold household;

    DetailKeluargaView(SandboxService sandbox, Regions regions) {
        super(sandbox);
        this.regions = regions;
    }

    @Override
    protected String titleKey() {
        return "sandbox.detail.title";
    }

    @Override
    protected void render(BeforeEnterEvent event, Div body) {
        villages = regions.kabupatenOf(ws.state().scenario().spec().regionCode()).stream()
                .flatMap(Kabupaten::villages).collect(Collectors.toMap(Village::code, Village::name));
        String id = event.getRouteParameters().get("householdId").orElse("");
        var found = ws.state().household(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        household = found.get();
        refresh(body);
    }

    private void refresh(Div body) {
        body.removeAll();
        household = ws.state().household(household.id()).orElseThrow();
        var status = ws.state().householdVerval(household.id());
        var verval = new Button(getTranslation("sandbox.detail.verval"), VaadinIcon.CHECK_SQUARE_O.create(),
                e -> go(VervalView.class, household.id()));
        verval.addThemeVariants(ButtonVariant.PRIMARY);
        verval.setId("open-verval");
        var statusBadge = status.map(s -> DataDtksView.badge(label(s.status()), "")).orElse(
                DataDtksView.badge(getTranslation("sandbox.dtks.not-verified"), "contrast"));
        var top = new Div(new H2(ws.state().headName(household)), statusBadge, verval);
        ws.state().eligibility(household.id()).ifPresent(e -> top.add(DataDtksView.badge(label(e.eligibility()),
                e.eligibility() == Eligibility.LAYAK ? "success" : "error")));
        top.addClassName("detail-top");
        body.add(top, householdCard(), programmesCard(), membersSection(), welfareCard());
    }

    /**
     * The programmes the household receives and how, and (DTSEN) its desil, read-only: BPS ranks,
     * the village proposes. Our desil is a simulation of BPS's, and says so.
     */
    private Card programmesCard() {
        var card = new Card();
        card.setTitle(getTranslation("sandbox.detail.programs"));
        card.setId("programmes");
        var p = household.programs();
        var facts = new Div();
        facts.addClassName("facts");
        var regime = ws.state().scenario().regime();
        if (regime.dtsen()) {
            var desil = fact(getTranslation("sandbox.detail.desil"), household.desil() == Desil.NOT_RANKED
                    ? getTranslation("sandbox.detail.desil-none") : Integer.toString(household.desil()));
            desil.setId("desil");
            facts.add(desil);
        }
        facts.add(fact("PKH", yesNo(p.pkh())), fact(getTranslation("sandbox.detail.sembako"), yesNo(p.sembako())),
                fact("PBI-JK", yesNo(p.pbiJk())), regime.dtsen() ? fact("BLT", yesNo(p.blt())) : fact("BST", yesNo(p.bst())),
                fact(getTranslation("sandbox.detail.kks"), yesNo(p.kks())),
                fact(getTranslation("sandbox.detail.bank"), yesNo(p.bankAccount())),
                fact(getTranslation("sandbox.detail.pengurus"), p.pengurus() < 0 || p.pengurus() >= household.members().size()
                        ? "-" : household.members().get(p.pengurus()).name()));
        card.add(facts);
        if (regime.dtsen()) {
            var note = new com.vaadin.flow.component.html.Paragraph(getTranslation("sandbox.detail.desil-note"));
            note.addClassName("info-note");
            card.add(note);
        }
        var anomalies = ws.state().anomalies().stream().filter(a -> a.householdId().equals(household.id())).toList();
        if (!anomalies.isEmpty()) {
            var link = new com.vaadin.flow.router.RouterLink(getTranslation("sandbox.detail.anomalies", anomalies.size()),
                    AnomaliView.class, params());
            link.setId("detail-anomalies");
            card.add(new Div(link));
        }
        return card;
    }

    private String yesNo(boolean v) {
        return getTranslation(v ? "code.yes" : "code.no");
    }

    private Card householdCard() {
        var card = new Card();
        card.setTitle(getTranslation("sandbox.detail.household"));
        var facts = facts(HOUSEHOLD_FIELDS, null);
        facts.add(fact(getTranslation("sandbox.detail.id"), household.id()));
        facts.add(fact(getTranslation("sandbox.detail.members"), Integer.toString(household.members().size())));
        if (household.kks().size() > 1) {
            facts.add(fact(getTranslation("sandbox.detail.kks-held"), String.join(", ", household.kks())));
        }
        card.add(facts);
        if (!readOnly()) {
            card.add(editButton("edit-household", () -> edit(getTranslation("sandbox.detail.household"),
                    HOUSEHOLD_FIELDS, null)));
        }
        return card;
    }

    private Div membersSection() {
        var section = new Div(new H2(getTranslation("sandbox.detail.members-title")));
        section.addClassName("members");
        for (int i = 0; i < household.members().size(); i++) {
            section.add(memberCard(i, household.members().get(i)));
        }
        for (var incoming : ws.state().incoming(household.id())) {
            var from = ws.state().household(incoming.getKey()).orElseThrow();
            var m = from.members().get(incoming.getValue());
            var line = new com.vaadin.flow.component.html.Paragraph(getTranslation("sandbox.detail.incoming", m.name(),
                    m.nik(), ws.state().headName(from)));
            line.addClassName("info-note");
            section.add(line);
        }
        if (!readOnly()) {
            var add = new Button(getTranslation("sandbox.detail.add-member"), VaadinIcon.PLUS.create(), e -> addMember());
            add.setId("add-member");
            section.add(add);
        }
        return section;
    }

    /** Tambah anggota: a person on the KK who is not yet in DTKS, keyed as the KK has them. */
    private void addMember() {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("sandbox.detail.add-member-title", ws.state().headName(household)));
        var form = new MemberEntryForm(household.members().size() + 1, ws.state().asOf(), null);
        var save = new Button(getTranslation("common.save"), e -> {
            if (record(new SandboxAction.AddMember(household.id(), form.value())).isPresent()) {
                dialog.close();
                saved();
                refresh(body());
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("add-member-save");
        var cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("sandbox.detail.add-member-lead")), form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private Card memberCard(int index, DtksMember m) {
        var card = new Card();
        card.setTitle(m.name().isBlank() ? getTranslation("sandbox.detail.no-name") : m.name());
        int kk = household.kks().indexOf(m.kk()) + 1;
        card.setSubtitle(new Span(label(m.relationship()) + " · " + getTranslation("sandbox.detail.age",
                m.ageOn(ws.state().asOf())) + " · KK" + (kk < 10 ? "0" : "") + kk));
        card.addClassName("member-card");
        var badges = new Span();
        if (ws.state().original(household.id()).map(o -> index >= o.members().size()).orElse(false)) {
            badges.add(DataDtksView.badge(getTranslation("sandbox.detail.added"), "success"));
        }
        ws.state().memberVerval(household.id(), index).ifPresent(v -> badges.add(DataDtksView.badge(label(v.status()),
                "error")));
        if (badges.getComponentCount() > 0) {
            card.setHeaderSuffix(badges);
        }
        var memberFacts = facts(MEMBER_FIELDS, index);
        memberFacts.add(fact(getTranslation("field.NO_KK"), m.kk()));
        card.add(memberFacts);
        if (Nik.formatProblem(m.nik()).filter(p -> p == Nik.Problem.NOT_16_DIGITS || p == Nik.Problem.NOT_DIGITS).isPresent()) {
            card.add(warning(getTranslation("sandbox.detail.nik-invalid")));
        }
        var padan = new Button(getTranslation("sandbox.detail.padan"), VaadinIcon.SEARCH.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(PadanView.class, params(),
                        PadanView.lookUp(m.nik(), household.id()))));
        padan.addThemeVariants(ButtonVariant.TERTIARY);
        var actions = new Div(padan);
        actions.addClassName("card-actions");
        if (!readOnly()) {
            actions.add(editButton("edit-member-" + index, () -> edit(m.name(), MEMBER_FIELDS, index)));
        }
        card.add(actions);
        return card;
    }

    private Card welfareCard() {
        var card = new Card();
        card.setTitle(getTranslation("sandbox.detail.welfare"));
        var grid = new Div();
        grid.addClassName("facts");
        for (Field f : WELFARE_FIELDS) {
            String code = FieldValues.get(household, null, f);
            String text = FieldDisplay.value(this::getTranslation, f.name(), code);
            var value = fact(getTranslation("field." + f.name()), text);
            if (f != Field.FLOOR_AREA && !code.equals("0") && FieldRules.outOfList(f, Integer.parseInt(code))) {
                value.add(warning(getTranslation("sandbox.detail.code-out-of-list")));
            }
            grid.add(value);
        }
        card.add(grid);
        if (!readOnly() && !ws.state().original(household.id()).isEmpty()) {
            card.add(editButton("edit-welfare", () -> edit(getTranslation("sandbox.detail.welfare"),
                    WELFARE_FIELDS, null)));
        }
        return card;
    }

    private Div facts(List<Field> fields, Integer member) {
        var facts = new Div();
        facts.addClassName("facts");
        for (Field f : fields) {
            facts.add(fact(getTranslation("field." + f.name()), display(f, FieldValues.get(household, member, f))));
        }
        return facts;
    }

    private String display(Field f, String value) {
        return switch (f) {
            case SEX -> label(id.siksacademy.scenario.Sex.valueOf(value));
            case RELATIONSHIP -> label(id.siksacademy.scenario.Relationship.valueOf(value));
            case MARITAL_STATUS -> label(id.siksacademy.scenario.MaritalStatus.valueOf(value));
            case EDUCATION -> label(id.siksacademy.scenario.Education.valueOf(value));
            case OCCUPATION -> label(id.siksacademy.scenario.Occupation.valueOf(value));
            case VILLAGE_CODE -> value + " " + villages.getOrDefault(value, "");
            case BIRTH_DATE -> PaperDate.ofIso(value);
            default -> value;
        };
    }

    static Div fact(String label, String value) {
        var l = new Span(label);
        l.addClassName("fact-label");
        var v = new Span(value);
        v.addClassName("fact-value");
        var fact = new Div(l, v);
        fact.addClassName("fact");
        return fact;
    }

    private static Span warning(String text) {
        var w = DataDtksView.badge(text, "error");
        w.addClassName("warning");
        return w;
    }

    private Button editButton(String id, Runnable open) {
        var b = new Button(getTranslation("sandbox.detail.edit"), VaadinIcon.EDIT.create(), e -> open.run());
        b.setId(id);
        return b;
    }

    private boolean readOnly() {
        return ws.readOnly();
    }

    private void edit(String title, List<Field> fields, Integer member) {
        var dialog = new FieldEditDialog[1];
        dialog[0] = new FieldEditDialog(getTranslation("sandbox.detail.edit-title", title), fields,
                f -> FieldValues.get(household, f.householdLevel ? null : member, f), ws.state().asOf(), villages,
                changes -> {
                    for (var change : changes.entrySet()) {
                        var action = new SandboxAction.Edit(household.id(), change.getKey().householdLevel ? null : member,
                                change.getKey(), change.getValue());
                        if (record(action).isEmpty()) {
                            return; // refused, stale or closed: the notification says why
                        }
                    }
                    dialog[0].close();
                    saved();
                    refresh(body());
                });
        dialog[0].open();
    }
}
