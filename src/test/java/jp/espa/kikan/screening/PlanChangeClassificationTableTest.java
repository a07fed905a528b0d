package jp.espa.kikan.screening;

import jp.espa.kikan.support.LawText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The change classification (bpmn/PlanChangeClassification.dmn) against the ordinances' lists of the important
 * changes (Art 54(1)) and the minor changes (Art 54(4)), evaluated with a plain DMN engine as PlanChangeClassifier
 * calls it.
 *
 * <p>Each row of {@link #CHANGES}: the code the API takes | the class the text gives it | where (the article,
 * paragraph and item in the numbering of nine of the ten ordinances; the MIC ordinance numbers its articles one
 * higher) | the ordinance's words. A listed change of Art 23(1) is IMPORTANT; one of Art 24 MINOR; what an item's
 * parenthetical takes out of either list, and what neither lists, is reported under Art 54(4) (REPORT). The words are
 * found verbatim in every ordinance under the article and paragraph cited, and in the rule's description.
 */
class PlanChangeClassificationTableTest {

    private static final Path LAW = LawText.DIR;
    private static final Path TABLE = Path.of("bpmn", "PlanChangeClassification.dmn");
    private static final String DECISION = "Decision_PlanChangeClassification";

    /** MLIT, METI, the Cabinet Office (FSA) and the six joint finance ordinances number alike; MIC one higher. */
    private static final List<String> ORDINANCES = List.of("ordinance-505M60000800062.md", "ordinance-505M60000400041.md",
            "ordinance-505M60000008064.md", "ordinance-505M60000002061.md", "ordinance-505M60000012002.md",
            "ordinance-505M60000042006.md", "ordinance-505M60000052001.md", "ordinance-505M60000102006.md",
            "ordinance-505M60000202004.md", "ordinance-505M60000242002.md");
    private static final String MIC = "ordinance-505M60000008064.md";
    private static final String MLIT = "ordinance-505M60000800062.md";
    private static final String ACT = "act-504AC0000000043.md";

