package jp.espa.kikan.inspection;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.espa.kikan.inspection.ReportAndInspectionCase.Kind;
import jp.espa.kikan.inspection.ReportAndInspectionCase.Purpose;
import jp.espa.kikan.platform.FilingOnce;
import jp.espa.kikan.security.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reports and on-site inspections over HTTP: every call goes to {@link ReportAndInspectionService} as the calling account. */
@RestController
@Tag(name = "Reports and on-site inspections", description = "ESPA Art 58: the competent ministry requests a report or inspects")
class ReportAndInspectionController {

    private final ReportAndInspectionService service;
    private final FilingOnce filingOnce;

    ReportAndInspectionController(ReportAndInspectionService service, FilingOnce filingOnce) {
        this.service = service;
        this.filingOnce = filingOnce;
    }

    @Schema(description = "A request for a report or materials, or an on-site inspection, of a designated operator")
    record InspectionRequestBody(@NotNull Kind kind,
                        @NotBlank @Pattern(regexp = "[0-9]{13}", message = "13桁の数字にしてください") String corporateNumber,
                        @NotBlank @Size(max = 40) String sectorCode,
                        @Size(max = 80) @Schema(description = "A related introduction plan of the operator, if any") String applicationNumber,
                        @NotNull @Schema(description = "The provision the request is needed to enforce") Purpose purpose,
                        @NotBlank @Size(max = 4000) @Schema(description = "What is to be reported or inspected") String matters,
                        @NotNull @Schema(description = "The report's last day, or the planned day of the inspection") LocalDate dueOn) {
    }

    record Report(@NotBlank @Size(max = 4000) @Schema(description = "The report, or a summary of the materials submitted") String summary) {
    }

    @PostMapping("/api/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The competent ministry of the operator's sector requests a report or decides an on-site inspection")
    ReportAndInspectionService.View request(@Valid @RequestBody InspectionRequestBody body, Authentication user) {
        return service.start(Actor.of(user), new ReportAndInspectionService.Request(body.kind(), body.corporateNumber(),
                body.sectorCode(), body.applicationNumber(), body.purpose(), body.matters(), body.dueOn()));
    }

    @GetMapping("/api/inspections/{caseNumber}")
    @Operation(summary = "A request and its case file: the competent ministry, the Cabinet Office, and the portal that "
            + "represents the operator (which sees the request and its own report only)")
    ReportAndInspectionService.View read(@PathVariable String caseNumber, Authentication user) {
        return service.read(Actor.of(user), caseNumber);
    }

    @PostMapping("/api/inspections/{caseNumber}/report")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The operator's report, through the portal that represents it; after the due date it is recorded as "
            + "late, until the ministry has recorded that no report came")
    ReportAndInspectionService.ReportReceipt report(@PathVariable String caseNumber, @Valid @RequestBody Report report,
                                                    Authentication user) {
        return filingOnce.findOrFile(() -> service.submitReport(Actor.of(user), caseNumber, report.summary()));
    }
}
