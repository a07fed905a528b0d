package jp.espa.kikan.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.screening.PlanSubmission.Officer;
import jp.espa.kikan.screening.PlanSubmission.Party;
import jp.espa.kikan.screening.PlanSubmission.PlanContent;
import jp.espa.kikan.screening.PlanSubmission.PlanKind;
import jp.espa.kikan.screening.PlanSubmission.VotingHolder;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.security.Roles;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo cases (profile "demo"), filed as the portal would, so that the demo reviewers find work in Tasklist.
 * Every business named is fictional. Filed once: a restart finds them by application number.
 */
@Component
@Profile("demo")
class DemoScreenings {

    private static final Actor PORTAL = new Actor("portal", Set.of(Roles.OPERATOR_PORTAL));

    private final ScreeningService screening;
    private final ScreeningAccess access;

    DemoScreenings(ScreeningService screening, ScreeningAccess access) {
        this.screening = screening;
        this.access = access;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void fileDemoPlans() {
        file(new PlanSubmission("DEMO-RAILWAY-0001", PlanKind.INTRODUCTION, "6999901000002", "RAILWAY",
                "RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL", null, new PlanContent("新幹線運転指令所の連動装置遠隔制御装置の更新",
                "制御情報作成サーバ2台及び指令卓端末20台の導入", LocalDate.now(StatutoryPeriods.TOKYO).plusMonths(3), null,
                "供給者の開発拠点の確認、保守用リモート接続の常時遮断、操作ログの保存",
                List.of(supplier("デモシステム株式会社", "5999901000003"),
                        new Party(PartyRole.COMPONENT_SUPPLIER, "Example Components Ltd.（架空）", "CEO（架空）",
                                "1 Example Road（架空）", "XX", null, "制御用ネットワークルータ", new BigDecimal("30"), "XX",
                                List.of(new VotingHolder("Example Holdings（架空）", "XX", new BigDecimal("40"))),
                                List.of(new Officer("A. Example（架空）", LocalDate.of(1965, 5, 5), "XX"))))),
                null, null));
        file(new PlanSubmission("DEMO-ELECTRICITY-0001", PlanKind.ENTRUSTMENT, "7999901000001", "ELECTRICITY",
                "GENERAL_TRANSMISSION_DISTRIBUTION_SUPPLY_DEMAND_CONTROL", null, new PlanContent("需給制御システムの保守",
                "需給制御システムの保守・運用の委託", LocalDate.now(StatutoryPeriods.TOKYO).plusMonths(2), LocalDate.now(StatutoryPeriods.TOKYO).plusMonths(26),
                "委託先作業者の事前登録、作業時の立会い",
                List.of(new Party(PartyRole.CONTRACTOR, "デモ保守サービス株式会社", "代表取締役（架空）", "東京都（架空）", "JP",
                                "4999901000004", null, BigDecimal.ZERO, null, List.of(), List.of()),
                        new Party(PartyRole.RECONTRACTOR, "デモ再委託株式会社", "代表取締役（架空）", "大阪府（架空）", "JP",
                                "3999901000005", null, BigDecimal.ZERO, null, List.of(), List.of()))),
                null, null));
    }

    private void file(PlanSubmission plan) {
        if (access.existing(PORTAL, plan.applicationNumber()).isEmpty()) {
            screening.filePlan(PORTAL, plan);
        }
    }

    private static Party supplier(String name, String corporateNumber) {
        return new Party(PartyRole.SUPPLIER, name, "代表取締役（架空）", "東京都（架空）", "JP", corporateNumber, null,
                BigDecimal.ZERO, "JP", List.of(), List.of(new Officer("山田太郎（架空）", LocalDate.of(1970, 1, 1), "JP")));
    }
}
