package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.Role;
import id.siksacademy.sandbox.DtksFilter;
import id.siksacademy.sandbox.HouseholdRow;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.sandbox.Verval;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.DtksMember;
import id.siksacademy.scenario.Eligibility;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.MemberStatus;
import id.siksacademy.scenario.Relationship;
import jakarta.annotation.security.RolesAllowed;

/**
 * Verifikasi &amp; validasi: the result for a household and for each member, with the reason and,
 * for a duplicate, the household holding the other half. Without a household: what is left.
 */
@Route("sandbox/:attemptId(\\d{1,18})/verval/:householdId?")
@RolesAllowed({Role.Names.OPERATOR, Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
class VervalView extends SandboxView {

    VervalView(SandboxService sandbox) {
        super(sandbox);
    }

    @Override
    protected String titleKey() {
        return "sandbox.verval.title";
    }

    @Override
    protected void render(BeforeEnterEvent event, Div body) {
        var id = event.getRouteParameters().get("householdId");
        removeClassName("list-screen");
        if (id.isEmpty()) {
            remaining(body);
            return;
        }
        var household = ws.state().household(id.get());
        if (household.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        form(body, household.get());
    }

    private void remaining(Div body) {
        body.add(new Paragraph(getTranslation("sandbox.verval.lead")));
        var grid = new Grid<HouseholdRow>();
        grid.addColumn(HouseholdRow::headName).setHeader(getTranslation("sandbox.dtks.household"));
        grid.addColumn(r -> r.rt() + "/" + r.rw()).setHeader("RT/RW").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        var unverified = new DtksFilter("", null, true);
        grid.setItems(q -> rows(unverified, q.getOffset(), q.getLimit()),
                q -> count(unverified));
        grid.addItemClickListener(e -> go(VervalView.class, e.getItem().id()));
        grid.setId("verval-remaining");
        addClassName("list-screen");
        body.add(grid);
    }

    private void form(Div body, DtksHousehold h) {
        body.add(new H2(ws.state().headName(h)), DetailKeluargaView.fact(getTranslation("field.NO_KK"), h.kk()),
                DetailKeluargaView.fact(getTranslation("sandbox.detail.address"),
                        h.dukuh() + " RT " + h.rt() + " / RW " + h.rw()));
        body.add(householdCard(h), eligibilityCard(h));
        body.add(new H2(getTranslation("sandbox.verval.members")));
        for (int i = 0; i < h.members().size(); i++) {
            body.add(memberCard(h, i));
        }
    }

    /** The verval form's result: found, not found, moved / building gone, part of another household, ganda, refused. */
    private Card householdCard(DtksHousehold h) {
        var card = new Card();
        card.setTitle(getTranslation("sandbox.verval.household-result"));
        var current = ws.state().householdVerval(h.id());
        var status = new RadioButtonGroup<HouseholdStatus>();
        status.setItems(HouseholdStatus.values());
        status.setItemLabelGenerator(this::label);
        status.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        status.setId("household-status");
        current.map(Verval.OfHousehold::status).ifPresent(status::setValue);
        var linked = otherHousehold(h, "sandbox.verval.household-linked");
        linked.setId("household-linked");
        current.map(Verval.OfHousehold::linkedHouseholdId).flatMap(ws.state()::household).ifPresent(linked::setValue);
        linked.setVisible(current.map(v -> v.status().linked()).orElse(false));
        status.addValueChangeListener(e -> linked.setVisible(e.getValue() != null && e.getValue().linked()));
        var reason = new TextField(getTranslation("sandbox.verval.reason"));
        reason.setMaxLength(200);
        reason.setWidthFull();
        reason.setId("household-reason");
        current.map(Verval.OfHousehold::reason).ifPresent(reason::setValue);
        var save = new Button(getTranslation("sandbox.verval.save"), e -> {
            String link = status.getValue() != null && status.getValue().linked() && linked.getValue() != null
                    ? linked.getValue().id() : null;
            if (record(new SandboxAction.SetHouseholdStatus(h.id(), status.getValue(), reason.getValue(), link))
                    .isPresent()) {
                saved();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-household-status");
        save.setEnabled(!ws.readOnly());
        card.add(status, linked, reason, save);
        return card;
    }

    /**
     * Kelayakan, apart from the verval result: still eligible, well off, or not eligible. Under DTSEN
     * it reads the household's desil and its programmes.
     */
    private Card eligibilityCard(DtksHousehold h) {
        var card = new Card();
        card.setTitle(getTranslation("sandbox.verval.eligibility"));
        card.setId("eligibility-card");
        var p = h.programs();
        var aid = java.util.stream.Stream.of(p.pkh() ? "PKH" : null, p.sembako() ? "Sembako" : null,
                p.pbiJk() ? "PBI-JK" : null, p.blt() ? "BLT" : null, p.bst() ? "BST" : null)
                .filter(java.util.Objects::nonNull).toList();
        String programmes = aid.isEmpty() ? getTranslation("sandbox.verval.no-aid") : String.join(", ", aid);
        card.setSubtitle(new Span(ws.state().scenario().regime().dtsen() && h.desil() > 0
                ? getTranslation("sandbox.verval.desil-programmes", h.desil(), programmes) : programmes));
        var current = ws.state().eligibility(h.id());
        var eligibility = new RadioButtonGroup<Eligibility>();
        eligibility.setItems(Eligibility.values());
        eligibility.setItemLabelGenerator(this::label);
        eligibility.setId("eligibility");
        current.map(Verval.OfEligibility::eligibility).ifPresent(eligibility::setValue);
        var reason = new TextField(getTranslation("sandbox.verval.reason"));
        reason.setMaxLength(200);
        reason.setWidthFull();
        reason.setId("eligibility-reason");
        current.map(Verval.OfEligibility::reason).ifPresent(reason::setValue);
        var save = new Button(getTranslation("sandbox.verval.save-eligibility"), e -> {
            if (record(new SandboxAction.SetEligibility(h.id(), eligibility.getValue(), reason.getValue())).isPresent()) {
                saved();
            }
        });
        save.setId("save-eligibility");
        save.setEnabled(!ws.readOnly());
        card.add(eligibility, reason, save);
        return card;
    }

    /**
     * A member's result. Ganda and pindah name the other household; the head's death asks for the
     * member who takes over (SIKS-NG will not leave a household without a head).
     */
    private Card memberCard(DtksHousehold h, int index) {
        DtksMember m = h.members().get(index);
        var card = new Card();
        card.setTitle(m.name().isBlank() ? getTranslation("sandbox.detail.no-name") : m.name());
        card.setSubtitle(new Span(m.nik() + " · " + label(m.relationship())));
        var current = ws.state().memberVerval(h.id(), index);
        var status = new Select<MemberStatus>();
        status.setLabel(getTranslation("sandbox.verval.member-result"));
        status.setItems(MemberStatus.values());
        status.setItemLabelGenerator(this::label);
        status.setId("member-status-" + index);
        current.map(Verval.OfMember::status).ifPresent(status::setValue);
        var linked = otherHousehold(h, "sandbox.verval.linked");
        linked.setId("member-linked-" + index);
        current.map(Verval.OfMember::linkedHouseholdId).flatMap(ws.state()::household).ifPresent(linked::setValue);
        linked.setVisible(current.map(v -> v.status().linked()).orElse(false));
        boolean head = m.relationship() == Relationship.KEPALA && h.members().size() > 1;
        var heir = new Select<Integer>();
        heir.setLabel(getTranslation("sandbox.verval.new-head"));
        heir.setItems(java.util.stream.IntStream.range(0, h.members().size())
                .filter(i -> i != index && ws.state().living(h.id(), i)).boxed().toList());
        heir.setItemLabelGenerator(i -> h.members().get(i).name() + " (" + label(h.members().get(i).relationship()) + ")");
        heir.setId("member-new-head-" + index);
        heir.setVisible(false);
        status.addValueChangeListener(e -> {
            linked.setVisible(e.getValue() != null && e.getValue().linked());
            heir.setVisible(head && e.getValue() == MemberStatus.MENINGGAL);
        });
        var reason = new TextField(getTranslation("sandbox.verval.reason"));
        reason.setMaxLength(200);
        current.map(Verval.OfMember::reason).ifPresent(reason::setValue);
        var save = new Button(getTranslation("common.save"), e -> {
            SandboxAction action;
            if (head && status.getValue() == MemberStatus.MENINGGAL && heir.getValue() != null) {
                action = new SandboxAction.ReplaceHead(h.id(), index, heir.getValue(), reason.getValue());
            } else {
                String link = status.getValue() != null && status.getValue().linked() && linked.getValue() != null
                        ? linked.getValue().id() : null;
                action = new SandboxAction.SetMemberStatus(h.id(), index, status.getValue(), reason.getValue(), link);
            }
            if (record(action).isPresent()) {
                saved();
                go(VervalView.class, h.id());
            }
        });
        save.setId("save-member-status-" + index);
        save.setEnabled(!ws.readOnly());
        var fields = new Div(status, linked, heir, reason);
        fields.addClassName("verval-fields");
        card.add(fields, save);
        return card;
    }

    /** The village's other households, by head, address and KK, to link a result to. */
    private ComboBox<DtksHousehold> otherHousehold(DtksHousehold h, String labelKey) {
        var linked = new ComboBox<DtksHousehold>(getTranslation(labelKey));
        linked.setItems(ws.state().households().stream().filter(o -> !o.id().equals(h.id())).toList());
        linked.setItemLabelGenerator(o -> ws.state().headName(o) + " · RT " + o.rt() + "/" + o.rw() + " · " + o.kk()
                + " · " + o.id());
        linked.setWidthFull();
        return linked;
    }
}
