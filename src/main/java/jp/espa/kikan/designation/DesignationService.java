package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.designation.DesignationRepository.OperatorSize;
import jp.espa.kikan.designation.DesignationRepository.Proposal;
import jp.espa.kikan.legal.AppealInstructions;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.AlreadyRegisteredException;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.platform.ProblemCode;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.CorporateNumber;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.DesignationRegistry;
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

import org.springframework.stereotype.Service;

/**
 * The authority over designations (Art 50): proposals, the criteria and the reviews, designation and its notice,
 * and the publication of a designation or revocation; {@link RevocationService} has the figures and revocation (Art 51),
 * {@link ChangeNoticeService} the change notices (Art 50(3)). Every change goes through one of them, from the API, a
 * form, a timer or the engine's own steps: each method checks the actor's right on the case, loads it from the
 * registry, lets the case decide ({@link DesignationCase}) and records the act. A process names its case by its business key: the proposal number (DesignationProcess),
 * {@code DESIGNATION-<id>} (RevocationProcess and the designation's later acts), {@code CHANGE-<id>} (ChangeNoticeProcess).
 */
@Service
public class DesignationService {

    static final String DESIGNATION_KEY = "DESIGNATION-";
    static final String CHANGE_KEY = "CHANGE-";
    static final Procedure DESIGNATION = Procedure.DESIGNATION;
    /** The series of proposal numbers in {@code numbered_filing}. */
    static final String NUMBER_SERIES = "designation";

    /**
     * A proposal to designate an operator, with the size it states for the SME test; {@code representative} null when
     * it names none (the registry keeps its own); {@code measures} the figures filed with it for the criteria, or empty.
     */
    record NewProposal(String proposalNumber, String corporateNumber, String operatorName, String operatorAddress,
                       String sectorCode, String industry, BigDecimal capitalYen, Integer employees, String proposalReason,
                       Representative representative, List<Measure> measures) {
    }

    /** A proposal on record with its operator and sector, as its forms show them. */
    record Registered(Proposal proposal, Operator operator, Sector sector) {
    }

    private final DesignationRegistry designations;
    private final DesignationRepository repository;
    private final SectorRegistry sectors;
    private final CaseFile caseFile;
    private final DesignationCriteria criteria;
    private final SmallOrMediumEnterprise smeTest;
    private final AccessChecks access;
    private final StatutoryPeriods periods;
    private final StatutoryTime time;
    private final DesignationEngine engine;

    DesignationService(DesignationRegistry designations, DesignationRepository repository, SectorRegistry sectors,
                       CaseFile caseFile, DesignationCriteria criteria, SmallOrMediumEnterprise smeTest, AccessChecks access,
                       StatutoryPeriods periods, StatutoryTime time, DesignationEngine engine) {
        this.designations = designations;
        this.repository = repository;
        this.sectors = sectors;
        this.caseFile = caseFile;
        this.criteria = criteria;
        this.smeTest = smeTest;
        this.access = access;
        this.periods = periods;
        this.time = time;
        this.engine = engine;
    }

    // ---- Proposals (API, or Tasklist's start form)

    Optional<Proposal> existing(String proposalNumber) {
        return repository.caseByProposalNumber(proposalNumber);
    }

    /** Registers a proposal and starts its DesignationProcess. Field names in errors carry {@code fieldPrefix}. */
    Proposal propose(Actor actor, NewProposal p, String fieldPrefix) {
        Registered registered = register(actor, p, fieldPrefix);
        engine.startDesignation(p.proposalNumber(), DesignationVariables.proposal(registered));
        return registered.proposal();
    }

