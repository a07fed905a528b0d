package jp.espa.kikan.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.screening.TestPlans;

/** Valid JSON bodies of the project API, for tests that call it over HTTP from any package. */
public final class TestBodies {

    private TestBodies() {
    }

    /** An introduction plan of the fictional demo railway operator, received today. */
    public static ObjectNode plan(ObjectMapper json, String applicationNumber) {
        return TestPlans.asJson(json, applicationNumber);
    }

    /** A periodic sector review of a fictional business, whose facts make the criteria say "list". */
    public static ObjectNode sectorReview(ObjectMapper json, String reviewNumber, String competentMinistry) {
        ObjectNode body = json.createObjectNode().put("reviewNumber", reviewNumber).put("businessName", "テスト事業（架空）")
                .put("businessDescription", "架空").put("competentMinistry", competentMinistry).put("insideStatutoryItems", true);
        body.putObject("trigger").put("kind", "PERIODIC_REVIEW");
        body.putObject("facts").put("indispensable", true).put("equipmentConceivable", true).put("operatorConceivable", true);
        return body;
    }

    /** An emergency notification of the demo railway operator: equipment introduced yesterday. */
    public static ObjectNode emergencyNotification(ObjectMapper json, String applicationNumber) {
        ObjectNode plan = plan(json, applicationNumber);
        ObjectNode notification = json.createObjectNode().put("applicationNumber", applicationNumber);
        notification.set("operatorCorporateNumber", plan.get("operatorCorporateNumber"));
        notification.set("sectorCode", plan.get("sectorCode"));
        notification.set("equipmentCategoryCode", plan.get("equipmentCategoryCode"));
        notification.put("introducedOn", LocalDate.now(StatutoryPeriods.TOKYO).minusDays(1).toString())
                .put("urgencyReason", "故障による緊急交換").put("emergencyCase", "SERVICE_DISRUPTED");
        notification.set("plan", plan.get("plan"));
        return notification;
    }

    /** A proposal by MLIT of one fictional railway operator for designation. */
    public static ObjectNode designationProposal(ObjectMapper json, String proposalNumber, String corporateNumber) {
        ObjectNode body = json.createObjectNode();
        body.putArray("candidates").addObject().put("proposalNumber", proposalNumber).put("corporateNumber", corporateNumber)
                .put("operatorName", "提案鉄道株式会社（架空）").put("operatorAddress", "東京都（架空）").put("sectorCode", "RAILWAY")
                .put("industry", "MANUFACTURING_OTHER").put("capitalYen", 10_000_000_000L).put("employees", 3000)
                .put("proposalReason", "営業キロが大きい");
        return body;
    }

    /** A body of Camunda's submit-form (engine REST and Tasklist): each value as {"value": ...}, its type left to the engine. */
    public static ObjectNode form(ObjectMapper json, Map<String, ?> values) {
        ObjectNode body = json.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        values.forEach((name, value) -> variables.putObject(name).set("value", json.valueToTree(value)));
        return body;
    }

    /** The designation start form (Form_ProposeDesignation) filled in by an MLIT official for a fictional railway operator. */
    public static Map<String, Object> designationStartForm(String proposalNumber, String corporateNumber) {
        Map<String, Object> values = new LinkedHashMap<>(Map.of("proposalNumber", proposalNumber, "corporateNumber", corporateNumber,
                "operatorName", "攻撃テスト鉄道株式会社（架空）", "operatorAddress", "東京都（架空）", "sectorCode", "RAILWAY",
                "industry", "MANUFACTURING_OTHER", "capitalYen", 50_000_000_000L, "employees", 5000, "proposalReason", "営業キロ"));
        return values;
    }

    /**
     * The start form of the post-introduction review (Form_StartPostIntroductionReview) registering an emergency
     * notification received on paper by MLIT: the demo railway operator's equipment, introduced yesterday.
     */
    public static Map<String, Object> paperEmergencyNotificationForm(String applicationNumber) {
        Map<String, Object> values = new LinkedHashMap<>(Map.of("trigger", "EMERGENCY_NOTIFICATION",
                "applicationNumber", applicationNumber, "operatorCorporateNumber", "6999901000002", "sectorCode", "RAILWAY",
                "equipmentCategoryCode", "RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL", "outline", "運行管理サーバ",
                "introducedOn", LocalDate.now(StatutoryPeriods.TOKYO).minusDays(1).toString(), "urgencyReason", "故障による緊急交換",
                "emergencyCase", "SERVICE_DISRUPTED"));
        values.putAll(Map.of("supplierName", "デモシステム株式会社", "supplierAddress", "東京都（架空）", "supplierCountry", "JP",
                "supplierCorporateNumber", "5999901000003", "foreignGovernmentSalesShare", 0, "plantCountry", "JP"));
        return values;
    }

    /** A fictional corporate number (registry office 9999) with a valid check digit. */
    public static String corporateNumber(int serial) {
        String base = String.format("99990200%04d", serial % 10_000);
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (base.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + base;
    }
}
