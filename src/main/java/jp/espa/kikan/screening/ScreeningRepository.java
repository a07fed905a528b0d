package jp.espa.kikan.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.TransactionCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The screening's cases and the parties their plans name, which the screening alone reads and writes (what the
 * inspection reads of them is {@code registry.ScreeningRegistry}). A case loads with the acts of its case file, for
 * its rules, and the acts they return are recorded there.
 */
@Repository
class ScreeningRepository {

    private static final String SELECT_CASE = """
            select c.*, o.name as operator_name, o.corporate_number
            from screening_case c join operator o on o.id = c.operator_id
            """;

    private final JdbcClient jdbc;
    private final CaseFile caseFile;
    /** Cases read in this transaction: a filing reads its case at its first gateway and its first task. */
    private final TransactionCache read = new TransactionCache();

    ScreeningRepository(JdbcClient jdbc, CaseFile caseFile) {
        this.jdbc = jdbc;
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
        return read.read(id, () -> jdbc.sql(SELECT_CASE + " where c.id = ?").param(id).query(ScreeningCaseRow.class).optional());
    }

    Optional<ScreeningCaseRow> findByApplicationNumber(String applicationNumber) {
        return read.read(applicationNumber, () -> jdbc.sql(SELECT_CASE + " where c.application_number = ?")
                .param(applicationNumber).query(ScreeningCaseRow.class).optional());
    }

    ScreeningCaseRow get(UUID id) {
        return find(id).orElseThrow(() -> new IllegalStateException("No screening case " + id));
    }

    /** The parties with their holders and officers, in the order the plan names them. */
    List<PlanParty> parties(UUID caseId) {
        List<PartyRow> rows = jdbc.sql("select * from plan_party where case_id = ? order by position")
                .param(caseId).query(PartyRow.class).list();
        Map<UUID, List<PlanParty.VotingHolder>> holders = byParty(
                "select party_id, name, country, share from party_voting_holder where party_id in (select id from plan_party where case_id = ?)",
                caseId, rs -> new PlanParty.VotingHolder(rs.name(), rs.country(), rs.share()), HolderRow.class);
        Map<UUID, List<PlanParty.Officer>> officers = byParty(
                "select party_id, name, birth_date, nationality from party_officer where party_id in (select id from plan_party where case_id = ?)",
                caseId, rs -> new PlanParty.Officer(rs.name(), rs.birthDate(), rs.nationality()), OfficerRow.class);
        List<PlanParty> parties = new ArrayList<>();
        for (PartyRow r : rows) {
            parties.add(new PlanParty(PartyRole.valueOf(r.role()), r.name(), r.representative(), r.address(),
                    r.countryOfIncorporation(), r.corporateNumber(), r.componentItem(), r.foreignGovernmentSalesShare(),
                    r.plantCountry(), holders.getOrDefault(r.id(), List.of()), officers.getOrDefault(r.id(), List.of())));
        }
        return parties;
    }

    private <R extends PartyChild, T> Map<UUID, List<T>> byParty(String sql, UUID caseId, Function<R, T> mapper, Class<R> rowType) {
        return jdbc.sql(sql).param(caseId).query(rowType).list().stream()
                .collect(Collectors.groupingBy(PartyChild::partyId, Collectors.mapping(mapper, Collectors.toList())));
    }

    private interface PartyChild {
        UUID partyId();
    }

    private record PartyRow(UUID id, String role, String name, String representative, String address,
                            String countryOfIncorporation, String corporateNumber, String componentItem,
                            BigDecimal foreignGovernmentSalesShare, String plantCountry) {
    }

    private record HolderRow(UUID partyId, String name, String country, BigDecimal share) implements PartyChild {
    }

    private record OfficerRow(UUID partyId, String name, LocalDate birthDate, String nationality) implements PartyChild {
    }

    void insert(ScreeningCaseRow c) {
        read.clear();
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
        read.clear();
        jdbc.sql("update screening_case set status = ? where id = ?").params(status.name(), id).update();
    }

    void close(UUID id, Outcome outcome) {
        read.clear();
        jdbc.sql("update screening_case set status = ?, outcome = ? where id = ?")
                .params(CaseStatus.CLOSED.name(), outcome.name(), id).update();
    }

    void updatePeriodLastDay(UUID id, LocalDate periodLastDay) {
        read.clear();
        jdbc.sql("update screening_case set period_last_day = ? where id = ?").params(periodLastDay, id).update();
    }

    /** An important change: the plan arrives anew and awaits its formal check; no clock runs until 受理 (Art 54). */
    void arrivedAnew(UUID id, LocalDate receivedOn) {
        read.clear();
        jdbc.sql("""
                        update screening_case set received_on = ?, accepted_on = null, period_last_day = null,
                            extension_cap = null, status = ?
                        where id = ?""")
                .params(receivedOn, CaseStatus.AWAITING_ACCEPTANCE.name(), id).update();
    }

    /** 受理: the period and the extension cap count from the day of acceptance (Art 52(3), (4)). */
    void accept(UUID id, LocalDate acceptedOn, LocalDate periodLastDay, LocalDate extensionCap) {
        read.clear();
        jdbc.sql("""
                        update screening_case set accepted_on = ?, period_last_day = ?, extension_cap = ?, status = ?
                        where id = ?""")
                .params(acceptedOn, periodLastDay, extensionCap, CaseStatus.UNDER_REVIEW.name(), id).update();
    }

    /** A corrected or changed plan replaces what the plan says. */
    void updatePlan(UUID id, String outline, String content, LocalDate plannedFrom, LocalDate plannedUntil,
                    String preventiveMeasures) {
        read.clear();
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
