package jp.espa.kikan.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the other procedures read of the designations: who is designated in which sector. The designation procedure
 * writes them, and reads its proposals and change notices, through {@code designation.DesignationRepository}.
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
}
