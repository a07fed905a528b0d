package jp.espa.kikan.legal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The competent ministry's ordinance (主務省令) under ESPA, by the ministry that reviews a sector, cited by its number:
 * the article that defines the parent (親法人等) of 施行令第十条第三項, and the article of the emergency case of Art 52(1)
 * proviso. The ordinances share their shape; the Ministry of Internal Affairs' has one article more before them.
 */
public enum CompetentOrdinance {
    METI("令和五年経済産業省令第四十一号", "第七条", "第十条", "ordinance-505M60000400041.md"),
    MLIT("令和五年国土交通省令第六十二号", "第七条", "第十条", "ordinance-505M60000800062.md"),
    MIC("令和五年総務省令第六十四号", "第八条", "第十一条", "ordinance-505M60000008064.md"),
    // Finance: the FSA's 内閣府令; businesses under joint jurisdiction have joint ordinances with the same Art 7 and 10
    FSA("令和五年内閣府令第六十一号", "第七条", "第十条", "ordinance-505M60000002061.md");

    private final String citedAs;
    private final String parentArticle;
    private final String emergencyArticle;
    private final String lawFile;

    CompetentOrdinance(String citedAs, String parentArticle, String emergencyArticle, String lawFile) {
        this.citedAs = citedAs;
        this.parentArticle = parentArticle;
        this.emergencyArticle = emergencyArticle;
        this.lawFile = lawFile;
    }

    /** The ordinance of the ministry with this code (the sector's competent ministry), if it is one of them. */
    public static Optional<CompetentOrdinance> ofMinistry(String ministryCode) {
        return Arrays.stream(values()).filter(o -> o.name().equals(ministryCode)).findFirst();
    }

    /** How a notice names it: 令和五年国土交通省令第六十二号. */
    public String citedAs() {
        return citedAs;
    }

    /** The article defining 親法人等 (施行令第十条第三項の主務省令で定めるもの). */
    public String parentArticle() {
        return parentArticle;
    }

    /** The article of the emergency case (法第五十二条第一項ただし書の主務省令で定める場合). */
    public String emergencyArticle() {
        return emergencyArticle;
    }

    /** Its text in ../shared/law. */
    public String lawFile() {
        return lawFile;
    }
}
