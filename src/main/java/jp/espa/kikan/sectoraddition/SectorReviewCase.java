package jp.espa.kikan.sectoraddition;

import static jp.espa.kikan.sectoraddition.SectorReviewVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.criteria.CriteriaDrafts;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Ministry;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.sectoraddition.SectorReviewRepository.Meeting;
import jp.espa.kikan.sectoraddition.SectorReviewRepository.SectorReview;

/**
 * One sector review (対象事業の追加) as on record: its row, its committee's meetings and its case file. Each step checks
 * what the law and the review's course allow on the facts given and returns what it changes on the review and the act
 * to record; the service records them.
 */
final class SectorReviewCase {

    enum AdditionDecision { LIST, DO_NOT_LIST, KEEP_STUDYING }

    record Trigger(String kind, LocalDate incidentDate, String incidentSummary) {

        boolean incident() {
            return "INCIDENT".equals(kind);
        }
    }

    record MeetingRecord(LocalDate heldOn, String agenda, String minutesSummary, String interimReport, boolean concluded,
                         String conclusion) {
    }

    /** An act of the case file: its type, day, decision and the day it sets (if any), and its content. */
    record Act(LegalActType type, LocalDate on, String decision, LocalDate effectiveOn, ActContent content) {

        static Act of(LegalActType type, LocalDate on, String text) {
            return new Act(type, on, null, null, new ActContent.Note(text));
        }
    }

    /** What a step changes on the review (column to value) and the act it records. */
    record Step(Map<String, Object> changes, Act act) {
    }

    private final SectorReview review;
    private final List<Meeting> meetings;
    private final List<LegalAct> acts;
    private final StatutoryTime time;

    SectorReviewCase(SectorReview review, List<Meeting> meetings, List<LegalAct> acts, StatutoryTime time) {
        this.review = review;
        this.meetings = meetings;
        this.acts = acts;
        this.time = time;
    }

    SectorReview review() {
        return review;
    }

    // ---- Registration

    /** 検討事案の登録: the trigger must be stated (an incident with its day and summary) and the facts known. */
    static Act registration(Trigger trigger, Map<String, Boolean> facts, StatutoryTime time) {
        for (String fact : facts.keySet()) {
            if (!FACTS.contains(fact)) {
                throw new InvalidInputException("facts." + fact, "定められていない事実です（" + FACTS + " のいずれか）。");
            }
        }
        if (trigger.incident() && (trigger.incidentDate() == null || trigger.incidentSummary() == null
                || trigger.incidentSummary().isBlank())) {
            throw new InvalidInputException("trigger", "事案を契機とする場合は、事案の発生日と概要を記載してください。");
        }
        if (trigger.incident()) {
            notInFuture(time, trigger.incidentDate(), INCIDENT_DATE, "事案の発生日");
        }
        return Act.of(LegalActType.REVIEW_STARTED, time.today(), trigger.incident()
                ? "事案の発生（" + trigger.incidentDate() + "）：" + trigger.incidentSummary() : "定期的なリスク点検");
    }

    /** Every fact the exclusion criteria read, false unless stated. */
    static Map<String, Boolean> allFacts(Map<String, Boolean> stated) {
        Map<String, Boolean> facts = new LinkedHashMap<>();
        FACTS.forEach(name -> facts.put(name, Boolean.TRUE.equals(stated.get(name))));
        return facts;
    }

    // ---- The review's steps

    /** 除外基準の適用: the preliminary recommendation goes on the review, the findings in the case file. */
    Step exclusionCriteriaApplied(ExclusionCriteria.Result result) {
        return new Step(Map.of("preliminary_recommendation", result.recommendation()),
                new Act(LegalActType.EXCLUSION_CRITERIA_APPLIED, time.today(), result.recommendation(), null,
                        new ActContent.Note(result.ruleVersion() + "\n" + result.findingsJa() + "\n" + result.reason())));
    }

