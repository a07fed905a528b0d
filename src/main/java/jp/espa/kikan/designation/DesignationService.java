package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.legal.AppealInstructions;
import jp.espa.kikan.legal.Articles;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.AlreadyRegisteredException;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.CorporateNumber;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.DesignationRegistry.ChangeNotice;
import jp.espa.kikan.registry.DesignationRegistry.Particular;
import jp.espa.kikan.registry.DesignationRegistry.DesignationCase;
import jp.espa.kikan.registry.DesignationRegistry.OperatorSize;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Measure;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.Representative;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one authority over designations (Art 50-51): proposals, the criteria and the reviews, designation and its
 * notice and publication, the figures the criteria read, mandatory revocation, and change notices. Every change goes
 * through here, from the API, a form, a timer or the engine's own steps; each method checks the actor's right on the
 * case, reads what it decides on from the registry and records the act. A process names its case by its business
 * key: the proposal number (DesignationProcess), {@code DESIGNATION-<id>} (RevocationProcess and the designation's
 * later acts), {@code CHANGE-<id>} (ChangeNoticeProcess).
 */
@Service
public class DesignationService {

    static final String DESIGNATION_KEY = "DESIGNATION-";
    static final String CHANGE_KEY = "CHANGE-";
    private static final Procedure DESIGNATION = Procedure.DESIGNATION;
    private static final int OPERATOR_NAME_MAX = 300; // operator.name

    /**
     * A proposal to designate an operator, with the size it states for the SME test; {@code representative} null when
     * it names none (the registry keeps the one it has, if any).
     */
    record Proposal(String proposalNumber, String corporateNumber, String operatorName, String operatorAddress,
                    String sectorCode, String industry, BigDecimal capitalYen, Integer employees, String proposalReason,
                    Representative representative) {
    }

    private final DesignationRegistry designations;
    private final SectorRegistry sectors;
    private final CaseFile caseFile;
    private final DesignationCriteria criteria;
    private final SmallOrMediumEnterprise smeTest;
    private final AccessChecks access;
    private final StatutoryPeriods periods;
    private final StatutoryTime time;
    private final RuntimeService runtime;

    DesignationService(DesignationRegistry designations, SectorRegistry sectors, CaseFile caseFile,
                       DesignationCriteria criteria, SmallOrMediumEnterprise smeTest, AccessChecks access,
                       StatutoryPeriods periods, StatutoryTime time, RuntimeService runtime) {
        this.designations = designations;
        this.sectors = sectors;
        this.caseFile = caseFile;
        this.criteria = criteria;
        this.smeTest = smeTest;
        this.access = access;
        this.periods = periods;
        this.time = time;
        this.runtime = runtime;
    }

    // ---- Proposals (API, or Tasklist's start form)

    /** The series of proposal numbers in {@code numbered_filing}. */
    static final String NUMBER_SERIES = "designation";

    Optional<DesignationCase> existing(String proposalNumber) {
        return designations.caseByProposalNumber(proposalNumber);
    }

    /** Registers a proposal and starts its DesignationProcess. Field names in errors carry {@code fieldPrefix}. */
    DesignationCase propose(Actor actor, Proposal p, String fieldPrefix) {
        Map<String, Object> variables = register(actor, p, fieldPrefix);
        runtime.createProcessInstanceByKey(DESIGNATION_PROCESS).businessKey(p.proposalNumber()).setVariables(variables).execute();
        return designations.caseByProposalNumber(p.proposalNumber()).orElseThrow();
    }

