package jp.espa.kikan.sectoraddition;

import static jp.espa.kikan.sectoraddition.SectorReviewVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.platform.Officials;
import jp.espa.kikan.registry.EquipmentCategory;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorReviewRegistry;
import jp.espa.kikan.platform.InvalidInputException;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of SectorAdditionProcess, one bean each (named as the BPMN references them). User-task listeners check
 * what the official entered, as forms check only in the browser, and put each step on the review's record.
 */
@Configuration
class SectorReviewSteps {

    private final SectorReviewRegistry reviews;
    private final SectorReviewIntake intake;
    private final ExclusionCriteria criteria;
    private final StatutoryPeriods periods;
    private final StatutoryTime time;
    private final Officials officials;
    private final RepositoryService repository;

    SectorReviewSteps(SectorReviewRegistry reviews, SectorReviewIntake intake, ExclusionCriteria criteria,
                      StatutoryPeriods periods, StatutoryTime time, Officials officials, RepositoryService repository) {
        this.reviews = reviews;
        this.intake = intake;
        this.criteria = criteria;
        this.periods = periods;
        this.time = time;
        this.officials = officials;
        this.repository = repository;
    }

    /** 検討事案の登録: a review started over the API arrives registered; one from the Tasklist start form is registered here. */
    @Bean
    JavaDelegate registerSectorReviewDelegate() {
        return execution -> {
            if (execution.getVariable(REVIEW_ID) != null) {
                return;
            }
            FormValues form = new FormValues(execution);
            String kind = form.choice(TRIGGER_KIND, "検討の契機", Set.of("INCIDENT", "PERIODIC_REVIEW"));
            Map<String, Boolean> facts = new HashMap<>();
            FACTS.forEach(name -> facts.put(name, form.flag(name)));
            var candidate = new SectorReviewIntake.Candidate(form.text(REVIEW_NUMBER, "検討番号"),
                    form.text(BUSINESS_NAME, "対象候補の事業"), form.text(BUSINESS_DESCRIPTION, "事業の内容"),
                    form.text(COMPETENT_MINISTRY, "所管省庁"),
                    new SectorReviewIntake.Trigger(kind, "INCIDENT".equals(kind) ? form.date(INCIDENT_DATE, "事案の発生日") : null,
                            "INCIDENT".equals(kind) ? form.text(INCIDENT_SUMMARY, "事案の概要") : null),
                    (String) execution.getVariable(CANDIDATE_EQUIPMENT), (String) execution.getVariable(CANDIDATE_OPERATORS),
                    form.flag(INSIDE_STATUTORY_ITEMS), facts);
            try {
                execution.setVariables(intake.register(candidate, officials.current()));
            } catch (InvalidInputException e) {
                throw FormValues.reject("入力内容に誤りがあります（" + e.field() + "）: " + e.getMessage());
            }
            execution.getProcessInstance().setProcessBusinessKey(candidate.reviewNumber());
        };
    }

    /** 除外基準の適用: the three exclusion criteria and a preliminary recommendation, on record and on the forms. */
    @Bean
    JavaDelegate applyExclusionCriteriaDelegate() {
        return execution -> {
            Map<String, Object> facts = new HashMap<>();
            FACTS.forEach(name -> facts.put(name, execution.getVariable(name)));
            ExclusionCriteria.Result result = criteria.apply(facts);
            UUID reviewId = reviewId(execution);
            reviews.update(reviewId, "preliminary_recommendation", result.recommendation());
            reviews.recordAct(reviewId, "EXCLUSION_CRITERIA_APPLIED", time.today(), Officials.SYSTEM,
                    result.recommendation() + " (" + result.ruleVersion() + ")\n" + result.findingsJa() + "\n" + result.reason());
            execution.setVariable(EXCLUSION_FINDINGS, result.findingsJa());
            execution.setVariable(PRELIMINARY_RECOMMENDATION, result.recommendation());
            execution.setVariable(PRELIMINARY_RECOMMENDATION_LABEL, label(result.recommendation()) + "：" + result.reason());
            execution.setVariable(CRITERIA_RULE_VERSION, result.ruleVersion());
        };
    }