    /** 所管省庁からのヒアリング: the ministry's explanation goes on record (as MHLW's did for hospitals). */
    Act hearing(LocalDate heardOn, String explanation, String notes) {
        notInFuture(time, heardOn, "hearingDate", "ヒアリング実施日");
        notBefore(heardOn, review.incidentDate(), "hearingDate", "ヒアリング実施日", "事案の発生日");
        return Act.of(LegalActType.HEARING, heardOn, explanation + (notes == null ? "" : "\n" + notes));
    }

    /** 有識者会議の開催記録: a conclusion is stated; meetings follow each other and the incident. */
    void checkMeeting(MeetingRecord m) {
        if (m.concluded() && (m.conclusion() == null || m.conclusion().isBlank())) {
            throw new InvalidInputException("conclusion", "「結論」を入力してください。");
        }
        notInFuture(time, m.heldOn(), "meetingDate", "開催日");
        notBefore(m.heldOn(), review.incidentDate(), "meetingDate", "開催日", "事案の発生日");
        notBefore(m.heldOn(), lastMeetingDay(), "meetingDate", "開催日", "前回の会議の開催日");
    }

    /** The committee's conclusion, recorded with the meeting that reached it. */
    static Act conclusion(int meetingNo, MeetingRecord m) {
        return Act.of(LegalActType.COMMITTEE_CONCLUDED, m.heldOn(), "第" + meetingNo + "回: " + m.conclusion());
    }

    /** Whether the committee's last meeting reached a conclusion (the model's route after a meeting). */
    boolean committeeConcluded() {
        return !meetings.isEmpty() && meetings.get(meetings.size() - 1).concluded();
    }

    /** 内閣府の判断: list, do not list, or keep studying until a re-review day; always with reasons. */
    Step decision(AdditionDecision decision, LocalDate decidedOn, String reasons, LocalDate reReviewOn) {
        notInFuture(time, decidedOn, "decisionDate", "判断日");
        // the decision weighs the hearing and the committee's conclusion: it cannot precede them
        notBefore(decidedOn, latestDay(LegalActType.HEARING), "decisionDate", "判断日", "ヒアリング実施日");
        notBefore(decidedOn, lastMeetingDay(), "decisionDate", "判断日", "会議の開催日");
        boolean keepStudying = decision == AdditionDecision.KEEP_STUDYING;
        if (keepStudying && (reReviewOn == null || !reReviewOn.isAfter(time.today()))) {
            throw new InvalidInputException(RE_REVIEW_ON, "再検討の時期は将来の日付にしてください。");
        }
        String status = decision == AdditionDecision.LIST ? "LISTING" : decision.name();
        return new Step(keepStudying ? Map.of("re_review_on", reReviewOn, "status", status) : Map.of("status", status),
                new Act(LegalActType.SECTOR_ADDITION_DECIDED, decidedOn, decision.name(), keepStudying ? reReviewOn : null,
                        new ActContent.Note(reasons)));
    }

    /** The Cabinet Office's decision on record (the model's route after it). */
    AdditionDecision decision() {
        return acts.stream().filter(a -> a.actType() == LegalActType.SECTOR_ADDITION_DECIDED).reduce((a, b) -> b)
                .map(a -> AdditionDecision.valueOf(a.decision()))
                .orElseThrow(() -> new ConflictException("検討 " + review.reviewNumber() + " には内閣府の判断が記録されていません。"));
    }

    /** 対象としない理由の公表: the review ends; its reasons are public. */
    Step nonListingPublished(LocalDate publishedOn, String reference) {
        notInFuture(time, publishedOn, "publishedOn", "理由の公表日");
        notBefore(publishedOn, decisionDay(), "publishedOn", "理由の公表日", "対象としない判断の日");
        return new Step(Map.of("outcome", "NOT_LISTED", "status", "CLOSED"),
                Act.of(LegalActType.REASONS_PUBLISHED, publishedOn, reference));
    }

    /** 検討の再開: only once the re-review day has come; the review goes back to fact finding. */
    Step reopened() {
        time.requireReached(review.reReviewOn(), "検討の再開", "再検討の時期 " + review.reReviewOn());
        return new Step(Map.of("status", "UNDER_REVIEW"),
                Act.of(LegalActType.REVIEW_REOPENED, time.today(), "再検討の時期 " + review.reReviewOn()));
    }

