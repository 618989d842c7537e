package id.siksacademy.sandbox.ui;

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
import id.siksacademy.content.Content;
import id.siksacademy.region.Village;
import id.siksacademy.sandbox.FieldDisplay;
import id.siksacademy.sandbox.FieldRules;
import id.siksacademy.sandbox.FieldValues;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.DtksMember;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.Nik;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Detail keluarga: the household and its members as DTKS holds them, with Perbaikan data. */
@Route("sandbox/:attemptId(\\d{1,18})/keluarga/:householdId")
@RolesAllowed(Role.Names.OPERATOR)
class DetailKeluargaView extends SandboxView {

    static final List<Field> HOUSEHOLD_FIELDS = List.of(Field.NO_KK, Field.VILLAGE_CODE, Field.DUKUH, Field.RT, Field.RW);
    static final List<Field> MEMBER_FIELDS = Arrays.stream(Field.values()).filter(f -> !f.householdLevel).toList();
    static final List<Field> WELFARE_FIELDS = Arrays.stream(Field.values()).filter(f -> f.isHousing() || f.isAsset())
            .toList();

    private final Map<String, String> villages;
    private DtksHousehold household;

    DetailKeluargaView(SandboxService sandbox, Content content) {
        super(sandbox);
        this.villages = content.kabupaten().villages().collect(Collectors.toMap(Village::code, Village::name));
    }

    @Override
    protected String titleKey() {
        return "sandbox.detail.title";
    }

    @Override
    protected void render(BeforeEnterEvent event, Div body) {
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
        var top = new Div(new H2(household.headName()), statusBadge, verval);
        top.addClassName("detail-top");
        body.add(top, householdCard(), membersSection(), welfareCard());
    }

    private Card householdCard() {
        var card = new Card();
        card.setTitle(getTranslation("sandbox.detail.household"));
        var facts = facts(HOUSEHOLD_FIELDS, null);
        facts.add(fact(getTranslation("sandbox.detail.id"), household.id()));
        facts.add(fact(getTranslation("sandbox.detail.members"), Integer.toString(household.members().size())));
        facts.add(fact(getTranslation("sandbox.detail.desil"), household.desil() == 0 ? "-" : Integer.toString(household.desil())));
        var p = household.programs();
        facts.add(fact(getTranslation("sandbox.detail.programs"), String.join(", ",
                List.of(p.pkh() ? "PKH" : "", p.sembako() ? "Sembako" : "", p.bst() ? "BST" : "", p.pbiJk() ? "PBI-JK" : "")
                        .stream().filter(s -> !s.isEmpty()).toList())));
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
        return section;
    }

    private Card memberCard(int index, DtksMember m) {
        var card = new Card();
        card.setTitle(m.name());
        card.setSubtitle(new Span(label(m.relationship()) + " · " + getTranslation("sandbox.detail.age", m.ageOn(ws.state().asOf()))));
        card.addClassName("member-card");
        ws.state().memberVerval(household.id(), index).ifPresent(v -> card.setHeaderSuffix(
                DataDtksView.badge(label(v.status()), "error")));
        card.add(facts(MEMBER_FIELDS, index));
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
