package jp.espa.kikan.designation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.espa.kikan.designation.DesignationIntake.Proposal;
import jp.espa.kikan.designation.DesignationRequests.ChangeNotice;
import jp.espa.kikan.designation.DesignationRequests.Candidate;
import jp.espa.kikan.designation.DesignationRequests.MeasureFiling;
import jp.espa.kikan.designation.DesignationRequests.Proposals;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.Measure;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.Roles;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Operator designation", description = "Designated operators (ESPA Art 50-51): proposals, measures, change notices, the registry")
class DesignationController {

    private final DesignationIntake intake;
    private final DesignationRegistry designations;
    private final SectorRegistry sectors;
    private final Reevaluation reevaluation;
    private final ChangeNotices changeNotices;

    DesignationController(DesignationIntake intake, DesignationRegistry designations, SectorRegistry sectors,
                          Reevaluation reevaluation, ChangeNotices changeNotices) {
        this.intake = intake;
        this.designations = designations;
        this.sectors = sectors;
        this.reevaluation = reevaluation;
        this.changeNotices = changeNotices;
    }

    record ProposalReceipt(UUID designationCaseId, String proposalNumber, String status) {
    }

    @PostMapping("/api/designation-proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "Propose operators for designation; each starts a designation procedure. All or none are registered")
    List<ProposalReceipt> propose(@Valid @RequestBody Proposals proposals, Authentication user) {
        List<ProposalReceipt> receipts = new ArrayList<>();
        for (int i = 0; i < proposals.candidates().size(); i++) {
            Candidate c = proposals.candidates().get(i);
            requireCompetentMinistry(user, c.sectorCode(), "candidates[" + i + "].sectorCode");
            var existing = intake.existing(c.proposalNumber());
            var designationCase = existing.isPresent() ? existing.get() : intake.propose(new Proposal(c.proposalNumber(),
                    c.corporateNumber(), c.operatorName(), c.operatorAddress(), c.sectorCode(), c.industry().name(),
                    c.capitalYen(), c.employees(), c.proposalReason()), user.getName(), "candidates[" + i + "].");
            receipts.add(new ProposalReceipt(designationCase.id(), designationCase.proposalNumber(), designationCase.status()));
        }
        return receipts;
    }

    record MeasuresReceipt(String corporateNumber, String sectorCode, int filed, boolean designated, boolean revocationStarted) {
    }

    @PostMapping("/api/operators/{corporateNumber}/measures")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "File figures and facts of an operator's business; a designated operator is re-evaluated at once")
    MeasuresReceipt fileMeasures(@PathVariable String corporateNumber, @Valid @RequestBody MeasureFiling filing,
                                 Authentication user) {
        Operator operator = sectors.operatorByCorporateNumber(corporateNumber)
                .orElseThrow(() -> new NotFoundException("No operator with corporate number " + corporateNumber + "."));
        Sector sector = sectors.sector(filing.sectorCode())
                .orElseThrow(() -> new InvalidInputException("sectorCode", "Unknown sector '" + filing.sectorCode() + "'."));
        if (!Roles.isMember(user, Roles.OPERATOR_PORTAL)) {
            requireCompetentMinistry(user, sector.code(), "sectorCode");
        }
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < filing.measures().size(); i++) {
            var m = filing.measures().get(i);
            int values = (m.number() == null ? 0 : 1) + (m.text() == null ? 0 : 1) + (m.flag() == null ? 0 : 1);
            if (values != 1) {
                throw new InvalidInputException("measures[" + i + "]", "Give exactly one of number, text or flag.");
            }
            measures.add(new Measure(m.code(), m.fiscalYear(), m.number(), m.text(), m.flag(), m.source()));
        }
        designations.fileMeasures(operator.id(), sector.code(), measures, user.getName());
        var current = designations.current(operator.id(), sector.code());
        boolean revocation = current.isPresent() && reevaluation.reevaluate(current.get(), "MEASURES_FILED");
        return new MeasuresReceipt(corporateNumber, sector.code(), measures.size(), current.isPresent(), revocation);
    }

    @PostMapping("/api/operators/{corporateNumber}/change-notices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Notice of a change of name or address; late notices (less than 2 weeks ahead) are accepted and marked late")
    ChangeNotices.Receipt notifyChange(@PathVariable String corporateNumber, @Valid @RequestBody ChangeNotice notice,
                                       Authentication user) {
        return changeNotices.file(corporateNumber, notice.kind(), notice.newValue(), notice.effectiveOn(), user.getName());
    }

    record DesignationView(UUID designationId, String corporateNumber, String operatorName, String operatorAddress,
                           String sectorCode, String status, LocalDate designatedOn, LocalDate graceEndsOn,
                           LocalDate revokedOn, List<DesignationRegistry.Notice> notices) {
    }

    @GetMapping("/api/designations")
    @Operation(summary = "The public registry of designations, by sector and/or operator")
    List<DesignationView> list(@RequestParam(required = false) String sectorCode,
                               @RequestParam(required = false) String corporateNumber) {
        List<DesignationView> views = new ArrayList<>();
        for (Designation d : designations.designations(sectorCode, corporateNumber)) {
            views.add(new DesignationView(d.id(), d.corporateNumber(), d.operatorName(), d.operatorAddress(), d.sectorCode(),
                    d.revokedOn() == null ? "DESIGNATED" : "REVOKED", d.designatedOn(), d.graceEndsOn(), d.revokedOn(),
                    designations.notices(d.id())));
        }
        return views;
    }

    private void requireCompetentMinistry(Authentication user, String sectorCode, String field) {
        Sector sector = sectors.sector(sectorCode)
                .orElseThrow(() -> new InvalidInputException(field, "Unknown sector '" + sectorCode + "'."));
        if (!Roles.isMember(user, sector.reviewerGroup()) && !Roles.isMember(user, Roles.ADMIN)) {
            throw new AccessDeniedException("Only the competent ministry of sector " + sectorCode + " may do this.");
        }
    }
}