    /**
     * Checks and writes a proposal by the competent ministry of its sector; returns what its forms show. The size is
     * kept with the proposal: it becomes the operator's only if the registry knows none.
     */
    Map<String, Object> register(Actor actor, Proposal p, String fieldPrefix) {
        if (p.proposalNumber().startsWith(DESIGNATION_KEY) || p.proposalNumber().startsWith(CHANGE_KEY)) {
            throw new InvalidInputException(fieldPrefix + "proposalNumber", "Proposal numbers must not start with "
                    + DESIGNATION_KEY + " or " + CHANGE_KEY + ".");
        }
        if (designations.caseByProposalNumber(p.proposalNumber()).isPresent()) {
            throw new AlreadyRegisteredException(fieldPrefix + "proposalNumber", "Proposal " + p.proposalNumber() + " is already registered.");
        }
        if (!CorporateNumber.isValid(p.corporateNumber())) {
            throw new InvalidInputException(fieldPrefix + "corporateNumber", "Not a valid corporate number (check digit).");
        }
        Sector sector = sectors.sector(p.sectorCode()).filter(Sector::active)
                .orElseThrow(() -> new InvalidInputException(fieldPrefix + "sectorCode", "Unknown or inactive sector '" + p.sectorCode() + "'."));
        if (!access.permits(actor, Action.PROPOSE_DESIGNATION, Subject.ofMinistry(sector.reviewerGroup()))) {
            throw new NotPermittedException("Only the competent ministry of sector " + sector.code() + " proposes its operators.");
        }
        OperatorSize size = new OperatorSize(p.industry(), p.capitalYen(), p.employees());
        Operator operator = sectors.operatorByCorporateNumber(p.corporateNumber()).orElseGet(() -> {
            Operator created = designations.createOperator(p.corporateNumber(), p.operatorName(), p.operatorAddress());
            designations.recordSize(created.id(), size);
            return created;
        });
        if (designations.current(operator.id(), sector.code()).isPresent()) {
            throw new InvalidInputException(fieldPrefix + "corporateNumber",
                    operator.name() + " is already a designated operator of sector " + sector.code() + ".");
        }
        designations.openCase(operator.id(), sector.code()).ifPresent(open -> {
            throw new InvalidInputException(fieldPrefix + "corporateNumber", operator.name() + " is already proposed for sector "
                    + sector.code() + " (proposal " + open.proposalNumber() + ", under review).");
        });
        if (p.representative() != null) {
            designations.recordRepresentative(operator.id(), p.representative());
        }
        designations.createCase(new DesignationCase(UUID.randomUUID(), p.proposalNumber(), operator.id(), sector.code(),
                p.proposalReason(), "UNDER_REVIEW", p.industry(), p.capitalYen(), p.employees(), null, null, null, null,
                null, null, null, actor.userId()));
        caseFile.record(DESIGNATION, p.proposalNumber(), LegalActType.PROPOSAL, time.today(), actor.userId(), p.proposalReason());

        Map<String, Object> variables = operatorVariables(operator, sector);
        variables.put(PROPOSAL_NUMBER, p.proposalNumber());
        variables.put(PROPOSAL_REASON, p.proposalReason());
        return variables;
    }

    // ---- The designation procedure's steps

    /** 指定基準の評価: the sector's criteria and the SME test on the proposal's figures, on record with the proposal. */
    Map<String, Object> evaluateCriteria(String proposalNumber) {
        DesignationCase c = proposal(proposalNumber);
        Sector sector = sectors.sector(c.sectorCode()).orElseThrow();
        DesignationCriteria.Evaluation evaluation = criteria.evaluate(c.operatorId(), sector, time.today(), "PROPOSAL", proposalNumber);
        SmallOrMediumEnterprise.Finding sme = smeTest.test(c.size(), proposalNumber);
        designations.recordFindings(c.id(), evaluation.meets(), sme.sme(), sme.basis());
        caseFile.recordDecision(DESIGNATION, proposalNumber, LegalActType.CRITERIA_EVALUATED, time.today(), Actor.SYSTEM.userId(),
                evaluation.meets() ? "MEETS" : "DOES_NOT_MEET", null,
                new ActContent.CriteriaEvaluation("PROPOSAL", evaluation.findingsJa(), evaluation.ruleVersion(), sme.basis()));
        return Map.of(CRITERIA_MET, evaluation.meets(), CRITERIA_FINDINGS, evaluation.findingsJa(),
                CRITERIA_RULE_VERSION, evaluation.ruleVersion(), SME, sme.sme(), SME_BASIS, sme.basis());
    }

    /** What the review decided and whether it goes on to a senior review. */
    record Review(boolean designate, boolean needsSeniorReview) {
    }

