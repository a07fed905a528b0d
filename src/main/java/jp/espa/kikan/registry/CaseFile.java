package jp.espa.kikan.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case file of every procedure: each legal act and recorded decision, by case number, in the order made. An act's
 * content is stored as JSON of its record type with the schema version it was written in ({@link ActJson}); the
 * last day it sets for its addressee is also a date column ({@code due_on}) for queries.
 */
@Repository
public class CaseFile {

    private static final String SELECT = """
            select act_type, act_date, official, decision, effective_on, due_on, content, content_version, recorded_at
            from case_act where procedure = ? and case_number = ?""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final String contentParameter;

    CaseFile(JdbcClient jdbc, ApplicationEventPublisher events, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        this.events = events;
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            this.contentParameter = postgres ? "cast(? as jsonb)" : "?";
        }
    }

    public void record(Procedure procedure, String caseNumber, LegalActType type, LocalDate on, String official,
                       ActContent content) {
        recordDecision(procedure, caseNumber, type, on, official, null, null, content);
    }

    /** An act whose content is one text ({@link ActContent.Note}). */
    public void record(Procedure procedure, String caseNumber, LegalActType type, LocalDate on, String official, String text) {
        record(procedure, caseNumber, type, on, official, new ActContent.Note(text));
    }

    /** A decision taken at a step, with the day it sets (if any), for the model's next step to carry out. */
    public void recordDecision(Procedure procedure, String caseNumber, LegalActType type, LocalDate on, String official,
                               String decision, LocalDate effectiveOn, String text) {
        recordDecision(procedure, caseNumber, type, on, official, decision, effectiveOn, new ActContent.Note(text));
    }

    public void recordDecision(Procedure procedure, String caseNumber, LegalActType type, LocalDate on, String official,
                               String decision, LocalDate effectiveOn, ActContent content) {
        if (!type.contentType().isInstance(content)) { // validated on write: a reader may rely on the record type
            throw new IllegalArgumentException(type + " says " + type.contentType().getSimpleName() + ", not "
                    + content.getClass().getSimpleName());
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime recordedAt = OffsetDateTime.now();
        jdbc.sql("""
                        insert into case_act (id, procedure, case_number, act_type, act_date, official, decision,
                            effective_on, due_on, content, content_version, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, %s, ?, ?)""".formatted(contentParameter))
                .params(id, procedure.name(), caseNumber, type.name(), on, official, decision, effectiveOn,
                        content.dueOn(), ActJson.write(content), ActJson.VERSION, recordedAt)
                .update();
        // listeners run in this transaction: a written act's document is issued with the act or not at all
        events.publishEvent(new LegalActRecorded(id, procedure, caseNumber,
                new LegalAct(type, on, official, decision, effectiveOn, content.dueOn(), content, recordedAt)));
    }

    public List<LegalAct> acts(Procedure procedure, String caseNumber) {
        return jdbc.sql(SELECT + " order by recorded_at, act_date").params(procedure.name(), caseNumber)
                .query(CaseFile::act).list();
    }

    /** The acts of these types of these cases, by case number, each case's in the order made (one query for a list). */
    public Map<String, List<LegalAct>> acts(Procedure procedure, Collection<String> caseNumbers, LegalActType... types) {
        if (caseNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, List<LegalAct>> result = new HashMap<>();
        jdbc.sql("""
                        select case_number, act_type, act_date, official, decision, effective_on, due_on, content,
                            content_version, recorded_at from case_act where procedure = :procedure
                            and case_number in (:numbers) and act_type in (:types) order by recorded_at, act_date""")
                .param("procedure", procedure.name()).param("numbers", caseNumbers)
                .param("types", Arrays.stream(types).map(Enum::name).toList())
                .query((rs, row) -> Map.entry(rs.getString("case_number"), act(rs, row))).list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), number -> new ArrayList<>()).add(e.getValue()));
        return result;
    }

    /** The most recent act of one of the given types, e.g. the decision the next step is to carry out. */
    public Optional<LegalAct> latest(Procedure procedure, String caseNumber, LegalActType... types) {
        List<LegalActType> wanted = Arrays.asList(types);
        return acts(procedure, caseNumber).stream()
                .filter(act -> wanted.contains(act.actType()))
                .reduce((earlier, later) -> later);
    }

    private static LegalAct act(ResultSet rs, int row) throws SQLException {
        LegalActType type = LegalActType.valueOf(rs.getString("act_type"));
        return new LegalAct(type, rs.getObject("act_date", LocalDate.class), rs.getString("official"),
                rs.getString("decision"), rs.getObject("effective_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                ActJson.read(type, rs.getString("content"), rs.getInt("content_version")),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
