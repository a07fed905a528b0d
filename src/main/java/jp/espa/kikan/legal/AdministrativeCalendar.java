package jp.espa.kikan.legal;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.function.Function;

import one.cafebabe.businesscalendar4j.BusinessCalendar;

/**
 * The days on which Japan's national administrative organs are closed.
 *
 * <p>National holidays (Act on National Holidays, incl. substitute holidays, Art 3(2), and citizens'
 * holidays, Art 3(3)) come from businessCalendar4j: the Cabinet Office list bundled in its jar (through
 * 2024-11-23) and, after that, the holiday rules it computes. Its equinox tables are right through 2030
 * only (it would give 2031-03-20 and 2032-09-23; astronomically 2031-03-21 and 2032-09-22), so the
 * years we rely on are pinned by tests.
 *
 * <p>Use businessCalendar4j only through this class: see the static initialiser.
 */
public final class AdministrativeCalendar {

    /** The system property through which businessCalendar4j locates its holiday CSV. */
    static final String HOLIDAY_CSV_PROPERTY = "SYUKUJITSU_URL";

    private static final MonthDay YEAR_END_FIRST = MonthDay.of(12, 29);
    private static final MonthDay NEW_YEAR_LAST = MonthDay.of(1, 3);

    private static final AdministrativeCalendar JAPAN;

    static {
        // businessCalendar4j reads SYUKUJITSU_URL once, when BusinessCalendar is first initialised, and
        // unless it is set downloads the Cabinet Office CSV from www8.cao.go.jp then and every month after.
        // A ministry network has no internet, and a deadline must not depend on a download: point it at
        // the CSV inside its own jar before that first use. (A class literal does not initialise the
        // class; BusinessCalendar.JAPAN below does.) Code touching BusinessCalendar before this class
        // would defeat this, hence: use the library only through AdministrativeCalendar.
        URL bundled = BusinessCalendar.class.getResource("/syukujitsu.csv");
        if (bundled == null) {
            throw new IllegalStateException("businessCalendar4j without its bundled syukujitsu.csv");
        }
        System.setProperty(HOLIDAY_CSV_PROPERTY, bundled.toExternalForm());
        JAPAN = new AdministrativeCalendar(BusinessCalendar.JAPAN.PUBLIC_HOLIDAYS);
    }

    /** Holiday name for a national holiday, else null. */
    private final Function<LocalDate, String> nationalHolidays;

    private AdministrativeCalendar(Function<LocalDate, String> nationalHolidays) {
        this.nationalHolidays = nationalHolidays;
    }

    /** The Japanese calendar; offline, it never touches the network. */
    public static AdministrativeCalendar japan() {
        return JAPAN;
    }

    /** A national holiday, substitute holiday (振替休日) or citizens' holiday (国民の休日). */
    public boolean isNationalHoliday(LocalDate d) {
        return nationalHolidays.apply(d) != null;
    }

    /**
     * A holiday of the administrative organs (Act on Holidays of Administrative Organs, Art 1(1)):
     * Saturdays, Sundays, national holidays, and 29 December to 3 January.
     */
    public boolean isAdministrativeHoliday(LocalDate d) {
        DayOfWeek day = d.getDayOfWeek();
        MonthDay md = MonthDay.from(d);
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY
                || isNationalHoliday(d)
                || !md.isBefore(YEAR_END_FIRST) || !md.isAfter(NEW_YEAR_LAST);
    }

    /** {@code d} itself if the administrative organs are open that day, else their next working day. */
    public LocalDate onOrNextWorkingDay(LocalDate d) {
        LocalDate day = d;
        while (isAdministrativeHoliday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
