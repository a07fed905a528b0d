package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.espa.kikan.designation.DesignationRepository.Proposal;
import jp.espa.kikan.legal.Articles;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;

/**
 * One proposal to designate (DesignationProcess) as the registry and its case file hold it on {@code today}: what may
 * be decided at each step, the act each step records, and the route the model takes from what is on record.
 */
record DesignationCase(Proposal proposal, List<LegalAct> acts, LocalDate today) {

    String number() {
        return proposal.proposalNumber();
    }

    /**
     * 指定の審査: only an operator that meets the criteria may be designated (Art 50(1)). An SME, or a competition
     * concern the official flags, sends a designation to a senior review (basic guideline). Criteria and SME status
     * are those on record for the proposal.
     */
    LegalAct review(String official, boolean designate, boolean competitionConcern, String reason) {
        requireCriteriaMet(designate);
        return decision(LegalActType.CANDIDATE_REVIEWED, official, designate,
                new ActContent.Note((competitionConcern ? "競争への影響のおそれあり。" : "") + reason));
    }

    /** Whether the review's designation goes on to the senior review: an SME, or a competition concern on record. */
    boolean needsSeniorReview() {
        return latest(LegalActType.CANDIDATE_REVIEWED).map(act -> DESIGNATE_DECISION.equals(act.decision())).orElse(false)
                && (Boolean.TRUE.equals(proposal.sme()) || Boolean.TRUE.equals(proposal.competitionConcern()));
    }

    /** 中小企業等に係る追加審査: the senior official of the competent ministry decides, with a recorded reason. */
    LegalAct seniorReview(String official, boolean designate, String reason) {
        requireCriteriaMet(designate);
        return decision(LegalActType.SENIOR_REVIEWED, official, designate, new ActContent.Note(reason));
    }

    /**
     * 弁明の機会の付与 (行政手続法第13条第1項第2号, 第29条-第31条): a designation imposes duties on the operator it names
     * (APA Art 2(iv)) and Art 88 of the Act does not set APA Chapter 3 aside for it, so before it the operator may explain
     * in writing by a day the notice sets, on which the notice is issued; unless the official records a ground of APA
     * Art 13(2) that excludes the opportunity.
     */
    LegalAct opportunityToExplain(String official, boolean given, LocalDate dueOn, String exclusionReason) {
        if (given && (dueOn == null || !dueOn.isAfter(today))) {
            throw new InvalidInputException(EXPLANATION_DUE_ON, "弁明書の提出期限は、相当な期間をおいて本日（" + today
                    + "）より後の日にしてください（行政手続法第30条）。");
        }
        if (!given && (exclusionReason == null || exclusionReason.isBlank())) {
            throw new InvalidInputException(EXPLANATION_EXCLUSION_REASON, "弁明の機会を付与しない理由（行政手続法第13条第2項の該当号）を入力してください。");
        }
        return act(LegalActType.OPPORTUNITY_TO_EXPLAIN, official, given ? "GIVEN" : "EXCLUDED", null,
                new ActContent.OpportunityToExplain(given ? dueOn : null, null, given ? null : exclusionReason.strip()));
    }

    boolean opportunityGiven() {
        return latest(LegalActType.OPPORTUNITY_TO_EXPLAIN).map(act -> "GIVEN".equals(act.decision())).orElse(false);
    }

    /** The explanation's last day, for the task that waits for it. */
    LocalDate explanationDueOn() {
        return latest(LegalActType.OPPORTUNITY_TO_EXPLAIN).map(LegalAct::dueOn).orElse(null);
    }

    /**
     * 弁明の検討: the designation waits for the explanation or its last day; then the official decides, in view of
     * it, whether to designate (only an operator that meets the criteria).
     */
    LegalAct considerExplanation(String official, String explanation, boolean designate, String reason) {
        boolean none = explanation == null || explanation.isBlank();
        if (none && !today.isAfter(explanationDueOn())) {
            throw new InvalidInputException(EXPLANATION_SUMMARY, "弁明書の提出期限（" + explanationDueOn()
                    + "）が過ぎるまでは、提出された弁明の内容を記録してから進んでください。");
        }
        requireCriteriaMet(designate);
        return decision(LegalActType.EXPLANATION_CONSIDERED, official, designate,
                new ActContent.ExplanationConsidered(none ? null : explanation.strip(), reason));
    }

    /** The decision reached last: after the explanation, else the senior review's when there was one, else the review's. */
    LegalAct lastDecision() {
        return latest(LegalActType.CANDIDATE_REVIEWED, LegalActType.SENIOR_REVIEWED, LegalActType.EXPLANATION_CONSIDERED)
                .orElseThrow(() -> new IllegalStateException("No review on record for " + number()));
    }

    /** Whether the decision reached last is to designate: the model's route after each review. */
    boolean decidedToDesignate() {
        return DESIGNATE_DECISION.equals(lastDecision().decision());
    }

    /**
     * 指定と通知（様式第一）: only a proposal decided for designation, meeting the criteria, and, where the operator was
     * given the opportunity to explain, decided after considering the explanation.
     */
    void requireReadyToDesignate() {
        if (!decidedToDesignate() || !Boolean.TRUE.equals(proposal.criteriaMet())) {
            throw new IllegalStateException("Proposal " + number() + " is not decided for designation");
        }
        LegalAct opportunity = latest(LegalActType.OPPORTUNITY_TO_EXPLAIN)
                .orElseThrow(() -> new IllegalStateException("No opportunity to explain on record for " + number()));
        if ("GIVEN".equals(opportunity.decision()) && lastDecision().actType() != LegalActType.EXPLANATION_CONSIDERED) {
            throw new IllegalStateException("The explanation in " + number() + " is not considered yet");
        }
    }

    /** What the criteria found for the proposal, as its evaluation recorded it: the designation's reasons. */
    String criteriaFindings() {
        return latest(LegalActType.CRITERIA_EVALUATED).orElseThrow().content(ActContent.CriteriaEvaluation.class).findings();
    }

    LegalAct designation(Designation d) {
        return act(LegalActType.DESIGNATION, lastDecision().official(), null, null,
                new ActContent.Designation(d.designatedOn(), d.graceEndsOn(), criteriaFindings()));
    }

    /** 指定しない旨の記録: the decision not to designate, with its reasons. */
    LegalAct nonDesignation() {
        LegalAct decision = lastDecision();
        return act(LegalActType.NON_DESIGNATION, decision.official(), null, null, new ActContent.Note(decision.text()));
    }

    private void requireCriteriaMet(boolean designate) {
        if (designate && !Boolean.TRUE.equals(proposal.criteriaMet())) {
            throw new InvalidInputException(REVIEW_DECISION, "指定基準に該当しない事業者は指定できません（" + Articles.ART_50_1 + "）。");
        }
    }

    private Optional<LegalAct> latest(LegalActType... types) {
        List<LegalActType> wanted = Arrays.asList(types);
        return acts.stream().filter(act -> wanted.contains(act.actType())).reduce((earlier, later) -> later);
    }

    private LegalAct decision(LegalActType type, String official, boolean designate, ActContent content) {
        return act(type, official, designate ? DESIGNATE_DECISION : DO_NOT_DESIGNATE_DECISION, null, content);
    }

    /** An act of today, as the case file is to record it. */
    private LegalAct act(LegalActType type, String official, String decision, LocalDate effectiveOn, ActContent content) {
        return new LegalAct(type, today, official, decision, effectiveOn, content.dueOn(), content, null);
    }
}
