package jp.espa.kikan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.espa.kikan.registry.ActContent.Order;
import jp.espa.kikan.registry.ActContent.OrderGround;
import jp.espa.kikan.registry.ActContent.Recommendation;
import jp.espa.kikan.registry.ActContent.RecommendedMeasure;
import jp.espa.kikan.support.SchemaMigrations;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V17 converts the case file of the previous release once: rows written as that release wrote them (its texts
 * copied from its code) are migrated on H2 and on PostgreSQL and read back as typed records, and nothing is left of
 * the text column.
 */
class TypedActsMigrationTest {

    private static final String CASE = "LEGACY-0001";
    private static final String PROPOSAL = "LEGACY-PROPOSAL-1";
    private static final String REVIEW = "LEGACY-REVIEW-1";
    private static final String CHANGE = "CHANGE-00000000-0000-4000-8000-00000000c0de";

    @Test
    void theCaseFileOfThePreviousReleaseIsConvertedOnH2() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:typed-acts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrateAndCheck(h2);
    }

    @Test
    void theCaseFileOfThePreviousReleaseIsConvertedOnPostgres() throws SQLException, IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource pg = postgres.getPostgresDatabase();
            migrateAndCheck(pg);
            try (Connection c = pg.getConnection(); ResultSet rs = c.getMetaData().getColumns(null, null, "case_act", "content")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("TYPE_NAME")).isEqualTo("jsonb");
            }
        }
    }

    private void migrateAndCheck(DataSource dataSource) throws SQLException {
        SchemaMigrations.upTo(dataSource, "16").migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        writeAsThePreviousReleaseDid(jdbc);

        SchemaMigrations.upTo(dataSource, "17").migrate();

        CaseFile caseFile = new CaseFile(jdbc, event -> { }, dataSource);
        List<LegalAct> screening = caseFile.acts(Procedure.SCREENING, CASE);
        Recommendation recommendation = only(screening, LegalActType.RECOMMENDATION).content(Recommendation.class);
        assertThat(recommendation).isEqualTo(new Recommendation(RecommendedMeasure.CHANGE_PLAN, "構成設備の供給者の変更",
                null, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 14)));
        assertThat(only(screening, LegalActType.RECOMMENDATION).dueOn()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(only(screening, LegalActType.RECOMMENDATION).effectiveOn()).as("no longer the reply's last day").isNull();

        Order order = only(screening, LegalActType.ORDER).content(Order.class);
        assertThat(order.ground()).as("a refusal preceded it").isEqualTo(OrderGround.NOT_ACCEPTED_WITHOUT_JUSTIFIABLE_REASON);
        assertThat(order.content()).isEqualTo("導入の中止を命ずる");
        assertThat(order.reasons()).isEqualTo("供給者の変更に応じない理由は正当ではない");
        assertThat(order.deliveredOn()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(only(screening, LegalActType.ORDER).effectiveOn()).isNull();

        ActContent.Acceptance acceptance = only(screening, LegalActType.ACCEPTANCE).content(ActContent.Acceptance.class);
        assertThat(acceptance).isEqualTo(new ActContent.Acceptance(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 3, 31)));
        assertThat(only(screening, LegalActType.EXTENSION_NOTICE).content(ActContent.PeriodChange.class))
                .isEqualTo(new ActContent.PeriodChange(null, LocalDate.of(2027, 1, 29), "追加の確認を要するため。", null));
        assertThat(only(screening, LegalActType.LATE_REPLY).content(ActContent.Reply.class))
                .isEqualTo(new ActContent.Reply(false, "応じられない", LocalDate.of(2026, 12, 14)));
        assertThat(only(screening, LegalActType.COMPLETENESS_CHECKED).text()).isEqualTo("議決権保有者の記載なし");

        ActContent.Designation designation = only(caseFile.acts(Procedure.DESIGNATION, PROPOSAL), LegalActType.DESIGNATION)
                .content(ActContent.Designation.class);
        assertThat(designation).isEqualTo(new ActContent.Designation(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30),
                "営業キロ 120km（2025年度）\n中小企業者に該当しない"));

        assertThat(only(caseFile.acts(Procedure.DESIGNATION, CHANGE), LegalActType.CHANGE_PUBLISHED)
                .content(ActContent.ChangePublication.class))
                .isEqualTo(new ActContent.ChangePublication("ADDRESS", "架空", "大阪府（架空）", LocalDate.of(2026, 12, 10)));

        ActContent.PublicCommentResults results = only(caseFile.acts(Procedure.SECTOR_ADDITION, REVIEW),
                LegalActType.PUBLIC_COMMENT_RESULTS).content(ActContent.PublicCommentResults.class);
        assertThat(results).isEqualTo(new ActContent.PublicCommentResults(12, "原案のとおりとする。"));

        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, null, c.getMetaData().storesUpperCaseIdentifiers()
                     ? "CASE_ACT" : "case_act", null)) {
            boolean details = false;
            while (rs.next()) {
                details |= rs.getString("COLUMN_NAME").equalsIgnoreCase("details");
            }
            assertThat(details).as("the text column is gone").isFalse();
        }
    }

    /** Rows as the previous release's ScreeningService, DesignationService and SectorReviewService wrote them. */
    private static void writeAsThePreviousReleaseDid(JdbcClient jdbc) {
        act(jdbc, "SCREENING", CASE, "COMPLETENESS_CHECKED", "2026-11-30", "INCOMPLETE", null, "議決権保有者の記載なし");
        act(jdbc, "SCREENING", CASE, "ACCEPTANCE", "2026-12-01", null, null, "受理。禁止期間の末日 2026-12-30、延長の上限 2027-03-31");
        act(jdbc, "SCREENING", CASE, "EXTENSION_NOTICE", "2026-12-01", null, null,
                "禁止期間を延長。延長後の期間の末日 2027-01-29。追加の確認を要するため。");
        act(jdbc, "SCREENING", CASE, "RECOMMENDATION", "2026-12-01", "CHANGE_PLAN", "2026-12-14",
                "構成設備の供給者の変更 (delivered 2026-12-02, reply due 2026-12-14)");
        act(jdbc, "SCREENING", CASE, "REPLY", "2026-12-10", "NOT_ACCEPTED", null, "応じられない");
        act(jdbc, "SCREENING", CASE, "LATE_REPLY", "2026-12-15", "NOT_ACCEPTED", null,
                "回答期限 2026-12-14 の後、2026-12-15 に到達。応諾しない：応じられない");
        act(jdbc, "SCREENING", CASE, "ORDER", "2026-12-19", "ISSUED", "2026-12-20",
                "命令（経済安全保障推進法第五十二条第九項）\n受付番号: " + CASE + "\n特定社会基盤事業者: 旧鉄道株式会社"
                        + "\n【命令の内容】\n導入の中止を命ずる\n【理由】\n供給者の変更に応じない理由は正当ではない\n【教示】\n1 この処分に不服がある場合は…");

        UUID operator = UUID.randomUUID();
        UUID proposal = UUID.randomUUID();
        jdbc.sql("insert into operator (id, corporate_number, name, address) values (?, '6999901000099', '旧鉄道株式会社', '架空')")
                .param(operator).update();
        jdbc.sql("""
                insert into designation_case (id, proposal_number, operator_id, sector_code, proposal_reason, status,
                    proposed_by, created_at) values (?, ?, ?, 'RAILWAY', '提案', 'DESIGNATED', 'mlit-reviewer', ?)""")
                .params(proposal, PROPOSAL, operator, OffsetDateTime.now()).update();
        jdbc.sql("""
                insert into designation (id, operator_id, sector_code, designated_on, grace_ends_on, designation_case_id)
                values (?, ?, 'RAILWAY', '2026-04-01', '2026-09-30', ?)""").params(UUID.randomUUID(), operator, proposal).update();
        act(jdbc, "DESIGNATION", PROPOSAL, "CRITERIA_EVALUATED", "2026-03-30", "MEETS", null,
                "営業キロ 120km（2025年度）\n中小企業者に該当しない");
        act(jdbc, "DESIGNATION", PROPOSAL, "CANDIDATE_REVIEWED", "2026-03-31", "DESIGNATE", null, "基準に該当（デモ）");
        act(jdbc, "DESIGNATION", PROPOSAL, "DESIGNATION", "2026-04-01", null, null,
                "特定社会基盤事業者指定通知書（様式第一）\n名称: 旧鉄道株式会社\n【理由】\n…");
        act(jdbc, "SECTOR_ADDITION", REVIEW, "PUBLIC_COMMENT_RESULTS", "2024-03-10", null, null, "12 comments. 原案のとおりとする。");
        act(jdbc, "DESIGNATION", CHANGE, "CHANGE_PUBLISHED", "2026-12-10", null, null, "特定社会基盤事業者の名称等の変更（様式第二）\n"
                + "特定社会基盤事業: 鉄道\n法人番号: 6999901000099\n変更事項: 住所\n変更前: 架空\n変更後: 大阪府（架空）\n変更日: 2026-12-10");
    }

    private static void act(JdbcClient jdbc, String procedure, String caseNumber, String type, String on, String decision,
                            String effectiveOn, String details) {
        jdbc.sql("""
                insert into case_act (id, procedure, case_number, act_type, act_date, official, decision, effective_on,
                    details, recorded_at) values (?, ?, ?, ?, ?, 'official', ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), procedure, caseNumber, type, LocalDate.parse(on), decision,
                        effectiveOn == null ? null : LocalDate.parse(effectiveOn), details,
                        OffsetDateTime.now())
                .update();
        sleep(); // acts of one case are read in the order recorded
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static LegalAct only(List<LegalAct> acts, LegalActType type) {
        return acts.stream().filter(a -> a.actType() == type).reduce((a, b) -> {
            throw new AssertionError("more than one " + type);
        }).orElseThrow(() -> new AssertionError("no " + type));
    }
}
