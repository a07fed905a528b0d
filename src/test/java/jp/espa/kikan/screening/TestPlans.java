package jp.espa.kikan.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jp.espa.kikan.registry.ExemptionGround;
import jp.espa.kikan.registry.ParentControl;
import jp.espa.kikan.screening.PlanSubmission.ExemptionClaim;
import jp.espa.kikan.screening.PlanSubmission.Officer;
import jp.espa.kikan.screening.PlanSubmission.Party;
import jp.espa.kikan.screening.PlanSubmission.PlanContent;
import jp.espa.kikan.screening.PlanSubmission.PlanKind;
import jp.espa.kikan.screening.PlanSubmission.VotingHolder;

/** Plans of the fictional demo railway operator, as the portal would file them. */
public final class TestPlans {

    static final String RAILWAY_OPERATOR = "6999901000002";
    static final String UNDESIGNATED_OPERATOR = "9999901000008";

    private TestPlans() {
    }

    /** A valid introduction plan of the demo railway operator as the API's JSON body. */
    public static com.fasterxml.jackson.databind.node.ObjectNode asJson(com.fasterxml.jackson.databind.ObjectMapper json,
                                                                        String applicationNumber) {
        return json.valueToTree(introduction(applicationNumber, LocalDate.now(jp.espa.kikan.legal.StatutoryPeriods.TOKYO)));
    }

    public static PlanSubmission introduction(String applicationNumber, LocalDate receivedOn) {
        return introduction(applicationNumber, receivedOn, RAILWAY_OPERATOR, "RAILWAY", "RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL");
    }

    /** A valid introduction plan of the designated operator, sector and equipment category given. */
    public static PlanSubmission introduction(String applicationNumber, LocalDate receivedOn, String operatorCorporateNumber,
                                              String sectorCode, String equipmentCategoryCode) {
        return new PlanSubmission(applicationNumber, PlanKind.INTRODUCTION, operatorCorporateNumber, sectorCode,
                equipmentCategoryCode, receivedOn, content(), null, null);
    }

    /** A plan whose supplier is the operator's subsidiary: it holds all its votes (MLIT ordinance Art 7(1)(i)). */
    static PlanSubmission exempt(String applicationNumber, LocalDate receivedOn) {
        return exempt(applicationNumber, receivedOn, new ExemptionClaim(ExemptionGround.SUBSIDIARY, ParentControl.MAJORITY_OF_VOTES,
                new BigDecimal("100"), null, "発行済株式の全部を保有"));
    }

    static PlanSubmission exempt(String applicationNumber, LocalDate receivedOn, ExemptionClaim claim) {
        PlanContent plan = new PlanContent("列車運行管理システムの更新", "子会社製の運行管理サーバの導入", receivedOn.plusDays(60), null,
                "アクセス制御とログ監視", List.of(domesticSupplier()));
        return new PlanSubmission(applicationNumber, PlanKind.INTRODUCTION, RAILWAY_OPERATOR, "RAILWAY",
                "RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL", receivedOn, plan, null, claim);
    }

    static PlanContent content() {
        return new PlanContent("列車運行管理システムの更新", "運行管理サーバ及び端末の導入", LocalDate.of(2027, 4, 1), null,
                "供給者の開発拠点への立入検査、保守用リモート接続の遮断", List.of(domesticSupplier(), foreignComponentSupplier()));
    }

    static Party domesticSupplier() {
        return new Party(PartyRole.SUPPLIER, "デモシステム株式会社", "代表取締役 山田太郎", "東京都千代田区（架空）", "JP",
                "5999901000003", null, BigDecimal.ZERO, "JP", List.of(),
                List.of(new Officer("山田太郎", LocalDate.of(1970, 1, 1), "JP")));
    }

    static Party foreignComponentSupplier() {
        return new Party(PartyRole.COMPONENT_SUPPLIER, "Example Components Ltd.", "CEO A. Example", "1 Example Road (fictional)",
                "XX", null, "制御用ルータ", new BigDecimal("30"), "XX",
                List.of(new VotingHolder("Example Holdings", "XX", new BigDecimal("40"))),
                List.of(new Officer("A. Example", LocalDate.of(1965, 5, 5), "XX")));
    }
}
