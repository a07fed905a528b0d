package jp.espa.kikan.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests for reports and on-site inspections (Art 58), each a case named {@code INSPECTION-<serial>}. */
@Repository
public class ReportAndInspectionRepository {

    public static final String CASE_PREFIX = "INSPECTION-";

    private static final String SELECT = """
            select r.*, o.name as operator_name, o.corporate_number from inspection_request r
            join operator o on o.id = r.operator_id""";

    /** A request with its operator; {@code dueOn} is the report's last day or the planned day of the inspection. */
    public record InspectionRequest(UUID id, long serial, String kind, UUID operatorId, String operatorName,
                                    String corporateNumber, String sectorCode, String applicationNumber, String purpose,
                                    String matters, LocalDate requestedOn, LocalDate dueOn, String status, String result,
                                    String requestedBy) {

        public String caseNumber() {
            return CASE_PREFIX + serial;
        }
    }

    private final JdbcClient jdbc;

    ReportAndInspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a new request and returns it with its case number. */
    public InspectionRequest create(String kind, UUID operatorId, String sectorCode, String applicationNumber, String purpose,
                                    String matters, LocalDate requestedOn, LocalDate dueOn, String status, String requestedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into inspection_request (id, kind, operator_id, sector_code, application_number, purpose,
                            matters, requested_on, due_on, status, requested_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, kind, operatorId, sectorCode, applicationNumber, purpose, matters, requestedOn, dueOn, status,
                        requestedBy, OffsetDateTime.now())
                .update();
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(InspectionRequest.class).single();
    }

    /** The request a case number names; empty for anything else, including numbers no request has. */
    public Optional<InspectionRequest> byCaseNumber(String caseNumber) {
        if (caseNumber == null || !caseNumber.matches(CASE_PREFIX + "[0-9]{1,18}")) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where r.serial = ?").param(Long.parseLong(caseNumber.substring(CASE_PREFIX.length())))
                .query(InspectionRequest.class).optional();
    }

    /** Holds the request until the transaction ends: the operator's report on one request takes its turn. */
    public void lock(UUID id) {
        jdbc.sql("select id from inspection_request where id = ? for update").param(id).query(UUID.class).single();
    }

    public void updateStatus(UUID id, String status) {
        jdbc.sql("update inspection_request set status = ? where id = ?").params(status, id).update();
    }

    public void close(UUID id, String status, String result) {
        jdbc.sql("update inspection_request set status = ?, result = ? where id = ?").params(status, result, id).update();
    }
}
