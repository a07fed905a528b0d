package jp.espa.kikan.registry;

import jp.espa.kikan.support.LawText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.espa.kikan.platform.FormOptions;
import jp.espa.kikan.support.SchemaMigrations;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry as the text lists it: every item of each ordinance's 第一条 is an open equipment category with its
 * ordinance and provision, every business of 施行令第九条 is there with its provision, and each row's phrase stands in
 * the law's text where the row says (tables in src/test/resources/registry, a reader can check them against
 * ../shared/law). V19 keeps the old placeholders closed and moves the cases of a sector whose ordinance lists one item;
 * on H2 and on PostgreSQL.
 */
class EquipmentRegistryTest {

    private static final Path LAW = LawText.DIR;
    private static final String CABINET_ORDER = "cabinet-order-504CO0000000394.md";

    record Item(String file, String ordinance, String provision, String code, String sector, String phrase) {
    }

    record Listed(String provision, String code, String sector, String phrase) {
    }

    static List<Item> items() throws IOException {
        return rows("registry/equipment-categories.tsv").stream().map(r -> new Item(r[0], r[1], r[2], r[3], r[4], r[5])).toList();
    }

    static List<Listed> businesses() throws IOException {
        return rows("registry/businesses.tsv").stream().map(r -> new Listed(r[0], r[1], r[2], r[3])).toList();
    }

    @Test
    void eachItemsPhraseStandsInItsOrdinancesFirstArticle() throws IOException {
        LawText.requireBeside();
        for (Item item : items()) {
            String law = LawText.unlinked(Files.readString(LAW.resolve(item.file())));
            assertThat(law).as(item.file() + " is " + item.ordinance()).contains("（" + item.ordinance() + "）");
            String first = law.substring(law.indexOf("<a id=\"第一条\"></a>"), law.indexOf("<a id=\"第二条\"></a>"));
            assertThat(first).as(item.code() + ": its words in 第一条 of " + item.file()).contains(item.phrase());
        }
    }

    @Test
    void eachBusinessPhraseStandsInTheCabinetOrdersItemItNames() throws IOException {
        LawText.requireBeside();
        Map<String, String> lines = cabinetOrderArticle9Items();
        for (Listed business : businesses()) {
            assertThat(lines).as(business.provision()).containsKey(business.provision());
            assertThat(lines.get(business.provision())).as(business.code() + " in " + business.provision()).contains(business.phrase());
        }
    }

    /** The start form names the registry's list ({@link FormOptions}): no fixed list to keep in step with the registry. */
    @Test
    void theStartFormReadsTheCategoriesFromTheRegistry() throws IOException {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms", "Form_StartPostIntroductionReview.form").toFile());
        JsonNode select = form.findParents("key").stream().filter(c -> "equipmentCategoryCode".equals(c.get("key").asText()))
                .findFirst().orElseThrow();
        assertThat(select.path("valuesKey").asText()).isEqualTo(FormOptions.EQUIPMENT_CATEGORIES);
        assertThat(select.has("values")).isFalse();
    }

    /** What the start form offers: the ordinances' items, each label ending in its ordinance and provision, no closed one. */
    private void assertTheFormOffersTheOrdinancesItems(SectorRegistry registry) throws IOException {
        Map<String, Item> items = new LinkedHashMap<>();
        items().forEach(item -> items.put(item.code(), item));
        List<String> offered = new ArrayList<>();
        for (FormOptions.Option option : FormOptions.equipmentCategories(registry.sectors(), registry.openEquipmentCategories(null))) {
            offered.add(option.value());
            assertThat(items).as(option.value() + " is an ordinance's item").containsKey(option.value());
            assertThat(option.label()).as("the label names the item")
                    .endsWith("（" + items.get(option.value()).ordinance() + items.get(option.value()).provision() + "）");
        }
        assertThat(offered).containsExactlyInAnyOrderElementsOf(items.keySet());
    }

