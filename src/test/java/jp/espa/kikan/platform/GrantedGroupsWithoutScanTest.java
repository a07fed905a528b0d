package jp.espa.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.screening.TestPlans;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's authorization checks, as a ministry reviewer calls them over the engine REST, decide as before and no
 * longer read the groups of every grant (the engine's MyBatis statements are logged under their statement ids).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class GrantedGroupsWithoutScanTest {

    private static final String AUTHORIZATION_STATEMENTS = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    @Test
    void aReviewersTaskCountChecksTheGrantsOfItsGroupsWithoutReadingAllGroupsWithGrants() throws Exception {
        ApiClient api = new ApiClient(json, port);
        String number = "GROUPS-" + System.nanoTime();
        Answer filed = api.call("POST", "/api/screenings", "portal", TestPlans.introduction(number, LocalDate.now(ZoneId.of("Asia/Tokyo"))));
        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);

        Logger statements = (Logger) LoggerFactory.getLogger(AUTHORIZATION_STATEMENTS);
        Level level = statements.getLevel();
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        statements.addAppender(logged);
        statements.setLevel(Level.DEBUG);
        try {
            assertThat(count(api, "mlit-reviewer", number)).isEqualTo(1);
            assertThat(count(api, "meti-reviewer", number)).isZero();
        } finally {
            statements.setLevel(level);
            statements.detachAppender(logged);
        }

        List<String> ran = logged.list.stream().map(ILoggingEvent::getLoggerName).distinct().toList();
        assertThat(ran).as("the reviewers' checks ran through the engine's authorization statements")
                .contains(AUTHORIZATION_STATEMENTS + ".selectRevokeAuthorization");
        assertThat(ran).doesNotContain(AUTHORIZATION_STATEMENTS + ".selectAuthorizedGroupIds");
    }

    private long count(ApiClient api, String user, String number) throws Exception {
        Answer answer = api.call("GET", "/engine-rest/task/count?processInstanceBusinessKey=" + number, user, null);
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        return answer.body().get("count").asLong();
    }
}