    static final String CHANGES = """
            OUTLINE | IMPORTANT | 第二十三条第一項第一号 | 法第五十二条第二項第一号に掲げる事項に係る変更
            INTRODUCTION_CONTENT | IMPORTANT | 第二十三条第一項第二号 | 法第五十二条第二項第二号イに掲げる事項に係る変更（特定重要設備の導入の内容を変更する場合におけるものに限る。）
            SUPPLIER_NAME | IMPORTANT | 第二十三条第一項第三号イ | 特定重要設備の供給者の名称、住所又は設立準拠法国等（個人である場合にあっては、氏名、住所又は国籍等）の変更（住所の変更にあっては、国名を変更する場合におけるものに限る。以下この項において同じ。）
            SUPPLIER_ADDRESS_OTHER_COUNTRY | IMPORTANT | 第二十三条第一項第三号イ | 特定重要設備の供給者の名称、住所又は設立準拠法国等（個人である場合にあっては、氏名、住所又は国籍等）の変更（住所の変更にあっては、国名を変更する場合におけるものに限る。以下この項において同じ。）
            SUPPLIER_COUNTRY | IMPORTANT | 第二十三条第一項第三号イ | 特定重要設備の供給者の名称、住所又は設立準拠法国等（個人である場合にあっては、氏名、住所又は国籍等）の変更（住所の変更にあっては、国名を変更する場合におけるものに限る。以下この項において同じ。）
            SUPPLIER_PLANT_COUNTRY | IMPORTANT | 第二十三条第一項第三号ロ | 第十一条第五号に掲げる事項に係る変更（工場又は事業場の所在する国名を変更する場合におけるものに限る。）
            COMPONENT_ITEMS | IMPORTANT | 第二十三条第一項第四号イ | 第十三条第一号に掲げる事項に係る変更
            COMPONENT_SUPPLIER_NAME | IMPORTANT | 第二十三条第一項第四号ロ | 構成設備の供給者の名称、住所又は設立準拠法国等（個人である場合にあっては、氏名、住所又は国籍等）の変更
            COMPONENT_SUPPLIER_ADDRESS_OTHER_COUNTRY | IMPORTANT | 第二十三条第一項第四号ロ | 構成設備の供給者の名称、住所又は設立準拠法国等（個人である場合にあっては、氏名、住所又は国籍等）の変更
            COMPONENT_SUPPLIER_COUNTRY | IMPORTANT | 第二十三条第一項第四号ロ | 構成設備の供給者の名称、住所又は設立準拠法国等（個人である場合にあっては、氏名、住所又は国籍等）の変更
            COMPONENT_PLANT_COUNTRY | IMPORTANT | 第二十三条第一項第四号ハ | 第十三条第六号に掲げる事項に係る変更（工場又は事業場の所在する国名を変更する場合におけるものに限る。）
            MAINTENANCE_CONTENT | IMPORTANT | 第二十三条第一項第五号 | 法第五十二条第二項第三号イに掲げる事項に係る変更（重要維持管理等を行わせる期間を短縮するものを除く。）
            MAINTENANCE_TIMING | IMPORTANT | 第二十三条第一項第五号 | 法第五十二条第二項第三号イに掲げる事項に係る変更（重要維持管理等を行わせる期間を短縮するものを除く。）
            MAINTENANCE_PERIOD_EXTENSION | IMPORTANT | 第二十三条第一項第五号 | 法第五十二条第二項第三号イに掲げる事項に係る変更（重要維持管理等を行わせる期間を短縮するものを除く。）
            CONTRACTOR_NAME | IMPORTANT | 第二十三条第一項第六号 | 重要維持管理等の委託の相手方の名称、住所又は設立準拠法国等（個人である場合にあっては、氏名、住所又は国籍等）の変更
            CONTRACTOR_ADDRESS_OTHER_COUNTRY | IMPORTANT | 第二十三条第一項第六号 | 重要維持管理等の委託の相手方の名称、住所又は設立準拠法国等（個人である場合にあっては、氏名、住所又は国籍等）の変更
            CONTRACTOR_COUNTRY | IMPORTANT | 第二十三条第一項第六号 | 重要維持管理等の委託の相手方の名称、住所又は設立準拠法国等（個人である場合にあっては、氏名、住所又は国籍等）の変更
            SUBCONTRACT_CONTENT | IMPORTANT | 第二十三条第一項第七号イ | 第十五条第一号又は第二号に掲げる事項に係る変更（重要維持管理等を行わせる期間を短縮するものを除く。）
            SUBCONTRACT_TIMING | IMPORTANT | 第二十三条第一項第七号イ | 第十五条第一号又は第二号に掲げる事項に係る変更（重要維持管理等を行わせる期間を短縮するものを除く。）
            SUBCONTRACT_PERIOD_EXTENSION | IMPORTANT | 第二十三条第一項第七号イ | 第十五条第一号又は第二号に掲げる事項に係る変更（重要維持管理等を行わせる期間を短縮するものを除く。）
            SUBCONTRACTOR_NAME | IMPORTANT | 第二十三条第一項第七号ロ | 再委託の相手方等の名称、住所又は設立準拠法国等（個人である場合にあっては、氏名、住所又は国籍等）の変更
            SUBCONTRACTOR_ADDRESS_OTHER_COUNTRY | IMPORTANT | 第二十三条第一項第七号ロ | 再委託の相手方等の名称、住所又は設立準拠法国等（個人である場合にあっては、氏名、住所又は国籍等）の変更
            SUBCONTRACTOR_COUNTRY | IMPORTANT | 第二十三条第一項第七号ロ | 再委託の相手方等の名称、住所又は設立準拠法国等（個人である場合にあっては、氏名、住所又は国籍等）の変更
            PREVENTIVE_MEASURES | IMPORTANT | 第二十三条第一項第八号 | 第十六条各号に掲げる事項に係る変更
            INTRODUCTION_TIMING | REPORT | 第二十三条第一項第二号括弧書 | （特定重要設備の導入の内容を変更する場合におけるものに限る。）
            MAINTENANCE_PERIOD_SHORTENING | REPORT | 第二十三条第一項第五号括弧書 | （重要維持管理等を行わせる期間を短縮するものを除く。）
            CONTRACTOR_ADDRESS_OTHER_COUNTRY_AFTER_ENTRUSTMENT | REPORT | 第二十三条第一項第六号括弧書 | （重要維持管理等の委託を行った後に変更する場合（重要維持管理等の委託の相手方の名称（個人である場合にあっては、氏名）を変更するものを除く。）を除く。）
            CONTRACTOR_COUNTRY_AFTER_ENTRUSTMENT | REPORT | 第二十三条第一項第六号括弧書 | （重要維持管理等の委託を行った後に変更する場合（重要維持管理等の委託の相手方の名称（個人である場合にあっては、氏名）を変更するものを除く。）を除く。）
            SUBCONTRACT_PERIOD_SHORTENING | REPORT | 第二十三条第一項第七号イ括弧書 | 第十五条第一号又は第二号に掲げる事項に係る変更（重要維持管理等を行わせる期間を短縮するものを除く。）
            SUBCONTRACTOR_ADDRESS_OTHER_COUNTRY_AFTER_ENTRUSTMENT | REPORT | 第二十三条第一項第七号ロ括弧書 | （重要維持管理等の委託を行った後に変更する場合（再委託の相手方等の名称（個人である場合にあっては、氏名）を変更するものを除く。）を除く。）
            SUBCONTRACTOR_COUNTRY_AFTER_ENTRUSTMENT | REPORT | 第二十三条第一項第七号ロ括弧書 | （重要維持管理等の委託を行った後に変更する場合（再委託の相手方等の名称（個人である場合にあっては、氏名）を変更するものを除く。）を除く。）
            SUPPLIER_ADDRESS_SAME_COUNTRY | MINOR | 第二十四条第一号イ | 特定重要設備の供給者の住所の変更（国名を変更する場合におけるものを除く。以下この条において同じ。）
            SUPPLIER_SHAREHOLDING_RATIO | MINOR | 第二十四条第一号ロ | 特定重要設備の供給者の総株主等の議決権の百分の五以上の議決権の数を直接に保有する者の当該議決権の数の当該供給者の総株主等の議決権の数に占める割合の変更（次に掲げる場合におけるものを除く。）
            SUPPLIER_PLANT_MOVE_SAME_COUNTRY | MINOR | 第二十四条第一号ハ | 第十一条第五号に掲げる事項に係る変更（前条第一項第三号ロに該当するものを除く。）
            COMPONENT_SUPPLIER_ADDRESS_SAME_COUNTRY | MINOR | 第二十四条第二号イ | 構成設備の供給者の住所の変更
            COMPONENT_SUPPLIER_SHAREHOLDING_RATIO | MINOR | 第二十四条第二号ロ | 構成設備の供給者の総株主等の議決権の百分の五以上の議決権の数を直接に保有する者の当該議決権の数の当該供給者の総株主等の議決権の数に占める割合の変更（次に掲げる場合におけるものを除く。）
            COMPONENT_PLANT_MOVE_SAME_COUNTRY | MINOR | 第二十四条第二号ハ | 第十三条第六号に掲げる事項に係る変更（前条第一項第四号ハに該当するものを除く。）
            CONTRACTOR_ADDRESS_SAME_COUNTRY | MINOR | 第二十四条第三号イ | 重要維持管理等の委託の相手方の住所の変更
            CONTRACTOR_SHAREHOLDING_RATIO | MINOR | 第二十四条第三号ロ | 重要維持管理等の委託の相手方の総株主等の議決権の百分の五以上の議決権の数を直接に保有する者の当該議決権の数の当該委託の相手方の総株主等の議決権の数に占める割合の変更（次に掲げる場合におけるものを除く。）
            SUBCONTRACTOR_ADDRESS_SAME_COUNTRY | MINOR | 第二十四条第四号イ | 再委託の相手方等の住所の変更
            SUBCONTRACTOR_SHAREHOLDING_RATIO | MINOR | 第二十四条第四号ロ | 再委託の相手方等の総株主等の議決権の百分の五以上の議決権の数を直接に保有する者の当該議決権の数の当該再委託の相手方等の総株主等の議決権の数に占める割合の変更（次に掲げる場合におけるものを除く。）
            SUPPLIER_SHAREHOLDING_INTO_NEW_BAND | REPORT | 第二十四条第一号ロ(1)から(3)まで | 当該割合が増加することにより、新たに特定重要設備の供給者の総株主等の議決権の
            COMPONENT_SUPPLIER_SHAREHOLDING_INTO_NEW_BAND | REPORT | 第二十四条第二号ロ(1)から(3)まで | 当該割合が増加することにより、新たに構成設備の供給者の総株主等の議決権の
            CONTRACTOR_SHAREHOLDING_INTO_NEW_BAND | REPORT | 第二十四条第三号ロ(1)から(3)まで | 当該割合が増加することにより、新たに重要維持管理等の委託の相手方の総株主等の議決権の
            SUBCONTRACTOR_SHAREHOLDING_INTO_NEW_BAND | REPORT | 第二十四条第四号ロ(1)から(3)まで | 当該割合が増加することにより、新たに再委託の相手方等の総株主等の議決権の
            COMPONENT_ITEMS_AFTER_INTRODUCTION | REPORT | 第二十五条第二項 | 法第五十四条第四項の主務省令で定める変更は、構成設備の区分、名称又は機能の変更とする。
            REPRESENTATIVE | REPORT | 法第五十四条第四項 | 同条第二項各号に掲げる事項につき変更（第一項の規定による変更及び主務省令で定める軽微な変更を除く。）をしたとき
            OFFICERS | REPORT | 法第五十四条第四項 | 同条第二項各号に掲げる事項につき変更（第一項の規定による変更及び主務省令で定める軽微な変更を除く。）をしたとき
            SALES_SHARE | REPORT | 法第五十四条第四項 | 同条第二項各号に掲げる事項につき変更（第一項の規定による変更及び主務省令で定める軽微な変更を除く。）をしたとき
            OTHER | REPORT | 法第五十四条第四項 | 同条第二項各号に掲げる事項につき変更（第一項の規定による変更及び主務省令で定める軽微な変更を除く。）をしたとき
            """;

