package jp.espa.kikan.sectoraddition;

import static jp.espa.kikan.sectoraddition.SectorReviewVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.AlreadyRegisteredException;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.DecisionRecorder;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.EquipmentCategory;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Ministry;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.registry.SectorReviewRegistry;
import jp.espa.kikan.registry.SectorReviewRegistry.Meeting;
import jp.espa.kikan.registry.SectorReviewRegistry.SectorReview;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one authority over sector reviews (対象事業の追加): registration by the Cabinet Office, the exclusion criteria,
 * the ministry's hearing, the committee's meetings (also recorded by the competent ministry), the Cabinet Office's
 * decision, the law or cabinet order with its public comment, and the sector going live. Each step checks the
 * actor's right, reads what it decides on from the review on record (its review number is the process's business
 * key) and records the act in the case file.
 */
@Service
public class SectorReviewService {

    private static final Procedure SECTOR_ADDITION = Procedure.SECTOR_ADDITION;

    record Trigger(String kind, LocalDate incidentDate, String incidentSummary) {
    }

    record Candidate(String reviewNumber, String businessName, String businessDescription, String competentMinistry,
                     Trigger trigger, String candidateEquipment, String candidateOperators, boolean insideStatutoryItems,
                     Map<String, Boolean> facts) {
    }

    record MeetingRecord(LocalDate heldOn, String agenda, String minutesSummary, String interimReport, boolean concluded,
                         String conclusion) {
    }

    /** A review with its meetings and its case file, for those who may read the deliberations. */
    record ReviewView(SectorReview review, List<Meeting> meetings, List<LegalAct> acts) {
    }

    private final SectorReviewRegistry reviews;
    private final SectorRegistry sectors;
    private final CaseFile caseFile;
    private final ExclusionCriteria criteria;
    private final DecisionRecorder decisions;
    private final AccessChecks access;
    private final StatutoryPeriods periods;
    private final StatutoryTime time;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ObjectMapper json;

    SectorReviewService(SectorReviewRegistry reviews, SectorRegistry sectors, CaseFile caseFile, ExclusionCriteria criteria,
                        DecisionRecorder decisions, AccessChecks access, StatutoryPeriods periods, StatutoryTime time,
                        RuntimeService runtime, TaskService tasks, IdentityService identity, ObjectMapper json) {
        this.tasks = tasks;
        this.identity = identity;
        this.reviews = reviews;
        this.sectors = sectors;
        this.caseFile = caseFile;
        this.criteria = criteria;
        this.decisions = decisions;
        this.access = access;
        this.periods = periods;
        this.time = time;
        this.runtime = runtime;
        this.json = json;
    }

    // ---- Reading

    Optional<SectorReview> byNumber(String reviewNumber) {
        return reviews.byNumber(reviewNumber);
    }

    List<SectorReview> list(Actor actor) {
        requireReader(actor);
        return reviews.all();
    }

    ReviewView view(Actor actor, String reviewNumber) {
        requireReader(actor);
        SectorReview review = review(reviewNumber);
        return new ReviewView(review, reviews.meetings(review.id()), caseFile.acts(SECTOR_ADDITION, reviewNumber));
    }

    /** The deliberations (minutes, preliminary recommendations) are for the Cabinet Office and the ministries only. */
    private void requireReader(Actor actor) {
        if (!access.permits(actor, Action.READ_SECTOR_REVIEW, Subject.NONE)) {
            throw new NotFoundException("Sector reviews are visible to the Cabinet Office and the ministries only.");
        }
    }

    // ---- Registration

    /** A review and whether this call started it. */
    record Started(SectorReview review, boolean created) {
    }

    /** The series of review numbers in {@code numbered_filing}. */
    static final String NUMBER_SERIES = "sector-review";

    /** Over the API: registers the review and starts its process. */
    @Transactional
    Started start(Actor actor, Candidate candidate) {
        Map<String, Object> variables = register(actor, candidate);
        runtime.createProcessInstanceByKey(PROCESS).businessKey(candidate.reviewNumber()).setVariables(variables).execute();
        return new Started(review(candidate.reviewNumber()), true);
    }