    /**
     * 指定の審査: only an operator that meets the criteria may be designated (Art 50(1)). An SME, or a competition
     * concern the official flags, sends a designation to a senior review (basic guideline). Criteria and SME status
     * are those on record for the proposal.
     */
    Review reviewCandidate(Actor actor, String proposalNumber, boolean designate, boolean competitionConcern, String reason) {
        DesignationCase c = proposal(proposalNumber);
        requireStep(actor, Action.DECIDE_DESIGNATION, c.sectorCode(), c.operatorId());
        requireCriteriaMet(c, designate);
        designations.recordCompetitionConcern(c.id(), competitionConcern);
        caseFile.recordDecision(DESIGNATION, proposalNumber, LegalActType.CANDIDATE_REVIEWED, time.today(), actor.userId(),
                designate ? DESIGNATE_DECISION : DO_NOT_DESIGNATE_DECISION, null,
                (competitionConcern ? "競争への影響のおそれあり。" : "") + reason);
        return new Review(designate, designate && (Boolean.TRUE.equals(c.sme()) || competitionConcern));
    }

    /** 中小企業等に係る追加審査: the senior official of the competent ministry decides, with a recorded reason. */
    boolean seniorReview(Actor actor, String proposalNumber, boolean designate, String reason) {
        DesignationCase c = proposal(proposalNumber);
        requireStep(actor, Action.SENIOR_REVIEW, c.sectorCode(), c.operatorId());
        requireCriteriaMet(c, designate);
        caseFile.recordDecision(DESIGNATION, proposalNumber, LegalActType.SENIOR_REVIEWED, time.today(), actor.userId(),
                designate ? DESIGNATE_DECISION : DO_NOT_DESIGNATE_DECISION, null, reason);
        return designate;
    }

    /**
     * 弁明の機会の付与 (行政手続法第13条第1項第2号, 第29条-第31条): a designation imposes duties on the operator it names
     * (APA Art 2(iv)) and Art 88 of the Act does not set APA Chapter 3 aside for it, so before it the operator may explain
     * in writing by a day the notice sets, on which the notice is issued; unless the official records a ground of APA
     * Art 13(2) that excludes the opportunity.
     */
    void giveOpportunityToExplain(Actor actor, String proposalNumber, boolean given, LocalDate dueOn, String exclusionReason) {
        DesignationCase c = proposal(proposalNumber);
        requireStep(actor, Action.DECIDE_DESIGNATION, c.sectorCode(), c.operatorId());
        LocalDate today = time.today();
        if (given && (dueOn == null || !dueOn.isAfter(today))) {
            throw new InvalidInputException(EXPLANATION_DUE_ON, "弁明書の提出期限は、相当な期間をおいて本日（" + today
                    + "）より後の日にしてください（行政手続法第30条）。");
        }
        if (!given && (exclusionReason == null || exclusionReason.isBlank())) {
            throw new InvalidInputException(EXPLANATION_EXCLUSION_REASON, "弁明の機会を付与しない理由（行政手続法第13条第2項の該当号）を入力してください。");
        }
        caseFile.recordDecision(DESIGNATION, proposalNumber, LegalActType.OPPORTUNITY_TO_EXPLAIN, today, actor.userId(),
                given ? "GIVEN" : "EXCLUDED", null,
                new ActContent.OpportunityToExplain(given ? dueOn : null, null, given ? null : exclusionReason.strip()));
    }

    /** The explanation's last day, for the task that waits for it. */
    LocalDate explanationDueOn(String proposalNumber) {
        return caseFile.latest(DESIGNATION, proposalNumber, LegalActType.OPPORTUNITY_TO_EXPLAIN).map(LegalAct::dueOn).orElse(null);
    }

    /**
     * 弁明の検討: the designation waits for the explanation or its last day; then the official decides, in view of
     * it, whether to designate (only an operator that meets the criteria).
     */
    boolean considerExplanation(Actor actor, String proposalNumber, String explanation, boolean designate, String reason) {
        DesignationCase c = proposal(proposalNumber);
        requireStep(actor, Action.DECIDE_DESIGNATION, c.sectorCode(), c.operatorId());
        LocalDate due = explanationDueOn(proposalNumber);
        LocalDate today = time.today();
        if ((explanation == null || explanation.isBlank()) && !today.isAfter(due)) {
            throw new InvalidInputException(EXPLANATION_SUMMARY, "弁明書の提出期限（" + due
                    + "）が過ぎるまでは、提出された弁明の内容を記録してから進んでください。");
        }
        requireCriteriaMet(c, designate);
        caseFile.recordDecision(DESIGNATION, proposalNumber, LegalActType.EXPLANATION_CONSIDERED, today, actor.userId(),
                designate ? DESIGNATE_DECISION : DO_NOT_DESIGNATE_DECISION, null,
                new ActContent.ExplanationConsidered(explanation == null || explanation.isBlank() ? null : explanation.strip(), reason));
        return designate;
    }

