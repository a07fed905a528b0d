package jp.espa.kikan.designation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.registry.BusinessFigures;
import jp.espa.kikan.registry.Measure;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.Representative;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What only the designation procedure writes and reads: operators' size, representative and measures, proposals,
 * designations and their notices, change notices; the published particulars are {@link PublishedParticulars}. What the
 * others read of it (who is designated) is {@code registry.DesignationRegistry}.
 */
@Repository
class DesignationRepository {

    private final JdbcClient jdbc;
    private final PublishedParticulars particulars;
    private final BusinessFigures figures;

    DesignationRepository(JdbcClient jdbc, PublishedParticulars particulars, BusinessFigures figures) {
        this.jdbc = jdbc;
        this.particulars = particulars;
        this.figures = figures;
    }

    // Operators

    Operator createOperator(String corporateNumber, String name, String address) {
        return figures.createOperator(corporateNumber, name, address);
    }

    /** The size of an operator new to the registry, as its first proposal states it. */
    void recordSize(UUID operatorId, OperatorSize size) {
        jdbc.sql("update operator set industry = ?, capital_yen = ?, employees = ? where id = ? and industry is null")
                .params(size.industry(), size.capitalYen(), size.employees(), operatorId).update();
    }

    OperatorSize size(UUID operatorId) {
        return jdbc.sql("select industry, capital_yen, employees from operator where id = ?").param(operatorId)
                .query(OperatorSize.class).single();
    }

    /** The operator's representative (代表者) as a proposal or the registry's data names them; replaces the earlier one. */
    void recordRepresentative(UUID operatorId, Representative representative) {
        jdbc.sql("update operator set representative_title = ?, representative_name = ? where id = ?")
                .params(representative.title(), representative.name(), operatorId).update();
    }

    /** The operator's representative, if the registry names one (operators of earlier releases have none). */
    Optional<Representative> representative(UUID operatorId) {
        return jdbc.sql("select representative_title, representative_name from operator where id = ?").param(operatorId)
                .query((rs, row) -> Representative.of(rs.getString(1), rs.getString(2))).single();
    }

    // Measures

    /** Files measures; a figure filed again for the same code and fiscal year replaces the earlier one. */
    void fileMeasures(UUID operatorId, String sectorCode, List<Measure> measures, String filedBy) {
        figures.file(operatorId, sectorCode, measures, filedBy);
    }

    List<Measure> measures(UUID operatorId, String sectorCode) {
        return figures.of(operatorId, sectorCode);
    }

    // Proposals (designation_case)

    /** The size an operator states for the SME test: its industry, capital and employees. */
    public record OperatorSize(String industry, BigDecimal capitalYen, Integer employees) {
    }

    /** A proposal to designate an operator in a sector, with the size it states and where its review stands. */
    public record Proposal(UUID id, String proposalNumber, UUID operatorId, String sectorCode, String proposalReason,
                           String status, String industry, BigDecimal capitalYen, Integer employees,
                           Boolean criteriaMet, Boolean sme, String smeBasis, Boolean competitionConcern,
                           String decision, String decisionReason, LocalDate decidedOn, String proposedBy) {

        public OperatorSize size() {
            return new OperatorSize(industry, capitalYen, employees);
        }
    }

    Optional<Proposal> caseByProposalNumber(String proposalNumber) {
        return jdbc.sql("select * from designation_case where proposal_number = ?").param(proposalNumber)
                .query(Proposal.class).optional();
    }