    /** Over the API: the review this same request started before, for the Cabinet Office (which alone starts reviews). */
    Started started(Actor actor, String reviewNumber) {
        requireStarter(actor);
        return new Started(review(reviewNumber), false);
    }

    /** Checks and writes a review started by the Cabinet Office; returns what its forms show. */
    Map<String, Object> register(Actor actor, Candidate c) {
        requireStarter(actor);
        if (reviews.byNumber(c.reviewNumber()).isPresent()) {
            throw new AlreadyRegisteredException("reviewNumber", "Review " + c.reviewNumber() + " is already registered.");
        }
        Ministry ministry = sectors.ministry(c.competentMinistry()).orElseThrow(() -> new InvalidInputException("competentMinistry",
                "One of " + sectors.ministries().stream().map(Ministry::code).toList() + "."));
        for (String fact : c.facts().keySet()) {
            if (!FACTS.contains(fact)) {
                throw new InvalidInputException("facts." + fact, "Unknown fact; known: " + FACTS + ".");
            }
        }
        boolean incident = "INCIDENT".equals(c.trigger().kind());
        if (incident && (c.trigger().incidentDate() == null || c.trigger().incidentSummary() == null
                || c.trigger().incidentSummary().isBlank())) {
            throw new InvalidInputException("trigger", "An incident trigger states the incident's date and summary.");
        }
        if (incident) {
            notInFuture(c.trigger().incidentDate(), INCIDENT_DATE, "事案の発生日");
        }
        Map<String, Boolean> facts = new LinkedHashMap<>();
        FACTS.forEach(name -> facts.put(name, Boolean.TRUE.equals(c.facts().get(name))));
        SectorReview review = new SectorReview(UUID.randomUUID(), c.reviewNumber(), c.businessName(), c.businessDescription(),
                ministry.code(), c.trigger().kind(), c.trigger().incidentDate(), c.trigger().incidentSummary(),
                c.candidateEquipment(), c.candidateOperators(), c.insideStatutoryItems(), write(facts), null, "UNDER_REVIEW",
                null, null, null, null, null, null, null, null, actor.userId());
        reviews.create(review);
        caseFile.record(SECTOR_ADDITION, c.reviewNumber(), LegalActType.REVIEW_STARTED, time.today(), actor.userId(),
                incident ? "事案の発生（" + c.trigger().incidentDate() + "）：" + c.trigger().incidentSummary() : "定期的なリスク点検");

        Map<String, Object> variables = new HashMap<>(facts);
        variables.put(REVIEW_NUMBER, c.reviewNumber());
        variables.put(BUSINESS_NAME, c.businessName());
        variables.put(BUSINESS_DESCRIPTION, c.businessDescription());
        variables.put(COMPETENT_MINISTRY, ministry.code());
        variables.put(TRIGGER_KIND, c.trigger().kind());
        variables.put(TRIGGER_LABEL, incident ? "事案の発生" : "定期的なリスク点検");
        if (incident) {
            variables.put(INCIDENT_DATE, c.trigger().incidentDate().toString());
            variables.put(INCIDENT_SUMMARY, c.trigger().incidentSummary());
        }
        variables.put(CANDIDATE_EQUIPMENT, c.candidateEquipment() == null ? "" : c.candidateEquipment());
        variables.put(CANDIDATE_OPERATORS, c.candidateOperators() == null ? "" : c.candidateOperators());
        variables.put(INSIDE_STATUTORY_ITEMS, c.insideStatutoryItems());
        variables.put(MEETINGS_HELD, 0);
        return variables;
    }

    // ---- The review's steps

