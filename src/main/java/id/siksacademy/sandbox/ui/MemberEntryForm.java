package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import id.siksacademy.base.ui.DateField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.siksacademy.sandbox.SandboxAction.NewMember;
import id.siksacademy.scenario.Education;
import id.siksacademy.scenario.MaritalStatus;
import id.siksacademy.scenario.Occupation;
import id.siksacademy.scenario.Relationship;
import id.siksacademy.scenario.Sex;
import java.time.LocalDate;

/** One member's entry in an usulan baru, as keyed from the KK. */
class MemberEntryForm extends Div {

    private final TextField nik = new TextField();
    private final TextField name = new TextField();
    private final Select<Sex> sex = new Select<>();
    private final TextField birthPlace = new TextField();
    private final DateField birthDate = new DateField(null);
    private final Select<Relationship> relationship = new Select<>();
    private final Select<MaritalStatus> marital = new Select<>();
    private final TextField motherName = new TextField();
    private final Select<Education> education = new Select<>();
    private final Select<Occupation> occupation = new Select<>();

    /** {@code remove} offers a button that takes this member out of the entry; null for none. */
    MemberEntryForm(int number, LocalDate asOf, Runnable remove) {
        addClassName("member-entry");
        nik.setLabel("NIK");
        nik.setAllowedCharPattern("[0-9]");
        nik.setMaxLength(16);
        name.setLabel(getTranslation("field.NAME"));
        birthPlace.setLabel(getTranslation("field.BIRTH_PLACE"));
        birthDate.setLabel(getTranslation("field.BIRTH_DATE"));
        birthDate.setMax(asOf);
        motherName.setLabel(getTranslation("field.MOTHER_NAME"));
        setup(sex, "field.SEX", Sex.values());
        setup(relationship, "field.RELATIONSHIP", Relationship.values());
        setup(marital, "field.MARITAL_STATUS", MaritalStatus.values());
        setup(education, "field.EDUCATION", Education.values());
        setup(occupation, "field.OCCUPATION", Occupation.values());
        if (number == 1) {
            relationship.setValue(Relationship.KEPALA);
        }
        // the KK lists the codes in this order: occupations in Dukcapil's, education up to S3
        occupation.setItems(java.util.Arrays.stream(Occupation.values())
                .sorted(java.util.Comparator.comparingInt(o -> o.code)).toList());
        var form = new FormLayout(nik, name, sex, birthPlace, birthDate, relationship, marital, motherName, education,
                occupation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(new H3(getTranslation("sandbox.usulan.member", number)), form);
        if (remove != null) {
            var removeButton = new Button(getTranslation("sandbox.usulan.remove-member"), e -> remove.run());
            removeButton.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            add(removeButton);
        }
        int i = number - 1;
        nik.setId("member-" + i + "-nik");
        name.setId("member-" + i + "-name");
        birthPlace.setId("member-" + i + "-birth-place");
        motherName.setId("member-" + i + "-mother");
        sex.setId("member-" + i + "-sex");
        birthDate.setId("member-" + i + "-birth-date");
        relationship.setId("member-" + i + "-relationship");
        marital.setId("member-" + i + "-marital");
        education.setId("member-" + i + "-education");
        occupation.setId("member-" + i + "-occupation");
    }

    private <E extends Enum<E>> void setup(Select<E> select, String labelKey, E[] values) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> getTranslation("enum." + v.getDeclaringClass().getSimpleName() + "." + v.name()));
    }

    NewMember value() {
        return new NewMember(nik.getValue(), name.getValue(), name(sex.getValue()), birthPlace.getValue(),
                birthDate.getValue() == null ? "" : birthDate.getValue().toString(), name(relationship.getValue()),
                name(marital.getValue()), motherName.getValue(), name(education.getValue()), name(occupation.getValue()));
    }

    private static String name(Enum<?> e) {
        return e == null ? "" : e.name();
    }
}
