package jp.espa.kikan.designation;

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
                () -> assertEquals(file.getFileName().toString().startsWith("DesignationCriteria") ? "1.1.0" : "1.0.0", decision.getVersionTag()),
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
        // types whose rule needs a measure are not met when the measure is absent
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
        for (String type : List.of("BANK", "FUND_TRANSFER", "INSURANCE")) {
            assertEquals(null, Operator.of(type).criteria("Finance"), type);
        }
        assertEquals("GENERAL_TRANSMISSION_DISTRIBUTION",
                Operator.of("GENERAL_TRANSMISSION_DISTRIBUTION").criteria("Electricity"));
        assertEquals("RELAY_CONNECTED", Operator.of("RELAY_CONNECTED").criteria("Telecom"));
        assertEquals("UNIVERSAL_SERVICE_PROVIDER", Operator.of("UNIVERSAL_SERVICE_PROVIDER").criteria("Postal"));
    }

    // ------------------------------------------------------------------ Electricity

    @ParameterizedTest(name = "[{index}] {0} plant={1} aggregated={2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # network operators: the business type alone
            GENERAL_TRANSMISSION_DISTRIBUTION |         |         | GENERAL_TRANSMISSION_DISTRIBUTION
            TRANSMISSION                      |         |         | TRANSMISSION
            DISTRIBUTION                      |         |         | DISTRIBUTION
            # generator: plant >= 500,000 kW
            GENERATION                        |  499999 |         |
            GENERATION                        |  500000 |         | GENERATION_PLANT_500MW
            GENERATION                        |  500001 |         | GENERATION_PLANT_500MW
            GENERATION                        |         |         |
            # a generator's pooled capacity is not its plant
            GENERATION                        |  100000 |  900000 |
            # aggregator: pooled >= 500,000 kW
            AGGREGATION                       |         |  499999 |
            AGGREGATION                       |         |  500000 | AGGREGATION_500MW
            AGGREGATION                       |         |  500001 | AGGREGATION_500MW
            AGGREGATION                       |  900000 |  100000 |
            # retail is never designated, whatever the size
            RETAIL                            |  900000 |  900000 |
                                              |  900000 |  900000 |
            """)
    void electricity(String businessType, Double maxPlantCapacityKw, Double aggregatedCapacityKw, String expected) {
        assertCriteria(expected, Operator.of(businessType)
                .fact("maxPlantCapacityKw", maxPlantCapacityKw)
                .fact("aggregatedCapacityKw", aggregatedCapacityKw), "Electricity");
    }

    // ------------------------------------------------------------------ Gas

    @ParameterizedTest(name = "[{index}] {0} meters={1} supply={2} connected={3} plant={4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            GENERAL_PIPELINE   | 299999 |            |       |        |
            GENERAL_PIPELINE   | 300000 |            |       |        | GENERAL_PIPELINE_300K_METERS
            GENERAL_PIPELINE   | 300001 |            |       |        | GENERAL_PIPELINE_300K_METERS
            GENERAL_PIPELINE   |        | 5000000000 | true  |        |
            # specified pipeline: connected AND >= 1 billion m3/yr
            SPECIFIED_PIPELINE |        |  999999999 | true  |        |
            SPECIFIED_PIPELINE |        | 1000000000 | true  |        | SPECIFIED_PIPELINE_1BN_M3
            SPECIFIED_PIPELINE |        | 1000000001 | true  |        | SPECIFIED_PIPELINE_1BN_M3
            SPECIFIED_PIPELINE |        | 1000000000 | false |        |
            SPECIFIED_PIPELINE |        | 1000000000 |       |        |
            SPECIFIED_PIPELINE |        |            | true  |        |
            MANUFACTURING      |        |            |       | 199999 |
            MANUFACTURING      |        |            |       | 200000 | MANUFACTURING_PLANT_200K_M3H
            MANUFACTURING      |        |            |       | 200001 | MANUFACTURING_PLANT_200K_M3H
            MANUFACTURING      |        |            |       |        |
            # other gas businesses are never designated
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

    // ------------------------------------------------------------------ Oil

    @ParameterizedTest(name = "[{index}] {0} distillation={1} lpgShare={2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            REFINER      | true  |      | REFINER_DISTILLATION_UNITS
            REFINER      | false |      |
            REFINER      |       |      |
            # the import share is the importer's criterion, not the refiner's
            REFINER      | false |    5 |
            # share of the national 5-year average imports, percent
            LPG_IMPORTER |       | 0.99 |
            LPG_IMPORTER |       |    1 | LPG_IMPORT_SHARE_1PCT
            LPG_IMPORTER |       | 1.01 | LPG_IMPORT_SHARE_1PCT
            LPG_IMPORTER |       |      |
            LPG_IMPORTER | true  | 0.5  |
                         | true  |    5 |
            """)
    void oil(String businessType, Boolean hasDistillationUnits, Double lpgImportSharePercent, String expected) {
        assertCriteria(expected, Operator.of(businessType)
                .fact("hasDistillationUnits", hasDistillationUnits)
                .fact("lpgImportSharePercent", lpgImportSharePercent), "Oil");
    }

    // ------------------------------------------------------------------ Credit cards

    @ParameterizedTest(name = "[{index}] members={0}/{1}/{2} credit={3}/{4}/{5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # members (FY-1 | FY-2 | FY-3) | annual credit yen (FY-1 | FY-2 | FY-3)
            10000000 |          |          | 4000000000000 |               |               | CREDIT_CARD_10M_MEMBERS_4T_YEN
             9999999 |          |          | 4000000000000 |               |               |
            10000000 |          |          | 3999999999999 |               |               |
            10000001 |          |          | 4000000000001 |               |               | CREDIT_CARD_10M_MEMBERS_4T_YEN
            # met only at the end of the fiscal year 3 years back: still meets (any of the last 3)
                     |          | 10000000 |               |               | 4000000000000 | CREDIT_CARD_10M_MEMBERS_4T_YEN
             5000000 |  6000000 | 12000000 | 1000000000000 | 2000000000000 | 5000000000000 | CREDIT_CARD_10M_MEMBERS_4T_YEN
            # met only 2 years back
             5000000 | 12000000 |  5000000 | 1000000000000 | 5000000000000 | 1000000000000 | CREDIT_CARD_10M_MEMBERS_4T_YEN
            # each half met, but never in the same fiscal year: not met
            12000000 |  5000000 |          | 1000000000000 | 5000000000000 |               |
            # one side not filed in the year the other is met
            12000000 |          |          |               | 5000000000000 |               |
                     |          |          |               |               |               |
            """)
    void creditCard(Double members1, Double members2, Double members3, Double credit1, Double credit2, Double credit3,
            String expected) {
        assertCriteria(expected, Operator.of(null)
                .yearly("memberContracts", members1, members2, members3)
                .yearly("annualCreditYen", credit1, credit2, credit3), "CreditCard");
    }

    // ------------------------------------------------------------------ Water

    @ParameterizedTest(name = "[{index}] {0} population={1} bulk={2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # strictly more than 1,000,000 people: exactly 1,000,000 does not meet
            WATER_SUPPLY      |   999999 |        |
            WATER_SUPPLY      |  1000000 |        |
            WATER_SUPPLY      |  1000001 |        | WATER_SUPPLY_POPULATION_OVER_1M
            WATER_SUPPLY      |          |        |
            WATER_SUPPLY      |          | 900000 |
            # strictly more than 500,000 m3/day
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

    // ------------------------------------------------------------------ Railway

    @ParameterizedTest(name = "[{index}] {0} routeKm={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TYPE1_RAILWAY |  999 |
            TYPE1_RAILWAY | 1000 | TYPE1_RAILWAY_1000KM
            TYPE1_RAILWAY | 1001 | TYPE1_RAILWAY_1000KM
            TYPE1_RAILWAY |      |
            # only type-1 operators
            TYPE2_RAILWAY | 5000 |
                          | 5000 |
            """)
    void railway(String businessType, Double routeKm, String expected) {
        assertCriteria(expected, Operator.of(businessType).fact("routeKm", routeKm), "Railway");
    }

    /** The railway ordinance looks at the latest figures only: a route length met 2 years ago no longer counts. */
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

    // ------------------------------------------------------------------ Trucking

    @ParameterizedTest(name = "[{index}] vehicles={0} nationwide={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            4999 | true  |
            5000 | true  | TRUCKING_5000_VEHICLES_NATIONWIDE
            5001 | true  | TRUCKING_5000_VEHICLES_NATIONWIDE
            # AND: the fleet alone is not enough
            5000 | false |
            5000 |       |
                 | true  |
            """)
    void trucking(Double vehicles, Boolean nationwideCapability, String expected) {
        assertCriteria(expected, Operator.of(null)
                .fact("vehicles", vehicles)
                .fact("nationwideCapability", nationwideCapability), "Trucking");
    }

    // ------------------------------------------------------------------ International shipping

    @ParameterizedTest(name = "[{index}] cargo={0}/{1}/{2} vessels={3}/{4}/{5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # cargo share % (FY-1 | FY-2 | FY-3) | vessel share % (FY-1 | FY-2 | FY-3)
               10 |    |    |    10 |    |    | INTERNATIONAL_SHIPPING_10PCT
            10.01 |    |    | 10.01 |    |    | INTERNATIONAL_SHIPPING_10PCT
             9.99 |    |    |    10 |    |    |
               10 |    |    |  9.99 |    |    |
               10 |    |    |       |    |    |
            # previous fiscal year only: met 2 or 3 years back does not count
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

    // ------------------------------------------------------------------ Ports (provisional)

    @ParameterizedTest(name = "[{index}] {0} teu={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CONTAINER_TERMINAL_OPERATOR |  799999 |
            CONTAINER_TERMINAL_OPERATOR |  800000 | CONTAINER_TERMINAL_800K_TEU
            CONTAINER_TERMINAL_OPERATOR |  800001 | CONTAINER_TERMINAL_800K_TEU
            CONTAINER_TERMINAL_OPERATOR |         |
            BULK_TERMINAL_OPERATOR      | 5000000 |
                                        | 5000000 |
            """)
    void port(String businessType, Double portTeuPerYear, String expected) {
        assertCriteria(expected, Operator.of(businessType).fact("portTeuPerYear", portTeuPerYear), "Port");
    }

    // ------------------------------------------------------------------ Airlines

    @ParameterizedTest(name = "[{index}] international={0}/{1}/{2} domestic={3}/{4}/{5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # international % (FY-1 | FY-2 | FY-3) | domestic % (FY-1 | FY-2 | FY-3)
            24.99 |    |    |       |    |    |
               25 |    |    |       |    |    | AIRLINE_INTERNATIONAL_25PCT
            25.01 |    |    |       |    |    | AIRLINE_INTERNATIONAL_25PCT
                  |    |    | 24.99 |    |    |
                  |    |    |    25 |    |    | AIRLINE_DOMESTIC_25PCT
                  |    |    | 25.01 |    |    | AIRLINE_DOMESTIC_25PCT
            # OR: either share suffices, both give both criteria
               25 |    |    |    40 |    |    | AIRLINE_INTERNATIONAL_25PCT+AIRLINE_DOMESTIC_25PCT
               10 |    |    |    40 |    |    | AIRLINE_DOMESTIC_25PCT
            # previous fiscal year only: met only 2 years back does not meet
                  | 30 |    |       | 30 |    |
               10 | 30 | 30 |    10 | 30 | 30 |
            24.99 | 40 |    |       |    |    |
            """)
    void airline(Double international1, Double international2, Double international3, Double domestic1,
            Double domestic2, Double domestic3, String expected) {
        assertCriteria(expected, Operator.of(null)
                .yearly("internationalFlightSharePercent", international1, international2, international3)
                .yearly("domesticFlightSharePercent", domestic1, domestic2, domestic3), "Airline");
    }

    // ------------------------------------------------------------------ Airports

    @ParameterizedTest(name = "[{index}] passengersFy2019={0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
             9999999 |
            10000000 | AIRPORT_10M_PASSENGERS
            10000001 | AIRPORT_10M_PASSENGERS
                     |
            """)
    void airport(Double passengersFy2019, String expected) {
        assertCriteria(expected, Operator.of(null).fact("passengersFy2019", passengersFy2019), "Airport");
    }

    // ------------------------------------------------------------------ Telecom

    @ParameterizedTest(name = "[{index}] {0} landing={1} ownBase={2} users={3} gov={4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            TYPE1_DESIGNATED_FACILITIES |       |       |          |       | TYPE1_DESIGNATED_FACILITIES
            RELAY_CONNECTED             |       |       |          |       | RELAY_CONNECTED
            # 1/10 of the landing points
            SUBMARINE_CABLE             |  9.99 |       |          |       |
            SUBMARINE_CABLE             |    10 |       |          |       | SUBMARINE_CABLE_10PCT_LANDING_POINTS
            SUBMARINE_CABLE             | 10.01 |       |          |       | SUBMARINE_CABLE_10PCT_LANDING_POINTS
            SUBMARINE_CABLE             |       | true  |          |       |
            MOBILE_5G                   |       | true  |          |       | MOBILE_5G_OWN_BASE_STATIONS
            MOBILE_5G                   |       | false |          |       |
            MOBILE_5G                   |       |       |          |       |
            # messaging: >= 60 million monthly users AND used by government
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

    // ------------------------------------------------------------------ Broadcasting

    @ParameterizedTest(name = "[{index}] {0} selfProduced={1} coverage={2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            TERRESTRIAL_TV |    25 |    25 | TERRESTRIAL_TV_SELF_PRODUCED_COVERAGE
            TERRESTRIAL_TV | 25.01 | 25.01 | TERRESTRIAL_TV_SELF_PRODUCED_COVERAGE
            # AND: one side just below
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

    // ------------------------------------------------------------------ Postal

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            UNIVERSAL_SERVICE_PROVIDER | UNIVERSAL_SERVICE_PROVIDER
            CORRESPONDENCE_DELIVERY    |
                                       |
            """)
    void postal(String businessType, String expected) {
        assertCriteria(expected, Operator.of(businessType), "Postal");
    }

    // ------------------------------------------------------------------ Finance: banks (3-year averages)

    @ParameterizedTest(name = "[{index}] {0} deposits={1}/{2}/{3} accounts={4}/{5}/{6} atms={7}/{8}/{9} -> {10}")
    @CsvSource(delimiter = '|', textBlock = """
            # type | deposits yen (FY-1 | FY-2 | FY-3) | accounts (FY-1 | FY-2 | FY-3) | ATMs (FY-1 | FY-2 | FY-3)
            # deposits: average exactly 10 trillion
            BANK | 10000000000000 | 10000000000000 | 10000000000000 |          |          |          |       |       |       | BANK_DEPOSITS_10T_YEN_AVG3
            BANK |  9000000000000 | 10000000000000 | 11000000000000 |          |          |          |       |       |       | BANK_DEPOSITS_10T_YEN_AVG3
            # latest year above (12 trillion) but the 3-year average just below 10 trillion: not met
            BANK | 12000000000000 |  9000000000000 |  8999999999997 |          |          |          |       |       |       |
            BANK | 12000000000000 |  9000000000000 |  9030000000000 |          |          |          |       |       |       | BANK_DEPOSITS_10T_YEN_AVG3
            # no average unless all 3 years are filed
            BANK | 20000000000000 | 20000000000000 |                |          |          |          |       |       |       |
            # accounts: average 10 million
            BANK |                |                |                | 10000000 | 10000000 | 10000000 |       |       |       | BANK_ACCOUNTS_10M_AVG3
            BANK |                |                |                | 11000000 | 10000000 |  8999999 |       |       |       |
            BANK |                |                |                | 11000000 | 10000000 |  9000001 |       |       |       | BANK_ACCOUNTS_10M_AVG3
            # ATMs: average 10,000
            BANK |                |                |                |          |          |          | 10000 | 10000 | 10000 | BANK_ATMS_10K_AVG3
            BANK |                |                |                |          |          |          | 10001 | 10000 |  9998 |
            BANK |                |                |                |          |          |          | 10001 | 10000 |  9999 | BANK_ATMS_10K_AVG3
            # OR: all three criteria at once
            BANK | 10000000000000 | 10000000000000 | 10000000000000 | 10000000 | 10000000 | 10000000 | 10000 | 10000 | 10000 | BANK_DEPOSITS_10T_YEN_AVG3+BANK_ACCOUNTS_10M_AVG3+BANK_ATMS_10K_AVG3
            # bank measures count for banks only
            FUND_TRANSFER | 20000000000000 | 20000000000000 | 20000000000000 | 20000000 | 20000000 | 20000000 | 20000 | 20000 | 20000 |
                          | 20000000000000 | 20000000000000 | 20000000000000 | 20000000 | 20000000 | 20000000 | 20000 | 20000 | 20000 |
            """)
    void bank(String businessType, Double deposits1, Double deposits2, Double deposits3, Double accounts1,
            Double accounts2, Double accounts3, Double atms1, Double atms2, Double atms3, String expected) {
        assertCriteria(expected, Operator.of(businessType)
                .yearly("depositsYen", deposits1, deposits2, deposits3)
                .yearly("accounts", accounts1, accounts2, accounts3)
                .yearly("atms", atms1, atms2, atms3), "Finance");
    }

    @Test
    void bankAverageRuleHitsOnceNotOncePerEvaluatedYear() {
        List<String> hits = Operator.of("BANK")
                .yearly("depositsYen", 1.2e13, 1.2e13, 1.2e13)
                .hits("Finance");
        assertEquals(List.of("BANK_DEPOSITS_10T_YEN_AVG3"), hits);
    }

    // ------------------------------------------------------------------ Finance: the ordinance's other business types

    /**
     * Exchanges, clearing and book-entry institutions, securities firms, cooperative banks, funds clearing, electronic
     * recording and the deposit insurers are finance sectors too (Cabinet Office Order No. 61 of 2023, Art 1-2). Their
     * thresholds are not confirmed here: they meet only when the ministry files its confirmation, never by default.
     */
    @ParameterizedTest(name = "[{index}] {0} confirmed={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            EXCHANGE             | true  | EXCHANGE_CONFIRMED
            EXCHANGE             | false |
            EXCHANGE             |       |
            CLEARING             | true  | CLEARING_CONFIRMED
            BOOK_ENTRY_TRANSFER  | true  | BOOK_ENTRY_TRANSFER_CONFIRMED
            SECURITIES           | true  | SECURITIES_CONFIRMED
            COOPERATIVE_FINANCE  | true  | COOPERATIVE_FINANCE_CONFIRMED
            FUNDS_CLEARING       | true  | FUNDS_CLEARING_CONFIRMED
            ELECTRONIC_RECORDING | true  | ELECTRONIC_RECORDING_CONFIRMED
            DEPOSIT_INSURANCE    | true  | DEPOSIT_INSURANCE_CONFIRMED
            # banks, fund transfer and insurers are judged on their figures, never on a confirmation
            BANK                 | true  |
            FUND_TRANSFER        | true  |
            INSURANCE            | true  |
                                 | true  |
            """)
    void otherFinanceBusinessesNeedTheMinistrysConfirmation(String businessType, Boolean confirmed, String expected) {
        assertCriteria(expected, Operator.of(businessType).fact("ordinanceCriterionConfirmed", confirmed), "Finance");
    }

    // ------------------------------------------------------------------ Finance: fund transfer

    @ParameterizedTest(name = "[{index}] {0} users={1}/{2}/{3} transfers={4}/{5}/{6} -> {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # type | users (FY-1 | FY-2 | FY-3) | annual transfers yen (FY-1 | FY-2 | FY-3)
            FUND_TRANSFER | 10000000 |          |          | 400000000000 |              |              | FUND_TRANSFER_10M_USERS_400B_YEN
            FUND_TRANSFER | 10000001 |          |          | 400000000001 |              |              | FUND_TRANSFER_10M_USERS_400B_YEN
            FUND_TRANSFER |  9999999 |          |          | 400000000000 |              |              |
            FUND_TRANSFER | 10000000 |          |          | 399999999999 |              |              |
            FUND_TRANSFER | 10000000 |          |          |              |              |              |
            # previous fiscal year only
            FUND_TRANSFER |  5000000 | 20000000 | 20000000 | 100000000000 | 900000000000 | 900000000000 |
            BANK          | 20000000 |          |          | 900000000000 |              |              |
            """)
    void fundTransfer(String businessType, Double users1, Double users2, Double users3, Double transfer1,
            Double transfer2, Double transfer3, String expected) {
        assertCriteria(expected, Operator.of(businessType)
                .yearly("users", users1, users2, users3)
                .yearly("annualTransferYen", transfer1, transfer2, transfer3), "Finance");
    }

    // ------------------------------------------------------------------ Finance: insurance

    @ParameterizedTest(name = "[{index}] {0} netClaims={1}/{2}/{3} contracts={4}/{5}/{6} -> {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # type | net claims yen (FY-1 | FY-2 | FY-3) | contracts (FY-1 | FY-2 | FY-3)
            INSURANCE |  999999999999 |               |               |          |          |          |
            INSURANCE | 1000000000000 |               |               |          |          |          | INSURANCE_NET_CLAIMS_1T_YEN
            INSURANCE | 1000000000001 |               |               |          |          |          | INSURANCE_NET_CLAIMS_1T_YEN
            INSURANCE |               |               |               | 19999999 |          |          |
            INSURANCE |               |               |               | 20000000 |          |          | INSURANCE_CONTRACTS_20M
            INSURANCE |               |               |               | 20000001 |          |          | INSURANCE_CONTRACTS_20M
            # OR: either measure suffices
            INSURANCE | 1000000000000 |               |               | 20000000 |          |          | INSURANCE_NET_CLAIMS_1T_YEN+INSURANCE_CONTRACTS_20M
            INSURANCE |  500000000000 |               |               | 20000000 |          |          | INSURANCE_CONTRACTS_20M
            # previous fiscal year only
            INSURANCE |  500000000000 | 2000000000000 | 2000000000000 | 10000000 | 30000000 | 30000000 |
            INSURANCE |               |               |               |          |          |          |
            BANK      | 2000000000000 |               |               | 30000000 |          |          |
            """)
    void insurance(String businessType, Double claims1, Double claims2, Double claims3, Double contracts1,
            Double contracts2, Double contracts3, String expected) {
        assertCriteria(expected, Operator.of(businessType)
                .yearly("netClaimsYen", claims1, claims2, claims3)
                .yearly("contracts", contracts1, contracts2, contracts3), "Finance");
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
