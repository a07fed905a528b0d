package jp.espa.kikan.registry;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who supplies equipment whose introduction needs no plan (Art 52(1), the parenthetical): the persons 施行令第十条第一項
 * lists, one value per item, with the one label forms and notices show. A subsidiary (item 1) is one whose parent is
 * the operator under the competent ordinance's test ({@link ParentControl}; 施行令第十条第二項、第三項).
 */
public enum ExemptionGround {
    SUBSIDIARY("一", "特定重要設備の導入を行う特定社会基盤事業者と実質的に同一と認められる者（当該特定社会基盤事業者を親法人等とする子法人等）"),
    NATIONAL_ORGAN("二", "国の機関"),
    LOCAL_GOVERNMENT("三", "地方公共団体"),
    INDEPENDENT_AGENCY("四", "独立行政法人通則法第二条第一項に規定する独立行政法人"),
    LOCAL_INDEPENDENT_AGENCY("五", "地方独立行政法人法第二条第一項に規定する地方独立行政法人（公立大学法人を除く。）");

    /** How the cabinet order is named where it is cited. */
    public static final String CABINET_ORDER = "経済安全保障推進法施行令";

    private final String item;
    private final String labelJa;

    ExemptionGround(String item, String labelJa) {
        this.item = item;
        this.labelJa = labelJa;
    }

    /** A ground as stored in a case (screening_case.exemption); none for the claims of earlier releases. */
    public static Optional<ExemptionGround> stored(String value) {
        return Arrays.stream(values()).filter(g -> g.name().equals(value)).findFirst();
    }

    /**
     * How a stored claim is named: its ground's label and citation, or for a claim of an earlier release (made without
     * a ground: CONTROLLED_SUBSIDIARY, PUBLIC_BODY) the words it was made in.
     */
    public static String describedJa(String stored) {
        return stored(stored).map(g -> g.labelJa() + "（" + g.citation() + "）")
                .orElse("PUBLIC_BODY".equals(stored) ? "国の行政機関・地方公共団体等からの供給等" : "支配関係にある子会社等からの供給等");
    }

    public String labelJa() {
        return labelJa;
    }

    /** 第十条第一項第一号: the item of the cabinet order, without its name. */
    public String provision() {
        return "第十条第一項第" + item + "号";
    }

    /** 経済安全保障推進法施行令第十条第一項第一号. */
    public String citation() {
        return CABINET_ORDER + provision();
    }

    /** The key of its row in the citations table (documents/citations.tsv). */
    public String citationKey() {
        return "CO_10_1_" + (ordinal() + 1);
    }
}