    /** 指定と通知（様式第一）: the designation decided enters the registry with its grace end (Art 53); the notice is issued. */
    Map<String, Object> designate(String proposalNumber) {
        DesignationCase c = proposal(proposalNumber);
        LegalAct decision = lastDecision(proposalNumber);
        if (!DESIGNATE_DECISION.equals(decision.decision()) || !Boolean.TRUE.equals(c.criteriaMet())) {
            throw new IllegalStateException("Proposal " + proposalNumber + " is not decided for designation");
        }
        LegalAct opportunity = caseFile.latest(DESIGNATION, proposalNumber, LegalActType.OPPORTUNITY_TO_EXPLAIN)
                .orElseThrow(() -> new IllegalStateException("No opportunity to explain on record for " + proposalNumber));
        if ("GIVEN".equals(opportunity.decision()) && decision.actType() != LegalActType.EXPLANATION_CONSIDERED) {
            throw new IllegalStateException("The explanation in " + proposalNumber + " is not considered yet");
        }
        if (designations.current(c.operatorId(), c.sectorCode()).isPresent()) { // one designation per operator and sector
            throw new ConflictException(c.operatorId() + " is already designated in sector " + c.sectorCode() + ".");
        }
        LocalDate today = time.today();
        Designation d = designations.designate(c.operatorId(), c.sectorCode(), today, periods.graceEndsOn(today), c.id());
        designations.decide(c.id(), DESIGNATE_DECISION, decision.text(), today);
        Sector sector = sectors.sector(c.sectorCode()).orElseThrow();
        String findings = caseFile.latest(DESIGNATION, proposalNumber, LegalActType.CRITERIA_EVALUATED).orElseThrow()
                .content(ActContent.CriteriaEvaluation.class).findings();
        String contents = Notices.designation(d, sector.nameJa(), ActContent.Designation.reasonsJa(findings),
                AppealInstructions.authorityOf(sector.competentMinistry()));
        designations.issueNotice(d.id(), Notices.DESIGNATION_FORM, today, contents, decision.official());
        caseFile.record(DESIGNATION, proposalNumber, LegalActType.DESIGNATION, today, decision.official(),
                new ActContent.Designation(d.designatedOn(), d.graceEndsOn(), findings));
        return Map.of(DESIGNATED_ON, d.designatedOn().toString(), GRACE_ENDS_ON, d.graceEndsOn().toString(),
                DESIGNATION_CASE_NUMBER, proposalNumber);
    }

    /** 指定しない旨の記録: the decision not to designate, with its reasons. */
    void recordNonDesignation(String proposalNumber) {
        DesignationCase c = proposal(proposalNumber);
        LegalAct decision = lastDecision(proposalNumber);
        designations.decide(c.id(), DO_NOT_DESIGNATE_DECISION, decision.text(), time.today());
        caseFile.record(DESIGNATION, proposalNumber, LegalActType.NON_DESIGNATION, time.today(), decision.official(),
                decision.text());
    }

    /** 公示: when the notice (designation 様式第一, revocation 様式第三) was published in the gazette and on the internet. */
    void publish(Actor actor, String caseNumber, LocalDate gazette, LocalDate internet) {
        boolean revocation = caseNumber.startsWith(DESIGNATION_KEY);
        Designation d = revocation ? designation(caseNumber)
                : designations.byCase(proposal(caseNumber).id()).orElseThrow();
        requireStep(actor, Action.DECIDE_DESIGNATION, d.sectorCode(), d.operatorId());
        LocalDate today = time.today();
        if (gazette.isAfter(today) || internet.isAfter(today)) {
            throw new InvalidInputException(GAZETTE_PUBLISHED_ON, "公示日に将来の日付は入力できません。");
        }
        LocalDate act = revocation ? d.revokedOn() : d.designatedOn();
        if (act != null && (gazette.isBefore(act) || internet.isBefore(act))) { // a notice of an act not yet done
            throw new InvalidInputException(GAZETTE_PUBLISHED_ON, "公示日は" + (revocation ? "解除日" : "指定日") + "（" + act
                    + "）以後にしてください。");
        }
        UUID notice = designations.unpublishedNotice(d.id(), revocation ? Notices.REVOCATION_FORM : Notices.DESIGNATION_FORM)
                .orElseThrow(() -> new IllegalStateException("No notice to publish for " + caseNumber));
        designations.publishNotice(notice, gazette, internet);
        caseFile.record(DESIGNATION, caseNumber, LegalActType.PUBLICATION, gazette, actor.userId(),
                "官報 " + gazette + "、インターネット " + internet);
    }