    /**
     * Checks and writes a proposal by the competent ministry of its sector. The size is kept with the proposal: it
     * becomes the operator's only if the registry knows none.
     */
    Registered register(Actor actor, NewProposal p, String fieldPrefix) {
        if (p.proposalNumber().startsWith(DESIGNATION_KEY) || p.proposalNumber().startsWith(CHANGE_KEY)) {
            throw new InvalidInputException(fieldPrefix + "proposalNumber", "案の番号は " + DESIGNATION_KEY + " 又は " + CHANGE_KEY
                    + " で始めることはできません。");
        }
        if (repository.caseByProposalNumber(p.proposalNumber()).isPresent()) {
            throw new AlreadyRegisteredException(fieldPrefix + "proposalNumber", "案の番号 " + p.proposalNumber() + " は既に登録されています。");
        }
        if (!CorporateNumber.isValid(p.corporateNumber())) {
            throw new InvalidInputException(fieldPrefix + "corporateNumber", "法人番号の検査用数字が一致しません。");
        }
        Sector sector = sectors.sector(p.sectorCode()).filter(Sector::active)
                .orElseThrow(() -> new InvalidInputException(fieldPrefix + "sectorCode", "対象事業 " + p.sectorCode() + " は登録されていないか、施行されていません。"));
        if (!access.permits(actor, Action.PROPOSE_DESIGNATION, Subject.ofMinistry(sector.reviewerGroup()))) {
            throw new NotPermittedException("対象事業 " + sector.code() + " の事業者の指定は、その所管省庁のみが提案できます。");
        }
        OperatorSize size = new OperatorSize(p.industry(), p.capitalYen(), p.employees());
        Operator operator = sectors.operatorByCorporateNumber(p.corporateNumber()).orElseGet(() -> {
            Operator created = repository.createOperator(p.corporateNumber(), p.operatorName(), p.operatorAddress());
            repository.recordSize(created.id(), size);
            return created;
        });
        if (designations.current(operator.id(), sector.code()).isPresent()) {
            throw new InvalidInputException(ProblemCode.ALREADY_DESIGNATED, fieldPrefix + "corporateNumber",
                    operator.name() + " は既に対象事業 " + sector.code() + " の特定社会基盤事業者として指定されています。");
        }
        repository.openCase(operator.id(), sector.code()).ifPresent(open -> {
            throw new InvalidInputException(fieldPrefix + "corporateNumber", operator.name() + " は既に対象事業 "
                    + sector.code() + " について指定が提案され、審査中です（案の番号 " + open.proposalNumber() + "）。");
        });
        if (p.representative() != null) {
            repository.recordRepresentative(operator.id(), p.representative());
        }
        if (!p.measures().isEmpty()) { // the proposing ministry's figures (its right FILE_MEASURES): the criteria read them at once
            requireStep(actor, Action.FILE_MEASURES, sector.code(), operator.id());
            repository.fileMeasures(operator.id(), sector.code(), p.measures(), actor.userId());
        }
        Proposal proposal = new Proposal(UUID.randomUUID(), p.proposalNumber(), operator.id(), sector.code(),
                p.proposalReason(), "UNDER_REVIEW", p.industry(), p.capitalYen(), p.employees(), null, null, null, null,
                null, null, null, actor.userId());
        repository.createCase(proposal);
        caseFile.record(DESIGNATION, p.proposalNumber(), LegalActType.PROPOSAL, time.today(), actor.userId(), p.proposalReason());
        return new Registered(proposal, operator, sector);
    }

    // ---- The designation procedure's steps

    /** What the criteria and the SME test found for a proposal. */
    record Findings(DesignationCriteria.Evaluation evaluation, SmallOrMediumEnterprise.Finding sme) {
    }

    /**
     * 指定基準の評価: the sector's criteria and the SME test on the proposal's figures, on record with the proposal; on
     * the proposal ({@code PROPOSAL}) and again when figures arrive during the review ({@code MEASURES_FILED}).
     */
    Findings evaluateCriteria(String proposalNumber, String trigger) {
        Proposal c = designationCase(proposalNumber).proposal();
        Sector sector = sectors.sector(c.sectorCode()).orElseThrow();
        DesignationCriteria.Evaluation evaluation = criteria.evaluate(c.operatorId(), sector, time.today(), trigger, proposalNumber);
        SmallOrMediumEnterprise.Finding sme = smeTest.test(c.size(), proposalNumber);
        repository.recordFindings(c.id(), evaluation.meets(), sme.sme(), sme.basis());
        caseFile.recordDecision(DESIGNATION, proposalNumber, LegalActType.CRITERIA_EVALUATED, time.today(), Actor.SYSTEM.userId(),
                evaluation.meets() ? "MEETS" : "DOES_NOT_MEET", null,
                new ActContent.CriteriaEvaluation(trigger, evaluation.findingsJa(), evaluation.ruleVersion(), sme.basis()));
        return new Findings(evaluation, sme);
    }

    /** 指定の審査 ({@link DesignationCase#review}); the competition concern goes on record with the proposal. */
    void reviewCandidate(Actor actor, String proposalNumber, boolean designate, boolean competitionConcern, String reason) {
        DesignationCase c = officialStep(actor, proposalNumber);
        LegalAct review = c.review(actor.userId(), designate, competitionConcern, reason);
        repository.recordCompetitionConcern(c.proposal().id(), competitionConcern);
        record(proposalNumber, review);
    }

    void seniorReview(Actor actor, String proposalNumber, boolean designate, String reason) {
        DesignationCase c = designationCase(proposalNumber);
        requireStep(actor, Action.SENIOR_REVIEW, c.proposal().sectorCode(), c.proposal().operatorId());
        record(proposalNumber, c.seniorReview(actor.userId(), designate, reason));
    }

    void giveOpportunityToExplain(Actor actor, String proposalNumber, boolean given, LocalDate dueOn, String exclusionReason) {
        record(proposalNumber, officialStep(actor, proposalNumber).opportunityToExplain(actor.userId(), given, dueOn, exclusionReason));
    }

    void considerExplanation(Actor actor, String proposalNumber, String explanation, boolean designate, String reason) {
        record(proposalNumber, officialStep(actor, proposalNumber).considerExplanation(actor.userId(), explanation, designate, reason));
    }

