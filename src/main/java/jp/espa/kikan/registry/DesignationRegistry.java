package jp.espa.kikan.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the other procedures and the documents read of the designations: who is designated in which sector, a
 * proposal and a change notice by their case number. The designation procedure writes them
 * ({@code designation.DesignationRepository}).
 */
@Repository
public class DesignationRegistry {

    private static final String SELECT_DESIGNATION = """
            select d.id, d.operator_id, o.corporate_number, o.name as operator_name, o.address as operator_address,
                   d.sector_code, d.designated_on, d.grace_ends_on, d.revoked_on, d.designation_case_id
            from designation d join operator o on o.id = d.operator_id
            """;

    private final JdbcClient jdbc;

    DesignationRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Designations

    public Designation designation(UUID id) {
        return jdbc.sql(SELECT_DESIGNATION + " where d.id = ?").param(id).query(Designation.class).single();
    }

    /** The designation of an operator in a sector that is not revoked, if any (one per operator and sector). */
    public Optional<Designation> current(UUID operatorId, String sectorCode) {
        return jdbc.sql(SELECT_DESIGNATION + " where d.operator_id = ? and d.sector_code = ? and d.revoked_on is null")
                .params(operatorId, sectorCode).query(Designation.class).optional();
    }

    public List<Designation> designations(String sectorCode, String corporateNumber) {
        return jdbc.sql(SELECT_DESIGNATION + """
                         where (cast(? as varchar(40)) is null or d.sector_code = ?)
                           and (cast(? as varchar(13)) is null or o.corporate_number = ?)
                        order by d.sector_code, o.corporate_number""")
                .params(sectorCode, sectorCode, corporateNumber, corporateNumber).query(Designation.class).list();
    }

    public List<Designation> currentDesignations() {
        return jdbc.sql(SELECT_DESIGNATION + " where d.revoked_on is null order by d.sector_code").query(Designation.class).list();
    }

    public Optional<Designation> byCase(UUID designationCaseId) {
        return jdbc.sql(SELECT_DESIGNATION + " where d.designation_case_id = ?").param(designationCaseId)
                .query(Designation.class).optional();
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

    public Optional<Proposal> caseByProposalNumber(String proposalNumber) {
        return jdbc.sql("select * from designation_case where proposal_number = ?").param(proposalNumber)
                .query(Proposal.class).optional();
    }

    // Change notices

    /** A notice of a change of name or address, as it concerns one designation (each competent ministry acknowledges its own). */
    public record ChangeNotice(UUID id, UUID operatorId, UUID designationId, String changeKind, String oldValue,
                               String newValue, LocalDate effectiveOn, LocalDate receivedOn, boolean late,
                               LocalDate acknowledgedOn, String filedBy) {
    }

    public ChangeNotice changeNotice(UUID id) {
        return jdbc.sql("""
                        select id, operator_id, designation_id, change_kind, old_value, new_value, effective_on, received_on,
                            late, acknowledged_on, filed_by
                        from operator_change_notice where id = ?""").param(id).query(ChangeNotice.class).single();
    }
}