    /** 除外基準の適用: the three exclusion criteria on the facts on record, and a preliminary recommendation. */
    ExclusionCriteria.Result applyExclusionCriteria(String reviewNumber) {
        SectorReview review = review(reviewNumber);
        ExclusionCriteria.Result result = criteria.apply(reviewNumber, new HashMap<>(read(review.facts())));
        reviews.update(review.id(), "preliminary_recommendation", result.recommendation());
        caseFile.recordDecision(SECTOR_ADDITION, reviewNumber, LegalActType.EXCLUSION_CRITERIA_APPLIED, time.today(),
                Actor.SYSTEM.userId(), result.recommendation(), null,
                result.ruleVersion() + "\n" + result.findingsJa() + "\n" + result.reason());
        return result;
    }

    /** 所管省庁からのヒアリング: the ministry's explanation goes on record (as MHLW's did for hospitals). */
    void hear(Actor actor, String reviewNumber, LocalDate heardOn, String explanation, String notes) {
        SectorReview review = cabinetOfficeStep(actor, reviewNumber);
        notInFuture(heardOn, "hearingDate", "ヒアリング実施日");
        notBefore(heardOn, review.incidentDate(), "hearingDate", "ヒアリング実施日", "事案の発生日");
        caseFile.record(SECTOR_ADDITION, reviewNumber, LegalActType.HEARING, heardOn,
                actor.userId(), explanation + (notes == null ? "" : "\n" + notes));
    }

    /** 有識者会議の開催記録: any number of meetings; the Cabinet Office or the review's competent ministry records them. */
    int recordMeeting(Actor actor, String reviewNumber, MeetingRecord m) {
        SectorReview review = review(reviewNumber);
        if (!access.permits(actor, Action.RECORD_COMMITTEE_MEETING, Subject.ofMinistry(reviewerGroup(review)))) {
            throw new NotPermittedException("Only the Cabinet Office or the competent ministry records committee meetings.");
        }
        if (m.concluded() && (m.conclusion() == null || m.conclusion().isBlank())) {
            throw new InvalidInputException("conclusion", "「結論」を入力してください。");
        }
        notInFuture(m.heldOn(), "meetingDate", "開催日");
        notBefore(m.heldOn(), review.incidentDate(), "meetingDate", "開催日", "事案の発生日");
        notBefore(m.heldOn(), lastMeeting(review), "meetingDate", "開催日", "前回の会議の開催日");
        int number = reviews.recordMeeting(review.id(), m.heldOn(), m.agenda(),
                m.minutesSummary(), m.interimReport(), m.concluded(), actor.userId());
        if (m.concluded()) {
            caseFile.record(SECTOR_ADDITION, reviewNumber, LegalActType.COMMITTEE_CONCLUDED, m.heldOn(), actor.userId(),
                    "第" + number + "回: " + m.conclusion());
        }
        return number;
    }

    enum AdditionDecision { LIST, DO_NOT_LIST, KEEP_STUDYING }

    /** A meeting's number, and whether this call recorded it (false: the same meeting was on record already). */
    record MeetingRecorded(int meetingNo, boolean created) {
    }

    /**
     * A meeting recorded over the API: completes the review's meeting task as the caller, so that the meeting goes
     * through the same step as in Tasklist. Calls on one review take their turn; the same meeting again (a retry, or
     * copies sent at once) answers with the meeting on record and records nothing.
     */
    @Transactional
    MeetingRecorded recordMeetingOverApi(Actor actor, String reviewNumber, MeetingRecord m) {
        access.requireSome(actor, Action.RECORD_COMMITTEE_MEETING); // before the look-up: a 404 tells only those with the right
        SectorReview review = review(reviewNumber);
        if (!access.permits(actor, Action.RECORD_COMMITTEE_MEETING, Subject.ofMinistry(reviewerGroup(review)))) {
            throw new NotPermittedException("Only the Cabinet Office or the competent ministry records committee meetings.");
        }
        reviews.lock(review.id());
        // as the form step stores it: texts stripped, an empty interim report absent
        var recorded = reviews.meetingNo(review.id(), m.heldOn(), m.agenda().strip(), m.minutesSummary().strip(),
                m.interimReport() == null || m.interimReport().isBlank() ? null : m.interimReport().strip(), m.concluded());
        if (recorded.isPresent()) {
            return new MeetingRecorded(recorded.get(), false);
        }
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(reviewNumber)
                .taskDefinitionKey("Task_RecordCommitteeMeeting").singleResult();
        if (task == null) {
            throw new ConflictException("Review " + reviewNumber + " is not at its committee stage.");
        }
        Map<String, Object> values = new HashMap<>();
        values.put("meetingDate", m.heldOn().toString());
        values.put("agenda", m.agenda());
        values.put("minutesSummary", m.minutesSummary());
        values.put("interimReport", m.interimReport());
        values.put(COMMITTEE_CONCLUDED, m.concluded());
        values.put("committeeConclusion", m.conclusion());
        actor.actInEngine(identity, () -> tasks.complete(task.getId(), values));
        return new MeetingRecorded(reviews.meetings(review.id()).size(), true);
    }

