package jp.espa.kikan.registry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.legal.CompetentOrdinance;

/**
 * How the operator controls the supplier's decision-making body, as the competent ordinance defines a parent (親法人等,
 * 施行令第十条第三項; MLIT ordinance Art 7(1), MIC Art 8(1), the others Art 7(1)): by a majority of the votes (item
 * 1); by 40-50% of them and one of the facts (イ)〜(ホ) of item 2; or by a majority together with closely related
 * or consenting holders and one of (ロ)〜(ホ) of item 2 (item 3). The share is the votes held on the parent's own
 * account; item 3 includes holding none.
 */
public enum ParentControl {
    MAJORITY_OF_VOTES(1, null, "議決権の過半数を自己の計算において所有している"),
    FORTY_PERCENT_AND_CLOSE_HOLDERS_MAJORITY(2, "イ", "議決権の百分の四十以上、百分の五十以下を所有し、緊密な者及び同意している者の議決権と合わせて過半数を占めている"),
    FORTY_PERCENT_AND_BOARD_MAJORITY(2, "ロ", "議決権の百分の四十以上、百分の五十以下を所有し、役員等が取締役会その他これに準ずる機関の構成員の過半数を占めている"),
    FORTY_PERCENT_AND_CONTROLLING_CONTRACT(2, "ハ", "議決権の百分の四十以上、百分の五十以下を所有し、重要な財務及び営業又は事業の方針の決定を支配する契約等が存在する"),
    FORTY_PERCENT_AND_MAJORITY_FINANCING(2, "ニ", "議決権の百分の四十以上、百分の五十以下を所有し、資金調達額の総額の過半について融資を行っている"),
    FORTY_PERCENT_AND_OTHER_FACTS(2, "ホ", "議決権の百分の四十以上、百分の五十以下を所有し、意思決定機関を支配していることが推測される事実が存在する"),
    CLOSE_HOLDERS_MAJORITY_AND_BOARD_MAJORITY(3, "ロ", "緊密な者及び同意している者の議決権と合わせて過半数を占め、役員等が取締役会その他これに準ずる機関の構成員の過半数を占めている"),
    CLOSE_HOLDERS_MAJORITY_AND_CONTROLLING_CONTRACT(3, "ハ", "緊密な者及び同意している者の議決権と合わせて過半数を占め、重要な財務及び営業又は事業の方針の決定を支配する契約等が存在する"),
    CLOSE_HOLDERS_MAJORITY_AND_MAJORITY_FINANCING(3, "ニ", "緊密な者及び同意している者の議決権と合わせて過半数を占め、資金調達額の総額の過半について融資を行っている"),
    CLOSE_HOLDERS_MAJORITY_AND_OTHER_FACTS(3, "ホ", "緊密な者及び同意している者の議決権と合わせて過半数を占め、意思決定機関を支配していることが推測される事実が存在する");

    private static final String[] KANJI = {"", "一", "二", "三"};
    /** The sub-items イ〜ホ as the citations table's keys spell them. */
    private static final Map<String, String> SUB_ITEM_KEYS = Map.of("イ", "I", "ロ", "RO", "ハ", "HA", "ニ", "NI", "ホ", "HO");

    private final int item;
    private final String subItem;
    private final String labelJa;

    ParentControl(int item, String subItem, String labelJa) {
        this.item = item;
        this.subItem = subItem;
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    /** Whether the parent's own share of the votes (percent) fits the item: over half, 40 to 50, or any (item 3). */
    public boolean admitsShare(BigDecimal percent) {
        return switch (item) {
            case 1 -> percent.compareTo(BigDecimal.valueOf(50)) > 0;
            case 2 -> percent.compareTo(BigDecimal.valueOf(40)) >= 0 && percent.compareTo(BigDecimal.valueOf(50)) <= 0;
            default -> true;
        };
    }

    /** 第七条第一項第二号イ, or for item 3 第七条第一項第三号（同項第二号ロ）, in the ordinance given. */
    public String provision(CompetentOrdinance ordinance) {
        String itemCited = ordinance.parentArticle() + "第一項第" + KANJI[item] + "号";
        return subItem == null ? itemCited : item == 2 ? itemCited + subItem : itemCited + "（同項第二号" + subItem + "）";
    }

    /** With the ordinance's name: 令和五年国土交通省令第六十二号第七条第一項第二号イ. */
    public String citation(CompetentOrdinance ordinance) {
        return ordinance.citedAs() + provision(ordinance);
    }

    /** The keys of the citations table's rows it rests on: its item, and its sub-item of item 2 if any. */
    public List<String> citationKeys(CompetentOrdinance ordinance) {
        String paragraph = paragraphKey(ordinance) + "_";
        return subItem == null ? List.of(paragraph + item)
                : List.of(paragraph + item, paragraph + "2_" + SUB_ITEM_KEYS.get(subItem));
    }

    /** The key of the proviso of the parent test: not a parent where it clearly does not control (ただし書). */
    public static String provisoKey(CompetentOrdinance ordinance) {
        return paragraphKey(ordinance) + "_PROVISO";
    }

    private static String paragraphKey(CompetentOrdinance ordinance) {
        return "ORD_" + ordinance.name() + "_" + articleNumber(ordinance) + "_1";
    }

    private static int articleNumber(CompetentOrdinance ordinance) {
        return "第八条".equals(ordinance.parentArticle()) ? 8 : 7;
    }
}
