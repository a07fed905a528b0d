package jp.espa.kikan.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
