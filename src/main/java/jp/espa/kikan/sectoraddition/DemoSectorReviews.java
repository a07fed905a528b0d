package jp.espa.kikan.sectoraddition;

import static jp.espa.kikan.sectoraddition.SectorReviewVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jp.espa.kikan.security.Actor;
import jp.espa.kikan.security.Roles;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The two stories of the Cabinet Office material (January 2024) as reviews at realistic stages (profile "demo"):
 * general port transport after the Nagoya NUTS ransomware, listed through a law amendment and now waiting for the
 * amendment's data; medical care after the Osaka General Medical Center ransomware, as two reviews waiting for the
 * Cabinet Office's decision: individual hospitals (criteria say: do not list) and medical DX systems (keep studying).
 * Facts and dates come from the material; anything else is marked 例示 (illustrative).
 */
@Component
@Profile("demo")
class DemoSectorReviews {

    private static final Actor CABINET_OFFICE = new Actor("cao-official", Set.of(Roles.CABINET_OFFICE));

    private final SectorReviewIntake intake;
    private final SectorReviewService service;
    private final TaskService tasks;
    private final IdentityService identity;

    DemoSectorReviews(SectorReviewIntake intake, SectorReviewService service, TaskService tasks, IdentityService identity) {
        this.intake = intake;
        this.service = service;
        this.tasks = tasks;
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(25)
    void loadTheSeedStories() {
        if (start("DEMO-PORT-2023", "一般港湾運送事業", "コンテナターミナルにおいて荷役作業を行う一般港湾運送事業", "MLIT",
                new SectorReviewCase.Trigger("INCIDENT", LocalDate.of(2023, 7, 4),
                        "名古屋港統一ターミナルシステム（NUTS）のランサムウェア感染（2023年7月4日午前6時30分頃から）。全5コンテナターミナルのゲートを閉鎖、"
                                + "7月6日午前7時30分にシステム復旧、7月7日から通常運用。船舶37隻・コンテナ約2万本に影響。"),
                "ターミナルオペレーションシステム（TOS）", "コンテナターミナルにおいて荷役作業を行う一般港湾運送事業者", false,
                Map.of("indispensable", true, "dailyLifeDependence", true, "wideAreaDisruption", true,
                        "equipmentConceivable", true, "operatorConceivable", true, "systemsUnderDevelopment", false))) {
            complete("DEMO-PORT-2023", "Task_HearCompetentMinistry", Map.of("hearingDate", "2023-07-31",
                    "ministryExplanation", "国土交通省：名古屋港におけるシステム障害の事実関係の報告（名古屋港運協会等からのヒアリングは委員会第1回の記録を参照。日付は例示）。"));
            meeting("DEMO-PORT-2023", "2023-07-31", "名古屋港におけるシステム障害の原因及び対応策の分析／名古屋港運協会等からのヒアリング",
                    "ヒアリングを踏まえての情報セキュリティ対策に関する議論", null, null);
            meeting("DEMO-PORT-2023", "2023-09-29", "中間取りまとめ①／港湾の位置付けについての議論",
                    "情報セキュリティ対策、システム障害発生時の対応策", "中間取りまとめ①（情報セキュリティ対策、システム障害発生時の対応策）", null);
            meeting("DEMO-PORT-2023", "2023-11-30", "中間取りまとめ②／中間取りまとめ①を踏まえての対応",
                    "サイバーセキュリティ政策及び経済安全保障政策における港湾の位置付け", "中間取りまとめ②（港湾の位置付け）", null);
            meeting("DEMO-PORT-2023", "2024-01-24", "取りまとめ", "TOSを使用して役務の提供を行う一般港湾運送事業を経済安全保障推進法の対象に追加すべき",
                    null, "一般港湾運送事業を基幹インフラ制度の対象事業に追加する方向");
            complete("DEMO-PORT-2023", "Task_DecideSectorAddition", Map.of(ADDITION_DECISION, "LIST", "decisionDate", "2024-01-29",
                    "decisionReasons", "コンテナターミナルにおいて荷役作業を行う一般港湾運送事業者は特定社会基盤事業者となることが想定され、TOSは特定重要設備となり得る。"
                            + "経済安全保障推進法第五十条第一項の各号に掲げられていないため、法改正により追加する方向で検討する（2024年1月。判断日の日付は例示）。"));
        }
        if (start("DEMO-MEDICAL-HOSPITALS", "医療（個々の医療機関）", "病院等の医療機関による医療の提供", "MHLW",
                new SectorReviewCase.Trigger("INCIDENT", LocalDate.of(2022, 10, 31),
                        "大阪急性期・総合医療センターのランサムウェア感染（2022年10月31日）。給食委託事業者のVPN機器経由の可能性が高い。紙運用に切替え、2023年1月11日に診療体制復旧。"),
                "病院情報システム（院内の診療システム）", "個々の医療機関", false,
                Map.of("indispensable", true, "dailyLifeDependence", true, "wideAreaDisruption", false,
                        "equipmentConceivable", false, "operatorConceivable", false, "systemsUnderDevelopment", false))) {
            hearMhlw("DEMO-MEDICAL-HOSPITALS");
            meeting("DEMO-MEDICAL-HOSPITALS", "2024-01-29", "医療の取扱い（例示：会議の日付と議事は例示）",
                    "医療機関ごとに病院情報システムが構築され、周辺の医療機関との連携で医療提供を継続できる", null,
                    "個々の医療機関は、特定社会基盤事業者や特定重要設備が想定されず、対象としない方向");
        }
        if (start("DEMO-MEDICAL-DX", "医療DXに関するシステム", "全国医療情報プラットフォーム（電子カルテ共有サービス、標準型電子カルテ等）", "MHLW",
                new SectorReviewCase.Trigger("PERIODIC_REVIEW", null, null),
                "電子カルテ共有サービス、クラウドベースの電子カルテ（標準型電子カルテ）", "システムの実施機関", false,
                Map.of("indispensable", true, "dailyLifeDependence", true, "wideAreaDisruption", true,
                        "equipmentConceivable", false, "operatorConceivable", false, "systemsUnderDevelopment", true))) {
            hearMhlw("DEMO-MEDICAL-DX");
            meeting("DEMO-MEDICAL-DX", "2024-01-29", "医療DXに関するシステムの取扱い（例示：会議の日付と議事は例示）",
                    "オンライン資格確認等システム・電子処方箋管理サービスは紙運用も可能で影響は小さい。今後開発されるシステムは機能により影響が広範囲に及ぶ可能性", null,
                    "現時点では対象としないが、医療DXに関するシステムの検討の中で引き続き検討");
        }
    }

    private boolean start(String number, String name, String description, String ministry, SectorReviewCase.Trigger trigger,
                          String equipment, String operators, boolean inside, Map<String, Boolean> facts) {
        if (service.byNumber(number).isPresent()) {
            return false;
        }
        intake.start(CABINET_OFFICE, new SectorReviewIntake.Candidate(number, name, description, ministry, trigger, equipment,
                operators, inside, facts));
        return true;
    }

    private void hearMhlw(String number) {
        complete(number, "Task_HearCompetentMinistry", Map.of("hearingDate", "2024-01-29",
                "ministryExplanation", "厚生労働省：地域医療の中核となる病院であっても、医療機関ごとに病院情報システムが構築されており、"
                        + "仮にシステム障害が生じても影響は当該医療機関に限られ、周辺の医療機関との連携により必要な医療提供を継続できる。"
                        + "（ヒアリング日は例示）"));
    }

    private void meeting(String number, String date, String agenda, String minutes, String interim, String conclusion) {
        Map<String, Object> values = new HashMap<>();
        values.put("meetingDate", date);
        values.put("agenda", agenda);
        values.put("minutesSummary", minutes);
        values.put("interimReport", interim);
        values.put(COMMITTEE_CONCLUDED, conclusion != null);
        values.put("committeeConclusion", conclusion);
        complete(number, "Task_RecordCommitteeMeeting", values);
    }

    private void complete(String number, String taskKey, Map<String, Object> values) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult();
        if (task != null) {
            CABINET_OFFICE.actInEngine(identity, () -> tasks.complete(task.getId(), values));
        }
    }
}