    /** The ordinances' own wording where they differ from MLIT's, which the rows quote. */
    private static final Map<String, Map<String, String>> WORDING = Map.of(
            "構成設備の区分、名称又は機能の変更", Map.of(MLIT, "構成設備の区分、名称又は機能の変更"),
            "当該再委託の相手方等の総株主等", Map.of(MIC, "当該再委託の相手方の総株主等"));
    private static final Map<String, String> WORDING_ELSEWHERE = Map.of(
            "構成設備の区分、名称又は機能の変更", "構成設備の種類、名称又は機能の変更",
            "当該再委託の相手方等の総株主等", "当該再委託の相手方等の総株主等");

    record Row(String code, String changeClass, String where, String words) {
    }

    static final List<Row> ROWS = CHANGES.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
        String[] cells = l.split("\\s*\\|\\s*");
        return new Row(cells[0], cells[1], cells[2], cells[3]);
    }).toList();

    static DmnEngine engine;
    static DmnDecision decision;
    static DecisionTable table;

    @BeforeAll
    static void parseTable() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(TABLE)) {
            decision = engine.parseDecision(DECISION, in);
        }
        DmnModelInstance model;
        try (InputStream in = Files.newInputStream(TABLE)) {
            model = Dmn.readModelFromStream(in);
        }
        Decision d = model.getModelElementById(DECISION);
        assertThat(d.getVersionTag()).isEqualTo("2.0.0");
        table = (DecisionTable) d.getExpression();
    }

    private static DmnDecisionResult evaluate(String code) {
        return engine.evaluateDecision(decision, Map.of("changeItem", code));
    }

    // ------------------------------------------------------------------ each change classified as listed

    @Test
    void eachListedChangeIsClassifiedAsTheOrdinanceListsIt() {
        for (Row row : ROWS) {
            DmnDecisionResult result = evaluate(row.code());
            assertThat(result).as(row.code()).hasSize(1);
            assertThat((String) result.getSingleResult().getEntry("changeClass")).as(row.code()).isEqualTo(row.changeClass());
            String provision = result.getSingleResult().getEntry("provision");
            if (row.where().startsWith("法")) {
                assertThat(provision).as(row.code()).isEqualTo(row.where());
            } else {
                // the common numbering, then the MIC ordinance's
                assertThat(provision).as(row.code())
                        .isEqualTo("省令" + row.where() + "（総務省令は" + shiftArticles(row.where()) + "）");
            }
        }
    }

    @Test
    void theLabelsNameTheConsequenceTheActGives() {
        assertThat((String) evaluate("SUPPLIER_NAME").getSingleResult().getEntry("changeClassLabel"))
                .isEqualTo("重要な変更（法第五十四条第一項: 変更の案をあらかじめ届出）");
        assertThat((String) evaluate("SUPPLIER_ADDRESS_SAME_COUNTRY").getSingleResult().getEntry("changeClassLabel"))
                .isEqualTo("軽微な変更（法第五十四条第四項括弧書: 届出・報告を要しない）");
        assertThat((String) evaluate("MAINTENANCE_PERIOD_SHORTENING").getSingleResult().getEntry("changeClassLabel"))
                .isEqualTo("その他の変更（法第五十四条第四項: 遅滞なく報告）");
    }

    /** Where the old table guessed: a change that moves abroad or takes effect after the entrustment differs. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SUPPLIER_ADDRESS_OTHER_COUNTRY | IMPORTANT
            SUPPLIER_ADDRESS_SAME_COUNTRY | MINOR
            CONTRACTOR_COUNTRY | IMPORTANT
            CONTRACTOR_COUNTRY_AFTER_ENTRUSTMENT | REPORT
            SUPPLIER_SHAREHOLDING_RATIO | MINOR
            SUPPLIER_SHAREHOLDING_INTO_NEW_BAND | REPORT
            INTRODUCTION_CONTENT | IMPORTANT
            INTRODUCTION_TIMING | REPORT
            MAINTENANCE_TIMING | IMPORTANT
            MAINTENANCE_PERIOD_SHORTENING | REPORT
            """)
    void thePairsTheParenthesesSeparate(String code, String changeClass) {
        assertThat((String) evaluate(code).getSingleResult().getEntry("changeClass")).isEqualTo(changeClass);
    }

    /** The old catch-all codes named no party; the classifier answers them with 400 naming items[i]. */
    @ParameterizedTest
    @ValueSource(strings = { "ADDRESS_SAME_COUNTRY", "SHAREHOLDING_WITHIN_BAND", "PLANT_COUNTRY", "CONTRACTOR_IDENTITY",
            "supplier_name", "" })
    void codesTheTableDoesNotKnowHitNoRule(String code) {
        assertThat(evaluate(code)).isEmpty();
    }

    // ------------------------------------------------------------------ the table itself

    @Test
    void oneRulePerListedChangeEachCodeOnceEachCodeTestedAndEveryRuleQuotesItsText() {
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        assertThat(table.getOutputs().stream().map(o -> o.getName()).toList())
                .containsExactly("changeClass", "changeClassLabel", "provision");
        Map<String, Rule> ruleOf = new LinkedHashMap<>();
        for (Rule rule : table.getRules()) {
            String entry = rule.getInputEntries().iterator().next().getTextContent();
            Matcher code = Pattern.compile("\"([A-Z_]+)\"").matcher(entry);
            while (code.find()) {
                assertThat(ruleOf.put(code.group(1), rule)).as(code.group(1) + " in one rule only").isNull();
            }
        }
        assertThat(ruleOf.keySet()).as("every code in the table has its row here, and no row is missing from the table")
                .containsExactlyInAnyOrderElementsOf(ROWS.stream().map(Row::code).toList());
        for (Row row : ROWS) {
            String description = ruleOf.get(row.code()).getDescription().getTextContent();
            assertThat(description).as(row.code() + ": the rule quotes the ordinance").contains("「" + row.words() + "」")
                    .contains(row.where().startsWith("法") ? row.where() : "省令" + row.where());
        }
        // one rule per listed change: rules with the same words are the same change
        Map<String, String> ruleOfWords = new HashMap<>();
        for (Row row : ROWS) {
            String rule = ruleOf.get(row.code()).getId();
            String earlier = ruleOfWords.putIfAbsent(row.where() + "|" + row.words(), rule);
            assertThat(earlier == null || earlier.equals(rule)).as(row.code() + ": same provision, same rule").isTrue();
        }
    }

    // ------------------------------------------------------------------ the words are the law's

    @Test
    void theWordsAreEachOrdinancesUnderTheArticleAndParagraphCited() throws IOException {
        LawText.requireBeside();
        for (String file : ORDINANCES) {
            String law = Files.readString(LAW.resolve(file));
            for (Row row : ROWS) {
                if (row.where().startsWith("法")) {
                    continue;
                }
                String where = file.equals(MIC) ? shiftArticles(row.where()) : row.where();
                String words = inWording(file, file.equals(MIC) ? shiftArticles(row.words()) : row.words());
                Matcher article = Pattern.compile("^(第[一二三四五六七八九十]+条)(?:第([一二三四五六七八九十]+)項)?").matcher(where);
                assertThat(article.find()).as(where).isTrue();
                int paragraph = article.group(2) == null ? 1 : number(article.group(2));
                assertThat(paragraphs(law, article.group(1))).as(file + " " + row.code() + ": " + where)
                        .hasSizeGreaterThanOrEqualTo(paragraph);
                assertThat(paragraphs(law, article.group(1)).get(paragraph - 1)).as(file + " " + row.code() + ": " + where)
                        .contains(words);
            }
        }
    }

    @Test
    void theActsWordsAreUnderArticle54ParagraphFour() throws IOException {
        LawText.requireBeside();
        String act = Files.readString(LAW.resolve(ACT));
        List<String> lines = articleLines(act, "第五十四条");
        // Art 54 reads: (1) with its proviso, (2) 準用, (3) the emergency change, (4) the report, (5) with 後段
        List<String> paragraphs = lines.stream().filter(l -> !l.startsWith("ただし、") && !l.startsWith("この場合において"))
                .toList();
        assertThat(paragraphs).hasSize(5);
        for (Row row : ROWS) {
            if (row.where().equals("法第五十四条第四項")) {
                assertThat(paragraphs.get(3)).as(row.code()).contains(row.words());
            }
        }
        // the labels: the new filing of paragraph 1 and the minor changes excepted by paragraph 4's parenthetical
        assertThat(paragraphs.get(0)).contains("主務省令で定める重要な変更をする場合には").contains("あらかじめ、当該導入等計画書の変更の案を作成し");
        assertThat(paragraphs.get(3)).contains("（第一項の規定による変更及び主務省令で定める軽微な変更を除く。）")
                .contains("遅滞なく、主務省令で定めるところにより、当該変更の内容を主務大臣に報告しなければならない。");
    }

    private static String inWording(String file, String words) {
        String result = words;
        for (Map.Entry<String, Map<String, String>> variant : WORDING.entrySet()) {
            String own = variant.getValue().getOrDefault(file, WORDING_ELSEWHERE.get(variant.getKey()));
            result = result.replace(variant.getKey(), own);
        }
        return result;
    }

    /**
     * The lines of an article: from its heading line (「**第二十三条**」 alone; a cross-reference line starts the same but
     * goes on) to the next heading; links and bold marks removed.
     */
    private static List<String> articleLines(String law, String article) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : law.split("\n")) {
            if (line.matches("\\*\\*第[一二三四五六七八九十百]+条(?:の[一二三四五六七八九十]+)?\\*\\*")) {
                if (in) {
                    break;
                }
                in = line.equals("**" + article + "**");
                continue;
            }
            if (in && !line.isBlank() && !line.startsWith("<a id=")) {
                lines.add(LawText.unlinked(line));
            }
        }
        assertThat(lines).as(article).isNotEmpty();
        return lines;
    }

    /**
     * The paragraphs of one of the ordinances' articles on Art 54 (23-25, MIC 24-26): each paragraph there opens with
     * 「法第五十四条」 or 「前項」; the lines between are its items and its proviso.
     */
    private static List<String> paragraphs(String law, String article) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : articleLines(law, article)) {
            if (paragraphs.isEmpty() || line.startsWith("法第五十四条") || line.startsWith("前項")) {
                paragraphs.add(line);
            } else {
                paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + "\n" + line);
            }
        }
        return paragraphs;
    }

    // ------------------------------------------------------------------ kanji article numbers

    private static final String DIGITS = "一二三四五六七八九";

    /** The MIC ordinance's numbers: each article of the ordinance one higher; the Act's (法第…条) unchanged. */
    static String shiftArticles(String text) {
        Matcher m = Pattern.compile("(?<!法)第([一二三四五六七八九十]+)条").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "第" + kanji(number(m.group(1)) + 1) + "条");
        }
        return m.appendTail(out).toString();
    }

    static int number(String kanji) {
        int ten = kanji.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(kanji.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(kanji.charAt(0)) + 1;
        int ones = ten == kanji.length() - 1 ? 0 : DIGITS.indexOf(kanji.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }

    static String kanji(int n) {
        String tens = n / 10 == 0 ? "" : (n / 10 == 1 ? "十" : DIGITS.charAt(n / 10 - 1) + "十");
        return tens + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10 - 1)));
    }

    @Test
    void theNumbersShiftAsTheMicOrdinanceNumbers() {
        assertThat(shiftArticles("第二十三条第一項第三号ロ")).isEqualTo("第二十四条第一項第三号ロ");
        assertThat(shiftArticles("第十一条第五号に掲げる事項に係る変更")).isEqualTo("第十二条第五号に掲げる事項に係る変更");
        assertThat(shiftArticles("第十九条、第二十条")).isEqualTo("第二十条、第二十一条");
        assertThat(shiftArticles("法第五十二条第二項第一号")).isEqualTo("法第五十二条第二項第一号");
    }
}
