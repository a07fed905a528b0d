package jp.espa.kikan.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the holidays of the years the screening clocks run in. Written by hand from the Act on National
 * Holidays: equinox days as gazetted / computed astronomically (2026: 20 Mar, 23 Sep; 2027: 21 Mar,
 * 23 Sep; 2028: 20 Mar, 22 Sep); a holiday on a Sunday moves to the next non-holiday (Art 3(2)); a day
 * between two holidays is a holiday (Art 3(3)); nothing moves off a Saturday.
 */
class AdministrativeCalendarTest {

    private final AdministrativeCalendar calendar = AdministrativeCalendar.japan();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            2026-01-01, New Year's Day
            2026-01-12, Coming of Age Day (2nd Monday of January)
            2026-02-11, National Foundation Day
            2026-02-23, Emperor's Birthday
            2026-03-20, Vernal Equinox Day
            2026-04-29, Showa Day
            2026-05-03, Constitution Memorial Day (a Sunday)
            2026-05-04, Greenery Day
            2026-05-05, Children's Day
            2026-05-06, substitute holiday for Sunday 3 May (first day after it that is not a holiday)
            2026-07-20, Marine Day (3rd Monday of July)
            2026-08-11, Mountain Day
            2026-09-21, Respect for the Aged Day (3rd Monday of September)
            2026-09-22, citizens' holiday (between 21 and 23 September)
            2026-09-23, Autumnal Equinox Day
            2026-10-12, Sports Day (2nd Monday of October)
            2026-11-03, Culture Day
            2026-11-23, Labour Thanksgiving Day

            2027-01-01, New Year's Day
            2027-01-11, Coming of Age Day
            2027-02-11, National Foundation Day
            2027-02-23, Emperor's Birthday
            2027-03-21, Vernal Equinox Day (a Sunday)
            2027-03-22, substitute holiday for Sunday 21 March
            2027-04-29, Showa Day
            2027-05-03, Constitution Memorial Day
            2027-05-04, Greenery Day
            2027-05-05, Children's Day
            2027-07-19, Marine Day
            2027-08-11, Mountain Day
            2027-09-20, Respect for the Aged Day
            2027-09-23, Autumnal Equinox Day (two days after 20 Sep: no citizens' holiday)
            2027-10-11, Sports Day
            2027-11-03, Culture Day
            2027-11-23, Labour Thanksgiving Day

            2028-01-01, New Year's Day (a Saturday: no substitute)
            2028-01-10, Coming of Age Day
            2028-02-11, National Foundation Day
            2028-02-23, Emperor's Birthday
            2028-03-20, Vernal Equinox Day
            2028-04-29, Showa Day (a Saturday: no substitute)
            2028-05-03, Constitution Memorial Day
            2028-05-04, Greenery Day
            2028-05-05, Children's Day
            2028-07-17, Marine Day
            2028-08-11, Mountain Day
            2028-09-18, Respect for the Aged Day
            2028-09-22, Autumnal Equinox Day
            2028-10-09, Sports Day
            2028-11-03, Culture Day
            2028-11-23, Labour Thanksgiving Day
            """)
    void nationalHolidays(LocalDate day, String name) {
        assertTrue(calendar.isNationalHoliday(day), name);
        assertTrue(calendar.isAdministrativeHoliday(day), name);
    }

    /** With the table above, proves there are no holidays besides those listed. */
    @ParameterizedTest(name = "{0}: {1} national holidays")
    @CsvSource({"2026, 18", "2027, 17", "2028, 16"})
    void nationalHolidaysPerYear(int year, long expected) {
        LocalDate first = LocalDate.of(year, 1, 1);
        long count = first.datesUntil(first.plusYears(1)).filter(calendar::isNationalHoliday).count();
        assertEquals(expected, count);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            2026-05-07, the day after the Golden Week run
            2026-09-24, the day after the Silver Week run
            2026-03-21, Saturday after the equinox
            2027-03-20, Saturday before the 2027 equinox
            2027-05-06, no substitute: 2027 Golden Week has no Sunday holiday
            2027-09-21, between Respect for the Aged Day and the equinox but not sandwiched
            2027-09-22, between Respect for the Aged Day and the equinox but not sandwiched
            2028-01-03, New Year's Day fell on Saturday: no substitute (an administrative holiday all the same)
            2028-05-01, Showa Day fell on Saturday: no substitute
            2028-05-06, Saturday after Children's Day
            2028-09-23, the equinox is 22 September in 2028
            2026-12-31, year-end closure only
            """)
    void notNationalHolidays(LocalDate day, String why) {
        assertFalse(calendar.isNationalHoliday(day), why);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(textBlock = """
            2026-11-27, Friday, false
            2026-11-28, Saturday, true
            2026-11-29, Sunday, true
            2026-11-23, national holiday on Monday, true
            2026-12-28, Monday before the year-end closure, false
            # 29 Dec - 3 Jan (Act on Holidays of Administrative Organs Art 1(1)(iii)), here on weekdays
            2026-12-29, Tuesday, true
            2026-12-30, Wednesday, true
            2026-12-31, Thursday, true
            2027-01-01, Friday and New Year's Day, true
            2027-01-02, Saturday, true
            2027-01-03, Sunday, true
            2027-01-04, Monday after the closure, false
            2027-12-29, Wednesday, true
            2027-12-30, Thursday, true
            2027-12-31, Friday, true
            2028-01-03, Monday: closure only, true
            2028-01-04, Tuesday, false
            """)
    void administrativeHolidays(LocalDate day, String what, boolean expected) {
        assertEquals(expected, calendar.isAdministrativeHoliday(day), what);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            # a working day is kept
            2026-11-27, 2026-11-27
            2026-11-28, 2026-11-30
            2026-11-23, 2026-11-24
            # Golden Week 2026: Sat 2 - Wed 6 May
            2026-05-02, 2026-05-07
            # Silver Week 2026: Sat 19 - Wed 23 Sep
            2026-09-19, 2026-09-24
            2026-12-29, 2027-01-04
            # the closure runs into Mon 3 Jan 2028
            2027-12-29, 2028-01-04
            """)
    void onOrNextWorkingDay(LocalDate day, LocalDate expected) {
        assertEquals(expected, calendar.onOrNextWorkingDay(day));
    }
}
