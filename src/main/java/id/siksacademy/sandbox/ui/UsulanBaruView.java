package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.siksacademy.account.Role;
import id.siksacademy.region.Regions;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.Family;
import id.siksacademy.scenario.Field;
import id.siksacademy.sandbox.FieldDisplay;
import id.siksacademy.scenario.Proposal;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Usulan baru: a household comes to the village office with its KK. The paper form is shown as
 * the operator holds it; the operator keys it in. The entry is compared with the source later.
 */
@Route("sandbox/:attemptId(\\d{1,18})/usulan")
@RolesAllowed({Role.Names.OPERATOR, Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
class UsulanBaruView extends SandboxView {

    private static final Locale ID = Locale.of("id");
    private final Regions regions;

    UsulanBaruView(SandboxService sandbox, Regions regions) {
        super(sandbox);
        this.regions = regions;
    }

    @Override
    protected String titleKey() {
        return "sandbox.usulan.title";
    }

    @Override
    protected void render(BeforeEnterEvent event, Div body) {
        var proposals = ws.state().scenario().proposals();
        if (proposals.isEmpty()) {
            body.add(new Paragraph(getTranslation("sandbox.usulan.none")));
            return;
        }
        body.add(new Paragraph(getTranslation("sandbox.usulan.lead")));
        for (int i = 0; i < proposals.size(); i++) {
            body.add(proposal(i, proposals.get(i)));
        }
    }

    private Div proposal(int index, Proposal proposal) {
        Family family = proposal.family();
        var section = new Div(new H2(getTranslation("sandbox.usulan.form", index + 1)));
        section.addClassName("proposal");
        var village = ws.state().scenario().village();
        var kabupaten = regions.kabupatenOf(village.code()).orElseThrow();
        String kecamatan = kabupaten.kecamatan(village.kecamatanCode()).map(k -> k.name()).orElse("");
        java.util.function.Function<Enum<?>, String> paper = e -> getTranslation(ID,
                "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
        var documents = new Div(new KartuKeluargaView(family, village, kecamatan, kabupaten, paper),
                new KtpView(proposal, village, kabupaten, kecamatan, paper), house(proposal));
        documents.addClassName("proposal-documents");
        section.add(documents);
        String registered = ws.state().registeredProposals().get(index);
        if (registered != null) {
            section.add(new Paragraph(getTranslation("sandbox.usulan.done")),
                    new RouterLink(getTranslation("sandbox.catatan.open"), DetailKeluargaView.class, params(registered)));
            return section;
        }
        if (!ws.readOnly()) {
            section.add(entry(index));
        }
        return section;
    }

    /** The house as the visiting officer photographed and described it (the survey comes later). */
    private Div house(Proposal proposal) {
        var h = proposal.house();
        var card = new Div(new H3(getTranslation("sandbox.usulan.house")));
        card.addClassName("house-photo");
        var facts = new Div();
        facts.addClassName("facts");
        for (var f : java.util.List.of(Field.WALL, Field.ROOF, Field.FLOOR, Field.FLOOR_AREA, Field.LIGHTING,
                Field.WATER)) {
            String code = Integer.toString(h.get(f));
            String text = FieldDisplay.value(this::getTranslation, f.name(), code);
            facts.add(DetailKeluargaView.fact(getTranslation("field." + f.name()),
                    f == Field.FLOOR_AREA ? text : text.substring(code.length()).trim()));
        }
        var note = new Paragraph(getTranslation("sandbox.usulan.house-note"));
        note.addClassName("info-note");
        card.add(facts, note);
        return card;
    }

    private Div entry(int index) {
        var kk = new TextField(getTranslation("field.NO_KK"));
        kk.setAllowedCharPattern("[0-9]");
        kk.setMaxLength(16);
        kk.setId("usulan-kk");
        var dukuh = new TextField(getTranslation("field.DUKUH"));
        dukuh.setId("usulan-dukuh");
        var rt = new IntegerField(getTranslation("field.RT"));
        rt.setMin(1);
        rt.setMax(99);
        rt.setId("usulan-rt");
        var rw = new IntegerField(getTranslation("field.RW"));
        rw.setMin(1);
        rw.setMax(99);
        rw.setId("usulan-rw");
        var household = new FormLayout(kk, dukuh, rt, rw);
        household.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        var members = new Div();
        var forms = new ArrayList<MemberEntryForm>();
        Runnable[] add = new Runnable[1];
        add[0] = () -> {
            var form = new MemberEntryForm[1];
            form[0] = new MemberEntryForm(forms.size() + 1, ws.state().asOf(), () -> {
                forms.remove(form[0]);
                members.remove(form[0]);
            });
            forms.add(form[0]);
            members.add(form[0]);
        };
        add[0].run();
        var addMember = new Button(getTranslation("sandbox.usulan.add-member"), VaadinIcon.PLUS.create(),
                e -> add[0].run());
        addMember.setId("usulan-add-member");
        var save = new Button(getTranslation("sandbox.usulan.save"), e -> {
            var action = new SandboxAction.AddHousehold(index, kk.getValue(), dukuh.getValue(),
                    rt.getValue() == null ? 0 : rt.getValue(), rw.getValue() == null ? 0 : rw.getValue(),
                    forms.stream().map(MemberEntryForm::value).toList());
            if (record(action).isPresent()) {
                saved();
                go(UsulanBaruView.class);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("usulan-save");
        var entry = new Div(new H2(getTranslation("sandbox.usulan.entry")), household, members, addMember, save);
        entry.addClassName("usulan-entry");
        return entry;
    }
}