    /** 所管省庁からのヒアリング: the ministry's explanation goes on record (as MHLW's did for hospitals). */
    @Bean
    TaskListener hearCompetentMinistryCompletion() {
        return task -> {
            FormValues form = new FormValues(task);
            LocalDate heard = notInFuture(form.date("hearingDate", "ヒアリング実施日"), "ヒアリング実施日");
            String explanation = form.text("ministryExplanation", "所管省庁の説明");
            Object notes = task.getVariable("hearingNotes");
            record(task, "HEARING", heard, explanation + (notes == null || notes.toString().isBlank() ? "" : "\n" + notes));
        };
    }

    /** 有識者会議の開催記録: any number of meetings, each with date, agenda, minutes and an optional interim report. */
    @Bean
    TaskListener recordCommitteeMeetingCompletion() {
        return task -> {
            FormValues form = new FormValues(task);
            LocalDate held = notInFuture(form.date("meetingDate", "開催日"), "開催日");
            boolean concluded = form.flag(COMMITTEE_CONCLUDED);
            String conclusion = concluded ? form.text("committeeConclusion", "結論") : null;
            Object interim = task.getVariable("interimReport");
            int number = reviews.recordMeeting(reviewId(task), held, form.text("agenda", "議事"),
                    form.text("minutesSummary", "議事概要"), interim == null || interim.toString().isBlank() ? null : interim.toString(),
                    concluded, officials.current(task));
            task.setVariable(COMMITTEE_CONCLUDED, concluded);
            task.setVariable(MEETINGS_HELD, number);
            if (concluded) {
                record(task, "COMMITTEE_CONCLUDED", held, "第" + number + "回: " + conclusion);
            }
        };
    }

    /** 内閣府の判断: list, do not list, or keep studying until a re-review date; always with reasons. */
    @Bean
    TaskListener decideSectorAdditionCompletion() {
        return task -> {
            FormValues form = new FormValues(task);
            String decision = form.choice(ADDITION_DECISION, "判断", Set.of("LIST", "DO_NOT_LIST", "KEEP_STUDYING"));
            LocalDate decided = notInFuture(form.date("decisionDate", "判断日"), "判断日");
            String reasons = form.text("decisionReasons", "理由");
            UUID reviewId = reviewId(task);
            if ("KEEP_STUDYING".equals(decision)) {
                LocalDate reReview = form.date(RE_REVIEW_ON, "再検討の時期");
                FormValues.require(reReview.isAfter(time.today()), "再検討の時期は将来の日付にしてください。");
                reviews.update(reviewId, "re_review_on", reReview);
                task.setVariable(RE_REVIEW_ON, reReview.toString());
            }
            reviews.update(reviewId, "status", decision.equals("LIST") ? "LISTING" : decision);
            record(task, "DECISION_" + decision, decided, reasons);
        };
    }

    /** 対象としない理由の公表: the review ends; its reasons are public. */
    @Bean
    TaskListener publishNonListingCompletion() {
        return task -> {
            FormValues form = new FormValues(task);
            LocalDate published = notInFuture(form.date("publishedOn", "理由の公表日"), "理由の公表日");
            Object reference = task.getVariable("publicationReference");
            reviews.update(reviewId(task), "outcome", "NOT_LISTED");
            reviews.update(reviewId(task), "status", "CLOSED");
            record(task, "REASONS_PUBLISHED", published, reference == null ? null : reference.toString());
        };
    }

