package jp.espa.kikan.registry;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which operators a portal account files for (a row without operator: every operator). */
@Repository
public class PortalAccounts {

    private final JdbcClient jdbc;

    PortalAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean represents(String accountId, UUID operatorId) {
        return jdbc.sql("select count(*) from portal_account where account_id = ? and (operator_id is null or operator_id = ?)")
                .params(accountId, operatorId).query(Integer.class).single() > 0;
    }
}
