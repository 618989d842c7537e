package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import id.siksacademy.base.ui.DateField;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.siksacademy.sandbox.FieldDisplay;
import id.siksacademy.sandbox.FieldRules;
import id.siksacademy.sandbox.FieldValues;
import id.siksacademy.scenario.Education;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.MaritalStatus;
import id.siksacademy.scenario.Occupation;
import id.siksacademy.scenario.Relationship;
import id.siksacademy.scenario.Sex;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Perbaikan data: a form over some fields, with SIKS-NG's checks on each. A dumb form: it hands
 * the changed values to {@code onSave}; the view records them.
 */
class FieldEditDialog extends Dialog {

    private final Map<Field, HasValue<?, ?>> inputs = new LinkedHashMap<>();
    private final Map<Field, String> original = new LinkedHashMap<>();
    private final LocalDate asOf;
    private final java.util.Set<String> villageCodes;

    FieldEditDialog(String title, List<Field> fields, Function<Field, String> current, LocalDate asOf,
                    Map<String, String> villages, Consumer<Map<Field, String>> onSave) {
        this.asOf = asOf;
        this.villageCodes = villages.keySet();
        setHeaderTitle(title);
        addClassName("field-edit-dialog");
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        for (Field field : fields) {
            String value = current.apply(field);
            original.put(field, value);
            var input = input(field, value, villages);
            inputs.put(field, input);
            form.add((com.vaadin.flow.component.Component) input);
        }
        add(form);
        var save = new Button(getTranslation("common.save"), e -> {
            var changed = changes();
            if (changed != null) {
                onSave.accept(changed);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-fields");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** The changed values, or null when a check failed (the field shows why). */
    private Map<Field, String> changes() {
        var changed = new LinkedHashMap<Field, String>();
        boolean ok = true;
        for (var e : inputs.entrySet()) {
            String value = text(e.getValue());
            var problem = FieldRules.check(e.getKey(), value, asOf, villageCodes);
            var validation = (HasValidation) e.getValue();
            validation.setInvalid(problem.isPresent());
            if (problem.isPresent()) {
                validation.setErrorMessage(getTranslation(problem.get().key(), problem.get().params()));
                ok = false;
            } else if (!FieldValues.same(e.getKey(), value, original.get(e.getKey()))) {
                changed.put(e.getKey(), value);
            }
        }
        return ok ? changed : null;
    }

    /** Marks a field the server refused. */
    void refuse(Field field, String message) {
        var validation = (HasValidation) inputs.get(field);
        validation.setErrorMessage(message);
        validation.setInvalid(true);
    }

    private static String text(HasValue<?, ?> input) {
        Object v = input.getValue();
        return v == null ? "" : v instanceof Enum<?> e ? e.name() : v.toString();
    }

    private HasValue<?, ?> input(Field field, String value, Map<String, String> villages) {
        String label = getTranslation("field." + field.name());
        return switch (field) {
            case BIRTH_DATE -> {
                var d = new DateField(label);
                d.setMax(asOf);
                d.setMin(LocalDate.of(1900, 1, 1));
                d.setValue(LocalDate.parse(value));
                yield d;
            }
            case SEX -> select(label, Sex.values(), Sex.valueOf(value));
            case RELATIONSHIP -> select(label, Relationship.values(), Relationship.valueOf(value));
            case MARITAL_STATUS -> select(label, MaritalStatus.values(), MaritalStatus.valueOf(value));
            case EDUCATION -> select(label, Education.values(), Education.valueOf(value));
            case OCCUPATION -> select(label, Occupation.values(), Occupation.valueOf(value));
            case VILLAGE_CODE -> {
                var c = new ComboBox<String>(label);
                c.setItems(villages.keySet().stream().sorted().toList());
                c.setItemLabelGenerator(code -> code + " " + villages.getOrDefault(code, ""));
                c.setValue(value);
                yield c;
            }
            default -> field.isHousing() && field != Field.FLOOR_AREA || field.isAsset() ? codeSelect(field, label, value)
                    : textField(field, label, value);
        };
    }

    private TextField textField(Field field, String label, String value) {
        var t = new TextField(label);
        t.setValue(value);
        t.setId("field-" + field.name());
        if (field == Field.NIK || field == Field.NO_KK) {
            t.setAllowedCharPattern("[0-9]");
            t.setMaxLength(16);
            t.setHelperText(getTranslation("check.nik-help"));
        }
        return t;
    }

    private <E extends Enum<E>> Select<E> select(String label, E[] values, E value) {
        var s = new Select<E>();
        s.setLabel(label);
        s.setItems(values);
        s.setItemLabelGenerator(v -> getTranslation("enum." + v.getDeclaringClass().getSimpleName() + "." + v.name()));
        s.setValue(value);
        return s;
    }

    /** Code lists as the questionnaire has them. A stored code outside the list is shown, but not offered. */
    private Select<String> codeSelect(Field field, String label, String value) {
        int[] range = FieldRules.codeRange(field);
        var codes = new java.util.ArrayList<>(IntStream.rangeClosed(range[0], range[1]).mapToObj(Integer::toString).toList());
        if (!codes.contains(value)) {
            codes.addFirst(value);
        }
        var s = new Select<String>();
        s.setLabel(label);
        s.setItems(codes);
        s.setItemLabelGenerator(code -> FieldDisplay.value(this::getTranslation, field.name(), code));
        s.setValue(value);
        s.setId("field-" + field.name());
        return s;
    }
}