    // ---- Figures, re-evaluation and revocation (Art 51)

    record MeasuresReceipt(String corporateNumber, String sectorCode, int filed, boolean designated, boolean revocationStarted) {
    }

    /** The figures the criteria read come from the competent ministry; a designated operator is re-evaluated at once. */
    @Transactional
    MeasuresReceipt fileMeasures(Actor actor, String corporateNumber, String sectorCode, List<Measure> measures) {
        Sector sector = sectors.sector(sectorCode)
                .orElseThrow(() -> new InvalidInputException("sectorCode", "Unknown sector '" + sectorCode + "'."));
        // the right before the registry: nobody else learns which corporate numbers it holds
        if (!access.permits(actor, Action.FILE_MEASURES, Subject.ofMinistry(sector.reviewerGroup()))) {
            throw new NotPermittedException("The figures of sector " + sectorCode + " come from its competent ministry.");
        }
        Operator operator = sectors.operatorByCorporateNumber(corporateNumber)
                .orElseThrow(() -> new NotFoundException("No operator with corporate number " + corporateNumber + "."));
        designations.fileMeasures(operator.id(), sector.code(), measures, actor.userId());
        Optional<Designation> current = designations.current(operator.id(), sector.code());
        current.ifPresent(d -> caseFile.record(DESIGNATION, designationKey(d), LegalActType.MEASURES_FILED, time.today(),
                actor.userId(), measures.size() + " figures: " + measures.stream().map(Measure::measureCode).distinct().toList()));
        boolean revocation = current.isPresent() && reevaluate(current.get(), "MEASURES_FILED");
        return new MeasuresReceipt(corporateNumber, sector.code(), measures.size(), current.isPresent(), revocation);
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
        String key = designationKey(d);
        Sector sector = sectors.sector(d.sectorCode()).orElseThrow();
        DesignationCriteria.Evaluation evaluation = criteria.evaluate(d.operatorId(), sector, time.today(), trigger, key);
        if (evaluation.meets() || runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() > 0) {
            return false;
        }
        caseFile.recordDecision(DESIGNATION, key, LegalActType.REVOCATION_STARTED, time.today(), Actor.SYSTEM.userId(),
                "DOES_NOT_MEET", null, new ActContent.CriteriaEvaluation(trigger, evaluation.findingsJa(), evaluation.ruleVersion(), null));
        Map<String, Object> variables = operatorVariables(
                new Operator(d.operatorId(), d.corporateNumber(), d.operatorName(), d.operatorAddress()), sector);
        variables.put(DESIGNATED_ON, d.designatedOn().toString());
        variables.put(CRITERIA_MET, false);
        variables.put(CRITERIA_FINDINGS, evaluation.findingsJa());
        variables.put(CRITERIA_RULE_VERSION, evaluation.ruleVersion());
        runtime.createProcessInstanceByKey(REVOCATION_PROCESS).businessKey(key).setVariables(variables).execute();
        return true;
    }

    /**
     * 指定の解除の判断: revocation is mandatory once the criteria are no longer met; the ministry declines only when the
     * figures were wrong, with its reasons. The revocation day lies between the designation and today.
     */
    boolean decideRevocation(Actor actor, String key, boolean revoke, LocalDate revokedOn, String reason) {
        Designation d = designation(key);
        requireStep(actor, Action.DECIDE_DESIGNATION, d.sectorCode(), d.operatorId());
        if (revoke && (revokedOn == null || revokedOn.isBefore(d.designatedOn()) || revokedOn.isAfter(time.today()))) {
            throw new InvalidInputException(REVOKED_ON, "解除日は指定日（" + d.designatedOn() + "）以後、本日以前にしてください。");
        }
        caseFile.recordDecision(DESIGNATION, key, LegalActType.REVOCATION_DECIDED, time.today(), actor.userId(),
                revoke ? "REVOKE" : "DECLINE", revoke ? revokedOn : null, reason);
        return revoke;
    }