    @Test
    void theRegistryHoldsTheOrdinancesItemsAndTheCabinetOrdersBusinessesOnH2() throws IOException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:equipment-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrateAndCheck(h2);
    }

    @Test
    void theRegistryHoldsTheOrdinancesItemsAndTheCabinetOrdersBusinessesOnPostgres() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            migrateAndCheck(postgres.getPostgresDatabase());
        }
    }

    private void migrateAndCheck(DataSource dataSource) throws IOException {
        SchemaMigrations.upTo(dataSource, "18").migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID railwayGeneral = fileAsThePreviousReleaseDid(jdbc, "6999901000091", "RAILWAY", "RAILWAY_GENERAL");
        UUID trafficManagement = fileAsThePreviousReleaseDid(jdbc, "6999901000092", "RAILWAY", "RAILWAY_TRAFFIC_MANAGEMENT");
        UUID card = fileAsThePreviousReleaseDid(jdbc, "6999901000093", "CREDIT_CARD", "CREDIT_CARD_AUTHENTICATION");

        SchemaMigrations.upTo(dataSource, "19").migrate();

        SectorRegistry registry = new SectorRegistry(jdbc);
        List<EquipmentCategory> open = registry.openEquipmentCategories(null);
        assertTheFormOffersTheOrdinancesItems(registry);
        for (Item item : items()) {
            EquipmentCategory category = registry.equipmentCategory(item.code()).orElseThrow(() -> new AssertionError(item.code()));
            assertThat(category).as(item.code()).extracting(EquipmentCategory::sectorCode, EquipmentCategory::ordinance,
                    EquipmentCategory::provision, EquipmentCategory::closed)
                    .containsExactly(item.sector(), item.ordinance(), item.provision(), false);
            assertThat(registry.businessCodes(item.code())).as(item.code() + " serves a business of its sector")
                    .isNotEmpty().allSatisfy(b -> assertThat(sectorOf(b)).isEqualTo(item.sector()));
        }
        assertThat(open).as("open: the ordinances' items, nothing else").extracting(EquipmentCategory::code)
                .containsExactlyInAnyOrderElementsOf(items().stream().map(Item::code).toList());
        assertThat(registry.openEquipmentCategories("RAILWAY")).extracting(EquipmentCategory::code)
                .containsExactly("RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL");

        List<Business> held = registry.businesses(null);
        assertThat(held).as("the businesses of 施行令第九条 as the table lists them")
                .containsExactlyInAnyOrderElementsOf(businesses().stream()
                        .map(b -> new Business(b.code(), b.sector(), b.provision(), nameOf(held, b.code()))).toList());
        assertThat(held).allSatisfy(b -> assertThat(b.nameJa()).isNotBlank());
        assertThat(registry.businesses("GAS")).extracting(Business::code)
                .containsExactlyInAnyOrder("GENERAL_PIPELINE", "SPECIFIED_PIPELINE", "MANUFACTURING");

        for (String legacy : List.of("RAILWAY_TRAFFIC_MANAGEMENT", "RAILWAY_GENERAL", "ELECTRICITY_SUPPLY_DEMAND_CONTROL",
                "ELECTRICITY_GENERAL", "GAS_GENERAL", "FINANCE_GENERAL", "TELECOM_FACILITY_CONTROL", "CREDIT_CARD_AUTHENTICATION")) {
            assertThat(registry.equipmentCategory(legacy)).as(legacy + " kept, closed").hasValueSatisfying(c -> assertThat(c.closed()).isTrue());
        }
        assertThat(categoryOf(jdbc, trafficManagement)).as("列車運行管理システム is not the ordinance's item: the case keeps it")
                .isEqualTo("RAILWAY_TRAFFIC_MANAGEMENT");
        assertThat(categoryOf(jdbc, railwayGeneral)).as("the railway ordinance lists one item")
                .isEqualTo("RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL");
        assertThat(categoryOf(jdbc, card)).isEqualTo("CREDIT_CARD_PROCESSING_SYSTEM");
    }

    private String sectorOf(String business) throws IOException {
        return businesses().stream().filter(b -> b.code().equals(business)).findFirst().map(Listed::sector).orElse("?");
    }

    private static String nameOf(List<Business> held, String code) {
        return held.stream().filter(b -> b.code().equals(code)).findFirst().map(Business::nameJa).orElse(null);
    }

    private static UUID fileAsThePreviousReleaseDid(JdbcClient jdbc, String corporateNumber, String sector, String category) {
        UUID operator = UUID.randomUUID();
        jdbc.sql("insert into operator (id, corporate_number, name, address) values (?, ?, '旧事業者株式会社', '架空')")
                .params(operator, corporateNumber).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into screening_case (id, application_number, kind, operator_id, sector_code, equipment_category_code,
                            outline, received_on, status, submitted_by, created_at)
                        values (?, ?, 'INTRODUCTION', ?, ?, ?, '旧来の計画', '2026-10-01', 'UNDER_REVIEW', 'portal', ?)""")
                .params(id, "LEGACY-" + category, operator, sector, category, OffsetDateTime.now()).update();
        return id;
    }

    private static String categoryOf(JdbcClient jdbc, UUID caseId) {
        return jdbc.sql("select equipment_category_code from screening_case where id = ?").param(caseId).query(String.class).single();
    }

    /** 施行令第九条's lines by provision: 第一号 to 第十四号, 第十四号イ and its （１） to （５）, ロ to リ, 第十五号. */
    private static Map<String, String> cabinetOrderArticle9Items() throws IOException {
        String order = Files.readString(LAW.resolve(CABINET_ORDER));
        String article = order.substring(order.indexOf("<a id=\"第九条\"></a>"), order.indexOf("<a id=\"第十条\"></a>"));
        List<String> lines = Arrays.stream(article.split("\n"))
                .filter(l -> !l.isBlank() && !l.startsWith("<a") && !l.startsWith("**")).skip(1).map(LawText::unlinked).toList();
        List<String> provisions = new ArrayList<>();
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四"};
        for (String n : numerals) {
            provisions.add("施行令第九条第" + n + "号");
        }
        provisions.add("施行令第九条第十四号イ");
        for (String n : List.of("１", "２", "３", "４", "５")) {
            provisions.add("施行令第九条第十四号イ（" + n + "）");
        }
        for (String sub : List.of("ロ", "ハ", "ニ", "ホ", "ヘ", "ト", "チ", "リ")) {
            provisions.add("施行令第九条第十四号" + sub);
        }
        provisions.add("施行令第九条第十五号");
        assertThat(lines).as("施行令第九条's lines: 15 items, 14 of them under 第十四号").hasSize(provisions.size());
        Map<String, String> byProvision = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byProvision.put(provisions.get(i), lines.get(i));
        }
        return byProvision;
    }

    private static List<String[]> rows(String resource) throws IOException {
        String text = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
    }
}
