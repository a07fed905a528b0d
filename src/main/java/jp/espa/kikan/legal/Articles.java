package jp.espa.kikan.legal;

/**
 * The provisions the procedures cite, in one place, as the Japanese citation text shown on forms, notices and
 * records. 経済安全保障推進法 is the short name of 経済施策を一体的に講ずることによる安全保障の確保の推進に関する法律
 * (令和四年法律第四十三号). Each constant says in one line what the provision provides, and is one of the citations
 * of documents/citations.tsv, whose rows are checked against the law's text (CitationsTableTest).
 */
public final class Articles {

    /** The short name used everywhere. */
    public static final String ACT = "経済安全保障推進法";
    /** The full title with its number, for the first mention in a notice. */
    public static final String ACT_TITLE = "経済施策を一体的に講ずることによる安全保障の確保の推進に関する法律（令和四年法律第四十三号）";
    /** The first mention in a notice, defining the short name; the article cited follows it directly. */
    public static final String ACT_DEFINED = "経済施策を一体的に講ずることによる安全保障の確保の推進に関する法律（令和四年法律第四十三号。以下「"
            + ACT + "」という。）";

    // ---- Designation (Chapter 3)
    /** The sectors (items) and the minister's power to designate an operator meeting the ordinance's criteria. */
    public static final String ART_50_1 = ACT + "第五十条第一項";
    /** The operator notifies a change of its name or address at least two weeks before the day of the change. */
    public static final String ART_50_3 = ACT + "第五十条第三項";
    /** The minister publishes a changed name or address as the designation (Art 50(2) 後段; Art 50 has three paragraphs). */
    public static final String ART_50_2_LATTER = ACT + "第五十条第二項後段";
    /** The minister must revoke a designation once the operator no longer meets the criteria (Art 51 is one paragraph). */
    public static final String ART_51_FORMER = ACT + "第五十一条前段";
    /** Notification and publication (Art 50(2)) apply to a revocation. */
    public static final String ART_51_LATTER = ACT + "第五十一条後段";

    // ---- Screening of introduction plans
    /**
     * The operator files an introduction plan in advance; its parenthetical exempts the suppliers 施行令第十条 names
     * (subsidiaries, national organs, local governments, administrative agencies), its proviso the emergencies.
     */
    public static final String ART_52_1 = ACT + "第五十二条第一項";
    /** Extension, up to 4 months counted from acceptance, by notice of the extended period. */
    public static final String ART_52_4 = ACT + "第五十二条第四項";
    /** Recommendation to change the plan or stop, within the (extended) period. */
    public static final String ART_52_6 = ACT + "第五十二条第六項";
    /** The operator's reply to the recommendation within 10 days counted from receiving it. */
    public static final String ART_52_7 = ACT + "第五十二条第七項";
    /** Order where the operator did not reply or refused without justifiable reason; proviso: only within the period. */
    public static final String ART_52_10 = ACT + "第五十二条第十項";
    /** Grace: no filing duty for 6 months from the designation (paragraphs 2 and 3: equipment or maintenance added later). */
    public static final String ART_53_1 = ACT + "第五十三条第一項";
    /** Consultation of the Prime Minister and other ministers before a recommendation or an order. */
    public static final String ART_56_1 = ACT + "第五十六条第一項";

    // ---- Penalties (Chapter 7)
    /** Criminal fine (罰金) up to ¥300,000 for changing the name or address without the notice of Art 50(3) (item 6). */
    public static final String ART_96_6 = ACT + "第九十六条第六号";
    /** Corporate liability (両罰規定): the corporation is fined as well as the person who acted. */
    public static final String ART_97 = ACT + "第九十七条";

    private Articles() {
    }
}
