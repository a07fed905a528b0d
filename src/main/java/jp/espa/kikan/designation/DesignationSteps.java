package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;
import static jp.espa.kikan.platform.ProcessCases.caseNumber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;

import jp.espa.kikan.designation.DesignationRequests.Candidate;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.security.Roles;
import jp.espa.kikan.registry.Representative;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the designation, revocation, change-notice and yearly review models, as the models call them
 * ({@code ${designationSteps.reviewCandidate(task)}}): form values become a call of {@link DesignationService},
 * {@link RevocationService} or {@link ChangeNoticeService}; the display copy is written back, and the gateways ask what the record says
 * ({@code ${designationSteps.decidedToDesignate(execution)}}). The case is the one the business key names.
 */
@Component
public class DesignationSteps {

    private static final Set<String> DECISIONS = Set.of(DESIGNATE_DECISION, DO_NOT_DESIGNATE_DECISION);
    private static final BigDecimal MAX_CAPITAL_YEN = new BigDecimal("1E18");
    private static final BigDecimal MAX_EMPLOYEES = BigDecimal.valueOf(10_000_000);

    private final DesignationService service;
    private final RevocationService revocations;
    private final ChangeNoticeService changeNotices;
    private final IdentityService identity;
    private final StatutoryTime time;

    DesignationSteps(DesignationService service, RevocationService revocations, ChangeNoticeService changeNotices,
                     IdentityService identity, StatutoryTime time) {
        this.service = service;
        this.revocations = revocations;
        this.changeNotices = changeNotices;
        this.identity = identity;
        this.time = time;
    }

    // ---- Candidate groups, from the registry

    public String reviewerGroupOfProposal(DelegateExecution execution) {
        return service.reviewerGroupOfProposal(caseNumber(execution));
    }

    public String seniorGroupOfProposal(DelegateExecution execution) {
        return Roles.seniorGroup(reviewerGroupOfProposal(execution));
    }

    public String reviewerGroupOfDesignation(DelegateExecution execution) {
        return service.reviewerGroupOfDesignation(caseNumber(execution));
    }

    public String reviewerGroupOfChangeNotice(DelegateExecution execution) {
        return changeNotices.reviewerGroupOfChangeNotice(caseNumber(execution));
    }

    // ---- Designation