    /** 指定と通知（様式第一）: the designation decided enters the registry with its grace end (Art 53); the notice is issued. */
    Designation designate(String proposalNumber) {
        DesignationCase c = designationCase(proposalNumber);
        Proposal p = c.proposal();
        c.requireReadyToDesignate();
        if (designations.current(p.operatorId(), p.sectorCode()).isPresent()) { // one designation per operator and sector
            throw new ConflictException(ProblemCode.ALREADY_DESIGNATED,
                    "この事業者は既に対象事業 " + p.sectorCode() + " の特定社会基盤事業者として指定されています。");
        }
        LocalDate today = time.today();
        LegalAct decision = c.lastDecision();
        Designation d = designations.designation(
                repository.designate(p.operatorId(), p.sectorCode(), today, periods.graceEndsOn(today), p.id()));
        repository.decide(p.id(), DESIGNATE_DECISION, decision.text(), today);
        Sector sector = sectors.sector(p.sectorCode()).orElseThrow();
        String contents = Notices.designation(d, sector.nameJa(), ActContent.Designation.reasonsJa(c.criteriaFindings()),
                AppealInstructions.authorityOf(sector.competentMinistry()));
        repository.issueNotice(d.id(), Notices.DESIGNATION_FORM, today, contents, decision.official());
        record(proposalNumber, c.designation(d));
        return d;
    }

    void recordNonDesignation(String proposalNumber) {
        DesignationCase c = designationCase(proposalNumber);
        repository.decide(c.proposal().id(), DO_NOT_DESIGNATE_DECISION, c.lastDecision().text(), time.today());
        record(proposalNumber, c.nonDesignation());
    }

    /** 公示: when the notice (designation 様式第一, revocation 様式第三) was published in the gazette and on the internet. */
    void publish(Actor actor, String caseNumber, LocalDate gazette, LocalDate internet) {
        boolean revocation = caseNumber.startsWith(DESIGNATION_KEY);
        Designation d = revocation ? designation(caseNumber)
                : designations.byCase(designationCase(caseNumber).proposal().id()).orElseThrow();
        requireStep(actor, Action.DECIDE_DESIGNATION, d.sectorCode(), d.operatorId());
        LocalDate today = time.today();
        if (gazette.isAfter(today) || internet.isAfter(today)) {
            throw new InvalidInputException(GAZETTE_PUBLISHED_ON, "公示日に将来の日付は入力できません。");
        }
        LocalDate act = revocation ? d.revokedOn() : d.designatedOn();
        if (act != null && (gazette.isBefore(act) || internet.isBefore(act))) { // a notice of an act not yet done
            throw new InvalidInputException(GAZETTE_PUBLISHED_ON, "公示日は" + (revocation ? "解除日" : "指定日")
                    + "（" + act + "）以後にしてください。");
        }
        UUID notice = repository.unpublishedNotice(d.id(), revocation ? Notices.REVOCATION_FORM : Notices.DESIGNATION_FORM)
                .orElseThrow(() -> new IllegalStateException("No notice to publish for " + caseNumber));
        repository.publishNotice(notice, gazette, internet);
        caseFile.record(DESIGNATION, caseNumber, LegalActType.PUBLICATION, gazette, actor.userId(),
                "官報 " + gazette + "、インターネット " + internet);
    }

    // ---- Cases and their competent ministry

    /** The proposal a DesignationProcess runs for, with its case file as of today. */
    DesignationCase designationCase(String proposalNumber) {
        Proposal proposal = repository.caseByProposalNumber(proposalNumber)
                .orElseThrow(() -> new IllegalStateException("No designation case " + proposalNumber));
        return new DesignationCase(proposal, caseFile.acts(DESIGNATION, proposalNumber), time.today());
    }

    String reviewerGroupOfProposal(String proposalNumber) {
        return reviewerGroup(designationCase(proposalNumber).proposal().sectorCode());
    }

    String reviewerGroupOfDesignation(String key) {
        return reviewerGroup(designation(key).sectorCode());
    }

    static String designationKey(Designation d) {
        return DESIGNATION_KEY + d.id();
    }

    Designation designation(String key) {
        return designations.designation(UUID.fromString(key.substring(DESIGNATION_KEY.length())));
    }

    String reviewerGroup(String sectorCode) {
        return sectors.sector(sectorCode).orElseThrow().reviewerGroup();
    }

    /** An official's step: the actor must hold the right for the case's competent ministry. */
    void requireStep(Actor actor, Action action, String sectorCode, UUID operatorId) {
        if (!access.permits(actor, action, new Subject(reviewerGroup(sectorCode), operatorId))) {
            throw new NotPermittedException(sectors.notCompetentJa(sectorCode));
        }
    }

    /** The case, for a step of its competent ministry's officials. */
    private DesignationCase officialStep(Actor actor, String proposalNumber) {
        DesignationCase c = designationCase(proposalNumber);
        requireStep(actor, Action.DECIDE_DESIGNATION, c.proposal().sectorCode(), c.proposal().operatorId());
        return c;
    }

    private void record(String caseNumber, LegalAct act) {
        caseFile.recordDecision(DESIGNATION, caseNumber, act.actType(), act.actDate(), act.official(), act.decision(),
                act.effectiveOn(), act.content());
    }
}