    /** 内閣府の判断: list, do not list, or keep studying until a re-review day; always with reasons. */
    void decide(Actor actor, String reviewNumber, AdditionDecision decision, LocalDate decidedOn, String reasons,
                LocalDate reReviewOn) {
        SectorReview review = cabinetOfficeStep(actor, reviewNumber);
        notInFuture(decidedOn, "decisionDate", "判断日");
        // the decision weighs the hearing and the committee's conclusion: it cannot precede them
        notBefore(decidedOn, latestAct(reviewNumber, LegalActType.HEARING), "decisionDate", "判断日", "ヒアリング実施日");
        notBefore(decidedOn, lastMeeting(review), "decisionDate", "判断日", "会議の開催日");
        if (decision == AdditionDecision.KEEP_STUDYING) {
            if (reReviewOn == null || !reReviewOn.isAfter(time.today())) {
                throw new InvalidInputException(RE_REVIEW_ON, "再検討の時期は将来の日付にしてください。");
            }
            reviews.update(review.id(), "re_review_on", reReviewOn);
        }
        reviews.update(review.id(), "status", decision == AdditionDecision.LIST ? "LISTING" : decision.name());
        caseFile.recordDecision(SECTOR_ADDITION, reviewNumber, LegalActType.SECTOR_ADDITION_DECIDED, decidedOn, actor.userId(),
                decision.name(), decision == AdditionDecision.KEEP_STUDYING ? reReviewOn : null, reasons);
    }

    /** 対象としない理由の公表: the review ends; its reasons are public. */
    void publishNonListing(Actor actor, String reviewNumber, LocalDate publishedOn, String reference) {
        SectorReview review = cabinetOfficeStep(actor, reviewNumber);
        notInFuture(publishedOn, "publishedOn", "理由の公表日");
        notBefore(publishedOn, decisionDate(reviewNumber), "publishedOn", "理由の公表日", "対象としない判断の日");
        reviews.update(review.id(), "outcome", "NOT_LISTED");
        reviews.update(review.id(), "status", "CLOSED");
        caseFile.record(SECTOR_ADDITION, reviewNumber, LegalActType.REASONS_PUBLISHED, publishedOn, actor.userId(), reference);
    }

    /** 検討の再開: the re-review day has come; the review goes back to fact finding. */
    void reopen(String reviewNumber) {
        SectorReview review = review(reviewNumber);
        time.requireReached(review.reReviewOn(), "検討の再開", "再検討の時期 " + review.reReviewOn());
        reviews.update(review.id(), "status", "UNDER_REVIEW");
        caseFile.record(SECTOR_ADDITION, reviewNumber, LegalActType.REVIEW_REOPENED, time.today(), Actor.SYSTEM.userId(),
                "再検討の時期 " + review.reReviewOn());
    }

