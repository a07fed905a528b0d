package jp.espa.kikan.legal;

import java.time.LocalDate;
import java.time.Month;

/**
 * Dates as Japanese official documents write them: the era and its year, then month and day, e.g. 令和8年12月29日.
 * The first year of an era is 元年 (令和元年5月1日). 令和 began on 1 May 2019 (元号を改める政令, 平成三十一年政令第百四十三号);
 * 平成 on 8 January 1989. Earlier dates are not needed by the procedures and are refused. Written by hand rather
 * than with {@code JapaneseDate}, whose formatter prints 令和1年, not 元年.
 */
public final class EraDates {

    private static final LocalDate REIWA = LocalDate.of(2019, Month.MAY, 1);
    private static final LocalDate HEISEI = LocalDate.of(1989, Month.JANUARY, 8);

    private EraDates() {
    }

    /** 令和8年12月29日. */
    public static String format(LocalDate date) {
        return yearOf(date) + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The era and year of a date: 令和8年, 令和元年. */
    public static String yearOf(LocalDate date) {
        if (!date.isBefore(REIWA)) {
            return era("令和", date.getYear() - 2018);
        }
        if (!date.isBefore(HEISEI)) {
            return era("平成", date.getYear() - 1988);
        }
        throw new IllegalArgumentException("No era known for " + date);
    }

    private static String era(String name, int year) {
        return name + (year == 1 ? "元" : String.valueOf(year)) + "年";
    }
}
