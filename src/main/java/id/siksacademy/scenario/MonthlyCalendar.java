package id.siksacademy.scenario;

import java.time.LocalDate;

/**
 * The monthly rhythm of DTSEN updates (since 2025): the musyawarah desa/kelurahan on days 1-14,
 * data input on days 1-11, the cut-off on the 17th, then approval by the verifikator, the kepala
 * Dinsos and the bupati. DTKS 2020 had no such fixed calendar in the sandbox: a meeting within the
 * last three months counts and nothing closes.
 */
public record MonthlyCalendar(Regime regime) {

    public static final int LAST_INPUT_DAY = 11;
    public static final int LAST_MEETING_DAY = 14;
    public static final int CUT_OFF_DAY = 17;

    /** Whether data may still be keyed this month. */
    public boolean inputOpen(LocalDate today) {
        return !regime.dtsen() || today.getDayOfMonth() <= LAST_INPUT_DAY;
    }

    /** Whether the month's changes can still be sent. */
    public boolean finaliseOpen(LocalDate today) {
        return !regime.dtsen() || today.getDayOfMonth() <= CUT_OFF_DAY;
    }

    /** The earliest and latest date a meeting of this month may carry, seen on {@code today}. */
    public LocalDate firstMeetingDay(LocalDate today) {
        return regime.dtsen() ? today.withDayOfMonth(1) : today.minusDays(90);
    }

    public LocalDate lastMeetingDay(LocalDate today) {
        if (!regime.dtsen()) {
            return today.plusDays(30);
        }
        LocalDate last = today.withDayOfMonth(LAST_MEETING_DAY);
        return last.isBefore(today) ? last : today;
    }

    public boolean meetingDateAllowed(LocalDate date, LocalDate today) {
        return !date.isBefore(firstMeetingDay(today)) && !date.isAfter(lastMeetingDay(today));
    }

    public LocalDate cutOff(LocalDate today) {
        return today.withDayOfMonth(CUT_OFF_DAY);
    }
}
