package jp.espa.kikan.support;

import java.time.LocalDate;

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
