package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Outcome;

/**
 * The rules of one case's standstill (the period in which the plan may not be carried out, Art 52(2)-(4)): the review's
 * conclusion, shortening it by notice, extending it within the cap, and its end. Part of {@link ScreeningCase}, which
 * gives it the row and the case file; like the case it is told the day and returns the act to record.
 */
final class StandstillRules {

    /** The review's conclusion (導入等計画書の審査). */
    enum ReviewDecision { NO_CONCERNS, EXTEND, RECOMMEND }

    /** The choice when a recommendation would leave too little time for the reply and an order. */
    enum ExtensionFirst { EXTEND, RECOMMEND_ANYWAY }

    /**
     * An extension as the official decides it: the new last day and the day its notice reaches the operator, by
     * default the day of the decision (the notice is issued with it).
     */
    record Extension(LocalDate lastDay, LocalDate deliveredOn) {
        LocalDate noticeDeliveredOn(LocalDate today) {
            return deliveredOn == null ? today : deliveredOn;
        }
    }

    private final ScreeningCase c;
    private final ScreeningCaseRow row;

    StandstillRules(ScreeningCase c) {
        this.c = c;
        this.row = c.row();
    }

    /** The review's conclusion; the shortened or extended last day is checked against the registry. */
    LegalAct reviewDecided(String official, LocalDate today, ReviewDecision decision, LocalDate shortenedLastDay,
                           Extension extension, String reason) {
        LocalDate delivered = decision == ReviewDecision.EXTEND ? extension.noticeDeliveredOn(today) : null;
        LocalDate effective = switch (decision) {
            case NO_CONCERNS -> shortenedLastDay == null ? null : shortened(shortenedLastDay, today);
            case EXTEND -> extended(extension.lastDay(), delivered, today);
            case RECOMMEND -> null;
        };
        return ScreeningCase.act(LegalActType.REVIEW_DECIDED, today, official, decision.name(), effective,
                new ActContent.PeriodDecision(reason, delivered));
    }

    LegalAct extensionFirstDecided(String official, LocalDate today, ExtensionFirst decision, Extension extension,
                                   String reason) {
        boolean extend = decision == ExtensionFirst.EXTEND;
        LocalDate delivered = extend ? extension.noticeDeliveredOn(today) : null;
        LocalDate effective = extend ? extended(extension.lastDay(), delivered, today) : null;
        return ScreeningCase.act(LegalActType.EXTENSION_FIRST_DECIDED, today, official, decision.name(), effective,
                new ActContent.PeriodDecision(reason, delivered));
    }

    /** 勧告手続中の延長の判断: the period may still be extended while a recommendation is under way (Art 52(4)). */
    LegalAct extensionDecided(String official, LocalDate today, Extension extension, String reason) {
        LocalDate delivered = extension.noticeDeliveredOn(today);
        return ScreeningCase.act(LegalActType.EXTENSION_DECIDED, today, official, "EXTEND",
                extended(extension.lastDay(), delivered, today), new ActContent.PeriodDecision(reason, delivered));
    }

    /** 懸念なしの通知, where the review decided to shorten the standstill (Art 52(3) proviso): the notice of it. */
    Optional<LegalAct> shorteningNotice(LocalDate today) {
        LegalAct decision = c.decided(LegalActType.REVIEW_DECIDED);
        return Optional.ofNullable(decision.effectiveOn()).map(day -> ScreeningCase.act(LegalActType.SHORTENING_NOTICE,
                today, decision.official(), null, null,
                new ActContent.PeriodChange(row.periodLastDay(), shortened(day, today), decision.text(), null)));
    }

    /** 禁止期間の延長: the extension decided (at the review, before or during a recommendation) takes effect by notice. */
    LegalAct extensionNotice(LocalDate today) {
        LegalAct decision = c.decided(LegalActType.REVIEW_DECIDED, LegalActType.EXTENSION_FIRST_DECIDED,
                LegalActType.EXTENSION_DECIDED);
        ActContent.PeriodDecision decided = decision.content(ActContent.PeriodDecision.class);
        return ScreeningCase.act(LegalActType.EXTENSION_NOTICE, today, decision.official(), null, null,
                new ActContent.PeriodChange(row.periodLastDay(), extended(decision.effectiveOn(), null, today),
                        decided.reasons(), decided.extensionNoticeDeliveredOn()));
    }

    /** 期間満了: once the period ends the minister can neither recommend nor order (Art 52(6), (9)). */
    Outcome periodEndedOutcome() {
        boolean recommended = EnumSet.of(CaseStatus.AWAITING_REPLY, CaseStatus.ORDER_UNDER_CONSIDERATION).contains(row.status());
        return recommended ? Outcome.PERIOD_ENDED_NO_ORDER : Outcome.PERIOD_ENDED_NO_RECOMMENDATION;
    }

    /** Shortening (Art 52(3) proviso): from today, and before the current last day. */
    private LocalDate shortened(LocalDate shortened, LocalDate today) {
        if (shortened.isBefore(today) || !shortened.isBefore(row.periodLastDay())) {
            throw new InvalidInputException(SHORTENED_LAST_DAY, "短縮後の期間の末日は、本日（" + today + "）以降、現在の末日（"
                    + row.periodLastDay() + "）より前の日にしてください。");
        }
        return shortened;
    }

    /**
     * Extension (Art 52(4)): after the current last day, no later than 4 months counted from 受理, by a notice that
     * reaches the operator from the day of the decision to the current last day: a period that has ended cannot be
     * extended, and a notice takes effect when it arrives. {@code delivered}: null when carrying out a decision
     * whose delivery was checked when it was taken.
     */
    private LocalDate extended(LocalDate extended, LocalDate delivered, LocalDate today) {
        if (extended == null) {
            throw new InvalidInputException(EXTENDED_LAST_DAY, "「延長後の期間の末日」を入力してください。");
        }
        if (today.isAfter(row.periodLastDay())) { // the timer may not have fired yet: the period has still ended
            throw new InvalidInputException(EXTENDED_LAST_DAY, "期間は末日（" + row.periodLastDay() + "）をもって満了しているため、延長できません。");
        }
        if (!extended.isAfter(row.periodLastDay()) || extended.isAfter(row.extensionCap())) {
            throw new InvalidInputException(EXTENDED_LAST_DAY, "延長後の期間の末日は、現在の末日（" + row.periodLastDay()
                    + "）より後、延長の上限（" + row.extensionCap() + "）以前にしてください。");
        }
        if (delivered != null && (delivered.isBefore(today) || delivered.isAfter(row.periodLastDay()))) {
            throw new InvalidInputException(EXTENSION_NOTICE_DELIVERED_ON, "延長の通知は、本日（" + today
                    + "）以後、現在の期間の末日（" + row.periodLastDay() + "）までに事業者に到達しなければ効力を生じません（到達主義）。");
        }
        return extended;
    }
}
