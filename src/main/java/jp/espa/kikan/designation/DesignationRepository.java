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
 * designations and their notices, the published particulars and change notices. What the others read of it (who
 * is designated) is {@code registry.DesignationRegistry}.
 */
@Repository
class DesignationRepository {

    private final JdbcClient jdbc;
    private final BusinessFigures figures;

    DesignationRepository(JdbcClient jdbc, BusinessFigures figures) {
        this.jdbc = jdbc;
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
        recordParticularsInEffect(operatorId);
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

    // Published particulars (Art 50(2)): the name and address each with the day it takes effect

    /** The particulars an operator notifies a change of (Art 50(3)), as {@code operator_particular.particular} holds them. */
    enum Particular { NAME, ADDRESS }

    /**
     * A designation as the public registry shows it on a day: the name and address in effect that day, each with the
     * day it took effect (for particulars on record before changes were dated: the operator's first designation).
     */
    record PublishedDesignation(UUID id, UUID operatorId, String corporateNumber, String operatorName,
                                LocalDate operatorNameEffectiveOn, String operatorAddress,
                                LocalDate operatorAddressEffectiveOn, String sectorCode, LocalDate designatedOn,
                                LocalDate graceEndsOn, LocalDate revokedOn) {

        boolean revokedBy(LocalDate day) {
            return revokedOn != null && !revokedOn.isAfter(day);
        }
    }

    private static final String IN_EFFECT = """
            (select p.%2$s from operator_particular p where p.operator_id = o.id and p.particular = '%1$s'
                and p.effective_on <= :asOf order by p.effective_on desc fetch first 1 rows only)""";
    private static final String FIRST_DESIGNATED = "(select min(f.designated_on) from designation f where f.operator_id = o.id)";

    /** Designations made by {@code asOf}, by sector and/or operator, with the particulars in effect that day. */
    List<PublishedDesignation> publishedAsOf(String sectorCode, String corporateNumber, LocalDate asOf) {
        return jdbc.sql("select d.id, d.operator_id, o.corporate_number"
                        + ", coalesce(" + IN_EFFECT.formatted("NAME", "particular_value") + ", o.name) as operator_name"
                        + ", coalesce(" + IN_EFFECT.formatted("NAME", "effective_on") + ", " + FIRST_DESIGNATED
                        + ") as operator_name_effective_on"
                        + ", coalesce(" + IN_EFFECT.formatted("ADDRESS", "particular_value") + ", o.address) as operator_address"
                        + ", coalesce(" + IN_EFFECT.formatted("ADDRESS", "effective_on") + ", case when o.address is not null then "
                        + FIRST_DESIGNATED + " end) as operator_address_effective_on"
                        + """
                        , d.sector_code, d.designated_on, d.grace_ends_on, d.revoked_on
                        from designation d join operator o on o.id = d.operator_id
                        where d.designated_on <= :asOf
                          and (cast(:sectorCode as varchar(40)) is null or d.sector_code = :sectorCode)
                          and (cast(:corporateNumber as varchar(13)) is null or o.corporate_number = :corporateNumber)
                        order by d.sector_code, o.corporate_number""")
                .param("asOf", asOf).param("sectorCode", sectorCode).param("corporateNumber", corporateNumber)
                .query(PublishedDesignation.class).list();
    }

    /**
     * A published change: from {@code effectiveOn} the particular reads {@code value}. The particulars on record
     * before it are kept as in effect since the operator's first designation, so that days before still read them.
     */
    void recordParticular(UUID operatorId, Particular particular, String value, LocalDate effectiveOn, UUID changeNoticeId) {
        recordParticularsInEffect(operatorId);
        jdbc.sql("delete from operator_particular where operator_id = ? and particular = ? and effective_on = ?")
                .params(operatorId, particular.name(), effectiveOn).update();
        jdbc.sql("""
                        insert into operator_particular (operator_id, particular, effective_on, particular_value, change_notice_id)
                        values (?, ?, ?, ?, ?)""")
                .params(operatorId, particular.name(), effectiveOn, value, changeNoticeId).update();
    }

    /** The operator's row (the name notices, task cards and documents use) takes the particulars in effect on the day. */
    void takeParticularsInEffect(UUID operatorId, LocalDate day) {
        for (Particular particular : Particular.values()) {
            String column = particular == Particular.NAME ? "name" : "address";
            jdbc.sql("update operator o set " + column + " = " + IN_EFFECT.formatted(particular.name(), "particular_value")
                            + " where o.id = :operatorId and exists (select 1 from operator_particular p where p.operator_id = o.id"
                            + " and p.particular = :particular and p.effective_on <= :asOf)")
                    .param("asOf", day).param("operatorId", operatorId).param("particular", particular.name()).update();
        }
    }

    /** Records the operator's particulars as in effect since its first designation, where none are on record yet. */
    private void recordParticularsInEffect(UUID operatorId) {
        for (Particular particular : Particular.values()) {
            String column = particular == Particular.NAME ? "o.name" : "o.address";
            jdbc.sql("insert into operator_particular (operator_id, particular, effective_on, particular_value) "
                            + "select o.id, ?, " + FIRST_DESIGNATED + ", " + column + " from operator o where o.id = ? and "
                            + column + " is not null and " + FIRST_DESIGNATED + " is not null"
                            + " and not exists (select 1 from operator_particular p where p.operator_id = o.id and p.particular = ?)")
                    .params(particular.name(), operatorId, particular.name()).update();
        }
    }

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

    // Change notices

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
