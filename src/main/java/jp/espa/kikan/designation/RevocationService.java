package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationService.DESIGNATION;
import static jp.espa.kikan.designation.DesignationVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.legal.AppealInstructions;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Measure;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures the criteria read, the re-evaluation of designated operators and mandatory revocation (Art 51):
 * RevocationProcess ({@code DESIGNATION-<id>}) and the yearly DesignationReviewSchedule.
 */
@Service
class RevocationService {

    private final DesignationService designationService;
    private final DesignationRegistry designations;
    private final DesignationRepository repository;
    private final SectorRegistry sectors;
    private final CaseFile caseFile;
    private final DesignationCriteria criteria;
    private final AccessChecks access;
    private final StatutoryTime time;
    private final DesignationEngine engine;

    RevocationService(DesignationService designationService, DesignationRegistry designations, DesignationRepository repository,
                      SectorRegistry sectors, CaseFile caseFile, DesignationCriteria criteria, AccessChecks access,
                      StatutoryTime time, DesignationEngine engine) {
        this.designationService = designationService;
        this.designations = designations;
        this.repository = repository;
        this.sectors = sectors;
        this.caseFile = caseFile;
        this.criteria = criteria;
        this.access = access;
        this.time = time;
        this.engine = engine;
    }

    /** {@code proposalCriteriaMet}: what the criteria found on the figures for the operator's proposal under review, if any. */
    record MeasuresReceipt(String corporateNumber, String sectorCode, int filed, boolean designated, boolean revocationStarted,
                           Boolean proposalCriteriaMet) {
    }

    /**
     * The figures the criteria read come from the competent ministry; a designated operator is re-evaluated at once, and
     * so is an operator under proposal (figures of an operator new to the registry may follow its proposal).
     */
    @Transactional
    MeasuresReceipt fileMeasures(Actor actor, String corporateNumber, String sectorCode, List<Measure> measures) {
        Sector sector = sectors.sector(sectorCode)
                .orElseThrow(() -> new InvalidInputException("sectorCode", "対象事業 " + sectorCode + " は登録されていません。"));
        // the right before the registry: nobody else learns which corporate numbers it holds
        if (!access.permits(actor, Action.FILE_MEASURES, Subject.ofMinistry(sector.reviewerGroup()))) {
            throw new NotPermittedException("対象事業 " + sectorCode + " の数値等は、その所管省庁のみが登録できます。");
        }
        Operator operator = sectors.operatorByCorporateNumber(corporateNumber)
                .orElseThrow(() -> new NotFoundException("法人番号 " + corporateNumber + " の事業者は登録されていません。"));
        repository.fileMeasures(operator.id(), sector.code(), measures, actor.userId());
        Optional<Designation> current = designations.current(operator.id(), sector.code());
        current.ifPresent(d -> caseFile.record(DESIGNATION, DesignationService.designationKey(d), LegalActType.MEASURES_FILED, time.today(),
                actor.userId(), measures.size() + " figures: " + measures.stream().map(Measure::measureCode).distinct().toList()));
        boolean revocation = current.isPresent() && reevaluate(current.get(), "MEASURES_FILED");
        Boolean proposal = current.isPresent() ? null : reevaluateOpenProposal(operator.id(), sector.code(), measures.size(), actor)
                .map(findings -> findings.evaluation().meets()).orElse(null);
        return new MeasuresReceipt(corporateNumber, sector.code(), measures.size(), current.isPresent(), revocation, proposal);
    }

    /**
     * Figures filed for an operator under proposal in the sector: the criteria are applied again (Art 50(1) asks whether
     * the operator meets them when it is designated), on record with the proposal, and its forms show the new findings,
     * so a new operator is designated in one pass. Empty when no proposal of the operator is under review there.
     */
    private Optional<DesignationService.Findings> reevaluateOpenProposal(UUID operatorId, String sectorCode, int filed, Actor actor) {
        return repository.openCase(operatorId, sectorCode).map(open -> {
            caseFile.record(DESIGNATION, open.proposalNumber(), LegalActType.MEASURES_FILED, time.today(), actor.userId(),
                    "審査中に数値等 " + filed + " 件の届出");
            DesignationService.Findings findings = designationService.evaluateCriteria(open.proposalNumber(), "MEASURES_FILED");
            engine.showFindings(open.proposalNumber(), DesignationVariables.criteria(findings));
            return findings;
        });
    }

