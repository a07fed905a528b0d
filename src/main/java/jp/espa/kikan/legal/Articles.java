package jp.espa.kikan.legal;

/**
 * The provisions the procedures cite, in one place, as the Japanese citation text shown on forms, notices and
 * records. 経済安全保障推進法 is the short name of 経済施策を一体的に講ずることによる安全保障の確保の推進に関する法律
 * (令和四年法律第四十三号). Each constant says in one line what the provision provides. Paragraph numbers inside
 * Art 52 follow the project's reading (DOMAIN.md); where a number could not be checked against the e-Gov text the
 * comment says "unverified".
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
    /** The minister notifies the designated operator and publishes the designation (公示); 後段: changes likewise. */
    public static final String ART_50_2 = ACT + "第五十条第二項";
    /** The operator notifies a change of its name or address in advance (あらかじめ; the ordinances: 2 weeks). */
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
    /** The contents of the plan (equipment, suppliers, contractors, preventive measures). */
    public static final String ART_52_2 = ACT + "第五十二条第二項";
    /** No introduction/entrustment until 30 days counted from acceptance (受理); the minister may shorten. */
    public static final String ART_52_3 = ACT + "第五十二条第三項";
    /** Extension, up to 4 months counted from acceptance, by notice of the extended period. */
    public static final String ART_52_4 = ACT + "第五十二条第四項";
    /** Shortening of a period that was extended. */
    public static final String ART_52_5 = ACT + "第五十二条第五項";
    /** Recommendation to change the plan or stop, within the (extended) period. */
    public static final String ART_52_6 = ACT + "第五十二条第六項";
    /** The operator's reply to the recommendation within 10 days counted from receiving it. */
    public static final String ART_52_7 = ACT + "第五十二条第七項";
    /** An operator that notified acceptance files the plan as changed and proceeds on it. */
    public static final String ART_52_8 = ACT + "第五十二条第八項";
    /** An operator that notified acceptance may proceed before the period ends. */
    public static final String ART_52_9 = ACT + "第五十二条第九項";
    /** Order where the operator did not reply or refused without justifiable reason; proviso: only within the period. */
    public static final String ART_52_10 = ACT + "第五十二条第十項";
    /** Grace: the screening duty starts 6 months after designation or after equipment is added. */
    public static final String ART_53 = ACT + "第五十三条";
    /** Changes of a filed plan: important (refile), minor (nothing), other (report without delay). */
    public static final String ART_54 = ACT + "第五十四条";
    /**
     * Recommendation after introduction: (1) after a filed plan, when circumstances change (国際情勢の変化その他の事情の
     * 変更により); (2) after an emergency notification, without that condition; (3) the reply and the order of Art 52.
     */
    public static final String ART_55 = ACT + "第五十五条";
    /** Consultation of the Prime Minister and other ministers before a recommendation or order. */
    public static final String ART_56 = ACT + "第五十六条";
    /** Reports: (1) to designate, of a business of the sector; (2) reports and inspections to enforce Art 51, 52(6), (10), 55. */
    public static final String ART_58 = ACT + "第五十八条";

    // ---- Penalties (Chapter 7)
    /** Imprisonment up to 2 years and/or fine up to ¥1,000,000: introducing without filing, in the standstill, against an order. */
    public static final String ART_92 = ACT + "第九十二条";
    /** Criminal fine (罰金) up to ¥300,000: e.g. no or false change notice (Art 50(3)), reports and inspections. */
    public static final String ART_96 = ACT + "第九十六条";
    /** Corporate liability (両罰規定): the corporation is fined as well as the person who acted. */
    public static final String ART_97 = ACT + "第九十七条";

    // ---- Administrative Procedure Act (行政手続法)
    /** Reasons for a refusal of an application. */
    public static final String APA_8 = "行政手続法第八条";
    /** An adverse disposition other than revocation of a licence: the addressee is given an opportunity to explain (弁明). */
    public static final String APA_13_1_2 = "行政手続法第十三条第一項第二号";
    /** The one explaining may submit evidence (証拠書類等). */
    public static final String APA_29_2 = "行政手続法第二十九条第二項";
    /** Reasons for an adverse disposition, given with it (in writing when the disposition is in writing). */
    public static final String APA_14 = "行政手続法第十四条";
    /** The written notice of an opportunity to explain: the disposition foreseen, its grounds, the facts, where and by when. */
    public static final String APA_30 = "行政手続法第三十条";
    /** Public comment: at least 30 days counted from the notice. */
    public static final String APA_39_3 = "行政手続法第三十九条第三項";
    /** Public comment: a shorter period only with a stated reason. */
    public static final String APA_40_1 = "行政手続法第四十条第一項";
    /** Public comment: the results published with the promulgation (title, notice day, comments, how they were weighed). */
    public static final String APA_43_1 = "行政手続法第四十三条第一項";

    private Articles() {
    }
}
