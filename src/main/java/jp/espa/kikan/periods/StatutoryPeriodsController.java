package jp.espa.kikan.periods;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.espa.kikan.legal.StatutoryPeriods;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only access to the statutory period computations, for the portal and ministry systems. */
@RestController
@RequestMapping("/api/statutory-periods")
@Tag(name = "Statutory periods", description = "Dates of the screening procedure (Asia/Tokyo calendar days)")
class StatutoryPeriodsController {

    private final StatutoryPeriods periods;

    StatutoryPeriodsController(StatutoryPeriods periods) {
        this.periods = periods;
    }

    record Standstill(LocalDate receivedOn, LocalDate standstillLastDay, LocalDate introductionAllowedFrom,
                      LocalDate extensionCap) {
    }

    record Reply(LocalDate recommendationReceivedOn, LocalDate replyDueOn) {
    }

    @GetMapping("/standstill")
    @Operation(summary = "Standstill of a plan received on a day (Art 52(3)-(4)): last day, first allowed day, extension cap")
    Standstill standstill(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn) {
        return new Standstill(receivedOn, periods.standstillLastDay(receivedOn),
                periods.introductionAllowedFrom(receivedOn), periods.extensionCap(receivedOn));
    }

    @GetMapping("/reply")
    @Operation(summary = "Last day for the operator's reply to a recommendation (10 days, moved past administrative holidays)")
    Reply reply(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recommendationReceivedOn) {
        return new Reply(recommendationReceivedOn, periods.replyDueOn(recommendationReceivedOn));
    }
}