    /** 法律の改正: a business outside the items of Art 50(1) needs a law amendment (bill, Diet, promulgation). */
    void amendLaw(Actor actor, String reviewNumber, LocalDate submitted, LocalDate passed, LocalDate promulgated, String lawNumber) {
        cabinetOfficeStep(actor, reviewNumber);
        notInFuture(submitted, "billSubmittedOn", "法案の国会提出日");
        notBefore(submitted, decisionDate(reviewNumber), "billSubmittedOn", "法案の国会提出日", "対象事業に追加する判断の日");
        notInFuture(promulgated, "promulgatedOn", "公布日");
        if (passed.isBefore(submitted) || promulgated.isBefore(passed)) {
            throw new InvalidInputException("promulgatedOn", "提出日・成立日・公布日の順序が正しくありません。");
        }
        caseFile.record(SECTOR_ADDITION, reviewNumber, LegalActType.LAW_PROMULGATED, promulgated, actor.userId(),
                "法律番号 " + lawNumber + "（国会提出 " + submitted + "、成立 " + passed + "）");
    }

    /** 政令・主務省令案の作成: the new sector's code, name, equipment categories and the criteria table it will use. */
    void draftOrders(Actor actor, String reviewNumber, String sectorCode, String sectorNameJa, String criteriaDecisionKey,
                     String equipmentLines, String summary) {
        SectorReview review = cabinetOfficeStep(actor, reviewNumber);
        if (!sectorCode.matches("[A-Z][A-Z_]{0,39}")) {
            throw new InvalidInputException(SECTOR_CODE, "対象事業コードは英大文字とアンダースコアで入力してください（40文字以内）。");
        }
        if (!decisions.isDeployed(criteriaDecisionKey)) {
            throw new InvalidInputException(CRITERIA_DECISION_KEY, "指定基準の決定表 " + criteriaDecisionKey
                    + " がデプロイされていません（省令の指定基準を決定表として登録してください）。");
        }
        if (sectors.sector(sectorCode).isPresent()) { // activation would otherwise rewrite a sector in force
            throw new InvalidInputException(SECTOR_CODE, "対象事業コード " + sectorCode + " は既に登録されています。新たな対象事業のコードを入力してください。");
        }
        List<EquipmentCategory> categories = equipment(equipmentLines, sectorCode);
        if (categories.isEmpty()) {
            throw new InvalidInputException(EQUIPMENT_CATEGORIES, "特定重要設備を1行に1つ「コード: 名称」の形で入力してください。");
        }
        for (EquipmentCategory category : categories) {
            if (sectors.equipmentCategory(category.code()).isPresent() || category.nameJa().length() > 200) {
                throw new InvalidInputException(EQUIPMENT_CATEGORIES, "特定重要設備 " + category.code()
                        + " は既に登録されているか、名称が200文字を超えています。");
            }
        }
        reviews.update(review.id(), "sector_code", sectorCode);
        reviews.update(review.id(), "sector_name_ja", sectorNameJa);
        reviews.update(review.id(), "criteria_decision_key", criteriaDecisionKey);
        reviews.update(review.id(), "equipment_categories", equipmentLines);
        caseFile.record(SECTOR_ADDITION, reviewNumber, LegalActType.ORDERS_DRAFTED, time.today(), actor.userId(), summary);
    }

    /** 意見公募手続の開始: 30 days or more counted from the notice (APA Art 39(3)); shorter only with a reason (Art 40(1)). */
    void startPublicComment(Actor actor, String reviewNumber, LocalDate start, LocalDate lastDay, String shortenedReason) {
        SectorReview review = cabinetOfficeStep(actor, reviewNumber);
        notInFuture(start, "publicCommentStartOn", "意見公募の開始日");
        if (lastDay.isBefore(start)) {
            throw new InvalidInputException(PUBLIC_COMMENT_LAST_DAY, "意見提出期間の末日は開始日以後にしてください。");
        }
        LocalDate earliest = periods.earliestPublicCommentLastDay(start);
        boolean shortened = lastDay.isBefore(earliest);
        if (shortened && (shortenedReason == null || shortenedReason.isBlank())) {
            throw new InvalidInputException(PUBLIC_COMMENT_LAST_DAY, "意見提出期間は公示の日から起算して30日以上（" + earliest
                    + "以降）です。短くする場合は理由を記載してください（行政手続法第40条第1項）。");
        }
        reviews.update(review.id(), "public_comment_last_day", lastDay);
        caseFile.recordDecision(SECTOR_ADDITION, reviewNumber, LegalActType.PUBLIC_COMMENT_STARTED, start, actor.userId(), null,
                lastDay, "意見提出期間の末日 " + lastDay + (shortened ? "（30日未満とする理由：" + shortenedReason + "）" : ""));
    }

