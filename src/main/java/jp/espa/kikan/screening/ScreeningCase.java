package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.platform.ProblemCode;

/**
 * One screening case as its rules see it (Art 52-56): the registry's row and the acts of its case file. It says what
 * may be done now and returns the act to record; it is told the day (it reads no clock) and knows no engine. A
 * decision taken in a form is an act the model's next step carries out by reading it ({@link #decided}). Rules checked
 * for officials answer in Japanese. Here the clocks, the exemption and the formal check; the rules of the later stages
 * are its parts {@link StandstillRules} and {@link RecommendationRules}.
 */
final class ScreeningCase {

    private final ScreeningCaseRow row;
    private final List<LegalAct> acts;

    ScreeningCase(ScreeningCaseRow row, List<LegalAct> acts) {
        this.row = row;
        this.acts = acts;
    }

    /** The rules of its standstill: the review's conclusion, shortening, extension (Art 52(3), (4)). */
    StandstillRules standstill() {
        return new StandstillRules(this);
    }

    /** The rules of its recommendation and order (Art 52(6)-(10), 55, 56). */
    RecommendationRules recommendation() {
        return new RecommendationRules(this);
    }

    ScreeningCaseRow row() {
        return row;
    }

    String applicationNumber() {
        return row.applicationNumber();
    }

    /** The most recent act of one of these types. */
    Optional<LegalAct> latest(LegalActType... types) {
        List<LegalActType> wanted = Arrays.asList(types);
        return acts.stream().filter(act -> wanted.contains(act.actType())).reduce((earlier, later) -> later);
    }

    /** The decision the next step carries out: the latest act of that kind in the case file. */
    LegalAct decided(LegalActType... types) {
        return latest(types).orElseThrow(() -> new IllegalStateException("No " + List.of(types) + " on record for "
                + applicationNumber()));
    }

    /** Whether the latest act of this type decided so: what a gateway of the model asks. */
    boolean decidedAs(LegalActType type, String decision) {
        return decision.equals(decided(type).decision());
    }

    /** The official of the latest act: who closes a case on a path of the model. */
    String lastOfficial() {
        return acts.isEmpty() ? Actor.SYSTEM.userId() : acts.get(acts.size() - 1).official();
    }

    // ---- Clocks

    /** The day the plan as it now stands arrived: its filing (or important change), or the latest correction since. */
    LocalDate arrival() {
        return latest(LegalActType.CORRECTION_RECEIVED).map(LegalAct::actDate)
                .filter(corrected -> corrected.isAfter(row.receivedOn())).orElse(row.receivedOn());
    }

    /** Whether the plan as it now stands came as a correction: a correction received since it arrived (or arrived anew). */
    private boolean correctedSinceArrival() {
        Optional<LegalAct> restarted = latest(LegalActType.REVIEW_RESTARTED);
        return latest(LegalActType.CORRECTION_RECEIVED)
                .filter(corrected -> restarted.isEmpty() || corrected.recordedAt().isAfter(restarted.get().recordedAt()))
                .isPresent();
    }

    /** The day by which a recommendation or order must be made: none after introduction (Art 55). */
    LocalDate periodLimit() {
        boolean afterIntroduction = row.kind() == CaseKind.EMERGENCY_NOTIFICATION
                || latest(LegalActType.POST_INTRODUCTION_REVIEW_STARTED).isPresent();
        return afterIntroduction ? null : row.periodLastDay();
    }

    /** Whether the period runs and the cap leaves room to extend it. */
    boolean canStillExtend() {
        return periodLimit() != null && row.periodLastDay().isBefore(row.extensionCap());
    }

    // ---- The ministry's review

    /**
     * 適用除外の確認: the competent ministry confirms or rejects the exemption claimed at filing (Art 52(1), the
     * parenthetical) against the provisions of its ground (施行令第十条; for a subsidiary the ordinance's parent test); a
     * confirmation is notified to the operator in writing with the ground and the provisions.
     */
    LegalAct exemptionChecked(String official, LocalDate today, boolean confirmed, String assessment, String ministryCode) {
        ActContent.ExemptionCheck check = latest(LegalActType.EXEMPTION_CLAIMED)
                .map(claimed -> claimed.content(ActContent.ExemptionClaim.class)).filter(claim -> claim.ground() != null)
                .map(claim -> new ActContent.ExemptionCheck(assessment, claim.ground(), claim.parentControl(),
                        ExemptionClaims.provisions(claim.ground(), claim.parentControl(), ministryCode), claim.supplierName()))
                .orElseGet(() -> new ActContent.ExemptionCheck(assessment, null, null, null, null)); // a claim of an earlier release
        return act(LegalActType.EXEMPTION_CHECKED, today, official, confirmed ? "CONFIRMED" : "NOT_CONFIRMED", null, check);
    }

    /**
     * 記載事項の確認: the formal check. A plan that needed no correction is accepted (受理) as of its arrival: a
     * formally complete notification is fulfilled when it reaches the office (行政手続法第37条), so no later day can
     * be chosen. After a correction the official states the day, by default the corrected plan's arrival, never
     * before it and never after the check. A plan with defects gets a request for correction and no clock runs.
     */
    LegalAct completenessChecked(String official, LocalDate today, boolean complete, LocalDate acceptedOn,
                                 String correctionRequest) {
        if (!complete && PlanRules.isBlank(correctionRequest)) {
            throw new InvalidInputException(CORRECTION_REQUEST, "「補正を求める事項」を入力してください。");
        }
        LocalDate arrival = arrival();
        LocalDate accepted = !complete ? null : acceptedOn == null ? arrival : acceptedOn;
        if (accepted != null && !accepted.equals(arrival) && !correctedSinceArrival()) {
            throw new InvalidInputException(ACCEPTED_ON, "補正を要しなかった計画書は、到達日（" + arrival
                    + "）に受理したものとなります（行政手続法第37条）。受理日は到達日としてください。");
        }
        if (accepted != null && (accepted.isBefore(arrival) || accepted.isAfter(today))) {
            throw new InvalidInputException(ACCEPTED_ON, "受理日は計画書の到達日（" + arrival + "）以後、本日（" + today
                    + "）以前の日にしてください。");
        }
        return act(LegalActType.COMPLETENESS_CHECKED, today, official, complete ? "COMPLETE" : "INCOMPLETE", accepted,
                new ActContent.Note(complete ? null : correctionRequest));
    }

    /** 補正の求め: the request decided at the completeness check goes to the operator (through the portal). */
    LegalAct correctionRequested(LocalDate today) {
        LegalAct check = decided(LegalActType.COMPLETENESS_CHECKED);
        return act(LegalActType.CORRECTION_REQUESTED, today, check.official(), null, null,
                new ActContent.CorrectionRequest(check.text()));
    }

    // ---- After introduction (Art 55)

    /** A post-introduction review starts from a closed screening of a filed plan. */
    void checkPostIntroductionReviewMayStart() {
        if (row.status() != CaseStatus.CLOSED || row.kind() == CaseKind.EMERGENCY_NOTIFICATION) {
            throw new ConflictException(ProblemCode.SCREENING_NOT_CLOSED,
                    "導入後の審査（法第55条）は審査を終えた事案についてのみ開始できます（この事案の状態: " + row.status() + "）。");
        }
    }

    /** An act to record: its addressee's last day is the one its content sets. */
    static LegalAct act(LegalActType type, LocalDate on, String official, String decision, LocalDate effectiveOn,
                        ActContent content) {
        return new LegalAct(type, on, official, decision, effectiveOn, content.dueOn(), content, null);
    }
}