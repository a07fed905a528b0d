package jp.espa.kikan.legal;

import java.util.Map;

/**
 * How to appeal a disposition (教示), in one place, for every notice of a disposition (designation, revocation,
 * order). Administrative Appeal Act (行政不服審査法) Art 82(1): the authority states in writing that a request for
 * review is possible, to whom and within which period; Administrative Case Litigation Act (行政事件訴訟法) Art 46(1):
 * it states the defendant and the period of an action for annulment.
 *
 * <ul>
 *   <li>Request for review (審査請求): to the disposing authority itself where it is a minister heading a ministry
 *       or the head of an agency such as the FSA (行政不服審査法 Art 4(1)); within 3 months counted from the day
 *       after the operator learned of the disposition, and never after 1 year from the day after the disposition
 *       (Art 18(1)-(2)).</li>
 *   <li>Action for annulment (取消訴訟): the defendant is the State (国, Art 11(1)), represented in court by the
 *       Minister of Justice (国の利害に関係のある訴訟についての法務大臣の権限等に関する法律 Art 1), not by the
 *       disposing minister; within 6 months from learning of the disposition, never after 1 year from it
 *       (Art 14(1)-(2)); after a request for review, 6 months from learning of the ruling (Art 14(3)).</li>
 * </ul>
 */
public final class AppealInstructions {

    public static final String ADMINISTRATIVE_APPEAL_ACT_82 = "行政不服審査法第八十二条第一項";
    public static final String CASE_LITIGATION_ACT_46 = "行政事件訴訟法第四十六条第一項";

    /**
     * The authority that disposes, by competent ministry code. Finance: the Act's competent minister is the Prime
     * Minister, whose powers are delegated to the Commissioner of the FSA (金融庁長官), who then disposes and hears
     * the request for review; stated as a reading to confirm with the FSA.
     */
    private static final Map<String, String> AUTHORITY_BY_MINISTRY = Map.of(
            "METI", "経済産業大臣",
            "MLIT", "国土交通大臣",
            "MIC", "総務大臣",
            "FSA", "金融庁長官",
            "MHLW", "厚生労働大臣");

    private AppealInstructions() {
    }

    /** The authority that makes the disposition for a competent ministry (its code as in the registry). */
    public static String authorityOf(String ministryCode) {
        String authority = AUTHORITY_BY_MINISTRY.get(ministryCode);
        if (authority == null) {
            throw new IllegalArgumentException("no disposing authority known for ministry " + ministryCode);
        }
        return authority;
    }

    /** The 教示 of a disposition made by {@code authority} (e.g. 経済産業大臣), as printed at the end of its notice. */
    public static String text(String authority) {
        return "【教示】\n"
                + "1 この処分に不服がある場合は、この処分があったことを知った日の翌日から起算して3か月以内に、"
                + authority + "に対して審査請求をすることができます（行政不服審査法第四条第一号、第十八条第一項）。"
                + "ただし、この処分があったことを知った日の翌日から起算して3か月以内であっても、この処分の日の翌日から起算して"
                + "1年を経過したときは、審査請求をすることができません（同法第十八条第二項）。\n"
                + "2 この処分の取消しの訴えは、この処分があったことを知った日から6か月以内に、国を被告として"
                + "（訴訟において国を代表する者は法務大臣となります。）提起することができます（行政事件訴訟法第十一条第一項、"
                + "第十四条第一項）。ただし、この処分があったことを知った日から6か月以内であっても、この処分の日から1年を"
                + "経過したときは、処分の取消しの訴えを提起することができません（同法第十四条第二項）。"
                + "なお、審査請求をした場合には、処分の取消しの訴えは、その審査請求に対する裁決があったことを知った日から"
                + "6か月以内に提起することができます（同法第十四条第三項）。";
    }
}