    /**
     * 意見公募の結果: published at promulgation (APA Art 43(1)); only once the period has ended, as every comment
     * submitted within it is to be considered (Art 42).
     */
    void recordPublicCommentResults(Actor actor, String reviewNumber, int received, String summary) {
        SectorReview review = cabinetOfficeStep(actor, reviewNumber);
        LocalDate lastDay = review.publicCommentLastDay();
        if (lastDay == null) {
            throw new ConflictException("意見公募手続が開始されていません。");
        }
        time.requireReached(lastDay.plusDays(1), "意見公募の結果の記録", "意見提出期間の末日 " + lastDay + "、行政手続法第42条");
        caseFile.record(SECTOR_ADDITION, reviewNumber, LegalActType.PUBLIC_COMMENT_RESULTS, time.today(), actor.userId(),
                new ActContent.PublicCommentResults(received, summary));
    }

    /** 閣議決定・公布・施行日. */
    void recordCabinetDecision(Actor actor, String reviewNumber, LocalDate decided, LocalDate promulgated, String orderNumber,
                               LocalDate enforced) {
        SectorReview review = cabinetOfficeStep(actor, reviewNumber);
        notInFuture(decided, "cabinetDecisionOn", "閣議決定日");
        notBefore(decided, decisionDate(reviewNumber), "cabinetDecisionOn", "閣議決定日", "対象事業に追加する判断の日");
        // the comments submitted within the period are to be weighed before the order is decided (行政手続法第42条)
        LocalDate commentsUntil = review.publicCommentLastDay();
        if (commentsUntil != null && !decided.isAfter(commentsUntil)) {
            throw new InvalidInputException("cabinetDecisionOn", "閣議決定日は意見提出期間の末日（" + commentsUntil
                    + "）より後の日にしてください（行政手続法第42条）。");
        }
        if (promulgated.isBefore(decided) || enforced.isBefore(promulgated)) {
            throw new InvalidInputException(ENFORCEMENT_ON, "閣議決定日・公布日・施行日の順序が正しくありません。");
        }
        reviews.update(review.id(), "enforcement_on", enforced);
        caseFile.recordDecision(SECTOR_ADDITION, reviewNumber, LegalActType.CABINET_ORDER, decided, actor.userId(), null, enforced,
                "政令番号 " + orderNumber + "、公布 " + promulgated + "、施行 " + enforced);
    }

    /**
     * 対象事業の登録（施行）: on the enforcement day (the model's timer waits for it after promulgation) the sector drafted
     * goes live with its equipment and criteria: from then on its operators are designable and the 6 months' grace of
     * Art 53 runs. Never before that day, whatever calls it.
     */
    void activateSector(String reviewNumber) {
        SectorReview review = review(reviewNumber);
        LocalDate enforced = review.enforcementOn();
        if (enforced == null) {
            throw new IllegalStateException("No enforcement day on record for review " + reviewNumber);
        }
        time.requireReached(enforced, "対象事業の施行", "施行日 " + enforced);
        LocalDate grace = periods.graceEndsOn(enforced);
        Ministry ministry = sectors.ministry(review.competentMinistry()).orElseThrow();
        Sector sector = new Sector(review.sectorCode(), 0, review.sectorNameJa(), review.sectorCode(), ministry.code(),
                ministry.reviewerGroup(), true, review.criteriaDecisionKey(), enforced, grace);
        reviews.activateSector(sector, enforced, grace, equipment(review.equipmentCategories(), review.sectorCode()));
        reviews.update(review.id(), "outcome", "LISTED");
        reviews.update(review.id(), "status", "CLOSED");
        caseFile.record(SECTOR_ADDITION, reviewNumber, LegalActType.SECTOR_ACTIVE, enforced, Actor.SYSTEM.userId(),
                review.sectorNameJa() + "を対象事業として施行。猶予期間の末日 " + grace);
    }