    /** 法律の改正: a business outside the items of Art 50(1) needs a law amendment (bill, Diet, promulgation). */
    Act lawAmended(LocalDate submitted, LocalDate passed, LocalDate promulgated, String lawNumber) {
        notInFuture(time, submitted, "billSubmittedOn", "法案の国会提出日");
        notBefore(submitted, decisionDay(), "billSubmittedOn", "法案の国会提出日", "対象事業に追加する判断の日");
        notInFuture(time, promulgated, "promulgatedOn", "公布日");
        if (passed.isBefore(submitted) || promulgated.isBefore(passed)) {
            throw new InvalidInputException("promulgatedOn", "提出日・成立日・公布日の順序が正しくありません。");
        }
        return Act.of(LegalActType.LAW_PROMULGATED, promulgated, "法律番号 " + lawNumber + "（国会提出 " + submitted + "、成立 " + passed + "）");
    }

    /**
     * 政令・主務省令案の作成: the new sector as the chosen draft of criteria names it (code, name, table), and its
     * equipment categories; the draft becomes the sector's live table on the enforcement day.
     */
    Step ordersDrafted(CriteriaDrafts.NewSectorDraft criteria, String equipmentLines, String summary,
                       SectorDraft.Registered registered) {
        SectorDraft.check(criteria.sectorCode(), equipmentLines, registered);
        return new Step(Map.of("sector_code", criteria.sectorCode(), "sector_name_ja", criteria.sectorNameJa(),
                "criteria_decision_key", criteria.decisionKey(), "criteria_draft_number", criteria.draftNumber(),
                "equipment_categories", equipmentLines),
                Act.of(LegalActType.ORDERS_DRAFTED, time.today(), summary + "\n指定基準の案: " + criteria.findingsJa()));
    }

    /** 意見公募手続の開始: 30 days or more counted from the notice (APA Art 39(3)); shorter only with a reason (Art 40(1)). */
    Step publicCommentStarted(LocalDate start, LocalDate lastDay, String shortenedReason, StatutoryPeriods periods) {
        notInFuture(time, start, "publicCommentStartOn", "意見公募の開始日");
        if (lastDay.isBefore(start)) {
            throw new InvalidInputException(PUBLIC_COMMENT_LAST_DAY, "意見提出期間の末日は開始日以後にしてください。");
        }
        LocalDate earliest = periods.earliestPublicCommentLastDay(start);
        boolean shortened = lastDay.isBefore(earliest);
        if (shortened && (shortenedReason == null || shortenedReason.isBlank())) {
            throw new InvalidInputException(PUBLIC_COMMENT_LAST_DAY, "意見提出期間は公示の日から起算して30日以上（" + earliest
                    + "以降）です。短くする場合は理由を記載してください（行政手続法第40条第1項）。");
        }
        return new Step(Map.of("public_comment_last_day", lastDay), new Act(LegalActType.PUBLIC_COMMENT_STARTED, start, null,
                lastDay, new ActContent.Note("意見提出期間の末日 " + lastDay
                + (shortened ? "（30日未満とする理由：" + shortenedReason + "）" : ""))));
    }

    /**
     * 意見公募の結果: published at promulgation (APA Art 43(1)); only once the period has ended, as every comment
     * submitted within it is to be considered (Art 42).
     */
    Act publicCommentResults(int received, String summary) {
        LocalDate lastDay = review.publicCommentLastDay();
        if (lastDay == null) {
            throw new ConflictException("意見公募手続が開始されていません。");
        }
        time.requireReached(lastDay.plusDays(1), "意見公募の結果の記録", "意見提出期間の末日 " + lastDay + "、行政手続法第42条");
        return new Act(LegalActType.PUBLIC_COMMENT_RESULTS, time.today(), null, null,
                new ActContent.PublicCommentResults(received, summary));
    }