    /** 検討の再開: the re-review date has come; the review goes back to fact finding. */
    @Bean
    JavaDelegate reopenSectorReviewDelegate() {
        return execution -> {
            reviews.update(reviewId(execution), "status", "UNDER_REVIEW");
            reviews.recordAct(reviewId(execution), "REVIEW_REOPENED", time.today(), Officials.SYSTEM,
                    "Re-review date " + execution.getVariable(RE_REVIEW_ON));
            execution.setVariable(COMMITTEE_CONCLUDED, false);
        };
    }

    /** 法律の改正: a business outside the items of Art 50(1) needs a law amendment (bill, Diet, promulgation). */
    @Bean
    TaskListener amendLawCompletion() {
        return task -> {
            FormValues form = new FormValues(task);
            LocalDate submitted = form.date("billSubmittedOn", "法案の国会提出日");
            LocalDate passed = form.date("dietPassedOn", "成立日");
            LocalDate promulgated = notInFuture(form.date("promulgatedOn", "公布日"), "公布日");
            FormValues.require(!passed.isBefore(submitted) && !promulgated.isBefore(passed), "提出日・成立日・公布日の順序が正しくありません。");
            record(task, "LAW_PROMULGATED", promulgated, "法律番号 " + form.text("lawNumber", "法律番号")
                    + "（国会提出 " + submitted + "、成立 " + passed + "）");
        };
    }

    /** 政令・主務省令案の作成: the new sector's code, equipment categories and the criteria table it will use. */
    @Bean
    TaskListener draftOrdersCompletion() {
        return task -> {
            FormValues form = new FormValues(task);
            String code = form.text(SECTOR_CODE, "対象事業コード");
            FormValues.require(code.matches("[A-Z][A-Z_]*"), "対象事業コードは英大文字とアンダースコアで入力してください。");
            form.text(SECTOR_NAME_JA, "対象事業の名称");
            String criteriaKey = form.text(CRITERIA_DECISION_KEY, "指定基準の決定表");
            FormValues.require(repository.createDecisionDefinitionQuery().decisionDefinitionKey(criteriaKey).count() > 0,
                    "指定基準の決定表 " + criteriaKey + " がデプロイされていません（省令の指定基準を決定表として登録してください）。");
            FormValues.require(!equipment(task, code).isEmpty(), "特定重要設備を1行に1つ「コード: 名称」の形で入力してください。");
            record(task, "ORDERS_DRAFTED", time.today(), form.text("draftSummary", "政令・省令案の概要"));
        };
    }

    /** 意見公募手続の開始: 30 days or more counted from the notice (APA Art 39(3)); shorter only with a reason (Art 40(1)). */
    @Bean
    TaskListener startPublicCommentCompletion() {
        return task -> {
            FormValues form = new FormValues(task);
            LocalDate start = notInFuture(form.date("publicCommentStartOn", "意見公募の開始日"), "意見公募の開始日");
            LocalDate lastDay = form.date(PUBLIC_COMMENT_LAST_DAY, "意見提出期間の末日");
            LocalDate earliest = periods.earliestPublicCommentLastDay(start);
            FormValues.require(!lastDay.isBefore(start), "意見提出期間の末日は開始日以後にしてください。");
            Object reason = task.getVariable("shortenedReason");
            boolean shortened = lastDay.isBefore(earliest);
            FormValues.require(!shortened || (reason != null && !reason.toString().isBlank()),
                    "意見提出期間は公示の日から起算して30日以上（" + earliest + "以降）です。短くする場合は理由を記載してください（行政手続法第40条第1項）。");
            task.setVariable(PUBLIC_COMMENT_LAST_DAY, lastDay.toString());
            record(task, "PUBLIC_COMMENT_STARTED", start, "Comments until " + lastDay
                    + (shortened ? " (shortened: " + reason + ")" : ""));
        };
    }

