package jp.espa.kikan.periods;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.platform.BeforeItsDayException;

// engine internals: ClockUtil is the engine's clock (timers, due dates), which tests move; the public API has no other
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Statutory dates as the engine needs them, usable in BPMN expressions as {@code statutoryTime}.
 * "Today" is the Asia/Tokyo date of the engine clock, so tests that move the engine clock move the statutory day too.
 */
@Component("statutoryTime")
public class StatutoryTime {

    /** The Asia/Tokyo date now, by the engine clock. */
    public LocalDate today() {
        return StatutoryPeriods.today(ClockUtil.getCurrentTime().toInstant());
    }

    /** 00:00 Tokyo of the day after {@code lastDay} (ISO date): when a period that ends on lastDay has elapsed. */
    public Date startOfDayAfter(String lastDay) {
        return Date.from(StatutoryPeriods.startOfDay(LocalDate.parse(lastDay).plusDays(1)));
    }

    /** 00:00 Tokyo of {@code day} (ISO date): for timers that fire on a day, such as a re-review. */
    public Date startOfDay(String day) {
        return Date.from(StatutoryPeriods.startOfDay(LocalDate.parse(day.substring(0, 10))));
    }

    /** The last moment of {@code lastDay} in Tokyo, for user-task due dates (Tasklist sorts by it). */
    public Date endOf(String lastDay) {
        return Date.from(StatutoryPeriods.endOfDay(LocalDate.parse(lastDay)));
    }

    /**
     * The one check of every act that depends on a period: refused before {@code firstDay} (Asia/Tokyo, by the engine
     * clock), whatever asks for it (a timer executed early, a task completed, an API call). {@code actJa} names the act
     * and {@code groundJa} the period on record it waits for, in the official's words.
     */
    public void requireReached(LocalDate firstDay, String actJa, String groundJa) {
        if (today().isBefore(firstDay)) {
            throw new BeforeItsDayException(firstDay, actJa + "は" + firstDay + "以降に行います（" + groundJa + "）。本日は"
                    + today() + "です。");
        }
    }

    /** Days from today to lastDay, counting lastDay itself: 1 on the last day, 0 or less once it has passed. */
    public long daysLeft(LocalDate lastDay) {
        return ChronoUnit.DAYS.between(today(), lastDay) + 1;
    }
}
