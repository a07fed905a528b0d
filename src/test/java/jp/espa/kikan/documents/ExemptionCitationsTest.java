package jp.espa.kikan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jp.espa.kikan.legal.CompetentOrdinance;
import jp.espa.kikan.registry.EmergencyCase;
import jp.espa.kikan.registry.ExemptionGround;
import jp.espa.kikan.registry.ParentControl;

import org.junit.jupiter.api.Test;

/**
 * The grounds of an exemption, the parent tests and the emergency case cite rows of the checked table
 * (documents/citations.tsv, each quote verbatim in ../shared/law: CitationsTableTest): each citation the code builds is
 * the table's, and the table's words are those of the item cited.
 */
class ExemptionCitationsTest {

    private final Citations table = Citations.bundled();
    private final Map<String, String> full = table.full();

    @Test
    void eachGroundIsAnItemOfTheCabinetOrdersArticle10() {
        for (ExemptionGround ground : ExemptionGround.values()) {
            assertThat(full.get(ground.citationKey())).as(ground.name()).isEqualTo(ground.citation());
        }
        assertThat(table.quote(ExemptionGround.NATIONAL_ORGAN.citationKey())).isEqualTo("国の機関");
        assertThat(table.quote(ExemptionGround.LOCAL_GOVERNMENT.citationKey())).isEqualTo("地方公共団体");
        assertThat(table.quote(ExemptionGround.INDEPENDENT_AGENCY.citationKey())).endsWith("第二条第一項に規定する独立行政法人");
        assertThat(table.quote(ExemptionGround.LOCAL_INDEPENDENT_AGENCY.citationKey())).endsWith("公立大学法人を除く。）");
        assertThat(table.quote(ExemptionGround.SUBSIDIARY.citationKey())).isEqualTo("特定重要設備の導入を行う特定社会基盤事業者と実質的に同一と認められる者");
        assertThat(ExemptionGround.SUBSIDIARY.citation()).isEqualTo("経済安全保障推進法施行令第十条第一項第一号");
    }

    @Test
    void eachParentTestIsAnItemOrSubItemOfEachOrdinancesParentArticle() {
        for (CompetentOrdinance ordinance : CompetentOrdinance.values()) {
            for (ParentControl control : ParentControl.values()) {
                for (String key : control.citationKeys(ordinance)) {
                    assertThat(full).as(ordinance + " " + control).containsKey(key);
                    assertThat(full.get(key)).startsWith(ordinance.citedAs() + ordinance.parentArticle() + "第一項第");
                }
            }
            assertThat(full).containsKey(ParentControl.provisoKey(ordinance));
        }
        CompetentOrdinance mlit = CompetentOrdinance.MLIT;
        assertThat(ParentControl.MAJORITY_OF_VOTES.citation(mlit)).isEqualTo(full.get("ORD_MLIT_7_1_1"));
        assertThat(ParentControl.FORTY_PERCENT_AND_MAJORITY_FINANCING.citation(mlit)).isEqualTo(full.get("ORD_MLIT_7_1_2_NI"))
                .isEqualTo("令和五年国土交通省令第六十二号第七条第一項第二号ニ");
        assertThat(ParentControl.CLOSE_HOLDERS_MAJORITY_AND_BOARD_MAJORITY.citation(CompetentOrdinance.MIC))
                .isEqualTo(full.get("ORD_MIC_8_1_3") + "（同項第二号ロ）");
        // the words of the item: a majority; 40-50% and a sub-item; with the close holders and (ロ)〜(ホ) of item 2
        assertThat(table.quote("ORD_MLIT_7_1_1")).contains("の過半数を自己の計算において所有している法人等");
        assertThat(table.quote("ORD_MLIT_7_1_2")).contains("百分の四十以上、百分の五十以下を自己の計算において所有している法人等");
        assertThat(table.quote("ORD_MLIT_7_1_2_RO")).contains("取締役会その他これに準ずる機関の構成員の過半数を占めていること");
        assertThat(table.quote("ORD_MLIT_7_1_2_HA")).contains("方針の決定を支配する契約等が存在すること");
        assertThat(table.quote("ORD_MLIT_7_1_2_NI")).contains("資金調達額").contains("融資");
        assertThat(table.quote("ORD_MLIT_7_1_2_HO")).startsWith("その他当該法人等が当該他の法人等の意思決定機関を支配していることが推測される事実");
        assertThat(table.quote("ORD_MLIT_7_1_3")).endsWith("前号ロからホまでに掲げる要件のいずれかに該当するもの");
        assertThat(table.quote("ORD_MIC_8_1_1")).contains("の過半数を自己の計算において所有している法人等");
    }

    @Test
    void theEmergencyCaseIsEachOrdinancesOneParagraphUnderArticle52Paragraph1Proviso() {
        for (CompetentOrdinance ordinance : CompetentOrdinance.values()) {
            String key = EmergencyCase.citationKey(ordinance);
            assertThat(full.get(key)).as(ordinance.name()).isEqualTo(EmergencyCase.citation(ordinance));
            assertThat(table.quote(key)).startsWith("法第五十二条第一項ただし書の主務省令で定める場合は、特定社会基盤役務の提供に支障が生じ、又は生ずるおそれがある場合");
        }
        assertThat(EmergencyCase.citation(CompetentOrdinance.MLIT)).isEqualTo("令和五年国土交通省令第六十二号第十条第一項");
        assertThat(EmergencyCase.citation(CompetentOrdinance.MIC)).isEqualTo("令和五年総務省令第六十四号第十一条第一項");
    }
}
