package jp.espa.kikan.designation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.espa.kikan.designation.DesignationRequests.ChangeNotice;
import jp.espa.kikan.designation.DesignationRequests.Candidate;
import jp.espa.kikan.designation.DesignationRequests.MeasureFiling;
import jp.espa.kikan.designation.DesignationRequests.MeasureValue;
import jp.espa.kikan.designation.DesignationRequests.Proposals;
import jp.espa.kikan.registry.Measure;
import jp.espa.kikan.registry.Representative;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.FilingOnce;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.security.Actor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Designation over HTTP: every call goes to {@link DesignationService}, {@link RevocationService} or
 * {@link ChangeNoticeService} as the calling account.
 */
@RestController
@Tag(name = "Operator designation", description = "Designated operators (ESPA Art 50-51): proposals, measures, change notices, the registry")
class DesignationController {

    private final DesignationService service;
    private final RevocationService revocations;
    private final ChangeNoticeService changeNotices;
    private final PublishedRegistry registry;
    private final StatutoryTime time;
    private final FilingOnce filingOnce;

    DesignationController(DesignationService service, RevocationService revocations, ChangeNoticeService changeNotices,
                          PublishedRegistry registry, StatutoryTime time, FilingOnce filingOnce) {
        this.service = service;
        this.revocations = revocations;
        this.changeNotices = changeNotices;
        this.registry = registry;
        this.time = time;
        this.filingOnce = filingOnce;
    }

    record ProposalReceipt(UUID designationCaseId, String proposalNumber, String status) {
    }

    @PostMapping("/api/designation-proposals")
    @Operation(summary = "The competent ministry proposes operators of its sectors for designation; each starts a designation "
            + "procedure. All or none are registered (201); the same candidates again answer with their cases (200); another candidate "
            + "under a known proposal number is refused (409)")
    ResponseEntity<List<ProposalReceipt>> propose(@Valid @RequestBody Proposals proposals, Authentication user) {
        Actor actor = Actor.of(user);
        return filingOnce.findOrFile(() -> {
            List<ProposalReceipt> receipts = new ArrayList<>();
            boolean created = false;
            for (int i = 0; i < proposals.candidates().size(); i++) {
                Candidate c = proposals.candidates().get(i);
                boolean isNew = filingOnce.isNew(DesignationService.NUMBER_SERIES, c.proposalNumber(), actor.userId(), c);
                created |= isNew;
                var designationCase = isNew ? service.propose(actor, new DesignationService.NewProposal(
                        c.proposalNumber(), c.corporateNumber(), c.operatorName(), c.operatorAddress(), c.sectorCode(),
                        c.industry().name(), c.capitalYen(), c.employees(), c.proposalReason(),
                        representative(c, "candidates[" + i + "]."),
                        measures(c.measures() == null ? List.of() : c.measures(), "candidates[" + i + "].measures")),
                        "candidates[" + i + "].")
                        : service.existing(c.proposalNumber()).orElseThrow();
                receipts.add(new ProposalReceipt(designationCase.id(), designationCase.proposalNumber(), designationCase.status()));
            }
            return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(receipts);
        });
    }

    /** The candidate's representative: title and name together, or neither. */
    private static Representative representative(Candidate c, String fieldPrefix) {
        if (c.representativeTitle() == null && c.representativeName() == null) {
            return null;
        }
        if (c.representativeTitle() == null || c.representativeTitle().isBlank()) {
            throw new InvalidInputException(fieldPrefix + "representativeTitle", "代表者の氏名とともに役職を記載してください。");
        }
        if (c.representativeName() == null || c.representativeName().isBlank()) {
            throw new InvalidInputException(fieldPrefix + "representativeName", "代表者の役職とともに氏名を記載してください。");
        }
        return new Representative(c.representativeTitle().strip(), c.representativeName().strip());
    }

    @PostMapping("/api/operators/{corporateNumber}/measures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The competent ministry files figures and facts of an operator's business; a designated operator is "
            + "re-evaluated at once, and a revocation starts for the ministry to confirm when the criteria are no longer met")
    RevocationService.MeasuresReceipt fileMeasures(@PathVariable String corporateNumber, @Valid @RequestBody MeasureFiling filing,
                                                    Authentication user) {
        return revocations.fileMeasures(Actor.of(user), corporateNumber, filing.sectorCode(), measures(filing.measures(), "measures"));
    }

    private static List<Measure> measures(List<MeasureValue> values, String field) {
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            var m = values.get(i);
            if ((m.number() == null ? 0 : 1) + (m.text() == null ? 0 : 1) + (m.flag() == null ? 0 : 1) != 1) {
                throw new InvalidInputException(field + "[" + i + "]", "number、text、flag のいずれか一つを指定してください。");
            }
            measures.add(new Measure(m.code(), m.fiscalYear(), m.number(), m.text(), m.flag(), m.source()));
        }
        return measures;
    }

    @PostMapping("/api/operators/{corporateNumber}/change-notices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Notice of a change of name or address, through the portal representing the operator; late notices "
            + "(less than 2 weeks ahead) are accepted and marked late")
    ChangeNoticeService.ChangeReceipt notifyChange(@PathVariable String corporateNumber, @Valid @RequestBody ChangeNotice notice,
                                                  Authentication user) {
        return changeNotices.fileChangeNotice(Actor.of(user), corporateNumber, notice.kind(), notice.newValue(), notice.effectiveOn());
    }

    @GetMapping("/api/designations")
    @Operation(summary = "The public registry of designations, by sector and/or operator, as it reads on a day (asOf, default "
            + "today in Tokyo): the name and address in effect that day with the day each took effect, and the notices published in "
            + "the gazette by then; the full notices (with their reasons) only to the competent ministry, the Cabinet Office and "
            + "the portal account representing the operator; the competent ministry's officials also see the changes notified "
            + "for a later day")
    List<PublishedRegistry.Entry> list(@RequestParam(required = false) String sectorCode,
                                       @RequestParam(required = false) String corporateNumber,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                       Authentication user) {
        if (asOf != null && (asOf.getYear() < 1900 || asOf.getYear() > 2100)) {
            throw new InvalidInputException("asOf", "1900年から2100年までの日を指定してください。");
        }
        return registry.asOf(Actor.of(user), sectorCode, corporateNumber, asOf == null ? time.today() : asOf);
    }
}
