package jp.espa.kikan.registry;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the other procedures read of the screening cases: whose plan an application number is (a request for reports
 * names the plan it concerns). The screening reads and writes its cases through {@code screening.ScreeningRepository}.
 */
@Repository
public class ScreeningRegistry {

    private final JdbcClient jdbc;

    ScreeningRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the application number names a plan (or emergency notification) of this operator in this sector. */
    public boolean isPlanOf(String applicationNumber, UUID operatorId, String sectorCode) {
        return jdbc.sql("select count(*) from screening_case where application_number = ? and operator_id = ? and sector_code = ?")
                .params(applicationNumber, operatorId, sectorCode).query(Integer.class).single() > 0;
    }
}
