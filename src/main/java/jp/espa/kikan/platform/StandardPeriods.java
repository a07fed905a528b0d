package jp.espa.kikan.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import jp.espa.kikan.legal.StatutoryPeriods;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The due date of a step the law does not time (記載事項の確認, the senior review, a publication): a standard processing
 * period of working days from the day its task opens, set by the ministry per step in {@code kikan.tasks.standard-periods}
 * (by task definition key; {@code default} for the steps not named). So every task has a due date: Tasklist sorts the
 * deadline filter by it (H2 would put undated tasks first, PostgreSQL last) and each card shows its last day.
 */
@Component
@EnableConfigurationProperties(StandardPeriods.Settings.class)
public class StandardPeriods {

    static final String DEFAULT = "default";

    /** {@code kikan.tasks.*}: working days by task definition key, and {@code default}. */
    @ConfigurationProperties("kikan.tasks")
    record Settings(Map<String, Integer> standardPeriods) {

        Settings {
            standardPeriods = standardPeriods == null ? Map.of() : Map.copyOf(standardPeriods);
            if (!standardPeriods.containsKey(DEFAULT)) {
                throw new IllegalStateException("kikan.tasks.standard-periods needs a default (working days)");
            }
            standardPeriods.forEach((step, days) -> {
                if (days == null || days < 1) {
                    throw new IllegalStateException("kikan.tasks.standard-periods." + step + " must be 1 or more working days");
                }
            });
        }
    }

    private final Map<String, Integer> workingDays;
    private final StatutoryPeriods periods;

    StandardPeriods(Settings settings, StatutoryPeriods periods) {
        this.workingDays = settings.standardPeriods();
        this.periods = periods;
    }

    /** The last day of the step's standard period for a task opened on {@code openedOn} (Tokyo). */
    public LocalDate lastDay(String taskKey, LocalDate openedOn) {
        return periods.standardPeriodLastDay(openedOn, workingDays.getOrDefault(taskKey, workingDays.get(DEFAULT)));
    }

    /** The due date of a task of the step opened at {@code openedAt}: the end of its last day in Tokyo. */
    public Date due(String taskKey, Instant openedAt) {
        return Date.from(StatutoryPeriods.endOfDay(lastDay(taskKey, StatutoryPeriods.today(openedAt))));
    }
}