    // ---- What the model reads from the review on record

    boolean insideStatutoryItems(String reviewNumber) {
        return review(reviewNumber).insideStatutoryItems();
    }

    LocalDate reReviewOn(String reviewNumber) {
        return review(reviewNumber).reReviewOn();
    }

    LocalDate enforcementOn(String reviewNumber) {
        return review(reviewNumber).enforcementOn();
    }

    LocalDate publicCommentLastDay(String reviewNumber) {
        return review(reviewNumber).publicCommentLastDay();
    }

    String reviewerGroup(String reviewNumber) {
        return reviewerGroup(review(reviewNumber));
    }

    // ---- Helpers

    private SectorReview review(String reviewNumber) {
        return reviews.byNumber(reviewNumber).orElseThrow(() -> new NotFoundException("No sector review " + reviewNumber + "."));
    }

    private String reviewerGroup(SectorReview review) {
        return sectors.ministry(review.competentMinistry()).orElseThrow().reviewerGroup();
    }

    private void requireStarter(Actor actor) {
        if (!access.permits(actor, Action.START_SECTOR_REVIEW, Subject.NONE)) {
            throw new NotPermittedException("Sector reviews are started by the Cabinet Office.");
        }
    }

    private SectorReview cabinetOfficeStep(Actor actor, String reviewNumber) {
        if (!access.permits(actor, Action.DECIDE_SECTOR_REVIEW, Subject.NONE)) {
            throw new NotPermittedException("この手続は内閣府が行います。");
        }
        return review(reviewNumber);
    }

    private LocalDate notInFuture(LocalDate day, String field, String labelJa) {
        if (day.isAfter(time.today())) {
            throw new InvalidInputException(field, "「" + labelJa + "」に将来の日付は入力できません。");
        }
        return day;
    }

    /** A day of the review's course that cannot precede an earlier fact of it (if that fact is on record). */
    private static void notBefore(LocalDate day, LocalDate earlier, String field, String labelJa, String earlierLabelJa) {
        if (earlier != null && day.isBefore(earlier)) {
            throw new InvalidInputException(field, "「" + labelJa + "」は" + earlierLabelJa + "（" + earlier + "）以後の日にしてください。");
        }
    }

    private LocalDate lastMeeting(SectorReview review) {
        List<Meeting> meetings = reviews.meetings(review.id());
        return meetings.isEmpty() ? null : meetings.get(meetings.size() - 1).heldOn();
    }

    private LocalDate latestAct(String reviewNumber, LegalActType type) {
        return caseFile.latest(SECTOR_ADDITION, reviewNumber, type).map(LegalAct::actDate).orElse(null);
    }

    private LocalDate decisionDate(String reviewNumber) {
        return latestAct(reviewNumber, LegalActType.SECTOR_ADDITION_DECIDED);
    }

    /** Equipment lines "CODE: 名称" of the draft ordinance. */
    static List<EquipmentCategory> equipment(String lines, String sectorCode) {
        List<EquipmentCategory> categories = new ArrayList<>();
        for (String line : lines == null ? new String[0] : lines.split("\\R")) {
            String[] parts = line.split("[:：]", 2);
            if (parts.length == 2 && parts[0].strip().matches("[A-Z][A-Z0-9_]{0,59}") && !parts[1].isBlank()) {
                categories.add(EquipmentCategory.added(parts[0].strip(), sectorCode, parts[1].strip()));
            }
        }
        return categories;
    }

    private String write(Map<String, Boolean> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Boolean> read(String facts) {
        try {
            return json.readValue(facts, new TypeReference<LinkedHashMap<String, Boolean>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Facts on record are not readable: " + facts, e);
        }
    }
}