    /** 閣議決定・公布・施行日. */
    Step cabinetDecision(LocalDate decided, LocalDate promulgated, String orderNumber, LocalDate enforced) {
        notInFuture(time, decided, "cabinetDecisionOn", "閣議決定日");
        notBefore(decided, decisionDay(), "cabinetDecisionOn", "閣議決定日", "対象事業に追加する判断の日");
        // the comments submitted within the period are to be weighed before the order is decided (行政手続法第42条)
        LocalDate commentsUntil = review.publicCommentLastDay();
        if (commentsUntil != null && !decided.isAfter(commentsUntil)) {
            throw new InvalidInputException("cabinetDecisionOn", "閣議決定日は意見提出期間の末日（" + commentsUntil
                    + "）より後の日にしてください（行政手続法第42条）。");
        }
        if (promulgated.isBefore(decided) || enforced.isBefore(promulgated)) {
            throw new InvalidInputException(ENFORCEMENT_ON, "閣議決定日・公布日・施行日の順序が正しくありません。");
        }
        return new Step(Map.of("enforcement_on", enforced), new Act(LegalActType.CABINET_ORDER, decided, null, enforced,
                new ActContent.Note("政令番号 " + orderNumber + "、公布 " + promulgated + "、施行 " + enforced)));
    }

    /**
     * 対象事業の登録（施行）: the sector drafted, live from the enforcement day with the 6 months' grace of Art 53. Never
     * before that day, whatever calls it.
     */
    Sector sectorInForce(Ministry ministry, StatutoryPeriods periods) {
        LocalDate enforced = review.enforcementOn();
        if (enforced == null) {
            throw new IllegalStateException("No enforcement day on record for review " + review.reviewNumber());
        }
        time.requireReached(enforced, "対象事業の施行", "施行日 " + enforced);
        return new Sector(review.sectorCode(), 0, review.sectorNameJa(), review.sectorCode(), ministry.code(),
                ministry.reviewerGroup(), true, review.criteriaDecisionKey(), enforced, periods.graceEndsOn(enforced));
    }

    /** {@code alreadyInForce}: the orders named a sector the registry held already, which the enforcement leaves as it is. */
    Step sectorActivated(Sector sector, boolean alreadyInForce) {
        return new Step(Map.of("outcome", "LISTED", "status", "CLOSED"), Act.of(LegalActType.SECTOR_ACTIVE, review.enforcementOn(),
                review.sectorNameJa() + (alreadyInForce ? "は施行済みの対象事業として登録されています（登録の変更なし）。"
                        : "を対象事業として施行。猶予期間の末日 " + sector.graceEndsOn())));
    }

    /** 政令・主務省令案 of a sector the registry holds already (orders in force with the law that listed it). */
    Step ordersForSectorInForce(Sector sector, String summary) {
        return new Step(SectorDraft.inForce(sector), Act.of(LegalActType.ORDERS_DRAFTED, time.today(),
                summary + "\n施行済みの対象事業: " + sector.nameJa()));
    }

    // ---- Helpers

    private LocalDate lastMeetingDay() {
        return meetings.isEmpty() ? null : meetings.get(meetings.size() - 1).heldOn();
    }

    private LocalDate latestDay(LegalActType type) {
        return acts.stream().filter(a -> a.actType() == type).reduce((a, b) -> b).map(LegalAct::actDate).orElse(null);
    }

    private LocalDate decisionDay() {
        return latestDay(LegalActType.SECTOR_ADDITION_DECIDED);
    }

    private static void notInFuture(StatutoryTime time, LocalDate day, String field, String labelJa) {
        if (day.isAfter(time.today())) {
            throw new InvalidInputException(field, "「" + labelJa + "」に将来の日付は入力できません。");
        }
    }

    /** A day of the review's course that cannot precede an earlier fact of it (if that fact is on record). */
    private static void notBefore(LocalDate day, LocalDate earlier, String field, String labelJa, String earlierLabelJa) {
        if (earlier != null && day.isBefore(earlier)) {
            throw new InvalidInputException(field, "「" + labelJa + "」は" + earlierLabelJa + "（" + earlier + "）以後の日にしてください。");
        }
    }
}
