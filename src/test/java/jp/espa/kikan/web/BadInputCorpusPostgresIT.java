package jp.espa.kikan.web;

import java.io.IOException;

import jp.espa.kikan.support.PostgresForTheContext;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link BadInputCorpus} on PostgreSQL. */
@ExtendWith(PostgresForTheContext.class) // before @SpringBootTest: the database outlives the context
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo", "test"})
@DirtiesContext
class BadInputCorpusPostgresIT extends BadInputCorpus {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws IOException {
        PostgresForTheContext.start(registry);
    }
}
