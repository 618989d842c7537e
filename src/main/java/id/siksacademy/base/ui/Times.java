package id.siksacademy.base.ui;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Moments shown in the viewer's time zone (their browser's; WIB, Pati's, when it is not known), always
 * with the zone named: "28 Nov 2026 11:09 WIB".
 */
public final class Times {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private Times() {
    }

    public static ZoneId viewerZone() {
        UI ui = UI.getCurrent();
        var details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return WIB;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return WIB;
        }
    }

    /** Date and time to the minute. */
    public static String minute(Instant moment, Locale locale) {
        return format(moment, "d MMM yyyy HH:mm z", locale);
    }

    /** Date and time to the second (the audit log). */
    public static String second(Instant moment, Locale locale) {
        return format(moment, "d MMM yyyy HH:mm:ss z", locale);
    }

    /** A calendar date, as people write it: "8 Oktober 2026". */
    public static String date(java.time.LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    private static String format(Instant moment, String pattern, Locale locale) {
        return moment == null ? "" : DateTimeFormatter.ofPattern(pattern, locale).format(moment.atZone(viewerZone()));
    }
}
