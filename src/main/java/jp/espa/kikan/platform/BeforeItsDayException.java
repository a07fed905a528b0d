package jp.espa.kikan.platform;

import java.time.LocalDate;

/**
 * An act that depends on a period, asked for before the first day it may be done (answered 409). The day comes from
 * the registry, never from the engine's timer; a timer fired early waits for that day (periods/TimersOnTheirDay).
 */
public class BeforeItsDayException extends ConflictException {

    private final LocalDate firstDay;

    public BeforeItsDayException(LocalDate firstDay, String message) {
        super(message);
        this.firstDay = firstDay;
    }

    /** The first day (Asia/Tokyo) on which the act may be done. */
    public LocalDate firstDay() {
        return firstDay;
    }
}
