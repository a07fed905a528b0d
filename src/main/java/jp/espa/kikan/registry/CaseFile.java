package jp.espa.kikan.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case file of every procedure: each legal act and recorded decision, by case number, in the order made. */
@Repository
public class CaseFile {

    private static final String SELECT = """
            select act_type, act_date, official, decision, effective_on, details, recorded_at from case_act
            where procedure = ? and case_number = ?""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CaseFile(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public void record(Procedure procedure, String caseNumber, LegalActType type, LocalDate on, String official, String details) {
        recordDecision(procedure, caseNumber, type, on, official, null, null, details);
    }

    /** A decision taken at a step, with the day it sets (if any), for the model's next step to carry out. */
    public void recordDecision(Procedure procedure, String caseNumber, LegalActType type, LocalDate on, String official,
                               String decision, LocalDate effectiveOn, String details) {
        UUID id = UUID.randomUUID();
        OffsetDateTime recordedAt = OffsetDateTime.now();
        jdbc.sql("""
                        insert into case_act (id, procedure, case_number, act_type, act_date, official, decision,
                            effective_on, details, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, procedure.name(), caseNumber, type.name(), on, official, decision, effectiveOn, details, recordedAt)
                .update();
        // listeners run in this transaction: a written act's document is issued with the act or not at all
        events.publishEvent(new LegalActRecorded(id, procedure, caseNumber,
                new LegalAct(type, on, official, decision, effectiveOn, details, recordedAt)));
    }

    public List<LegalAct> acts(Procedure procedure, String caseNumber) {
        return jdbc.sql(SELECT + " order by recorded_at, act_date").params(procedure.name(), caseNumber)
                .query(LegalAct.class).list();
    }

    /** The most recent act of one of the given types, e.g. the decision the next step is to carry out. */
    public Optional<LegalAct> latest(Procedure procedure, String caseNumber, LegalActType... types) {
        List<String> names = java.util.Arrays.stream(types).map(Enum::name).toList();
        return acts(procedure, caseNumber).stream()
                .filter(act -> names.contains(act.actType().name()))
                .reduce((earlier, later) -> later);
    }
}
