package jp.espa.kikan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.legal.AppealInstructions;
import jp.espa.kikan.legal.StatutoryPeriods;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** Who is in office on a document's day: the demo's fictional holders (V1002), with MLIT's handover on 2026-11-01. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OfficeHoldersTest {

    @Autowired OfficeHolders officeHolders;
    @Autowired JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "MLIT, 2019-12-31, -",                       // before any term
            "MLIT, 2020-01-01, 国土交通大臣　見本　二郎", // the first day of the first term
            "MLIT, 2026-10-31, 国土交通大臣　見本　二郎", // the day before the handover: the first term's last day
            "MLIT, 2026-11-01, 国土交通大臣　見本　三郎", // the handover day
            "MLIT, 2026-11-02, 国土交通大臣　見本　三郎", // the day after
            "MLIT, 2099-12-31, 国土交通大臣　見本　三郎", // a term without end
            "FSA,  2026-11-01, 金融庁長官　見本　四郎",
            "CAO,  2026-11-01, 内閣総理大臣　見本　六郎",
            "NONE, 2026-11-01, -"})                      // no such authority
    void theHolderWhoseTermContainsTheDay(String authority, LocalDate day, String signature) {
        assertThat(officeHolders.inOffice(authority, day).map(OfficeHolders.OfficeHolder::signature)).isEqualTo(
                Optional.ofNullable(signature));
    }

    @Test
    void theHolderGivesTheTerm() {
        assertThat(officeHolders.inOffice("MLIT", LocalDate.of(2026, 10, 31))).contains(new OfficeHolders.OfficeHolder(
                "国土交通大臣", "見本　二郎", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 10, 31)));
    }

    @Test
    @Transactional
    void onADayTwoTermsContainTheTermThatStartedLastIsInOffice() {
        insert("CAO", "仮名　甲", "2010-01-01", "2012-12-26");
        insert("CAO", "仮名　乙", "2012-12-26", "2014-12-24");
        assertThat(officeHolders.inOffice("CAO", LocalDate.of(2012, 12, 25)).orElseThrow().nameJa()).isEqualTo("仮名　甲");
        assertThat(officeHolders.inOffice("CAO", LocalDate.of(2012, 12, 26)).orElseThrow().nameJa()).isEqualTo("仮名　乙");
        assertThat(officeHolders.inOffice("CAO", LocalDate.of(2014, 12, 25))).isEmpty();
    }

    @Test
    void everyIssuerHasAHolderTodayAndAMinistrysHolderHoldsItsDisposingAuthority() {
        List<String> issuers = jdbc.queryForList("select issuer_code from document_series", String.class);
        assertThat(issuers).containsExactlyInAnyOrder("METI", "MLIT", "MIC", "FSA", "MHLW", "CAO");
        LocalDate today = LocalDate.now(StatutoryPeriods.TOKYO);
        for (String issuer : issuers) {
            OfficeHolders.OfficeHolder holder = officeHolders.inOffice(issuer, today).orElseThrow();
            if (!issuer.equals("CAO")) {
                assertThat(holder.titleJa()).as(issuer).isEqualTo(AppealInstructions.authorityOf(issuer));
            }
        }
    }

    private void insert(String authority, String name, String from, String until) {
        jdbc.update("insert into office_holder (id, authority_code, title_ja, name_ja, term_from, term_until) values (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), authority, "内閣総理大臣", name, LocalDate.parse(from), LocalDate.parse(until));
    }
}