    /** 解除と通知（様式第三）: the revocation decided enters the registry and the notice is issued. */
    Map<String, Object> revoke(String key) {
        Designation d = designation(key);
        LegalAct decision = caseFile.latest(DESIGNATION, key, LegalActType.REVOCATION_DECIDED)
                .filter(act -> "REVOKE".equals(act.decision()))
                .orElseThrow(() -> new IllegalStateException("No revocation decided for " + key));
        designations.revoke(d.id(), decision.effectiveOn(), decision.text());
        Sector sector = sectors.sector(d.sectorCode()).orElseThrow();
        String findings = caseFile.latest(DESIGNATION, key, LegalActType.REVOCATION_STARTED)
                .map(started -> started.content(ActContent.CriteriaEvaluation.class).findings()).orElse(null);
        ActContent.Revocation revocation = new ActContent.Revocation(decision.effectiveOn(), findings, decision.text());
        String contents = Notices.revocation(designations.designation(d.id()), sector.nameJa(), decision.effectiveOn(),
                ActContent.Revocation.reasonsJa(findings, decision.text()), AppealInstructions.authorityOf(sector.competentMinistry()));
        designations.issueNotice(d.id(), Notices.REVOCATION_FORM, time.today(), contents, decision.official());
        caseFile.record(DESIGNATION, key, LegalActType.REVOCATION, decision.effectiveOn(), decision.official(), revocation);
        return Map.of(REVOKED_ON, decision.effectiveOn().toString(), DESIGNATION_CASE_NUMBER, key);
    }

    /** 解除しない旨の記録: the figures were wrong; the designation stands and the reasons are on record. */
    void recordRevocationDeclined(String key) {
        LegalAct decision = caseFile.latest(DESIGNATION, key, LegalActType.REVOCATION_DECIDED).orElseThrow();
        caseFile.record(DESIGNATION, key, LegalActType.REVOCATION_DECLINED, time.today(), decision.official(), decision.text());
    }

    // ---- Change notices (Art 50(3), 96)

    enum ChangeKind { NAME, ADDRESS }

    record ChangeReceipt(String corporateNumber, ChangeKind kind, LocalDate receivedOn, LocalDate effectiveOn, LocalDate dueBy,
                         boolean late, int ministriesNotified) {
    }

    /**
     * A designated operator's notice that its name or address will change, filed through the portal that represents it.
     * It is due at least 2 weeks before the change; a late notice is accepted, recorded as late (a criminal fine of up
     * to ¥300,000 under Art 96, the corporation too under Art 97: not an administrative 過料) and shown to each competent ministry, whose official publishes the change (Art 50(2) 後段); the registry shows it from its day.
     */
    @Transactional
    ChangeReceipt fileChangeNotice(Actor actor, String corporateNumber, ChangeKind kind, String newValue, LocalDate effectiveOn) {
        // the right before the registry: an operator this account does not file for is answered as one not in it
        access.requireSome(actor, Action.FILE_CHANGE_NOTICE);
        Operator operator = sectors.operatorByCorporateNumber(corporateNumber)
                .filter(o -> access.permits(actor, Action.FILE_CHANGE_NOTICE, new Subject(null, o.id())))
                .orElseThrow(() -> new NotFoundException("No operator with corporate number " + corporateNumber
                        + " that this account files for."));
        List<Designation> current = designations.designations(null, corporateNumber).stream()
                .filter(d -> d.revokedOn() == null).toList();
        if (current.isEmpty()) {
            throw new InvalidInputException("corporateNumber", operator.name() + " is not a designated operator.");
        }
        LocalDate firstDesignated = current.stream().map(Designation::designatedOn).min(LocalDate::compareTo).orElseThrow();
        if (!effectiveOn.isAfter(firstDesignated)) {
            // the registry publishes the particulars on record as in effect since the designation
            throw new InvalidInputException("effectiveOn", "The change must take effect after the designation of "
                    + firstDesignated + ".");
        }
        if (kind == ChangeKind.NAME && newValue.length() > OPERATOR_NAME_MAX) {
            throw new InvalidInputException("newValue", "A name has at most " + OPERATOR_NAME_MAX + " characters.");
        }
        String oldValue = kind == ChangeKind.NAME ? operator.name() : operator.address();
        LocalDate today = time.today();
        LocalDate dueBy = periods.changeNoticeDueBy(effectiveOn);
        boolean late = today.isAfter(dueBy);
        for (Designation d : current) {
            UUID id = designations.recordChangeNotice(operator.id(), d.id(), kind.name(), oldValue, newValue, effectiveOn, today,
                    late, actor.userId());
            String key = CHANGE_KEY + id;
            caseFile.record(DESIGNATION, key, LegalActType.CHANGE_NOTICE_RECEIVED, today, actor.userId(),
                    kind + ": " + oldValue + " → " + newValue + " (effective " + effectiveOn + (late ? ", late" : "") + ")");
            Map<String, Object> variables = operatorVariables(operator, sectors.sector(d.sectorCode()).orElseThrow());
            variables.put(CHANGE_KIND_LABEL, kind == ChangeKind.NAME ? "名称" : "住所");
            variables.put(OLD_VALUE, oldValue);
            variables.put(NEW_VALUE, newValue);
            variables.put(EFFECTIVE_ON, effectiveOn.toString());
            variables.put(RECEIVED_ON, today.toString());
            variables.put(LATE, late);
            if (late) {
                variables.put(LATE_NOTE, "届出期限 " + dueBy + "（変更日の2週間前）を過ぎて受理しました。" + Articles.ART_50_3
                        + "の届出の遅延として、" + Notices.LATE_CHANGE_NOTICE_PENALTY + "。");
            }
            runtime.createProcessInstanceByKey(CHANGE_NOTICE_PROCESS).businessKey(key).setVariables(variables).execute();
        }
        return new ChangeReceipt(corporateNumber, kind, today, effectiveOn, dueBy, late, current.size());
    }