    /** 候補の登録: a proposal from the API arrives registered (business key set); one from Tasklist's start form is registered here. */
    public void registerCandidate(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() != null) {
            return;
        }
        FormValues form = new FormValues(execution);
        DesignationService.NewProposal proposal = new DesignationService.NewProposal(
                form.text(PROPOSAL_NUMBER, "提案番号", Candidate.class), form.text(CORPORATE_NUMBER, "法人番号", Candidate.class),
                form.text(OPERATOR_NAME, "事業者の名称", Candidate.class), form.text(OPERATOR_ADDRESS, "住所", Candidate.class),
                form.text(SECTOR_CODE, "特定社会基盤事業", Candidate.class),
                form.choice(INDUSTRY, "業種", Set.of("MANUFACTURING_OTHER", "WHOLESALE", "SERVICE", "RETAIL")),
                form.number(CAPITAL_YEN, "資本金（円）", MAX_CAPITAL_YEN, true),
                form.number(EMPLOYEES, "従業員の数", MAX_EMPLOYEES, true).intValue(),
                form.text(PROPOSAL_REASON, "提案の理由", Candidate.class), representative(form), List.of());
        execution.setVariables(DesignationVariables.proposal(FormValues.registration(() -> service.register(actor(), proposal, ""))));
        execution.getProcessInstance().setProcessBusinessKey(proposal.proposalNumber());
    }

    /** The operator's representative for the notices' addressee: title and name together, or neither. */
    private static Representative representative(FormValues form) {
        String title = form.text(REPRESENTATIVE_TITLE, "代表者の役職", Candidate.class);
        String name = form.text(REPRESENTATIVE_NAME, "代表者の氏名", Candidate.class);
        FormValues.require((title == null) == (name == null), "代表者の役職と氏名は、両方を入力するか、両方とも空欄にしてください。");
        return Representative.of(title, name).orElse(null);
    }

    public void evaluateCriteria(DelegateExecution execution) {
        execution.setVariables(DesignationVariables.criteria(service.evaluateCriteria(caseNumber(execution), "PROPOSAL")));
    }

    public void reviewCandidate(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean designate = DESIGNATE_DECISION.equals(form.choice(REVIEW_DECISION, "指定の判断", DECISIONS));
        String reason = form.text(REVIEW_REASON, "理由");
        boolean concern = form.flag(COMPETITION_CONCERN);
        FormValues.step(() -> service.reviewCandidate(actor(), caseNumber(task), designate, concern, reason));
        task.setVariable(COMPETITION_CONCERN, concern);
    }

    /** The review's designation goes to a senior review: an SME, or a competition concern on record. */
    public boolean needsSeniorReview(DelegateExecution execution) {
        return service.designationCase(caseNumber(execution)).needsSeniorReview();
    }

    public void seniorReview(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean designate = DESIGNATE_DECISION.equals(form.choice(SENIOR_DECISION, "追加審査の判断", DECISIONS));
        String reason = form.text(SENIOR_REASON, "追加審査の理由");
        FormValues.step(() -> service.seniorReview(actor(), caseNumber(task), designate, reason));
    }

    public void giveOpportunityToExplain(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean given = "GIVEN".equals(form.choice(EXPLANATION_OPPORTUNITY, "弁明の機会", Set.of("GIVEN", "EXCLUDED")));
        LocalDate due = given ? form.date(EXPLANATION_DUE_ON, "弁明書の提出期限") : null;
        String exclusion = given ? null : form.optionalText(EXPLANATION_EXCLUSION_REASON);
        FormValues.step(() -> service.giveOpportunityToExplain(actor(), caseNumber(task), given, due, exclusion));
        task.setVariable(EXPLANATION_OPPORTUNITY, given ? "GIVEN" : "EXCLUDED");
    }

    public boolean opportunityGiven(DelegateExecution execution) {
        return service.designationCase(caseNumber(execution)).opportunityGiven();
    }

    /** The task waiting for the explanation is due at the end of its last day. */
    public Date explanationDue(DelegateExecution execution) {
        LocalDate due = service.designationCase(caseNumber(execution)).explanationDueOn();
        return due == null ? null : time.endOf(due.toString());
    }

    public void considerExplanation(DelegateTask task) {
        FormValues form = new FormValues(task);
        String explanation = form.optionalText(EXPLANATION_SUMMARY);
        boolean designate = DESIGNATE_DECISION.equals(form.choice(EXPLANATION_DECISION, "指定の判断", DECISIONS));
        String reason = form.text(EXPLANATION_DECISION_REASON, "判断の理由");
        FormValues.step(() -> service.considerExplanation(actor(), caseNumber(task), explanation, designate, reason));
    }

    /** The decision reached last, after the review, the senior review or the explanation, is to designate. */
    public boolean decidedToDesignate(DelegateExecution execution) {
        return service.designationCase(caseNumber(execution)).decidedToDesignate();
    }

    public void designate(DelegateExecution execution) {
        String proposalNumber = caseNumber(execution);
        execution.setVariables(DesignationVariables.designated(service.designate(proposalNumber), proposalNumber));
    }

    public void recordNonDesignation(DelegateExecution execution) {
        service.recordNonDesignation(caseNumber(execution));
    }

    /** 公示 of a designation or a revocation. */
    public void publish(DelegateTask task) {
        FormValues form = new FormValues(task);
        LocalDate gazette = form.date(GAZETTE_PUBLISHED_ON, "官報公示日");
        LocalDate internet = form.date(INTERNET_PUBLISHED_ON, "インターネット公表日");
        FormValues.step(() -> service.publish(actor(), caseNumber(task), gazette, internet));
    }

    // ---- Revocation

    public void decideRevocation(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean revoke = "REVOKE".equals(form.choice(REVOCATION_DECISION, "判断", Set.of("REVOKE", "DECLINE")));
        String reason = form.text(REVOCATION_REASON, revoke ? "解除の理由" : "解除しない理由（数値の誤り等）");
        LocalDate revokedOn = revoke ? form.date(REVOKED_ON, "解除日") : null;
        FormValues.step(() -> revocations.decideRevocation(actor(), caseNumber(task), revoke, revokedOn, reason));
    }

    public boolean revocationDecided(DelegateExecution execution) {
        return revocations.revocationDecided(caseNumber(execution)).isPresent();
    }

    public void revoke(DelegateExecution execution) {
        String key = caseNumber(execution);
        execution.setVariables(DesignationVariables.revoked(revocations.revoke(key), key));
    }

    public void recordRevocationDeclined(DelegateExecution execution) {
        revocations.recordRevocationDeclined(caseNumber(execution));
    }

    public void reevaluateAll(DelegateExecution execution) {
        revocations.reevaluateAll();
    }

    // ---- Change notices

    public void acknowledgeChangeNotice(DelegateTask task) {
        FormValues form = new FormValues(task);
        LocalDate published = form.date(PUBLIC_RECORD_UPDATED_ON, "変更の公示の日");
        String note = form.optionalText(ACKNOWLEDGEMENT_NOTE);
        FormValues.step(() -> changeNotices.acknowledgeChangeNotice(actor(), caseNumber(task), published, note));
    }

    /** 00:00 Tokyo of the day the notified change takes effect: the registry's row changes then. */
    public Date changeTakesEffect(DelegateExecution execution) {
        return time.startOfDay(changeNotices.changeEffectiveOn(caseNumber(execution)).toString());
    }

    public void updateRegistry(DelegateExecution execution) {
        changeNotices.updateRegistry(caseNumber(execution));
    }

    public void publishChange(DelegateExecution execution) {
        changeNotices.publishChange(caseNumber(execution));
    }

    private Actor actor() {
        return Actor.current(identity);
    }
}
