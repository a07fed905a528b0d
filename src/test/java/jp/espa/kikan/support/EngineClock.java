package jp.espa.kikan.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine clock as process tests move it: the service's statutory "today" follows it, in Asia/Tokyo. */
public final class EngineClock {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private EngineClock() {
    }

    /** 10:00 Tokyo time of the day (an ISO date): a working hour, clear of midnight. */
    public static void today(String isoDate) {
        at(isoDate, LocalTime.of(10, 0));
    }

    public static void at(String isoDate, LocalTime time) {
        ClockUtil.setCurrentTime(tokyo(isoDate, time));
    }

    public static Date tokyo(String isoDate, LocalTime time) {
        return Date.from(LocalDate.parse(isoDate).atTime(time).atZone(TOKYO).toInstant());
    }

    public static Date tokyoStartOf(String isoDate) {
        return tokyo(isoDate, LocalTime.MIDNIGHT);
    }

    /** Back to the real time: every process test does this after each test, the context being shared. */
    public static void reset() {
        ClockUtil.reset();
    }
}