    /** A change notice of release 1, still waiting for its ministry: recorded per designation; returns its case key. */
    String adoptLegacyChangeNotice(String corporateNumber, UUID designationId, ChangeKind kind, String oldValue, String newValue,
                                   LocalDate effectiveOn, LocalDate receivedOn, boolean late) {
        Designation d = designations.designation(designationId);
        if (!d.corporateNumber().equals(corporateNumber)) {
            throw new IllegalStateException("Change notice of " + corporateNumber + " names a designation of another operator");
        }
        UUID id = designations.recordChangeNotice(d.operatorId(), d.id(), kind.name(), oldValue, newValue, effectiveOn,
                receivedOn, late, Actor.SYSTEM.userId());
        return CHANGE_KEY + id;
    }

    /** 変更届出の確認: the competent ministry acknowledges the notice and records the day it published the change (Art 50(2) 後段). */
    void acknowledgeChangeNotice(Actor actor, String key, LocalDate publicRecordUpdatedOn, String note) {
        ChangeNotice notice = changeNotice(key);
        Designation d = designations.designation(notice.designationId());
        requireStep(actor, Action.DECIDE_DESIGNATION, d.sectorCode(), d.operatorId());
        if (publicRecordUpdatedOn.isAfter(time.today())) {
            throw new InvalidInputException(PUBLIC_RECORD_UPDATED_ON, "変更の公示の日に将来の日付は入力できません。");
        }
        designations.acknowledgeChangeNotice(notice.id(), time.today());
        caseFile.recordDecision(DESIGNATION, key, LegalActType.CHANGE_NOTICE_ACKNOWLEDGED, time.today(), actor.userId(),
                "ACKNOWLEDGED", publicRecordUpdatedOn, note);
    }

    /**
     * 変更の公示 (Art 50(2) 後段): the changed name or address is published, on the day the ministry set, with the day it
     * takes effect; the public registry shows it from that day (the particular is recorded as in effect from then).
     */
    void publishChange(String key) {
        ChangeNotice notice = changeNotice(key);
        LegalAct acknowledgement = acknowledgement(key);
        Designation d = designations.designation(notice.designationId());
        designations.recordParticular(notice.operatorId(), Particular.valueOf(notice.changeKind()), notice.newValue(),
                notice.effectiveOn(), notice.id());
        String contents = Notices.change(d, sectors.sector(d.sectorCode()).orElseThrow().nameJa(),
                ChangeKind.NAME.name().equals(notice.changeKind()) ? "名称" : "住所", notice.oldValue(), notice.newValue(),
                notice.effectiveOn());
        UUID noticeId = designations.issueNotice(d.id(), Notices.CHANGE_FORM, time.today(), contents, acknowledgement.official());
        designations.publishNotice(noticeId, acknowledgement.effectiveOn(), acknowledgement.effectiveOn());
        caseFile.record(DESIGNATION, key, LegalActType.CHANGE_PUBLISHED, acknowledgement.effectiveOn(), acknowledgement.official(),
                new ActContent.ChangePublication(notice.changeKind(), notice.oldValue(), notice.newValue(), notice.effectiveOn()));
    }

