package id.siksacademy.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A date picker that speaks the user's language (month and day names, buttons, messages) and reads
 * dates the way operators copy them from paper: 23-02-1960, 23/02/1960, 23021960, and 1960-02-23.
 * It shows dates as 23-02-1960, like the KK. Every date input of the app is one of these.
 */
public class DateField extends DatePicker {

    /** Display first, then what else typing may use. */
    public static final List<String> FORMATS = List.of("dd-MM-yyyy", "dd/MM/yyyy", "ddMMyyyy", "yyyy-MM-dd");

    public DateField(String label) {
        setLabel(label);
        localise();
        // Keying from paper: typing does not open the calendar, so Tab goes straight to the next field
        // (and commits the date). The calendar opens from its button.
        setAutoOpen(false);
    }

    public DateField(String label, LocalDate value) {
        this(label);
        setValue(value);
    }

    private void localise() {
        var i18n = new DatePickerI18n();
        i18n.setMonthNames(words("date.months"));
        i18n.setWeekdays(words("date.weekdays"));
        i18n.setWeekdaysShort(words("date.weekdays-short"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(getTranslation("date.today"));
        i18n.setCancel(getTranslation("date.cancel"));
        i18n.setDateFormats(FORMATS.getFirst(), FORMATS.subList(1, FORMATS.size()).toArray(String[]::new));
        i18n.setBadInputErrorMessage(getTranslation("date.bad-input"));
        i18n.setRequiredErrorMessage(getTranslation("date.required"));
        i18n.setMinErrorMessage(getTranslation("date.too-early"));
        i18n.setMaxErrorMessage(getTranslation("date.too-late"));
        setI18n(i18n);
        setPlaceholder(getTranslation("date.placeholder"));
    }

    private List<String> words(String key) {
        return Arrays.stream(getTranslation(key).split(",")).map(String::strip).toList();
    }
}
