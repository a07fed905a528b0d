package jp.espa.kikan.criteria;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The drafts of criteria (criteria_draft). */
@Repository
class CriteriaDraftRepository {

    /** A draft as stored, without its table. */
    record Draft(UUID id, String draftNumber, String sectorCode, String sectorNameJa, String competentMinistry, int version,
                 String decisionKey, String origin, String basedOn, String summary, String status, LocalDate enactedOn,
                 String createdBy, OffsetDateTime createdAt) {
    }

    private static final String COLUMNS = "id, draft_number, sector_code, sector_name_ja, competent_ministry, version, "
            + "decision_key, origin, based_on, summary, status, enacted_on, created_by, created_at";

    private final JdbcClient jdbc;

    CriteriaDraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the next version of the sector's drafts ({@code <sector>-D<version>}); callers hold the sector's lock. */
    Draft create(String sectorCode, String sectorNameJa, String ministry, String decisionKey, String origin, String basedOn,
                 String summary, String xml, String createdBy) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from criteria_draft where sector_code = ?")
                .param(sectorCode).query(Integer.class).single();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into criteria_draft (" + COLUMNS + ", dmn_xml) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', null, ?, ?, ?)")
                .params(id, sectorCode + "-D" + version, sectorCode, sectorNameJa, ministry, version, decisionKey, origin, basedOn,
                        summary, createdBy, OffsetDateTime.now(), xml)
                .update();
        return byNumber(sectorCode + "-D" + version).orElseThrow();
    }

    Optional<Draft> byNumber(String draftNumber) {
        return jdbc.sql("select " + COLUMNS + " from criteria_draft where draft_number = ?").param(draftNumber)
                .query(Draft.class).optional();
    }

    /** The drafts of the ministries given (null: all), the latest first. */
    List<Draft> list(List<String> ministries) {
        return jdbc.sql("select " + COLUMNS + " from criteria_draft order by created_at desc, draft_number").query(Draft.class)
                .list().stream().filter(d -> ministries == null || ministries.contains(d.competentMinistry())).toList();
    }

    String xml(UUID draftId) {
        return jdbc.sql("select dmn_xml from criteria_draft where id = ?").param(draftId).query(String.class).single();
    }

    /** The competent ministry a drafted new sector would have (its first draft's), if any draft names the code. */
    Optional<Draft> firstOf(String sectorCode) {
        return jdbc.sql("select " + COLUMNS + " from criteria_draft where sector_code = ? and version = 1").param(sectorCode)
                .query(Draft.class).optional();
    }

    /**
     * Marks a draft enacted with the decision definition deployed for it; false when it was enacted already (the
     * enforcement run again), so that nothing follows twice.
     */
    boolean enact(UUID draftId, LocalDate enactedOn, String decisionDefinitionId, String enactedBy) {
        return jdbc.sql("update criteria_draft set status = 'ENACTED', enacted_on = ?, decision_definition_id = ?, enacted_by = ?"
                        + " where id = ? and status = 'DRAFT'")
                .params(enactedOn, decisionDefinitionId, enactedBy, draftId).update() == 1;
    }

    /** The decision definition of the sector's latest enacted draft, if any: the live table from its enforcement on. */
    Optional<String> enactedDefinition(String sectorCode) {
        return jdbc.sql("select decision_definition_id from criteria_draft where sector_code = ? and status = 'ENACTED'"
                        + " order by enacted_on desc, version desc fetch first 1 rows only")
                .param(sectorCode).query(String.class).optional();
    }

    /** The table of the enacted draft deployed as this decision definition, if it is one. */
    Optional<String> xmlOfDefinition(String decisionDefinitionId) {
        return jdbc.sql("select dmn_xml from criteria_draft where decision_definition_id = ?").param(decisionDefinitionId)
                .query(String.class).optional();
    }

    /** The drafts of new sectors (no live table) of a ministry still to be decided. */
    List<Draft> openOfMinistry(String ministry) {
        return jdbc.sql("select " + COLUMNS + " from criteria_draft where competent_ministry = ? and status = 'DRAFT'"
                        + " order by sector_code, version desc")
                .param(ministry).query(Draft.class).list();
    }
}
