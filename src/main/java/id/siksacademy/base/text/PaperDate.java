package id.siksacademy.base.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A person's date (birth, death, a move) as Indonesian forms and the KK write it: {@code 30-08-1962}.
 * The one format every screen, export and text uses for such dates; stored values stay ISO.
 */
public final class PaperDate {

    public static final String PATTERN = "dd-MM-yyyy";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(PATTERN);

    private PaperDate() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }

    /** A stored ISO date ({@code 1962-08-30}) as the paper writes it; anything else as it is. */
    public static String ofIso(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