    void createCase(Proposal c) {
        jdbc.sql("""
                        insert into designation_case (id, proposal_number, operator_id, sector_code, proposal_reason, status,
                            industry, capital_yen, employees, proposed_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.proposalNumber(), c.operatorId(), c.sectorCode(), c.proposalReason(), c.status(),
                        c.industry(), c.capitalYen(), c.employees(), c.proposedBy(), OffsetDateTime.now())
                .update();
    }

    /** The proposal still under review for this operator and sector, if any: one at a time. */
    Optional<Proposal> openCase(UUID operatorId, String sectorCode) {
        return jdbc.sql("select * from designation_case where operator_id = ? and sector_code = ? and status = 'UNDER_REVIEW'")
                .params(operatorId, sectorCode).query(Proposal.class).optional();
    }

    /** What the criteria and the SME test found for the proposal; the review reads these, never the form. */
    void recordFindings(UUID caseId, boolean criteriaMet, boolean sme, String smeBasis) {
        jdbc.sql("update designation_case set criteria_met = ?, sme = ?, sme_basis = ? where id = ?")
                .params(criteriaMet, sme, smeBasis, caseId).update();
    }

    void recordCompetitionConcern(UUID caseId, boolean competitionConcern) {
        jdbc.sql("update designation_case set competition_concern = ? where id = ?").params(competitionConcern, caseId).update();
    }

    void decide(UUID caseId, String decision, String reason, LocalDate decidedOn) {
        jdbc.sql("update designation_case set status = 'DECIDED', decision = ?, decision_reason = ?, decided_on = ? where id = ?")
                .params(decision, reason, decidedOn, caseId).update();
    }

    // Designations

    UUID designate(UUID operatorId, String sectorCode, LocalDate designatedOn, LocalDate graceEndsOn, UUID designationCaseId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into designation (id, operator_id, sector_code, designated_on, grace_ends_on, designation_case_id)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, operatorId, sectorCode, designatedOn, graceEndsOn, designationCaseId).update();
        particulars.recordParticularsInEffect(operatorId);
        return id;
    }

    void revoke(UUID designationId, LocalDate revokedOn, String reason) {
        jdbc.sql("update designation set revoked_on = ?, revocation_reason = ? where id = ?")
                .params(revokedOn, reason, designationId).update();
    }

    record Notice(String form, LocalDate issuedOn, String contents, LocalDate gazettePublishedOn,
                  LocalDate internetPublishedOn, String issuedBy) {
    }

    UUID issueNotice(UUID designationId, String form, LocalDate issuedOn, String contents, String issuedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into designation_notice (id, designation_id, form, issued_on, contents, issued_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, designationId, form, issuedOn, contents, issuedBy).update();
        return id;
    }

    void publishNotice(UUID noticeId, LocalDate gazette, LocalDate internet) {
        jdbc.sql("update designation_notice set gazette_published_on = ?, internet_published_on = ? where id = ?")
                .params(gazette, internet, noticeId).update();
    }

    /** The designation's latest notice of the given form that is not yet published. */
    Optional<UUID> unpublishedNotice(UUID designationId, String form) {
        return jdbc.sql("""
                        select id from designation_notice where designation_id = ? and form = ? and gazette_published_on is null
                        order by issued_on desc""")
                .params(designationId, form).query(UUID.class).list().stream().findFirst();
    }

    List<Notice> notices(UUID designationId) {
        return jdbc.sql("""
                        select form, issued_on, contents, gazette_published_on, internet_published_on, issued_by
                        from designation_notice where designation_id = ? order by issued_on, form""")
                .param(designationId).query(Notice.class).list();
    }

    // Change notices (Art 50(3)); the particulars they change are {@link PublishedParticulars}

    /** A change notified for the designation that takes effect after {@code asOf}; acknowledged once the ministry published it. */
    record PendingChange(String particular, String newValue, LocalDate effectiveOn, LocalDate receivedOn,
                         LocalDate acknowledgedOn) {
    }

    List<PendingChange> pendingChanges(UUID designationId, LocalDate asOf) {
        return jdbc.sql("""
                        select change_kind as particular, new_value, effective_on, received_on, acknowledged_on
                        from operator_change_notice where designation_id = ? and effective_on > ?
                        order by effective_on, received_on""")
                .params(designationId, asOf).query(PendingChange.class).list();
    }

    /** A notice of a change of name or address, as it concerns one designation (each competent ministry acknowledges its own). */
    public record ChangeNotice(UUID id, UUID operatorId, UUID designationId, String changeKind, String oldValue,
                               String newValue, LocalDate effectiveOn, LocalDate receivedOn, boolean late,
                               LocalDate acknowledgedOn, String filedBy) {
    }

    ChangeNotice changeNotice(UUID id) {
        return jdbc.sql("""
                        select id, operator_id, designation_id, change_kind, old_value, new_value, effective_on, received_on,
                            late, acknowledged_on, filed_by
                        from operator_change_notice where id = ?""").param(id).query(ChangeNotice.class).single();
    }

    UUID recordChangeNotice(UUID operatorId, UUID designationId, String kind, String oldValue, String newValue,
                            LocalDate effectiveOn, LocalDate receivedOn, boolean late, String filedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into operator_change_notice (id, operator_id, designation_id, change_kind, old_value, new_value,
                            effective_on, received_on, late, filed_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, operatorId, designationId, kind, oldValue, newValue, effectiveOn, receivedOn, late, filedBy,
                        OffsetDateTime.now())
                .update();
        return id;
    }

    void acknowledgeChangeNotice(UUID id, LocalDate acknowledgedOn) {
        jdbc.sql("update operator_change_notice set acknowledged_on = ? where id = ?").params(acknowledgedOn, id).update();
    }
}
