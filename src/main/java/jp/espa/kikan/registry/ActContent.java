package jp.espa.kikan.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an act of a case file says, one record type per kind of act ({@link LegalActType#contentType()}), with the
 * facts the law makes decisive as fields. Stored as JSON with a schema version (case_act.content); documents, forms,
 * the overview and the API read these fields, and nothing reads text back for its structure.
 */
public sealed interface ActContent {

    /** The last day the act sets for its addressee (a reply, compliance, an explanation), kept in case_act.due_on. */
    default LocalDate dueOn() {
        return null;
    }

    /** The act's text as an official wrote it where its content is one (a note, a decision's reasons), else null. */
    default String text() {
        return null;
    }

    /** An act whose content is one text as an official, the operator or the system wrote it: shown, never parsed. */
    record Note(String text) implements ActContent {
        public Note {
            text = text == null ? "" : text;
        }
    }

    /**
     * A decision on the period at the review (to shorten, extend or recommend): the official's reasons and, for an
     * extension, the day its notice reaches the operator, which must be within the current period (Art 52(4)).
     */
    record PeriodDecision(String reasons, LocalDate extensionNoticeDeliveredOn) implements ActContent {
        @Override
        public String text() {
            return reasons;
        }
    }

    /** 受理 (Art 52(3), (4)): the period and the extension cap count from the act's day. */
    record Acceptance(LocalDate periodLastDay, LocalDate extensionCap) implements ActContent {
        public Acceptance {
            Objects.requireNonNull(periodLastDay, "periodLastDay");
            Objects.requireNonNull(extensionCap, "extensionCap");
        }
    }

    /** 補正の求め: what the operator is to correct. */
    record CorrectionRequest(String matters) implements ActContent {
        public CorrectionRequest {
            requireText(matters, "matters");
        }
    }

    /** The evaluation of the supplier risk factors: its level, the table's version and each finding. */
    record RiskAssessment(String level, String levelJa, String ruleVersion, List<RiskFinding> findings) implements ActContent {
        public RiskAssessment {
            findings = List.copyOf(findings);
        }

        public record RiskFinding(String party, String description, String severityJa) {
        }

        /** The findings as a recommendation states them as its facts; null when nothing was found. */
        public String findingsJa() {
            return findings.isEmpty() ? null : "供給者等のリスク評価において、次の事項が認められた。\n" + String.join("\n",
                    findings.stream().map(f -> "・" + f.party() + "：" + f.description() + "（" + f.severityJa() + "）").toList());
        }
    }

    /**
     * A shortened (Art 52(3) proviso) or extended (Art 52(4)) period, by notice: the last day before and after, the
     * reasons, and for an extension the day the notice reached the operator (none for records of earlier releases).
     */
    record PeriodChange(LocalDate previousLastDay, LocalDate newLastDay, String reasons, LocalDate deliveredOn)
            implements ActContent {
        public PeriodChange {
            Objects.requireNonNull(newLastDay, "newLastDay");
        }
    }

    /**
     * The measure a recommendation asks for, with the one label forms and documents show: before introduction those of
     * Art 52(6) (change the plan, or stop), after it those Art 55(1) and (2) name (inspection or check of the equipment,
     * another contractor for its maintenance); other measures to prevent obstruction under both.
     */
    enum RecommendedMeasure {
        CHANGE_PLAN("導入等計画書の内容の変更", false),
        STOP_INTRODUCTION("導入等の中止", false),
        OTHER_MEASURES("その他の必要な措置", null),
        INSPECTION("特定重要設備の検査又は点検の実施", true),
        CHANGE_MAINTENANCE_CONTRACTOR("重要維持管理等の委託の相手方の変更", true);

        private final String labelJa;
        private final Boolean afterIntroduction;

        RecommendedMeasure(String labelJa, Boolean afterIntroduction) {
            this.labelJa = labelJa;
            this.afterIntroduction = afterIntroduction;
        }

        public String labelJa() {
            return labelJa;
        }

        /** Whether the provision the recommendation rests on names it: Art 55 after introduction, Art 52(6) before. */
        public boolean fits(boolean afterIntroduction) {
            return this.afterIntroduction == null || this.afterIntroduction == afterIntroduction;
        }
    }

    /**
     * 勧告: the measure and its content, the facts of the finding (the risk factors found) and the official's reasons,
     * the day it was issued and the day it reached the operator (it takes effect then), and the reply's last day
     * counted from that delivery (Art 52(7)).
     */
    record Recommendation(RecommendedMeasure measure, String content, String facts, String reasons, LocalDate issuedOn,
                          LocalDate deliveredOn, LocalDate replyDueOn) implements ActContent {
        public Recommendation {
            Objects.requireNonNull(measure, "measure");
            requireText(content, "content");
            Objects.requireNonNull(issuedOn, "issuedOn");
            Objects.requireNonNull(deliveredOn, "deliveredOn");
            Objects.requireNonNull(replyDueOn, "replyDueOn");
        }

        @Override
        public LocalDate dueOn() {
            return replyDueOn;
        }
    }

    /**
     * 勧告の要否の判断 after introduction: the paragraph of Art 55 the review rests on (its key in the citations table,
     * {@code ACT_55_1} after a filed plan's introduction, {@code ACT_55_2} after an emergency notification) and the
     * official's reasons, which a recommendation states and a decision not to recommend keeps on record.
     */
    record RecommendationDecision(String provision, String reasons) implements ActContent {
        public RecommendationDecision {
            requireText(provision, "provision");
            requireText(reasons, "reasons");
        }

        @Override
        public String text() {
            return reasons;
        }
    }

    /** 応諾する / 応諾しない (Art 52(7)), with the revised plan or the reasons; a late one also gives the last day it missed. */
    record Reply(boolean accepted, String statement, LocalDate replyDueOn) implements ActContent {
    }

    /** Which of the two cases of Art 52(10) an order rests on: exactly one applies. */
    enum OrderGround {
        NO_NOTICE("勧告を応諾するかしないかの通知をしなかった"),
        NOT_ACCEPTED_WITHOUT_JUSTIFIABLE_REASON("勧告を応諾しない旨の通知をし、応諾しないことについて正当な理由がないと認められる");

        private final String labelJa;

        OrderGround(String labelJa) {
            this.labelJa = labelJa;
        }

        public String labelJa() {
            return labelJa;
        }
    }

    /**
     * 命令の判断: to pursue an order (with its content as drafted, the one ground of Art 52(10) that applies, the facts
     * that led to it and why the reply's reasons fail) or not (the reasons only). The opportunity to explain states
     * these facts; the order copies them.
     */
    record OrderDecision(String content, OrderGround ground, String facts, String reasons) implements ActContent {
    }

    /**
     * 命令: its ground, content, the facts it rests on and the reasons, issued and delivered (it takes effect on
     * delivery) and the day by which the operator is to comply.
     */
    record Order(OrderGround ground, String content, String facts, String reasons, LocalDate issuedOn,
                 LocalDate deliveredOn, LocalDate complyBy) implements ActContent {
        public Order {
            Objects.requireNonNull(ground, "ground");
            requireText(content, "content");
            Objects.requireNonNull(issuedOn, "issuedOn");
            Objects.requireNonNull(deliveredOn, "deliveredOn");
        }

        @Override
        public LocalDate dueOn() {
            return complyBy;
        }
    }

    /**
     * 弁明の機会 (APA Art 13(1)(ii), 30): given with the explanation's last day, or not given for a recorded ground of APA
     * Art 13(2). {@code explanation}: in records of earlier releases, where the order's opportunity recorded it.
     */
    record OpportunityToExplain(LocalDate explanationDueOn, String explanation, String exclusionReason) implements ActContent {
        @Override
        public LocalDate dueOn() {
            return explanationDueOn;
        }
    }

    /**
     * An evaluation of a sector's designation criteria: why it ran (a proposal, filed figures, the yearly review),
     * what the table found, its version, and for a proposal the SME test's basis (kept for the senior review, not for
     * the notice).
     */
    record CriteriaEvaluation(String trigger, String findings, String ruleVersion, String smeBasis) implements ActContent {
    }

    /** 弁明の検討: the explanation that came (null when none came by its last day) and the decision's reasons. */
    record ExplanationConsidered(String explanation, String reasons) implements ActContent {
        @Override
        public String text() {
            return reasons;
        }
    }

    /** 指定 (Art 50(1)): the day, the end of the Art 53 grace, and what the criteria found: the notice's reasons. */
    record Designation(LocalDate designatedOn, LocalDate graceEndsOn, String criteriaFindings) implements ActContent {
        public Designation {
            Objects.requireNonNull(designatedOn, "designatedOn");
        }

        /** The reasons the notice states (APA Art 14): the criteria met, as the table found them on the operator's figures. */
        public static String reasonsJa(String criteriaFindings) {
            return "貴社は、次のとおり、特定社会基盤事業者の指定の基準に該当すると認められる。\n" + criteriaFindings.strip();
        }
    }

    /**
     * 指定の解除 (Art 51): the day, what the criteria found on the figures that ended the designation, and the official's
     * reasons for confirming the revocation.
     */
    record Revocation(LocalDate revokedOn, String criteriaFindings, String reasons) implements ActContent {
        public Revocation {
            Objects.requireNonNull(revokedOn, "revokedOn");
        }

        /** The reasons the notice states: the criteria no longer met, on which figures, and the official's reasons. */
        public static String reasonsJa(String criteriaFindings, String reasons) {
            return "次のとおり、貴社は、特定社会基盤事業者の指定の基準に該当しなくなったと認められる。\n"
                    + (criteriaFindings == null ? "" : criteriaFindings.strip() + "\n") + (reasons == null ? "" : reasons.strip());
        }
    }

    /** 名称等の変更の公示 (Art 50(2) 後段): which particular changed (NAME or ADDRESS), from what, to what, from when. */
    record ChangePublication(String particular, String oldValue, String newValue, LocalDate effectiveOn)
            implements ActContent {
        public ChangePublication {
            requireText(particular, "particular");
            Objects.requireNonNull(effectiveOn, "effectiveOn");
        }
    }

    /** 意見公募の結果 (APA Art 43(1)): how many comments came (unknown for records of earlier releases) and the summary. */
    record PublicCommentResults(Integer commentsReceived, String summary) implements ActContent {
    }

    /**
     * 適用除外の申出 (Art 52(1), the parenthetical; 施行令第十条): the ground of 施行令第十条第一項 the operator names, the
     * supplier it claims it for, and for a subsidiary how it controls that supplier as the competent ordinance defines a
     * parent, with its own share of the votes and the subsidiary through which it controls, if any (施行令第十条第三項後段).
     * {@code text}: what the intake found (or the claim as earlier releases wrote it, with no ground).
     */
    record ExemptionClaim(String text, ExemptionGround ground, String supplierName, ParentControl parentControl,
                          BigDecimal parentVotingShare, String controlledThrough, String facts) implements ActContent {
    }

    /**
     * 適用除外の確認: the official's finding on the ground claimed, against the provisions it cites (the cabinet order's
     * item, for a subsidiary the ordinance's item too); {@code text}: the reasons. Decision CONFIRMED / NOT_CONFIRMED.
     * Records of earlier releases have only the text.
     */
    record ExemptionCheck(String text, ExemptionGround ground, ParentControl parentControl, String provisions,
                          String supplierName) implements ActContent {
    }

    /**
     * 緊急導入等届出書の受理 (Art 52(11)): the emergency case of the competent ordinance it relies on (Art 52(1) proviso)
     * with its provision, and the day of the introduction. Records of earlier releases have only the text.
     */
    record EmergencyNotificationReceipt(String text, EmergencyCase emergencyCase, String provision, LocalDate introducedOn)
            implements ActContent {
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
