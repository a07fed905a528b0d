package jp.espa.kikan.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.CaseStatus;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.registry.PlanParty;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.ScreeningCaseRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The screening's cases and the parties their plans name: the screening alone writes them (here); the reads that the
 * documents and the inspection share stay in the registry's {@link CaseRepository}, which this reads through. A case
 * loads with the acts of its case file, for its rules, and the acts they return are recorded there.
 */
@Repository
class ScreeningRepository {

    private final JdbcClient jdbc;
    private final CaseRepository rows;
    private final CaseFile caseFile;

    ScreeningRepository(JdbcClient jdbc, CaseRepository rows, CaseFile caseFile) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.caseFile = caseFile;
    }

    ScreeningCase load(ScreeningCaseRow row) {
        return new ScreeningCase(row, acts(row));
    }

    List<LegalAct> acts(ScreeningCaseRow row) {
        return caseFile.acts(Procedure.SCREENING, row.applicationNumber());
    }

    /** Records an act the case returned, in its case file. */
    void record(ScreeningCase c, LegalAct act) {
        caseFile.recordDecision(Procedure.SCREENING, c.applicationNumber(), act.actType(), act.actDate(), act.official(),
                act.decision(), act.effectiveOn(), act.content());
    }

    Optional<ScreeningCaseRow> find(UUID id) {
        return rows.find(id);
    }

    Optional<ScreeningCaseRow> findByApplicationNumber(String applicationNumber) {
        return rows.findByApplicationNumber(applicationNumber);
    }

    ScreeningCaseRow get(UUID id) {
        return rows.get(id);
    }

    List<PlanParty> parties(UUID caseId) {
        return rows.parties(caseId);
    }

    void insert(ScreeningCaseRow c) {
        jdbc.sql("""
                        insert into screening_case (id, application_number, kind, operator_id, sector_code,
                            equipment_category_code, outline, content, planned_from, planned_until, preventive_measures,
                            exemption, received_on, accepted_on, period_last_day, extension_cap, status, outcome, submitted_by,
                            created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.applicationNumber(), c.kind().name(), c.operatorId(), c.sectorCode(),
                        c.equipmentCategoryCode(), c.outline(), c.content(), c.plannedFrom(), c.plannedUntil(),
                        c.preventiveMeasures(), c.exemption(), c.receivedOn(), c.acceptedOn(), c.periodLastDay(), c.extensionCap(),
                        c.status().name(), c.outcome() == null ? null : c.outcome().name(), c.submittedBy(), c.createdAt())
                .update();
    }

    void updateStatus(UUID id, CaseStatus status) {
        jdbc.sql("update screening_case set status = ? where id = ?").params(status.name(), id).update();
    }

    void close(UUID id, Outcome outcome) {
        jdbc.sql("update screening_case set status = ?, outcome = ? where id = ?")
                .params(CaseStatus.CLOSED.name(), outcome.name(), id).update();
    }

    void updatePeriodLastDay(UUID id, LocalDate periodLastDay) {
        jdbc.sql("update screening_case set period_last_day = ? where id = ?").params(periodLastDay, id).update();
    }

    /** An important change: the plan arrives anew and awaits its formal check; no clock runs until 受理 (Art 54). */
    void arrivedAnew(UUID id, LocalDate receivedOn) {
        jdbc.sql("""
                        update screening_case set received_on = ?, accepted_on = null, period_last_day = null,
                            extension_cap = null, status = ?
                        where id = ?""")
                .params(receivedOn, CaseStatus.AWAITING_ACCEPTANCE.name(), id).update();
    }

    /** 受理: the period and the extension cap count from the day of acceptance (Art 52(3), (4)). */
    void accept(UUID id, LocalDate acceptedOn, LocalDate periodLastDay, LocalDate extensionCap) {
        jdbc.sql("""
                        update screening_case set accepted_on = ?, period_last_day = ?, extension_cap = ?, status = ?
                        where id = ?""")
                .params(acceptedOn, periodLastDay, extensionCap, CaseStatus.UNDER_REVIEW.name(), id).update();
    }

    /** A corrected or changed plan replaces what the plan says. */
    void updatePlan(UUID id, String outline, String content, LocalDate plannedFrom, LocalDate plannedUntil,
                    String preventiveMeasures) {
        jdbc.sql("""
                        update screening_case set outline = ?, content = ?, planned_from = ?, planned_until = ?,
                            preventive_measures = ? where id = ?""")
                .params(outline, content, plannedFrom, plannedUntil, preventiveMeasures, id).update();
    }

    void insertParties(UUID caseId, List<PlanParty> parties) {
        for (int position = 0; position < parties.size(); position++) {
            PlanParty p = parties.get(position);
            UUID partyId = UUID.randomUUID();
            jdbc.sql("""
                            insert into plan_party (id, case_id, position, role, name, representative, address,
                                country_of_incorporation, corporate_number, component_item, foreign_government_sales_share,
                                plant_country)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(partyId, caseId, position, p.role().name(), p.name(), p.representative(), p.address(),
                            p.countryOfIncorporation(), p.corporateNumber(), p.componentItem(),
                            p.foreignGovernmentSalesShare(), p.plantCountry())
                    .update();
            for (PlanParty.VotingHolder h : p.votingHolders()) {
                jdbc.sql("insert into party_voting_holder (id, party_id, name, country, share) values (?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), partyId, h.name(), h.country(), h.share()).update();
            }
            for (PlanParty.Officer o : p.officers()) {
                jdbc.sql("insert into party_officer (id, party_id, name, birth_date, nationality) values (?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), partyId, o.name(), o.birthDate(), o.nationality()).update();
            }
        }
    }

    /** A corrected or changed plan replaces the parties it names. */
    void replaceParties(UUID caseId, List<PlanParty> parties) {
        String ofCase = "party_id in (select id from plan_party where case_id = ?)";
        jdbc.sql("delete from party_voting_holder where " + ofCase).param(caseId).update();
        jdbc.sql("delete from party_officer where " + ofCase).param(caseId).update();
        jdbc.sql("delete from plan_party where case_id = ?").param(caseId).update();
        insertParties(caseId, parties);
    }
}
