package jp.espa.kikan.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryPeriodsTest {

    private final StatutoryPeriods periods = new StatutoryPeriods(AdministrativeCalendar.japan());

    @ParameterizedTest(name = "received {0}: last day {1}, allowed from {2}")
    @CsvSource(textBlock = """
            2026-11-26, 2026-12-25, 2026-12-26
            # month end; February 2026 has 28 days
            2026-01-31, 2026-03-01, 2026-03-02
            2027-02-01, 2027-03-02, 2027-03-03
            # leap year: the last day is 29 February
            2028-01-31, 2028-02-29, 2028-03-01
            2028-02-29, 2028-03-29, 2028-03-30
            # across the year end
            2026-12-15, 2027-01-13, 2027-01-14
            2026-12-31, 2027-01-29, 2027-01-30
            # a calendar period: a last day in the year-end closure does not move
            2026-12-01, 2026-12-30, 2026-12-31
            """)
    void standstill(LocalDate receivedOn, LocalDate lastDay, LocalDate allowedFrom) {
        assertEquals(lastDay, periods.standstillLastDay(receivedOn));
        assertEquals(allowedFrom, periods.introductionAllowedFrom(receivedOn));
    }

    @ParameterizedTest(name = "received {0}: cap {1}")
    @CsvSource(textBlock = """
            # the day before the corresponding day of the 4th month (Civil Code 143(2))
            2026-11-26, 2027-03-25
            2026-01-15, 2026-05-14
            2026-11-30, 2027-03-29
            2026-03-31, 2026-07-30
            2026-08-31, 2026-12-30
            2028-01-31, 2028-05-30
            2028-02-29, 2028-06-28
            # the corresponding day is 1 January: the period ends in the old year
            2026-09-01, 2026-12-31
            2027-01-01, 2027-04-30
            # no corresponding day in the 4th month: its last day
            2026-05-31, 2026-09-30
            2026-12-31, 2027-04-30
            2026-10-31, 2027-02-28
            2026-10-29, 2027-02-28
            2027-10-31, 2028-02-29
            2027-10-30, 2028-02-29
            # 29 February 2028 exists: the day before it
            2027-10-29, 2028-02-28
            """)
    void extensionCap(LocalDate receivedOn, LocalDate cap) {
        assertEquals(cap, periods.extensionCap(receivedOn));
    }

    @ParameterizedTest(name = "received {0}: due {1}")
    @CsvSource(textBlock = """
            # +9 is a Wednesday
            2026-06-01, 2026-06-10
            # +9 is a Saturday, a Sunday: the Monday
            2026-06-04, 2026-06-15
            2026-06-05, 2026-06-15
            2026-11-26, 2026-12-07
            # +9 is Mountain Day, Tue 11 Aug 2026
            2026-08-02, 2026-08-12
            # +9 is Coming of Age Day, Mon 11 Jan 2027
            2027-01-02, 2027-01-12
            # +9 is the substitute holiday Mon 22 Mar 2027
            2027-03-13, 2027-03-23
            # Golden Week 2026: +9 is Showa Day (Wed 29 Apr); Sun 3 May, then holidays to Wed 6 May (substitute)
            2026-04-20, 2026-04-30
            2026-04-24, 2026-05-07
            2026-04-27, 2026-05-07
            # Golden Week 2027 (Mon 3 - Wed 5 May) and 2028 (Wed 3 May to the weekend)
            2027-04-24, 2027-05-06
            2028-04-24, 2028-05-08
            # Silver Week 2026: Sat 19 - Wed 23 Sep
            2026-09-10, 2026-09-24
            2026-09-13, 2026-09-24
            # year end: Wed 30 Dec 2026 -> Mon 4 Jan; Wed 29 Dec 2027 -> Tue 4 Jan (3 Jan 2028 is a Monday)
            2026-12-21, 2027-01-04
            2027-12-20, 2028-01-04
            # Mon 28 Dec 2026 is still a working day
            2026-12-19, 2026-12-28
            # leap day, a Tuesday
            2028-02-20, 2028-02-29
            """)
    void replyDue(LocalDate receivedOn, LocalDate due) {
        assertEquals(due, periods.replyDueOn(receivedOn));
    }

    @ParameterizedTest(name = "{0} is {1} in Tokyo")
    @CsvSource(textBlock = """
            2026-11-26T15:30:00Z, 2026-11-27
            2026-11-26T14:59:59.999999999Z, 2026-11-26
            2026-11-26T15:00:00Z, 2026-11-27
            2026-12-31T15:00:00Z, 2027-01-01
            """)
    void todayIsTheTokyoDateWhateverTheDefaultZone(Instant now, LocalDate expected) {
        TimeZone jvmDefault = TimeZone.getDefault();
        try {
            for (String zone : new String[] {"UTC", "America/Los_Angeles", "Pacific/Kiritimati"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertEquals(expected, StatutoryPeriods.today(now), zone);
            }
        } finally {
            TimeZone.setDefault(jvmDefault);
        }
    }

    @ParameterizedTest(name = "{0} starts at {1}")
    @CsvSource(textBlock = """
            2026-11-27, 2026-11-26T15:00:00Z
            2028-02-29, 2028-02-28T15:00:00Z
            2027-01-01, 2026-12-31T15:00:00Z
            """)
    void startOfDay(LocalDate day, Instant start) {
        assertEquals(start, StatutoryPeriods.startOfDay(day));
        assertEquals(day, StatutoryPeriods.today(start));
        assertEquals(day.minusDays(1), StatutoryPeriods.today(start.minusNanos(1)));
    }

    @ParameterizedTest(name = "designated {0} -> grace ends {1}")
    @CsvSource({
            "2024-11-15, 2025-05-14",  // corresponding day 15 May, the day before
            "2025-08-31, 2026-02-28",  // no 31 February: last day of February
            "2027-08-31, 2028-02-29",  // leap year
            "2026-03-01, 2026-08-31",  // corresponding day 1 September, the day before is 31 August
            "2026-12-31, 2027-06-30",  // no 31 June
    })
    void graceEndsSixMonthsCountedFromDesignation(LocalDate designatedOn, LocalDate graceEndsOn) {
        assertEquals(graceEndsOn, periods.graceEndsOn(designatedOn));
    }

    @ParameterizedTest(name = "{0} is in fiscal year {1}")
    @CsvSource({
            "2026-03-31, 2025",
            "2026-04-01, 2026",
            "2026-12-31, 2026",
            "2027-01-01, 2026",
    })
    void fiscalYearStartsOnFirstApril(LocalDate day, int fiscalYear) {
        assertEquals(fiscalYear, StatutoryPeriods.fiscalYearOf(day));
    }

    @ParameterizedTest(name = "public comment from {0}: last day at the earliest {1}")
    @CsvSource({
            "2026-11-26, 2026-12-25",
            "2026-12-28, 2027-01-26",  // runs over the year end: calendar days
            "2028-02-01, 2028-03-01",  // leap year: 29 days of February
            "2027-02-01, 2027-03-02",
    })
    void publicCommentRunsThirtyDaysCountedFromTheNotice(LocalDate noticeDay, LocalDate lastDay) {
        assertEquals(lastDay, periods.earliestPublicCommentLastDay(noticeDay));
    }

    @ParameterizedTest(name = "period ends {0}, {1} days for the order: recommend by {2}")
    @CsvSource({
            "2026-12-25, 1, 2026-12-15",  // delivered Tue 15 Dec: reply due Thu 24 Dec, the day before the last day
            "2026-12-28, 1, 2026-12-16",  // 17 Dec would be due Sat 26 -> Mon 28, the last day itself
            "2027-01-08, 1, 2026-12-29",  // delivered in the closure: due Thu 7 Jan; 30 Dec would be due 8 Jan
            "2026-05-11, 1, 2026-04-29",  // 30 Apr -> Sat 9 May and 1 May -> Sun 10 May both roll to Mon 11 May
            // a week for deciding, consulting on (Art 56) and delivering the order after the reply's last day
            "2026-12-25, 7, 2026-12-09",  // due Fri 18 Dec + 7 = 25 Dec; 10 Dec would be due Sat 19 -> Mon 21
            "2027-01-08, 7, 2026-12-19",  // due Mon 28 Dec; 20 Dec would be due Tue 29, closure -> Mon 4 Jan
            "2027-03-31, 7, 2027-03-15",  // due Wed 24 Mar + 7 = 31 Mar; 16 Mar would be due Thu 25 Mar
            "2028-03-01, 7, 2028-02-13",  // leap year: due Tue 22 Feb; 14 Feb would be due Wed 23, a holiday -> Thu 24
    })
    void latestRecommendationLeavesTheReplyAndTheOrderInsideThePeriod(LocalDate periodLastDay, int daysForOrder,
                                                                      LocalDate latest) {
        assertEquals(latest, periods.latestRecommendationLeavingRoomForOrder(periodLastDay, daysForOrder));
        assertFalse(periods.replyDueOn(latest).plusDays(daysForOrder).isAfter(periodLastDay));
        assertTrue(periods.replyDueOn(latest.plusDays(1)).plusDays(daysForOrder).isAfter(periodLastDay));
    }

    @ParameterizedTest(name = "change on {0}: notice due by {1}")
    @CsvSource({
            "2026-12-09, 2026-11-25",
            "2027-01-01, 2026-12-18",  // over the year end: calendar days, no holiday rule
            "2028-03-07, 2028-02-22",  // leap year February
    })
    void changeNoticeIsDueTwoWeeksBeforeTheChange(LocalDate effectiveOn, LocalDate dueBy) {
        assertEquals(dueBy, periods.changeNoticeDueBy(effectiveOn));
    }

    @ParameterizedTest(name = "opened {0}, {1} working days: last day {2}")
    @CsvSource(textBlock = """
            # Mon 7 Dec 2026: two working weeks
            2026-12-07, 10, 2026-12-18
            # one day: the day itself when the organs are open
            2026-12-07,  1, 2026-12-07
            # year end: Fri 25 and Mon 28 Dec, then closed 29 Dec - 3 Jan, Mon 4 Jan 2027 is day 3
            2026-12-25,  5, 2027-01-06
            # opened on a Saturday: the count starts on Monday
            2026-12-26,  5, 2027-01-07
            # opened during the year-end closure (a timer on 30 Dec): day 1 is Mon 4 Jan
            2026-12-30,  1, 2027-01-04
            # Golden Week 2027: Thu 29 Apr (Showa Day), Mon 3 - Wed 5 May closed
            2027-04-28,  3, 2027-05-06
            # Silver Week 2026: Mon 21 (Respect for the Aged Day), Tue 22 (citizens' holiday), Wed 23 Sep (equinox)
            2026-09-18,  2, 2026-09-24
            # the substitute holiday Mon 22 Mar 2027 (the equinox was a Sunday)
            2027-03-19,  2, 2027-03-23
            # Coming of Age Day, Mon 11 Jan 2027, and the leap day, Tue 29 Feb 2028
            2027-01-08,  2, 2027-01-12
            2028-02-28,  2, 2028-02-29
            """)
    void standardPeriodCountsTheDaysTheOrgansAreOpen(LocalDate openedOn, int workingDays, LocalDate lastDay) {
        assertEquals(lastDay, periods.standardPeriodLastDay(openedOn, workingDays));
    }

    @ParameterizedTest(name = "{0} ends at {1}")
    @CsvSource(textBlock = """
            2027-01-05, 2027-01-05T14:59:59Z
            2026-12-31, 2026-12-31T14:59:59Z
            """)
    void endOfDayIsTheLastSecondInTokyo(LocalDate day, Instant end) {
        assertEquals(end, StatutoryPeriods.endOfDay(day));
        assertEquals(day, StatutoryPeriods.today(end));
        assertEquals(day.plusDays(1), StatutoryPeriods.today(end.plusSeconds(1)));
    }
}
