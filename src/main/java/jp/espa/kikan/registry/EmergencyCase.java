package jp.espa.kikan.registry;

import jp.espa.kikan.legal.CompetentOrdinance;

/**
 * The emergency in which an introduction or entrustment needs no plan in advance (Art 52(1) proviso), as each
 * competent ordinance defines it in one paragraph (MLIT ordinance Art 10(1), MIC Art 11(1), the others Art 10(1)):
 * the service is disrupted, or a disruption threatens, and the urgent introduction or entrustment is necessary to
 * remove or prevent it with no other appropriate way (not where the operator caused the threat to avoid filing).
 * Its two values are the two branches of 「支障が生じ、又は生ずるおそれがある場合」.
 */
public enum EmergencyCase {
    SERVICE_DISRUPTED("特定社会基盤役務の提供に支障が生じた場合であって、他の事業者から特定重要設備の導入を緊急に行い、又は他の事業者に委託して特定重要設備の重要維持管理等を緊急に行わせることがその支障の除去のために必要であり、かつ、ほかに適当な方法がない場合"),
    SERVICE_DISRUPTION_THREATENED("特定社会基盤役務の提供に支障が生ずるおそれがある場合であって、他の事業者から特定重要設備の導入を緊急に行い、又は他の事業者に委託して特定重要設備の重要維持管理等を緊急に行わせることがその支障の発生の防止のために必要であり、かつ、ほかに適当な方法がない場合");

    private final String labelJa;

    EmergencyCase(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    /** 第十条第一項 (第十一条第一項 in the MIC ordinance). */
    public static String provision(CompetentOrdinance ordinance) {
        return ordinance.emergencyArticle() + "第一項";
    }

    /** With the ordinance's name: 令和五年国土交通省令第六十二号第十条第一項. */
    public static String citation(CompetentOrdinance ordinance) {
        return ordinance.citedAs() + provision(ordinance);
    }

    /** The key of the citations table's row of the ordinance's emergency case. */
    public static String citationKey(CompetentOrdinance ordinance) {
        return "ORD_" + ordinance.name() + "_" + ("第十一条".equals(ordinance.emergencyArticle()) ? 11 : 10) + "_1";
    }
}
