package jp.espa.kikan.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The clocks of the pre-introduction screening of specified critical equipment (ESPA Art 52-55).
 *
 * <p>Every period is "counted from" (起算して) a day of receipt, so that day is day 1 and Civil Code
 * Art 140 (initial day not counted) does not apply. The minister-side periods are calendar periods;
 * only the operator's reply, an act toward a national agency, moves off administrative holidays.
 */
public final class StatutoryPeriods {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final int STANDSTILL_DAYS = 30;
    private static final int EXTENSION_CAP_MONTHS = 4;
    private static final int REPLY_DAYS = 10;
    private static final int GRACE_MONTHS = 6;
    private static final int PUBLIC_COMMENT_DAYS = 30;
    private static final int CHANGE_NOTICE_WEEKS = 2;

    private final AdministrativeCalendar calendar;

    public StatutoryPeriods(AdministrativeCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * ESPA Art 52(3): no introduction until 30 days counted from receipt of the plan have elapsed;
     * the receipt day being day 1, the 30th and last day is receipt + 29.
     */
    public LocalDate standstillLastDay(LocalDate receivedOn) {
        return receivedOn.plusDays(STANDSTILL_DAYS - 1);
    }

    /** ESPA Art 52(3): the first day after the standstill. */
    public LocalDate introductionAllowedFrom(LocalDate receivedOn) {
        return receivedOn.plusDays(STANDSTILL_DAYS);
    }

    /**
     * ESPA Art 52(4): an extension may not go beyond 4 months counted from receipt (a cap from receipt,
     * not 30 days + 4 months). Civil Code Art 143(2): such a period ends on the day before the day of the
     * 4th month corresponding to the receipt day, or, where that month has no such day, on its last day.
     */
    public LocalDate extensionCap(LocalDate receivedOn) {
        return lastDayOfMonthsCountedFrom(receivedOn, EXTENSION_CAP_MONTHS);
    }

    /**
     * ESPA Art 53: the screening duty applies to a designated operator only after 6 months counted from the day of
     * designation; this is the last day of that grace (Civil Code Art 143 as for the extension cap).
     */
    public LocalDate graceEndsOn(LocalDate designatedOn) {
        return lastDayOfMonthsCountedFrom(designatedOn, GRACE_MONTHS);
    }

    private static LocalDate lastDayOfMonthsCountedFrom(LocalDate firstDay, int months) {
        // plusMonths clamps to the month's last day exactly when there is no corresponding day
        LocalDate corresponding = firstDay.plusMonths(months);
        return corresponding.getDayOfMonth() == firstDay.getDayOfMonth()
                ? corresponding.minusDays(1)
                : corresponding;
    }

    /**
     * Administrative Procedure Act Art 39(3): comments are invited for 30 days or more counted from the day of the
     * public notice; this is the earliest last day. A shorter period needs a stated reason (Art 40(1)).
     */
    public LocalDate earliestPublicCommentLastDay(LocalDate noticeDay) {
        return noticeDay.plusDays(PUBLIC_COMMENT_DAYS - 1);
    }

    /**
     * A recommendation and an order share one deadline, the last day of the period (Art 52(6) and (10), each with
     * its proviso). This is the last day on which a recommendation can be delivered so that, after the operator's
     * reply period, {@code daysForOrder} days remain within the period to decide on an order, consult on it (Art 56)
     * and deliver it: the reply's last day plus those days is no later than the period's last day.
     */
    public LocalDate latestRecommendationLeavingRoomForOrder(LocalDate periodLastDay, int daysForOrder) {
        LocalDate day = periodLastDay;
        while (replyDueOn(day).plusDays(daysForOrder).isAfter(periodLastDay)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** A designated operator notifies a change of name or address at least 2 weeks before it takes effect. */
    public LocalDate changeNoticeDueBy(LocalDate changeEffectiveOn) {
        return changeEffectiveOn.minusWeeks(CHANGE_NOTICE_WEEKS);
    }

    /** The Japanese fiscal year of a day: fiscal year N runs from 1 April N to 31 March N+1. */
    public static int fiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /**
     * ESPA Art 52 and Art 55: the operator answers a recommendation within 10 days counted from its
     * receipt (last day receipt + 9). The answer is an act toward a national agency, so a last day on an
     * administrative holiday moves to the next working day (Act on Holidays of Administrative Organs, Art 2).
     */
    public LocalDate replyDueOn(LocalDate recommendationReceivedOn) {
        return calendar.onOrNextWorkingDay(recommendationReceivedOn.plusDays(REPLY_DAYS - 1));
    }

    /**
     * The last day of a standard processing period (the target a ministry sets for a step the law does not time, APA
     * Art 6's notion): {@code workingDays} days on which the administrative organs are open, counted from
     * {@code openedOn} as day 1 (the next working day when the organs are closed that day). Year end and holidays
     * do not count (Act on Holidays of Administrative Organs, Art 1(1)).
     */
    public LocalDate standardPeriodLastDay(LocalDate openedOn, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("A standard period has at least one working day: " + workingDays);
        }
        LocalDate day = calendar.onOrNextWorkingDay(openedOn);
        for (int counted = 1; counted < workingDays; counted++) {
            day = calendar.onOrNextWorkingDay(day.plusDays(1));
        }
        return day;
    }

    /** The date in Tokyo at {@code now}, whatever the JVM's default time zone. */
    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, TOKYO);
    }

    /** 00:00 in Tokyo on {@code d}. */
    public static Instant startOfDay(LocalDate d) {
        return d.atStartOfDay(TOKYO).toInstant();
    }

    /** The last second of {@code d} in Tokyo: a user task's due date on its last day (Tasklist sorts by it). */
    public static Instant endOfDay(LocalDate d) {
        return startOfDay(d.plusDays(1)).minusSeconds(1);
    }
}