    /** 意見公募の結果: published at promulgation. */
    @Bean
    TaskListener recordPublicCommentResultsCompletion() {
        return task -> {
            FormValues form = new FormValues(task);
            int received;
            try {
                received = (int) Double.parseDouble(form.text("commentsReceived", "提出意見数"));
            } catch (NumberFormatException e) {
                received = -1;
            }
            FormValues.require(received >= 0, "提出意見数は0以上の数で入力してください。");
            record(task, "PUBLIC_COMMENT_RESULTS", time.today(), received + " comments. " + form.text("resultsSummary", "結果の概要"));
        };
    }

    /** 閣議決定・公布・施行日. */
    @Bean
    TaskListener recordCabinetDecisionCompletion() {
        return task -> {
            FormValues form = new FormValues(task);
            LocalDate decided = notInFuture(form.date("cabinetDecisionOn", "閣議決定日"), "閣議決定日");
            LocalDate promulgated = form.date("promulgatedOn", "公布日");
            LocalDate enforced = form.date(ENFORCEMENT_ON, "施行日");
            FormValues.require(!promulgated.isBefore(decided) && !enforced.isBefore(promulgated), "閣議決定日・公布日・施行日の順序が正しくありません。");
            task.setVariable(ENFORCEMENT_ON, enforced.toString());
            record(task, "CABINET_ORDER", decided, "政令番号 " + form.text("orderNumber", "政令番号") + "、公布 " + promulgated
                    + "、施行 " + enforced);
        };
    }

    /** 対象事業の登録（施行）: the sector is live, with its equipment and criteria; the 6 months' grace is computed (Art 53). */
    @Bean
    JavaDelegate activateSectorDelegate() {
        return execution -> {
            String code = (String) execution.getVariable(SECTOR_CODE);
            String ministry = (String) execution.getVariable(COMPETENT_MINISTRY);
            LocalDate enforced = LocalDate.parse(((String) execution.getVariable(ENFORCEMENT_ON)).substring(0, 10));
            LocalDate grace = periods.graceEndsOn(enforced);
            Sector sector = new Sector(code, 0, (String) execution.getVariable(SECTOR_NAME_JA), code, ministry,
                    (String) execution.getVariable(REVIEWER_GROUP), true, (String) execution.getVariable(CRITERIA_DECISION_KEY),
                    enforced, grace);
            reviews.activateSector(sector, enforced, grace, equipment(execution, code));
            UUID reviewId = reviewId(execution);
            reviews.update(reviewId, "sector_code", code);
            reviews.update(reviewId, "outcome", "LISTED");
            reviews.update(reviewId, "status", "CLOSED");
            reviews.recordAct(reviewId, "SECTOR_ACTIVE", enforced, Officials.SYSTEM, code + " active; grace until " + grace);
        };
    }

    /** Equipment lines "CODE: 名称" of the draft ordinance. */
    private static List<EquipmentCategory> equipment(VariableScope scope, String sectorCode) {
        List<EquipmentCategory> categories = new ArrayList<>();
        Object text = scope.getVariable(EQUIPMENT_CATEGORIES);
        for (String line : text == null ? new String[0] : text.toString().split("\\R")) {
            String[] parts = line.split("[:：]", 2);
            if (parts.length == 2 && parts[0].strip().matches("[A-Z][A-Z0-9_]*") && !parts[1].isBlank()) {
                categories.add(new EquipmentCategory(parts[0].strip(), sectorCode, parts[1].strip()));
            }
        }
        return categories;
    }

    private LocalDate notInFuture(LocalDate day, String labelJa) {
        FormValues.require(!day.isAfter(time.today()), "「" + labelJa + "」に将来の日付は入力できません。");
        return day;
    }

    private void record(DelegateTask task, String actType, LocalDate on, String details) {
        reviews.recordAct(reviewId(task), actType, on, officials.current(task), details);
    }

    private static UUID reviewId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(REVIEW_ID));
    }

    static String label(String recommendation) {
        return switch (recommendation) {
            case "LIST" -> "対象事業に追加する方向";
            case "DO_NOT_LIST" -> "対象としない方向";
            default -> "引き続き検討";
        };
    }
}