    /** The yearly review of every current designation (DesignationReviewSchedule). */
    void reevaluateAll() {
        designations.currentDesignations().forEach(d -> reevaluate(d, "YEARLY"));
    }

    /**
     * Re-applies the criteria to a designated operator. One that no longer meets them must be revoked (Art 51): a
     * revocation starts, once per designation, for the competent ministry to confirm (or decline: figures wrong).
     */
    boolean reevaluate(Designation d, String trigger) {
        String key = DesignationService.designationKey(d);
        Sector sector = sectors.sector(d.sectorCode()).orElseThrow();
        DesignationCriteria.Evaluation evaluation = criteria.evaluate(d.operatorId(), sector, time.today(), trigger, key);
        if (evaluation.meets() || engine.hasProcessRunning(key)) {
            return false;
        }
        caseFile.recordDecision(DESIGNATION, key, LegalActType.REVOCATION_STARTED, time.today(), Actor.SYSTEM.userId(),
                "DOES_NOT_MEET", null, new ActContent.CriteriaEvaluation(trigger, evaluation.findingsJa(), evaluation.ruleVersion(), null));
        Map<String, Object> variables = DesignationVariables.revocation(d, sector, evaluation);
        variables.put(DesignationVariables.DESIGNATION_CASE_NUMBER, key); // its forms link to the case's documents
        engine.startRevocation(key, variables);
        return true;
    }

    /**
     * 指定の解除の判断: revocation is mandatory once the criteria are no longer met; the ministry declines only when the
     * figures were wrong, with its reasons. The revocation day lies between the designation and today.
     */
    void decideRevocation(Actor actor, String key, boolean revoke, LocalDate revokedOn, String reason) {
        Designation d = designationService.designation(key);
        designationService.requireStep(actor, Action.DECIDE_DESIGNATION, d.sectorCode(), d.operatorId());
        if (revoke && (revokedOn == null || revokedOn.isBefore(d.designatedOn()) || revokedOn.isAfter(time.today()))) {
            throw new InvalidInputException(REVOKED_ON, "解除日は指定日（" + d.designatedOn() + "）以後、本日以前にしてください。");
        }
        caseFile.recordDecision(DESIGNATION, key, LegalActType.REVOCATION_DECIDED, time.today(), actor.userId(),
                revoke ? "REVOKE" : "DECLINE", revoke ? revokedOn : null, reason);
    }

    /** The revocation decided on record, if the ministry decided to revoke: the model's route. */
    Optional<LegalAct> revocationDecided(String key) {
        return caseFile.latest(DESIGNATION, key, LegalActType.REVOCATION_DECIDED).filter(act -> "REVOKE".equals(act.decision()));
    }

    /** 解除と通知（様式第三）: the revocation decided enters the registry and the notice is issued; returns its day. */
    LocalDate revoke(String key) {
        Designation d = designationService.designation(key);
        LegalAct decision = revocationDecided(key)
                .orElseThrow(() -> new IllegalStateException("No revocation decided for " + key));
        repository.revoke(d.id(), decision.effectiveOn(), decision.text());
        Sector sector = sectors.sector(d.sectorCode()).orElseThrow();
        String findings = caseFile.latest(DESIGNATION, key, LegalActType.REVOCATION_STARTED)
                .map(started -> started.content(ActContent.CriteriaEvaluation.class).findings()).orElse(null);
        String contents = Notices.revocation(designations.designation(d.id()), sector.nameJa(), decision.effectiveOn(),
                ActContent.Revocation.reasonsJa(findings, decision.text()), AppealInstructions.authorityOf(sector.competentMinistry()));
        repository.issueNotice(d.id(), Notices.REVOCATION_FORM, time.today(), contents, decision.official());
        caseFile.record(DESIGNATION, key, LegalActType.REVOCATION, decision.effectiveOn(), decision.official(),
                new ActContent.Revocation(decision.effectiveOn(), findings, decision.text()));
        return decision.effectiveOn();
    }

    /** 解除しない旨の記録: the figures were wrong; the designation stands and the reasons are on record. */
    void recordRevocationDeclined(String key) {
        LegalAct decision = caseFile.latest(DESIGNATION, key, LegalActType.REVOCATION_DECIDED).orElseThrow();
        caseFile.record(DESIGNATION, key, LegalActType.REVOCATION_DECLINED, time.today(), decision.official(), decision.text());
    }
}