    /** The day the notified change takes effect, which the change-notice model waits for. */
    LocalDate changeEffectiveOn(String key) {
        return changeNotice(key).effectiveOn();
    }

    /**
     * 登録事項の変更, on the day the change takes effect: the operator's row, which notices, task cards and documents
     * read, takes the particulars in effect that day. A notice issued before the day is addressed by the old name:
     * until then the operator still bears it (Art 50(3) notifies the change before it is made).
     */
    void updateRegistry(String key) {
        ChangeNotice notice = changeNotice(key);
        time.requireReached(notice.effectiveOn(), "登録事項の変更", "変更の日 " + notice.effectiveOn());
        designations.takeParticularsInEffect(notice.operatorId(), time.today());
        caseFile.record(DESIGNATION, key, LegalActType.REGISTRY_UPDATED, time.today(), acknowledgement(key).official(),
                notice.changeKind() + " → " + notice.newValue());
    }

    // ---- Routing: the competent ministry of the case a process runs for

    String reviewerGroupOfProposal(String proposalNumber) {
        return reviewerGroup(proposal(proposalNumber).sectorCode());
    }

    String reviewerGroupOfDesignation(String key) {
        return reviewerGroup(designation(key).sectorCode());
    }

    String reviewerGroupOfChangeNotice(String key) {
        return reviewerGroup(designations.designation(changeNotice(key).designationId()).sectorCode());
    }

    // ---- Helpers

    /** What every form of the procedures shows about the operator and its sector. */
    static Map<String, Object> operatorVariables(Operator operator, Sector sector) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(OPERATOR_NAME, operator.name());
        variables.put(CORPORATE_NUMBER, operator.corporateNumber());
        variables.put(OPERATOR_ADDRESS, operator.address());
        variables.put(SECTOR_CODE, sector.code());
        variables.put(SECTOR_NAME, sector.nameJa());
        return variables;
    }

    static String designationKey(Designation d) {
        return DESIGNATION_KEY + d.id();
    }

    private String reviewerGroup(String sectorCode) {
        return sectors.sector(sectorCode).orElseThrow().reviewerGroup();
    }

    private DesignationCase proposal(String proposalNumber) {
        return designations.caseByProposalNumber(proposalNumber)
                .orElseThrow(() -> new IllegalStateException("No designation case " + proposalNumber));
    }

    private Designation designation(String key) {
        return designations.designation(UUID.fromString(key.substring(DESIGNATION_KEY.length())));
    }

    private ChangeNotice changeNotice(String key) {
        return designations.changeNotice(UUID.fromString(key.substring(CHANGE_KEY.length())));
    }

    private LegalAct acknowledgement(String key) {
        return caseFile.latest(DESIGNATION, key, LegalActType.CHANGE_NOTICE_ACKNOWLEDGED).orElseThrow();
    }

    /** The decision reached last: after the explanation, else the senior review's when there was one, else the review's. */
    private LegalAct lastDecision(String proposalNumber) {
        return caseFile.latest(DESIGNATION, proposalNumber, LegalActType.CANDIDATE_REVIEWED, LegalActType.SENIOR_REVIEWED,
                        LegalActType.EXPLANATION_CONSIDERED)
                .orElseThrow(() -> new IllegalStateException("No review on record for " + proposalNumber));
    }

    private void requireCriteriaMet(DesignationCase c, boolean designate) {
        if (designate && !Boolean.TRUE.equals(c.criteriaMet())) {
            throw new InvalidInputException(REVIEW_DECISION, "指定基準に該当しない事業者は指定できません（" + Articles.ART_50_1 + "）。");
        }
    }

    /** An official's step: the actor must hold the right for the case's competent ministry. */
    private void requireStep(Actor actor, Action action, String sectorCode, UUID operatorId) {
        if (!access.permits(actor, action, new Subject(reviewerGroup(sectorCode), operatorId))) {
            throw new NotPermittedException(sectors.notCompetentJa(sectorCode));
        }
    }
}
