package jp.espa.kikan.designation;

import jp.espa.kikan.support.LawText;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
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
 * The designation criteria tables (bpmn/DesignationCriteria*.dmn) and the SME definition
 * (bpmn/SmallOrMediumEnterprise.dmn), evaluated with a plain DMN engine the way the designation
 * service calls them: once per yearsBack 1..3, facts in every evaluation, yearly measures with that
 * fiscal year's value, {@code <code>Avg3} only when all three years are filed; met = any hit.
 *
 * <p>In the yearly tables, column 1 is the most recent completed fiscal year (yearsBack = 1),
 * column 2 the year before, column 3 the one before that. An empty cell is null (not filed).
 * The expected column lists the criterion codes hit (joined with '+'); empty = not met.
 */
class DesignationCriteriaTablesTest {

    static final List<String> SECTORS = List.of("Electricity", "Gas", "Oil", "Water", "Railway", "Trucking",
            "InternationalShipping", "Port", "Airline", "Airport", "Telecom", "Broadcasting", "Postal", "Finance",
            "CreditCard");

    static final int LATEST_FISCAL_YEAR = 2024;

    static DmnEngine engine;
    static final Map<String, DmnDecision> decisions = new HashMap<>();
    static DmnDecision sme;

    @BeforeAll
    static void parseTables() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        for (String sector : SECTORS) {
            try (InputStream in = Files.newInputStream(Path.of("bpmn", "DesignationCriteria" + sector + ".dmn"))) {
                decisions.put(sector, engine.parseDecision("Decision_DesignationCriteria" + sector, in));
            }
        }
        try (InputStream in = Files.newInputStream(Path.of("bpmn", "SmallOrMediumEnterprise.dmn"))) {
            sme = engine.parseDecision("Decision_SmallOrMediumEnterprise", in);
        }
    }

    // ------------------------------------------------------------------ the caller's contract

    /** An operator as the designation service sees it: business type, facts and yearly measures. */
    static final class Operator {
        final String businessType;
        final Map<String, Object> facts = new LinkedHashMap<>();
        /** code -> values for yearsBack 1, 2, 3 (null = not filed). */
        final Map<String, Double[]> yearly = new LinkedHashMap<>();

        Operator(String businessType) {
            this.businessType = businessType;
        }

        static Operator of(String businessType) {
            return new Operator(businessType);
        }

        Operator fact(String code, Object value) {
            facts.put(code, value);
            return this;
        }

        Operator yearly(String code, Double latest, Double previous, Double beforePrevious) {
            yearly.put(code, new Double[] { latest, previous, beforePrevious });
            return this;
        }

        /** Every criterion hit over the three evaluations, duplicates kept. */
        List<String> hits(String sector) {
            DmnDecision decision = decisions.get(sector);
            assertNotNull(decision, sector);
            List<String> hits = new ArrayList<>();
            for (int yearsBack = 1; yearsBack <= 3; yearsBack++) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("yearsBack", yearsBack);
                variables.put("fiscalYear", LATEST_FISCAL_YEAR - yearsBack + 1);
                variables.put("businessType", businessType);
                variables.putAll(facts);
                for (Map.Entry<String, Double[]> measure : yearly.entrySet()) {
                    Double[] values = measure.getValue();
                    variables.put(measure.getKey(), values[yearsBack - 1]);
                    boolean allFiled = Arrays.stream(values).allMatch(v -> v != null);
                    variables.put(measure.getKey() + "Avg3",
                            allFiled ? (values[0] + values[1] + values[2]) / 3 : null);
                }
                DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, variables);
                for (DmnDecisionRuleResult entries : result) {
                    String criterion = entries.getEntry("criterion");
                    String description = entries.getEntry("description");
                    assertNotNull(criterion, sector + ": criterion");
                    assertTrue(description != null && !description.isBlank(), sector + ": description of " + criterion);
                    hits.add(criterion);
                }
            }
            return hits;
        }

        /** The distinct criteria met, sorted and joined with '+'; null when not met. */
        String criteria(String sector) {
            Set<String> distinct = new TreeSet<>(hits(sector));
            return distinct.isEmpty() ? null : String.join("+", distinct);
        }
    }

    private static String normalize(String expected) {
        if (expected == null || expected.isBlank()) {
            return null;
        }
        return String.join("+", new TreeSet<>(Arrays.asList(expected.split("\\+"))));
    }

    private static void assertCriteria(String expected, Operator operator, String sector) {
        assertEquals(normalize(expected), operator.criteria(sector));
    }

    // ------------------------------------------------------------------ structure of the files

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "Electricity", "Gas", "Oil", "Water", "Railway", "Trucking", "InternationalShipping",
            "Port", "Airline", "Airport", "Telecom", "Broadcasting", "Postal", "Finance", "CreditCard" })
    void sectorTableFollowsTheHouseStyle(String sector) throws IOException {
        assertHouseStyle(Path.of("bpmn", "DesignationCriteria" + sector + ".dmn"),
                "Decision_DesignationCriteria" + sector, List.of("criterion", "description"));
    }

    /** How far back each criterion looks is the ordinance's, so every rule of every sector table states it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "Electricity", "Gas", "Oil", "Water", "Railway", "Trucking", "InternationalShipping",
            "Port", "Airline", "Airport", "Telecom", "Broadcasting", "Postal", "Finance", "CreditCard" })
    void everyRuleStatesItsLookBack(String sector) throws IOException {
        DmnModelInstance model;
        try (InputStream in = Files.newInputStream(Path.of("bpmn", "DesignationCriteria" + sector + ".dmn"))) {
            model = Dmn.readModelFromStream(in);
        }
        DecisionTable table = (DecisionTable) ((Decision) model.getModelElementById("Decision_DesignationCriteria" + sector)).getExpression();
        List<String> inputs = table.getInputs().stream().map(i -> i.getInputExpression().getText().getTextContent()).toList();
        assertEquals("yearsBack", inputs.get(0), sector + ": the look-back is the first column");
        for (Rule rule : table.getRules()) {
            String entry = rule.getInputEntries().iterator().next().getTextContent();
            assertEquals(sector.equals("CreditCard") ? "[1..3]" : "1", entry, sector + " " + rule.getId());
        }
    }

    @Test
    void smeTableFollowsTheHouseStyle() throws IOException {
        assertHouseStyle(Path.of("bpmn", "SmallOrMediumEnterprise.dmn"), "Decision_SmallOrMediumEnterprise",
                List.of("sme", "basis"));
    }

    private static void assertHouseStyle(Path file, String decisionId, List<String> outputs) throws IOException {
        DmnModelInstance model;
        try (InputStream in = Files.newInputStream(file)) {
            model = Dmn.readModelFromStream(in);
        }
        Decision decision = model.getModelElementById(decisionId);
        assertNotNull(decision, decisionId);
        DecisionTable table = (DecisionTable) decision.getExpression();
        List<String> outputNames = table.getOutputs().stream().map(o -> o.getName()).toList();
        Set<String> criteria = new HashSet<>();
        assertAll(
                () -> assertEquals("P3650D", decision.getCamundaHistoryTimeToLiveString()),
                () -> assertEquals(file.getFileName().toString().startsWith("DesignationCriteria") ? "1.2.0" : "1.0.0", decision.getVersionTag()),
                () -> assertTrue(decision.getName() != null && !decision.getName().isBlank()),
                () -> assertEquals(HitPolicy.COLLECT, table.getHitPolicy()),
                () -> assertEquals(outputs, outputNames),
                () -> assertFalse(table.getRules().isEmpty()),
                () -> {
                    for (Rule rule : table.getRules()) {
                        assertNotNull(rule.getDescription(), rule.getId() + " has no annotation (legal source)");
                        assertFalse(rule.getDescription().getTextContent().isBlank(), rule.getId());
                        if (outputs.get(0).equals("criterion")) {
                            String code = rule.getOutputEntries().iterator().next().getTextContent();
                            assertTrue(criteria.add(code), "criterion code used twice: " + code);
                        }
                    }
                });
    }

    // ------------------------------------------------------------------ nulls and missing variables

    @ParameterizedTest(name = "{0}: nothing filed")
    @ValueSource(strings = { "Electricity", "Gas", "Oil", "Water", "Railway", "Trucking", "InternationalShipping",
            "Port", "Airline", "Airport", "Telecom", "Broadcasting", "Postal", "Finance", "CreditCard" })
    void noMeasuresAtAllIsNotMetAndDoesNotThrow(String sector) {
        // the measure variables are absent altogether, not even null, and businessType is null
        assertEquals(null, Operator.of(null).criteria(sector));
    }

    @Test
    void everyBusinessTypeWithoutMeasuresOnlyMeetsTheTypeOnlyCriteria() {
        // types whose rule needs a measure or a fact are not met when it is absent
        for (String type : List.of("GENERATION", "AGGREGATION", "RETAIL")) {
            assertEquals(null, Operator.of(type).criteria("Electricity"), type);
        }
        for (String type : List.of("GENERAL_PIPELINE", "SPECIFIED_PIPELINE", "MANUFACTURING", "OTHER")) {
            assertEquals(null, Operator.of(type).criteria("Gas"), type);
        }
        for (String type : List.of("REFINER", "LPG_IMPORTER")) {
            assertEquals(null, Operator.of(type).criteria("Oil"), type);
        }
        for (String type : List.of("SUBMARINE_CABLE", "MOBILE_5G", "MESSAGING")) {
            assertEquals(null, Operator.of(type).criteria("Telecom"), type);
        }
        for (String type : List.of("BANK", "FUND_TRANSFER", "INSURANCE", "EXCHANGE", "SECURITIES", "TRUST",
                "PREPAID_PAYMENT", "ELECTRONIC_RECORDING", "CREDIT_COOPERATIVE", "LABOUR_BANK")) {
            assertEquals(null, Operator.of(type).criteria("Finance"), type);
        }
        assertEquals(null, Operator.of("CONTAINER_TERMINAL_OPERATOR").criteria("Port"));
        // the ordinances' items that name the business alone
        for (String type : List.of("GENERAL_TRANSMISSION_DISTRIBUTION", "TRANSMISSION", "DISTRIBUTION")) {
            assertEquals(type, Operator.of(type).criteria("Electricity"));
        }
        for (String type : List.of("TYPE1_DESIGNATED_FACILITIES", "RELAY_CONNECTED")) {
            assertEquals(type, Operator.of(type).criteria("Telecom"));
        }
        assertEquals("UNIVERSAL_SERVICE_PROVIDER", Operator.of("UNIVERSAL_SERVICE_PROVIDER").criteria("Postal"));
        for (String type : List.of("SHINKIN_BANK", "CLEARING", "FUNDS_CLEARING", "DEPOSIT_INSURANCE", "BOOK_ENTRY_TRANSFER",
                "NORINCHUKIN", "AGRICULTURAL_DEPOSIT_INSURANCE")) {
            assertEquals(type, Operator.of(type).criteria("Finance"));
        }
    }

    // ------------------------------------------------------------------ every rule cites its ordinance, in its words

    /** The law's text beside the checkout (and in CI), as CitationsTableTest reads it. */
    static final Path LAW = LawText.DIR;

    static final String MLIT = "令和五年国土交通省令第六十二号";
    static final String METI = "令和五年経済産業省令第四十一号";
    static final String MIC = "令和五年総務省令第六十四号";
    static final String CAO = "令和五年内閣府令第六十一号";

    /** Which ordinances may be cited for which sector's criteria. */
    static final Map<String, List<String>> ORDINANCES = Map.ofEntries(
            Map.entry("Water", List.of(MLIT)), Map.entry("Railway", List.of(MLIT)), Map.entry("Trucking", List.of(MLIT)),
            Map.entry("InternationalShipping", List.of(MLIT)), Map.entry("Port", List.of(MLIT)),
            Map.entry("Airline", List.of(MLIT)), Map.entry("Airport", List.of(MLIT)),
            Map.entry("Electricity", List.of(METI)), Map.entry("Gas", List.of(METI)), Map.entry("Oil", List.of(METI)),
            Map.entry("CreditCard", List.of(METI)), Map.entry("Telecom", List.of(MIC)),
            Map.entry("Broadcasting", List.of(MIC)), Map.entry("Postal", List.of(MIC)),
            Map.entry("Finance", List.of(CAO, "令和五年内閣府・法務省令第二号", "令和五年内閣府・財務省令第六号",
                    "令和五年内閣府・法務省・財務省令第一号", "令和五年内閣府・厚生労働省令第六号",
                    "令和五年内閣府・農林水産省令第四号", "令和五年内閣府・財務省・農林水産省令第二号")));

    /**
     * The items (号) of the itemized articles cited, in order, by the start of their first line as the text prints
     * it (the Markdown prints an item's heading, then its sentence, then its sub-items イ, ロ … one a line). The
     * item number of a citation is its place in this list; the joint finance ordinances' Art 2 has no items.
     */
    static final List<String> METI_ITEMS = List.of("一般送配電事業", "送電事業", "配電事業", "発電事業", "特定卸供給事業",
            "一般ガス導管事業", "特定ガス導管事業", "ガス製造事業", "石油精製業", "石油ガス輸入業", "包括信用購入あっせんの業務を行う事業");
    static final Map<String, List<String>> ITEMS = Map.of(
            MLIT + "第一条", List.of("水道法", "鉄道事業法", "貨物自動車運送事業法", "海上運送法", "港湾運送事業法", "航空法（", "空港（"),
            MLIT + "第二条", List.of("前条第一号に掲げる事業", "前条第二号に掲げる事業", "前条第三号に掲げる事業", "前条第四号に掲げる事業",
                    "前条第五号に掲げる事業", "前条第六号に掲げる事業", "前条第七号に掲げる事業"),
            METI + "第一条", METI_ITEMS,
            METI + "第二条", METI_ITEMS,
            MIC + "第二条", List.of("電気通信事業法第二条第四号に規定する電気通信事業", "放送事業のうち、地上基幹放送を行うもの", "郵便事業"),
            CAO + "第二条", List.of("銀行業", "信用金庫法第五十四条第一項及び第二項の規定に基づき行うもの",
                    "中小企業等協同組合法第九条の九第一項及び第六項の規定に基づき行うもの", "資金移動業", "保険業",
                    "取引所金融商品市場の開設の業務を行う事業", "金融商品債務引受業", "第一種金融商品取引業", "信託業", "資金清算業",
                    "第三者型前払式支払手段の発行の業務を行う事業"));

    /** One cited provision and the words quoted from it: 「令和五年…令第…号第二条第三号イ「…」」. */
    static final Pattern CITED = Pattern.compile("(令和五年[^「」、]*?令第[一二三四五六七八九十百]+号)(第[一二三四五六七八九十]+条)"
            + "(?:第([一二三四五六七八九十]+)号)?([イロハニホヘト])?「([^」]+)」");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "Electricity", "Gas", "Oil", "Water", "Railway", "Trucking", "InternationalShipping",
            "Port", "Airline", "Airport", "Telecom", "Broadcasting", "Postal", "Finance", "CreditCard" })
    void everyRuleQuotesTheProvisionItCites(String sector) throws IOException {
        Map<String, String> law = ordinances();
        DecisionTable table = table(sector);
        for (Rule rule : table.getRules()) {
            String annotation = rule.getDescription().getTextContent();
            String description = List.copyOf(rule.getOutputEntries()).get(1).getTextContent();
            assertEquals("\"" + annotation + "\"", description, rule.getId() + ": the description is the annotation");
            Matcher cited = CITED.matcher(annotation);
            StringBuilder covered = new StringBuilder();
            while (cited.find()) {
                covered.append(cited.group());
                String ordinance = cited.group(1);
                assertTrue(ORDINANCES.get(sector).contains(ordinance), rule.getId() + ": " + ordinance + " is not " + sector + "'s");
                String provision = provision(law, ordinance, cited.group(2), cited.group(3), cited.group(4));
                String where = ordinance + cited.group(2) + (cited.group(3) == null ? "" : "第" + cited.group(3) + "号")
                        + nullToEmpty(cited.group(4));
                assertTrue(provision.contains(cited.group(5)),
                        rule.getId() + ": 「" + cited.group(5) + "」 is not in " + where + ": " + provision);
            }
            assertEquals(annotation.replace("」、", "」"), covered.toString(), rule.getId() + ": cites nothing but provisions");
        }
    }

    /** The check reads the item and sub-item: the right words under the wrong item or sub-item are refused. */
    @Test
    void theCitationCheckFindsTheWordsOnlyUnderTheItemCited() throws IOException {
        Map<String, String> law = ordinances();
        String quoted = "その保有する事業用自動車の台数が五千台以上であること";
        assertTrue(provision(law, MLIT, "第二条", "三", "イ").contains(quoted));
        assertFalse(provision(law, MLIT, "第二条", "三", "ロ").contains(quoted));
        assertFalse(provision(law, MLIT, "第二条", "四", "イ").contains(quoted));
        assertFalse(provision(law, METI, "第二条", "十一", "イ").contains("年間信用供与額"));
        assertTrue(provision(law, METI, "第二条", "十一", "ロ").contains("年間信用供与額"));
        assertTrue(provision(law, CAO, "第二条", "五", "ニ").contains("損害保険業務に係る保険契約の件数"));
        assertFalse(provision(law, CAO, "第二条", "五", "ハ").contains("保険契約の件数"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The ordinances in the law's folder by their number as printed under the title (令和五年国土交通省令第六十二号). */
    private static Map<String, String> ordinances() throws IOException {
        LawText.requireBeside();
        Map<String, String> law = new HashMap<>();
        try (Stream<Path> files = Files.list(LAW)) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("ordinance-")).toList()) {
                String text = Files.readString(file);
                Matcher number = Pattern.compile("\\*（(令和[^）]+)）\\*").matcher(text);
                assertTrue(number.find(), file + " has its number under the title");
                law.put(number.group(1), text);
            }
        }
        return law;
    }

    /**
     * The words of a provision: the article (its first heading; a later 第二条 is the supplementary provisions'),
     * its item as the place in {@link #ITEMS} (heading and sentence), its sub-item as the place among the lines
     * after the item's sentence (a line 「なお、」 continues the sub-item before it).
     */
    static String provision(Map<String, String> law, String ordinance, String article, String item, String subItem) {
        String text = law.get(ordinance);
        assertNotNull(text, ordinance + " in " + LAW);
        int start = text.indexOf("<a id=\"" + article + "\"></a>");
        assertTrue(start >= 0, ordinance + article);
        int end = text.indexOf("<a id=\"", start + 1);
        List<String> lines = Arrays.stream(LawText.unlinked(text.substring(start, end < 0 ? text.length() : end)).split("\n"))
                .skip(1).map(String::strip).filter(l -> !l.isEmpty() && !l.equals(article)).toList();
        if (item == null) {
            return String.join("", lines);
        }
        List<String> headings = ITEMS.get(ordinance + article);
        assertNotNull(headings, ordinance + article + " has items listed here");
        List<Integer> at = new ArrayList<>();
        int line = 0;
        for (String heading : headings) {
            while (line < lines.size() && !lines.get(line).startsWith(heading)) {
                line++;
            }
            assertTrue(line < lines.size(), ordinance + article + ": item 「" + heading + "」 in order");
            at.add(line++);
        }
        int number = kanjiNumber(item);
        List<String> itemLines = lines.subList(at.get(number - 1), number < at.size() ? at.get(number) : lines.size());
        if (subItem == null) {
            return String.join("", itemLines.subList(0, Math.min(2, itemLines.size())));
        }
        List<String> subItems = itemLines.stream().skip(2).filter(l -> !l.startsWith("なお、")).toList();
        int index = "イロハニホヘト".indexOf(subItem);
        assertTrue(index < subItems.size(), ordinance + article + "第" + item + "号" + subItem);
        return subItems.get(index);
    }

    private static int kanjiNumber(String kanji) {
        String digits = "一二三四五六七八九";
        if (kanji.startsWith("十")) {
            return 10 + (kanji.length() > 1 ? digits.indexOf(kanji.charAt(1)) + 1 : 0);
        }
        return digits.indexOf(kanji.charAt(0)) + 1;
    }

    /** The law's Markdown as its words: links by their text, no bold marks. */

    private static DecisionTable table(String sector) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("bpmn", "DesignationCriteria" + sector + ".dmn"))) {
            DmnModelInstance model = Dmn.readModelFromStream(in);
            return (DecisionTable) ((Decision) model.getModelElementById("Decision_DesignationCriteria" + sector)).getExpression();
        }
    }

    // ------------------------------------------------------------------ Electricity (経済産業省令第四十一号第二条第一号〜第五号)

    @ParameterizedTest(name = "[{index}] {0} plant={1} aggregated={2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # 第一号〜第三号: 「一般送配電事業者であること」「送電事業者であること」「配電事業者であること」 — the business alone
            GENERAL_TRANSMISSION_DISTRIBUTION |         |         | GENERAL_TRANSMISSION_DISTRIBUTION
            TRANSMISSION                      |         |         | TRANSMISSION
            DISTRIBUTION                      |         |         | DISTRIBUTION
            # 第四号「出力五十万キロワット以上の発電等用電気工作物を有すること」
            GENERATION                        |  499999 |         |
            GENERATION                        |  500000 |         | GENERATION_PLANT_500MW
            GENERATION                        |  500001 |         | GENERATION_PLANT_500MW
            GENERATION                        |         |         |
            # a generator's pooled capacity is not its own plant (第五号 excludes 発電事業者)
            GENERATION                        |  100000 |  900000 |
            # 第五号「…から集約する電気の出力の合計が五十万キロワット以上であること」
            AGGREGATION                       |         |  499999 |
            AGGREGATION                       |         |  500000 | AGGREGATION_500MW
            AGGREGATION                       |         |  500001 | AGGREGATION_500MW
            AGGREGATION                       |  900000 |  100000 |
            # retail is not among the items
            RETAIL                            |  900000 |  900000 |
                                              |  900000 |  900000 |
            """)
    void electricity(String businessType, Double maxPlantCapacityKw, Double aggregatedCapacityKw, String expected) {
        assertCriteria(expected, Operator.of(businessType)
                .fact("maxPlantCapacityKw", maxPlantCapacityKw)
                .fact("aggregatedCapacityKw", aggregatedCapacityKw), "Electricity");
    }

    // ------------------------------------------------------------------ Gas (第二条第六号〜第八号)

    @ParameterizedTest(name = "[{index}] {0} meters={1} supply={2} connected={3} plant={4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # 第六号「当該事業に係るガスメーターの取付数が三十万個以上であること」
            GENERAL_PIPELINE   | 299999 |            |       |        |
            GENERAL_PIPELINE   | 300000 |            |       |        | GENERAL_PIPELINE_300K_METERS
            GENERAL_PIPELINE   | 300001 |            |       |        | GENERAL_PIPELINE_300K_METERS
            GENERAL_PIPELINE   |        | 5000000000 | true  |        |
            # 第七号「特定導管を維持し、及び運用すること」; 特定導管 (第一条第七号): 「一般ガス導管事業の用に供する導管と
            # 接続している導管（年間の託送供給量が十億立方メートル以上であって」 — both conditions, each failing alone
            SPECIFIED_PIPELINE |        |  999999999 | true  |        |
            SPECIFIED_PIPELINE |        | 1000000000 | true  |        | SPECIFIED_PIPELINE_1BN_M3
            SPECIFIED_PIPELINE |        | 1000000001 | true  |        | SPECIFIED_PIPELINE_1BN_M3
            SPECIFIED_PIPELINE |        | 1000000000 | false |        |
            SPECIFIED_PIPELINE |        | 1000000000 |       |        |
            SPECIFIED_PIPELINE |        |            | true  |        |
            # 第八号「生産能力二十万立方メートル毎時以上の製造所を維持し、及び運用すること」
            MANUFACTURING      |        |            |       | 199999 |
            MANUFACTURING      |        |            |       | 200000 | MANUFACTURING_PLANT_200K_M3H
            MANUFACTURING      |        |            |       | 200001 | MANUFACTURING_PLANT_200K_M3H
            MANUFACTURING      |        |            |       |        |
            OTHER              | 900000 | 5000000000 | true  | 900000 |
                               | 900000 | 5000000000 | true  | 900000 |
            """)
    void gas(String businessType, Double customerMeters, Double annualSupplyM3, Boolean connectedToGeneralNetwork,
            Double maxPlantCapacityM3PerHour, String expected) {
        assertCriteria(expected, Operator.of(businessType)
                .fact("customerMeters", customerMeters)
                .fact("annualSupplyM3", annualSupplyM3)
                .fact("connectedToGeneralNetwork", connectedToGeneralNetwork)
                .fact("maxPlantCapacityM3PerHour", maxPlantCapacityM3PerHour), "Gas");
    }

    // ------------------------------------------------------------------ Oil (第二条第九号・第十号)

    @ParameterizedTest(name = "[{index}] {0} distillation={1} lpgShare={2} nonFeedstock={3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # 第九号「石油精製業者であって、石油蒸留設備を有すること」
            REFINER      | true  |        |       | REFINER_DISTILLATION_UNITS
            REFINER      | false |        |       |
            REFINER      |       |        |       |
            REFINER      | false |      5 | true  |
            # 第十号イ「…割合（その数値に小数点以下二位未満の端数があるときは、これを四捨五入する。）が百分の一以上であること」:
            # the percentage rounded half up to two decimals reaches 1.00 from 0.995
            LPG_IMPORTER |       | 0.9949 | true  |
            LPG_IMPORTER |       |  0.995 | true  | LPG_IMPORT_SHARE_1PCT
            LPG_IMPORTER |       |      1 | true  | LPG_IMPORT_SHARE_1PCT
            LPG_IMPORTER |       |   1.01 | true  | LPG_IMPORT_SHARE_1PCT
            # 第十号ロ「石油化学製品の製造のための原料以外のために使用される石油ガスを輸入すること」 — 「いずれにも」: each failing alone
            LPG_IMPORTER |       |      5 | false |
            LPG_IMPORTER |       |      5 |       |
            LPG_IMPORTER |       |        | true  |
                         | true  |      5 | true  |
            """)
    void oil(String businessType, Boolean hasDistillationUnits, Double lpgImportSharePercent, Boolean nonFeedstock,
            String expected) {
        assertCriteria(expected, Operator.of(businessType)
                .fact("hasDistillationUnits", hasDistillationUnits)
                .fact("lpgImportSharePercent", lpgImportSharePercent)
                .fact("importsLpgNotAsPetrochemicalFeedstock", nonFeedstock), "Oil");
    }

    // ------------------------------------------------------------------ Credit cards (第二条第十一号)

    @ParameterizedTest(name = "[{index}] members={0}/{1}/{2} credit={3}/{4}/{5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # 「現年度…の直前の三年度のいずれかの末日において次のいずれにも該当する者」: イ「…会員契約の数が一千万以上」, ロ「年間信用供与額…が四兆円以上」
            # members (FY-1 | FY-2 | FY-3) | annual credit yen (FY-1 | FY-2 | FY-3)
            10000000 |          |          | 4000000000000 |               |               | CREDIT_CARD_10M_MEMBERS_4T_YEN
             9999999 |          |          | 4000000000000 |               |               |
            10000000 |          |          | 3999999999999 |               |               |
            10000001 |          |          | 4000000000001 |               |               | CREDIT_CARD_10M_MEMBERS_4T_YEN
            # met only at the end of the year 3 years back: still meets (any of the three)
                     |          | 10000000 |               |               | 4000000000000 | CREDIT_CARD_10M_MEMBERS_4T_YEN
             5000000 |  6000000 | 12000000 | 1000000000000 | 2000000000000 | 5000000000000 | CREDIT_CARD_10M_MEMBERS_4T_YEN
             5000000 | 12000000 |  5000000 | 1000000000000 | 5000000000000 | 1000000000000 | CREDIT_CARD_10M_MEMBERS_4T_YEN
            # each met, but never at the end of the same year: not met
            12000000 |  5000000 |          | 1000000000000 | 5000000000000 |               |
            12000000 |          |          |               | 5000000000000 |               |
                     |          |          |               |               |               |
            """)
    void creditCard(Double members1, Double members2, Double members3, Double credit1, Double credit2, Double credit3,
            String expected) {
        assertCriteria(expected, Operator.of(null)
                .yearly("memberContracts", members1, members2, members3)
                .yearly("annualCreditYen", credit1, credit2, credit3), "CreditCard");
    }

    // ------------------------------------------------------------------ Water (国土交通省令第六十二号第二条第一号)

    @ParameterizedTest(name = "[{index}] {0} population={1} bulk={2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # イ「給水人口が百万人を超える水道事業」: 超える, so exactly 1,000,000 does not meet
            WATER_SUPPLY      |   999999 |        |
            WATER_SUPPLY      |  1000000 |        |
            WATER_SUPPLY      |  1000001 |        | WATER_SUPPLY_POPULATION_OVER_1M
            WATER_SUPPLY      |          |        |
            WATER_SUPPLY      |          | 900000 |
            # ロ「一日に給水することができる最大の水量が五十万立方メートルを超える水道用水供給事業」
            BULK_WATER_SUPPLY |          | 499999 |
            BULK_WATER_SUPPLY |          | 500000 |
            BULK_WATER_SUPPLY |          | 500001 | BULK_WATER_SUPPLY_OVER_500K_M3
            BULK_WATER_SUPPLY |  2000000 |        |
                              |  2000000 | 900000 |
            """)
    void water(String businessType, Double populationServed, Double bulkCapacityM3PerDay, String expected) {
        assertCriteria(expected, Operator.of(businessType)
                .fact("populationServed", populationServed)
                .fact("bulkCapacityM3PerDay", bulkCapacityM3PerDay), "Water");
    }

    // ------------------------------------------------------------------ Railway (第二条第二号)

    @ParameterizedTest(name = "[{index}] {0} routeKm={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # 「路線の営業キロ程の合計が千キロメートル以上であるもの」
            TYPE1_RAILWAY |  999 |
            TYPE1_RAILWAY | 1000 | TYPE1_RAILWAY_1000KM
            TYPE1_RAILWAY | 1001 | TYPE1_RAILWAY_1000KM
            TYPE1_RAILWAY |      |
            # only 第一種鉄道事業 (第一条第二号)
            TYPE2_RAILWAY | 5000 |
                          | 5000 |
            """)
    void railway(String businessType, Double routeKm, String expected) {
        assertCriteria(expected, Operator.of(businessType).fact("routeKm", routeKm), "Railway");
    }

    /** The text states no past year for the route length: the latest figures count, a length of 2 years ago does not. */
    @ParameterizedTest(name = "[{index}] routeKm={0}/{1}/{2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # route km (FY-1 | FY-2 | FY-3)
            1200 |  900 |  900 | TYPE1_RAILWAY_1000KM
             900 | 1200 | 1200 |
             900 |      | 1200 |
                 | 1200 |      |
            """)
    void railwayLooksAtTheLatestFiguresOnly(Double latest, Double previous, Double beforePrevious, String expected) {
        assertCriteria(expected, Operator.of("TYPE1_RAILWAY").yearly("routeKm", latest, previous, beforePrevious), "Railway");
    }

    // ------------------------------------------------------------------ Trucking (第二条第三号)

    @ParameterizedTest(name = "[{index}] vehicles={0} nationwide={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # 「次に掲げる要件の全て」: イ「その保有する事業用自動車の台数が五千台以上であること」
            4999 | true  |
            5000 | true  | TRUCKING_5000_VEHICLES_NATIONWIDE
            5001 | true  | TRUCKING_5000_VEHICLES_NATIONWIDE
            # ロ「…前年度における貨物の輸送実績からみて全国各地への貨物の輸送を行うことができると認められる…」 failing alone
            5000 | false |
            5000 |       |
                 | true  |
            """)
    void trucking(Double vehicles, Boolean nationwideCapability, String expected) {
        assertCriteria(expected, Operator.of(null)
                .fact("vehicles", vehicles)
                .fact("nationwideCapability", nationwideCapability), "Trucking");
    }

    // ------------------------------------------------------------------ International shipping (第二条第四号)

    @ParameterizedTest(name = "[{index}] cargo={0}/{1}/{2} vessels={3}/{4}/{5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # 「要件の全て」: イ「…前年における輸送量の占める割合が十パーセント以上」, ロ「…船舶の隻数の占める割合が十パーセント以上」
            # cargo share % (latest | before | before that) | vessel share % (latest | before | before that)
               10 |    |    |    10 |    |    | INTERNATIONAL_SHIPPING_10PCT
            10.01 |    |    | 10.01 |    |    | INTERNATIONAL_SHIPPING_10PCT
             9.99 |    |    |    10 |    |    |
               10 |    |    |  9.99 |    |    |
               10 |    |    |       |    |    |
            # 前年: the latest year only; met 2 or 3 years back does not count
                  | 30 |    |       | 30 |    |
                  |    | 30 |       |    | 30 |
                5 | 30 | 30 |     5 | 30 | 30 |
            """)
    void internationalShipping(Double cargo1, Double cargo2, Double cargo3, Double vessel1, Double vessel2,
            Double vessel3, String expected) {
        assertCriteria(expected, Operator.of(null)
                .yearly("cargoSharePercent", cargo1, cargo2, cargo3)
                .yearly("vesselSharePercent", vessel1, vessel2, vessel3), "InternationalShipping");
    }

    // ------------------------------------------------------------------ Ports (第二条第五号)

    /**
     * The law's text of 第二条第五号 prints the item's heading 「前条第五号に掲げる事業」 and no criterion, so no threshold
     * can be taken from it: the operator meets only on the ministry's filed finding under that item, never by default.
     */
    @ParameterizedTest(name = "[{index}] {0} confirmed={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CONTAINER_TERMINAL_OPERATOR | true  | PORT_ART2_ITEM5_CONFIRMED
            CONTAINER_TERMINAL_OPERATOR | false |
            CONTAINER_TERMINAL_OPERATOR |       |
                                        | true  |
            """)
    void port(String businessType, Boolean confirmed, String expected) {
        assertCriteria(expected, Operator.of(businessType).fact("ordinanceCriterionConfirmed", confirmed), "Port");
    }

    // ------------------------------------------------------------------ Airlines (第二条第六号)

    @ParameterizedTest(name = "[{index}] specified={0} international={1}/{2}/{3} domestic={4}/{5}/{6} -> {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # 「特定本邦航空運送事業者…に限る」 and 「いずれか」: イ 国際航空運送事業, ロ 国内定期航空運送事業,
            # 「前年度の運航回数の占める割合が二十五パーセント以上」
            # specified | international % (FY-1 | FY-2 | FY-3) | domestic % (FY-1 | FY-2 | FY-3)
            true  | 24.99 |    |    |       |    |    |
            true  |    25 |    |    |       |    |    | AIRLINE_INTERNATIONAL_25PCT
            true  | 25.01 |    |    |       |    |    | AIRLINE_INTERNATIONAL_25PCT
            true  |       |    |    | 24.99 |    |    |
            true  |       |    |    |    25 |    |    | AIRLINE_DOMESTIC_25PCT
            true  |       |    |    | 25.01 |    |    | AIRLINE_DOMESTIC_25PCT
            true  |    25 |    |    |    40 |    |    | AIRLINE_INTERNATIONAL_25PCT+AIRLINE_DOMESTIC_25PCT
            true  |    10 |    |    |    40 |    |    | AIRLINE_DOMESTIC_25PCT
            # not a 特定本邦航空運送事業者 (or not filed): not met whatever the share
            false |    40 |    |    |    40 |    |    |
                  |    40 |    |    |    40 |    |    |
            # 前年度 only: met 2 years back does not meet
            true  |       | 30 |    |       | 30 |    |
            true  |    10 | 30 | 30 |    10 | 30 | 30 |
            """)
    void airline(Boolean specified, Double international1, Double international2, Double international3,
            Double domestic1, Double domestic2, Double domestic3, String expected) {
        assertCriteria(expected, Operator.of(null)
                .fact("specifiedJapaneseAirCarrier", specified)
                .yearly("internationalFlightSharePercent", international1, international2, international3)
                .yearly("domesticFlightSharePercent", domestic1, domestic2, domestic3), "Airline");
    }

    // ------------------------------------------------------------------ Airports (第二条第七号, 特定空港 by 第一条第七号)

    @ParameterizedTest(name = "[{index}] listed={0} passengersFy2019={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # 「空港法第四条第一項各号に掲げる空港であって、令和元年度の航空機の旅客数の合計が一千万人以上であるもの」
            true  |  9999999 |
            true  | 10000000 | AIRPORT_10M_PASSENGERS
            true  | 10000001 | AIRPORT_10M_PASSENGERS
            true  |          |
            false | 30000000 |
                  | 30000000 |
            """)
    void airport(Boolean listed, Double passengersFy2019, String expected) {
        assertCriteria(expected, Operator.of(null)
                .fact("airportActArt4Listed", listed)
                .fact("passengersFy2019", passengersFy2019), "Airport");
    }

    // ------------------------------------------------------------------ Telecom (総務省令第六十四号第二条第一号)

    @ParameterizedTest(name = "[{index}] {0} landing={1} ownBase={2} users={3} gov={4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # イ「第一種指定電気通信設備を設置する者」, ロ 中継系 — the business alone
            TYPE1_DESIGNATED_FACILITIES |       |       |          |       | TYPE1_DESIGNATED_FACILITIES
            RELAY_CONNECTED             |       |       |          |       | RELAY_CONNECTED
            # ハ「…の本邦外設置有線電気通信設備の数の総数に対する割合が十分の一以上であるもの」
            SUBMARINE_CABLE             |  9.99 |       |          |       |
            SUBMARINE_CABLE             |    10 |       |          |       | SUBMARINE_CABLE_10PCT_LANDING_POINTS
            SUBMARINE_CABLE             | 10.01 |       |          |       | SUBMARINE_CABLE_10PCT_LANDING_POINTS
            SUBMARINE_CABLE             |       | true  |          |       |
            # ニ「基地局を設置して第五世代移動通信システムを使用する携帯無線通信による電気通信役務を提供する者」
            MOBILE_5G                   |       | true  |          |       | MOBILE_5G_OWN_BASE_STATIONS
            MOBILE_5G                   |       | false |          |       |
            MOBILE_5G                   |       |       |          |       |
            # ホ「前年度における一月当たりの…利用者…の数の平均が六千万以上であって、…国等…の用に供するもの」
            MESSAGING                   |       |       | 59999999 | true  |
            MESSAGING                   |       |       | 60000000 | true  | MESSAGING_60M_USERS_GOVERNMENT
            MESSAGING                   |       |       | 60000001 | true  | MESSAGING_60M_USERS_GOVERNMENT
            MESSAGING                   |       |       | 90000000 | false |
            MESSAGING                   |       |       | 90000000 |       |
            MESSAGING                   |       |       |          | true  |
            OTHER                       |    50 | true  | 90000000 | true  |
                                        |    50 | true  | 90000000 | true  |
            """)
    void telecom(String businessType, Double landingPointSharePercent, Boolean ownBaseStations, Double monthlyUsers,
            Boolean usedByGovernment, String expected) {
        assertCriteria(expected, Operator.of(businessType)
                .fact("landingPointSharePercent", landingPointSharePercent)
                .fact("ownBaseStations", ownBaseStations)
                .fact("monthlyUsers", monthlyUsers)
                .fact("usedByGovernment", usedByGovernment), "Telecom");
    }

    // ------------------------------------------------------------------ Broadcasting (第二条第二号)

    @ParameterizedTest(name = "[{index}] {0} selfProduced={1} coverage={2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # 「いずれにも」: イ「…自らが制作する放送番組の割合が四分の一以上」, ロ「…世帯数が全国の世帯数の四分の一以上」
            TERRESTRIAL_TV |    25 |    25 | TERRESTRIAL_TV_SELF_PRODUCED_COVERAGE
            TERRESTRIAL_TV | 25.01 | 25.01 | TERRESTRIAL_TV_SELF_PRODUCED_COVERAGE
            TERRESTRIAL_TV | 24.99 |    25 |
            TERRESTRIAL_TV |    25 | 24.99 |
            TERRESTRIAL_TV |       |    25 |
            TERRESTRIAL_TV |    25 |       |
            SATELLITE      |    50 |    50 |
                           |    50 |    50 |
            """)
    void broadcasting(String businessType, Double selfProducedSharePercent, Double householdCoverageSharePercent,
            String expected) {
        assertCriteria(expected, Operator.of(businessType)
                .fact("selfProducedSharePercent", selfProducedSharePercent)
                .fact("householdCoverageSharePercent", householdCoverageSharePercent), "Broadcasting");
    }

    // ------------------------------------------------------------------ Postal (第二条第三号)

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # 「郵便の役務をあまねく、公平に提供する者であること」
            UNIVERSAL_SERVICE_PROVIDER | UNIVERSAL_SERVICE_PROVIDER
            CORRESPONDENCE_DELIVERY    |
                                       |
            """)
    void postal(String businessType, String expected) {
        assertCriteria(expected, Operator.of(businessType), "Postal");
    }

    // ------------------------------------------------------------------ Finance: one figure's 3-year average (内閣府令第六十一号 and 令和五年内閣府・法務省令第二号)

    /**
     * Every finance criterion on one figure: 「直近の三事業年度（の末日）における…の平均が…以上」 (or 「…未満である者を除く」,
     * which is the same threshold), the average of the 3 completed years, null unless all 3 are filed.
     */
    @ParameterizedTest(name = "[{index}] {0} {1}={2}/{3}/{4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # type | measure | FY-1 | FY-2 | FY-3 | expected
            # 第一号イ「直近の三事業年度の末日における預金残高の平均が十兆円以上である者」
            BANK                 | depositsYen             |   9999999999999 |   9999999999999 |   9999999999999 |
            BANK                 | depositsYen             |  10000000000000 |  10000000000000 |  10000000000000 | BANK_DEPOSITS_10T_YEN_AVG3
            BANK                 | depositsYen             |  10000000000001 |  10000000000001 |  10000000000001 | BANK_DEPOSITS_10T_YEN_AVG3
            BANK                 | depositsYen             |  12000000000000 |   9000000000000 |   8999999999997 |
            BANK                 | depositsYen             |  20000000000000 |  20000000000000 |                 |
            # 第一号ロ「…預金口座（別段預金に係るものを除く。）の数の平均が千万口座以上である者」
            BANK                 | accounts                |         9999999 |         9999999 |         9999999 |
            BANK                 | accounts                |        10000000 |        10000000 |        10000000 | BANK_ACCOUNTS_10M_AVG3
            BANK                 | accounts                |        10000001 |        10000001 |        10000001 | BANK_ACCOUNTS_10M_AVG3
            # 第一号ハ「…現金自動支払機及び現金自動預入払出兼用機の数の平均が一万台以上である者」
            BANK                 | atms                    |            9999 |            9999 |            9999 |
            BANK                 | atms                    |           10000 |           10000 |           10000 | BANK_ATMS_10K_AVG3
            BANK                 | atms                    |           10001 |           10000 |           10000 | BANK_ATMS_10K_AVG3
            # 第五号イ「…保険金等支払金の額から…控除した額の平均が一兆円以上である者」
            INSURANCE            | netClaimsYen            |    999999999999 |    999999999999 |    999999999999 |
            INSURANCE            | netClaimsYen            |   1000000000000 |   1000000000000 |   1000000000000 | INSURANCE_NET_CLAIMS_1T_YEN_AVG3
            INSURANCE            | netClaimsYen            |   1000000000001 |   1000000000001 |   1000000000001 | INSURANCE_NET_CLAIMS_1T_YEN_AVG3
            INSURANCE            | netClaimsYen            |   2000000000000 |    500000000000 |    499999999997 |
            # 第五号ロ「…生命保険業務…に係る保険契約の件数の平均が二千万件以上である者」
            INSURANCE            | lifeContracts           |        19999999 |        19999999 |        19999999 |
            INSURANCE            | lifeContracts           |        20000000 |        20000000 |        20000000 | INSURANCE_LIFE_CONTRACTS_20M_AVG3
            INSURANCE            | lifeContracts           |        20000001 |        20000001 |        20000001 | INSURANCE_LIFE_CONTRACTS_20M_AVG3
            # 第五号ハ「…損害保険業務…に係る元受正味保険金の額の平均が一兆円以上である者」
            INSURANCE            | nonLifeDirectClaimsYen  |    999999999999 |    999999999999 |    999999999999 |
            INSURANCE            | nonLifeDirectClaimsYen  |   1000000000000 |   1000000000000 |   1000000000000 | INSURANCE_NON_LIFE_DIRECT_CLAIMS_1T_YEN_AVG3
            INSURANCE            | nonLifeDirectClaimsYen  |   1000000000001 |   1000000000001 |   1000000000001 | INSURANCE_NON_LIFE_DIRECT_CLAIMS_1T_YEN_AVG3
            # 第五号ニ「…損害保険業務に係る保険契約の件数の平均が二千万件以上である者」
            INSURANCE            | nonLifeContracts        |        19999999 |        19999999 |        19999999 |
            INSURANCE            | nonLifeContracts        |        20000000 |        20000000 |        20000000 | INSURANCE_NON_LIFE_CONTRACTS_20M_AVG3
            INSURANCE            | nonLifeContracts        |        20000001 |        20000001 |        20000001 | INSURANCE_NON_LIFE_CONTRACTS_20M_AVG3
            # 第六号「（…総売買代金の平均が七十五兆円未満である者を除く。）」: 75 trillion is not excluded
            EXCHANGE             | tradingValueYen         |  74999999999999 |  74999999999999 |  74999999999999 |
            EXCHANGE             | tradingValueYen         |  75000000000000 |  75000000000000 |  75000000000000 | EXCHANGE_TRADING_75T_YEN_AVG3
            EXCHANGE             | tradingValueYen         |  75000000000001 |  75000000000001 |  75000000000001 | EXCHANGE_TRADING_75T_YEN_AVG3
            # 第八号イ「…顧客から預託を受けた金銭、有価証券その他の財産の残高の平均が三十兆円以上である者」
            SECURITIES           | clientAssetsYen         |  29999999999999 |  29999999999999 |  29999999999999 |
            SECURITIES           | clientAssetsYen         |  30000000000000 |  30000000000000 |  30000000000000 | SECURITIES_CLIENT_ASSETS_30T_YEN_AVG3
            SECURITIES           | clientAssetsYen         |  30000000000001 |  30000000000001 |  30000000000001 | SECURITIES_CLIENT_ASSETS_30T_YEN_AVG3
            # 第八号ロ「…口座の数の平均が五百万口座以上である者」
            SECURITIES           | clientAccounts          |         4999999 |         4999999 |         4999999 |
            SECURITIES           | clientAccounts          |         5000000 |         5000000 |         5000000 | SECURITIES_CLIENT_ACCOUNTS_5M_AVG3
            SECURITIES           | clientAccounts          |         5000001 |         5000001 |         5000001 | SECURITIES_CLIENT_ACCOUNTS_5M_AVG3
            # 第九号「…信託財産（管理を第三者に委託しているものを除く。）の残高の平均が三百兆円以上である者」
            TRUST                | trustAssetsYen          | 299999999999999 | 299999999999999 | 299999999999999 |
            TRUST                | trustAssetsYen          | 300000000000000 | 300000000000000 | 300000000000000 | TRUST_ASSETS_300T_YEN_AVG3
            TRUST                | trustAssetsYen          | 300000000000001 | 300000000000001 | 300000000000001 | TRUST_ASSETS_300T_YEN_AVG3
            # 内閣府・法務省令第二号第二条「（…電子記録債権…の残高の平均が一兆円未満である者を除く。）」
            ELECTRONIC_RECORDING | electronicClaimsYen     |    999999999999 |    999999999999 |    999999999999 |
            ELECTRONIC_RECORDING | electronicClaimsYen     |   1000000000000 |   1000000000000 |   1000000000000 | ELECTRONIC_RECORDING_1T_YEN_AVG3
            ELECTRONIC_RECORDING | electronicClaimsYen     |   1000000000001 |   1000000000001 |   1000000000001 | ELECTRONIC_RECORDING_1T_YEN_AVG3
            # a figure counts for its own business only
            SECURITIES           | depositsYen             |  20000000000000 |  20000000000000 |  20000000000000 |
            BANK                 | clientAssetsYen         |  90000000000000 |  90000000000000 |  90000000000000 |
                                 | depositsYen             |  20000000000000 |  20000000000000 |  20000000000000 |
            """)
    void financeAverages(String businessType, String measure, Double latest, Double previous, Double beforePrevious,
            String expected) {
        assertCriteria(expected, Operator.of(businessType).yearly(measure, latest, previous, beforePrevious), "Finance");
    }

    @Test
    void bankCriteriaAreAlternativesAndAnAverageRuleHitsOnce() {
        // 第一号「次のいずれかに該当する者」
        assertCriteria("BANK_DEPOSITS_10T_YEN_AVG3+BANK_ACCOUNTS_10M_AVG3+BANK_ATMS_10K_AVG3", Operator.of("BANK")
                .yearly("depositsYen", 1e13, 1e13, 1e13).yearly("accounts", 1e7, 1e7, 1e7)
                .yearly("atms", 1e4, 1e4, 1e4), "Finance");
        assertEquals(List.of("BANK_DEPOSITS_10T_YEN_AVG3"), Operator.of("BANK").yearly("depositsYen", 1.2e13, 1.2e13, 1.2e13).hits("Finance"));
    }

    // ------------------------------------------------------------------ Finance: two figures, both required

    @ParameterizedTest(name = "[{index}] {0} {1}={2}/{3}/{4} {5}={6}/{7}/{8} -> {9}")
    @CsvSource(delimiter = '|', textBlock = """
            # 第四号「次のいずれにも」: イ「…利用者の数の平均が千万人以上」, ロ「…移動させた資金の合計額の平均が四千億円以上」
            FUND_TRANSFER   | users     | 10000000 | 10000000 | 10000000 | annualTransferYen | 400000000000 | 400000000000 | 400000000000 | FUND_TRANSFER_10M_USERS_400B_YEN
            FUND_TRANSFER   | users     | 10000001 | 10000001 | 10000001 | annualTransferYen | 400000000001 | 400000000001 | 400000000001 | FUND_TRANSFER_10M_USERS_400B_YEN
            FUND_TRANSFER   | users     |  9999999 |  9999999 |  9999999 | annualTransferYen | 400000000000 | 400000000000 | 400000000000 |
            FUND_TRANSFER   | users     | 10000000 | 10000000 | 10000000 | annualTransferYen | 399999999999 | 399999999999 | 399999999999 |
            # the average, not the latest year: the latest year alone would meet, the average does not
            FUND_TRANSFER   | users     | 20000000 |  5000000 |  4999997 | annualTransferYen | 900000000000 | 900000000000 | 900000000000 |
            FUND_TRANSFER   | users     | 20000000 |  5000000 |  5000000 | annualTransferYen | 900000000000 | 900000000000 | 900000000000 | FUND_TRANSFER_10M_USERS_400B_YEN
            FUND_TRANSFER   | users     | 20000000 | 20000000 |          | annualTransferYen | 900000000000 | 900000000000 | 900000000000 |
            BANK            | users     | 20000000 | 20000000 | 20000000 | annualTransferYen | 900000000000 | 900000000000 | 900000000000 |
            # 第十一号「次のいずれにも」: イ「…加盟店…の数の平均が一万店以上」, ロ「…発行額の平均が一兆円以上」
            PREPAID_PAYMENT | merchants |    10000 |    10000 |    10000 | prepaidIssuedYen | 1000000000000 | 1000000000000 | 1000000000000 | PREPAID_PAYMENT_10K_MERCHANTS_1T_YEN_AVG3
            PREPAID_PAYMENT | merchants |    10001 |    10001 |    10001 | prepaidIssuedYen | 1000000000001 | 1000000000001 | 1000000000001 | PREPAID_PAYMENT_10K_MERCHANTS_1T_YEN_AVG3
            PREPAID_PAYMENT | merchants |     9999 |     9999 |     9999 | prepaidIssuedYen | 1000000000000 | 1000000000000 | 1000000000000 |
            PREPAID_PAYMENT | merchants |    10000 |    10000 |    10000 | prepaidIssuedYen |  999999999999 |  999999999999 |  999999999999 |
            PREPAID_PAYMENT | merchants |    10000 |    10000 |    10000 | prepaidIssuedYen |               |               |               |
            """)
    void financeBothFigures(String businessType, String first, Double first1, Double first2, Double first3, String second,
            Double second1, Double second2, Double second3, String expected) {
        assertCriteria(expected, Operator.of(businessType).yearly(first, first1, first2, first3)
                .yearly(second, second1, second2, second3), "Finance");
    }

    // ------------------------------------------------------------------ Finance: the business itself

    @ParameterizedTest(name = "[{index}] {0} fact={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # 第二号 信用金庫 「その事業を行う者であること」
            SHINKIN_BANK                   |       | SHINKIN_BANK
            # 第三号 信用協同組合 「同条第一項第一号の事業を行う者であること」
            CREDIT_COOPERATIVE             | true  | CREDIT_COOPERATIVE_ITEM1_BUSINESS
            CREDIT_COOPERATIVE             | false |
            CREDIT_COOPERATIVE             |       |
            # 第七号「…の免許又は…の承認を受けてその事業を行う者であること」; 第十号「…の免許を受けてその事業を行う者であること」
            CLEARING                       |       | CLEARING
            FUNDS_CLEARING                 |       | FUNDS_CLEARING
            # 内閣府・財務省令第六号, 内閣府・法務省・財務省令第一号, 内閣府・農林水産省令第四号, 内閣府・財務省・農林水産省令第二号
            DEPOSIT_INSURANCE              |       | DEPOSIT_INSURANCE
            BOOK_ENTRY_TRANSFER            |       | BOOK_ENTRY_TRANSFER
            NORINCHUKIN                    |       | NORINCHUKIN
            AGRICULTURAL_DEPOSIT_INSURANCE |       | AGRICULTURAL_DEPOSIT_INSURANCE
            # 内閣府・厚生労働省令第六号「その事業を行う者（同項の規定によりこれらの号に掲げる業務を併せ行うことができる者に限る。）」
            LABOUR_BANK                    | true  | LABOUR_BANK
            LABOUR_BANK                    | false |
            LABOUR_BANK                    |       |
            # the old catch-all is no business of the ordinances
            COOPERATIVE_FINANCE            | true  |
                                           | true  |
            """)
    void financeBusinessesDesignatedAsSuch(String businessType, Boolean fact, String expected) {
        assertCriteria(expected, Operator.of(businessType)
                .fact("conductsParagraph1Item1Business", fact)
                .fact("mayCarryOnListedBusinesses", fact), "Finance");
    }

    // ------------------------------------------------------------------ SME (SME Basic Act Art 2(1))

    @ParameterizedTest(name = "[{index}] {0} capital={1} employees={2} -> {3} hit(s)")
    @CsvSource(delimiter = '|', textBlock = """
            # industry | capital yen | employees | rules hit (0 = not an SME; 2 = both capital and employees)
            MANUFACTURING_OTHER | 300000000 | 300 | 2
            MANUFACTURING_OTHER | 300000000 | 301 | 1
            MANUFACTURING_OTHER | 300000001 | 300 | 1
            MANUFACTURING_OTHER | 300000001 | 301 | 0
            # either measure alone decides; the other may be unknown
            MANUFACTURING_OTHER |           | 300 | 1
            MANUFACTURING_OTHER | 300000001 |     | 0
            MANUFACTURING_OTHER |           |     | 0
            WHOLESALE           | 100000000 | 101 | 1
            WHOLESALE           | 100000001 | 100 | 1
            WHOLESALE           | 100000001 | 101 | 0
            SERVICE             |  50000000 | 101 | 1
            SERVICE             |  50000001 | 100 | 1
            SERVICE             |  50000001 | 101 | 0
            RETAIL              |  50000000 |  51 | 1
            RETAIL              |  50000001 |  50 | 1
            RETAIL              |  50000001 |  51 | 0
            # the same company is an SME as a service business but not as a retailer
            SERVICE             |  60000000 |  80 | 1
            RETAIL              |  60000000 |  80 | 0
            # industry unknown: no rule applies
                                |   1000000 |   5 | 0
            """)
    void smallOrMediumEnterprise(String industry, Double capitalYen, Double employees, int expectedHits) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("industry", industry);
        variables.put("capitalYen", capitalYen);
        variables.put("employees", employees);
        DmnDecisionTableResult result = engine.evaluateDecisionTable(sme, variables);
        assertEquals(expectedHits, result.size());
        for (DmnDecisionRuleResult entries : result) {
            assertEquals(Boolean.TRUE, entries.getEntry("sme"));
            String basis = entries.getEntry("basis");
            assertTrue(basis != null && !basis.isBlank());
        }
    }
}
