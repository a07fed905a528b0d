package jp.espa.kikan.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.espa.kikan.platform.V14_1__Engine_schema;
import jp.espa.kikan.platform.V16__Task_grant_index;
import jp.espa.kikan.registry.V17__Typed_acts;
import jp.espa.kikan.designation.DesignationRepository.Particular;
import jp.espa.kikan.designation.DesignationRepository.PublishedDesignation;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V24 keeps the name and address on record as in effect since the operator's first designation, on H2 and on
 * PostgreSQL; the registry then reads a change from its day and not before, and the operator's row takes it on the day.
 */
class PublishedParticularsMigrationTest {

    private static final UUID RAIL_AND_WATER = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    private static final UUID NO_ADDRESS = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
    private static final UUID NOT_DESIGNATED = UUID.fromString("00000000-0000-4000-8000-0000000000a3");
    private static final UUID AFTER_THE_MIGRATION = UUID.fromString("00000000-0000-4000-8000-0000000000a4");
    private static final LocalDate BEFORE = LocalDate.of(2026, 12, 21);
    private static final LocalDate CHANGE_DAY = LocalDate.of(2026, 12, 22);

    @Test
    void theParticularsOnRecordAreKeptFromTheFirstDesignationOnH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:particulars-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrateAndCheck(h2);
    }

    @Test
    void theParticularsOnRecordAreKeptFromTheFirstDesignationOnPostgres() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            migrateAndCheck(postgres.getPostgresDatabase());
        }
    }

    private void migrateAndCheck(DataSource dataSource) {
        flyway(dataSource, lastVersionBefore24(dataSource)).migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        operator(jdbc, RAIL_AND_WATER, "1999902000101", "二事業株式会社（架空）", "東京都（架空）");
        designation(jdbc, RAIL_AND_WATER, "WATER", "2025-01-10");
        designation(jdbc, RAIL_AND_WATER, "RAILWAY", "2024-11-15");
        operator(jdbc, NO_ADDRESS, "1999902000102", "住所未登録航空株式会社（架空）", null);
        designation(jdbc, NO_ADDRESS, "AIRLINE", "2025-03-01");
        operator(jdbc, NOT_DESIGNATED, "1999902000103", "未指定株式会社（架空）", "大阪府（架空）");
        // the previous release applied an acknowledged change at once, one notice per designation; one more awaits its ministry
        UUID water = changeNotice(jdbc, RAIL_AND_WATER, "WATER", "旧二事業株式会社（架空）", "2025-06-01", "2025-05-01", true);
        UUID railway = changeNotice(jdbc, RAIL_AND_WATER, "RAILWAY", "旧二事業株式会社（架空）", "2025-06-01", "2025-05-02", true);
        changeNotice(jdbc, RAIL_AND_WATER, "RAILWAY", "二事業株式会社（架空）", "2027-01-04", "2026-12-01", false);

        flyway(dataSource, "24").migrate();

        assertThat(jdbc.sql("select operator_id, particular, effective_on, particular_value from operator_particular"
                        + " order by operator_id, particular").query().listOfRows())
                .extracting(row -> List.of(row.get("operator_id").toString(), row.get("particular"), date(row), row.get("particular_value")))
                .containsExactly(
                        List.of(RAIL_AND_WATER.toString(), "ADDRESS", LocalDate.of(2024, 11, 15), "東京都（架空）"),
                        List.of(RAIL_AND_WATER.toString(), "NAME", LocalDate.of(2024, 11, 15), "旧二事業株式会社（架空）"),
                        List.of(RAIL_AND_WATER.toString(), "NAME", LocalDate.of(2025, 6, 1), "二事業株式会社（架空）"),
                        List.of(NO_ADDRESS.toString(), "NAME", LocalDate.of(2025, 3, 1), "住所未登録航空株式会社（架空）"));
        assertThat(jdbc.sql("select change_notice_id from operator_particular where change_notice_id is not null")
                .query(UUID.class).list()).as("the later of the two notices of the day").containsExactly(railway).doesNotContain(water);

        DesignationRepository registry = new DesignationRepository(jdbc, null); // reads no figures
        assertThat(registry.publishedAsOf(null, "1999902000101", BEFORE)).hasSize(2).allSatisfy(d -> {
            assertThat(d.operatorName()).isEqualTo("二事業株式会社（架空）");
            assertThat(d.operatorNameEffectiveOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        });
        assertThat(published(registry, "1999902000101", LocalDate.of(2025, 5, 31)).operatorName())
                .isEqualTo("旧二事業株式会社（架空）");
        assertThat(published(registry, "1999902000101", LocalDate.of(2025, 5, 31)).operatorNameEffectiveOn())
                .isEqualTo(LocalDate.of(2024, 11, 15));
        assertThat(registry.publishedAsOf("WATER", "1999902000101", LocalDate.of(2025, 1, 9))).as("not yet designated").isEmpty();

        registry.recordParticular(RAIL_AND_WATER, Particular.NAME, "新二事業株式会社（架空）", CHANGE_DAY, null);
        assertThat(published(registry, "1999902000101", BEFORE).operatorName()).isEqualTo("二事業株式会社（架空）");
        PublishedDesignation onTheDay = published(registry, "1999902000101", CHANGE_DAY);
        assertThat(onTheDay.operatorName()).isEqualTo("新二事業株式会社（架空）");
        assertThat(onTheDay.operatorNameEffectiveOn()).isEqualTo(CHANGE_DAY);
        assertThat(onTheDay.operatorAddressEffectiveOn()).isEqualTo(LocalDate.of(2024, 11, 15));
        registry.takeParticularsInEffect(RAIL_AND_WATER, BEFORE);
        assertThat(name(jdbc, RAIL_AND_WATER)).isEqualTo("二事業株式会社（架空）");
        registry.takeParticularsInEffect(RAIL_AND_WATER, CHANGE_DAY);
        assertThat(name(jdbc, RAIL_AND_WATER)).isEqualTo("新二事業株式会社（架空）");
        assertThat(published(registry, "1999902000101", BEFORE).operatorName()).as("the row changed; the day before did not")
                .isEqualTo("二事業株式会社（架空）");

        registry.recordParticular(NO_ADDRESS, Particular.ADDRESS, "千葉県（架空）", CHANGE_DAY, null);
        assertThat(published(registry, "1999902000102", BEFORE).operatorAddress()).isNull();
        assertThat(published(registry, "1999902000102", BEFORE).operatorAddressEffectiveOn()).isNull();
        assertThat(published(registry, "1999902000102", CHANGE_DAY).operatorAddress()).isEqualTo("千葉県（架空）");

        // an operator designated by data loaded after V24 (the demo's): its particulars are kept before a change is recorded
        operator(jdbc, AFTER_THE_MIGRATION, "1999902000104", "後発鉄道株式会社（架空）", "福岡県（架空）");
        designation(jdbc, AFTER_THE_MIGRATION, "RAILWAY", "2024-11-15");
        assertThat(published(registry, "1999902000104", BEFORE).operatorNameEffectiveOn()).isEqualTo(LocalDate.of(2024, 11, 15));
        registry.recordParticular(AFTER_THE_MIGRATION, Particular.NAME, "新後発鉄道株式会社（架空）", CHANGE_DAY, null);
        registry.takeParticularsInEffect(AFTER_THE_MIGRATION, CHANGE_DAY);
        assertThat(published(registry, "1999902000104", BEFORE).operatorName()).isEqualTo("後発鉄道株式会社（架空）");
        assertThat(published(registry, "1999902000104", CHANGE_DAY).operatorName()).isEqualTo("新後発鉄道株式会社（架空）");
    }

    private static PublishedDesignation published(DesignationRepository registry, String corporateNumber, LocalDate asOf) {
        List<PublishedDesignation> found = registry.publishedAsOf(null, corporateNumber, asOf);
        assertThat(found).isNotEmpty();
        assertThat(found).as("every designation of the operator shows the same particulars")
                .extracting(PublishedDesignation::operatorName, PublishedDesignation::operatorAddress).containsOnly(
                        org.assertj.core.groups.Tuple.tuple(found.get(0).operatorName(), found.get(0).operatorAddress()));
        return found.get(0);
    }

    private static void operator(JdbcClient jdbc, UUID id, String corporateNumber, String name, String address) {
        jdbc.sql("insert into operator (id, corporate_number, name, address) values (?, ?, ?, ?)")
                .params(id, corporateNumber, name, address).update();
    }

    private static void designation(JdbcClient jdbc, UUID operatorId, String sectorCode, String designatedOn) {
        LocalDate on = LocalDate.parse(designatedOn);
        jdbc.sql("insert into designation (id, operator_id, sector_code, designated_on, grace_ends_on) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), operatorId, sectorCode, on, on.plusMonths(6)).update();
    }

    /** A change of name to the operator's present one, as the previous release recorded it for one designation. */
    private static UUID changeNotice(JdbcClient jdbc, UUID operatorId, String sectorCode, String oldName, String effectiveOn,
                                     String receivedOn, boolean acknowledged) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into operator_change_notice (id, operator_id, designation_id, change_kind, old_value, new_value,
                            effective_on, received_on, late, filed_by, recorded_at, acknowledged_on)
                        select cast(? as uuid), o.id, d.id, 'NAME', cast(? as varchar(500)), o.name, cast(? as date), cast(? as date),
                            false, 'portal', current_timestamp, cast(? as date)
                        from operator o join designation d on d.operator_id = o.id where o.id = ? and d.sector_code = ?""")
                .params(id, oldName, LocalDate.parse(effectiveOn), LocalDate.parse(receivedOn),
                        acknowledged ? LocalDate.parse(receivedOn).plusDays(1) : null, operatorId, sectorCode).update();
        return id;
    }

    private static String name(JdbcClient jdbc, UUID operatorId) {
        return jdbc.sql("select name from operator where id = ?").param(operatorId).query(String.class).single();
    }

    private static LocalDate date(Map<String, Object> row) {
        return ((java.sql.Date) row.get("effective_on")).toLocalDate();
    }

    /** The release before V24, whichever migrations of other work precede it. */
    private static String lastVersionBefore24(DataSource dataSource) {
        return Arrays.stream(flyway(dataSource, "latest").info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.isNewerThan("0") && MigrationVersion.fromVersion("24").isNewerThan(v.getVersion()))
                .max(MigrationVersion::compareTo).orElseThrow().getVersion();
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new V14_1__Engine_schema(), new V16__Task_grant_index(), new V17__Typed_acts())
                .target(target).load();
    }
}
