package jp.espa.kikan.registry;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every evaluation of a decision table: inputs, table and version, outputs and outcome, tied to its case. */
@Repository
public class DecisionLog {

    private final JdbcClient jdbc;

    DecisionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Procedure procedure, String caseNumber, String decisionKey, int decisionVersion, String versionTag,
                       String inputs, String outputs, String outcome) {
        jdbc.sql("""
                        insert into decision_evaluation (id, procedure, case_number, decision_key, decision_version,
                            version_tag, inputs, outputs, outcome, evaluated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), procedure.name(), caseNumber, decisionKey, decisionVersion, versionTag, inputs,
                        outputs, outcome, OffsetDateTime.now())
                .update();
    }
}
