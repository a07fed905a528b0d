package jp.espa.kikan.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.espa.kikan.support.SchemaMigrations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The numbering rule (README "Migrations"), checked against the migrations of the releases so far
 * ({@code db/released-migrations.tsv}): a released migration keeps its version, description and checksum; a new one is
 * numbered above the highest released one of its series, so it runs on every database that has the released ones (out
 * of order is off: below it, an existing database refuses to start and a new one would run it where no database
 * of the release ran it); schema migrations stay below V1000, the data's numbers; no version is taken twice. Java
 * migrations are beans of one package, beside the SQL of db/migration.
 */
class MigrationNumbersTest {

    private static final String[] DEMO_DATA = {"classpath:db/demo"};

    @Test
    void theSchemasMigrationsKeepTheReleasedOnesAndNumberNewOnesAboveThem() throws IOException {
        assertThat(problems(resolve(SchemaMigrations.LOCATIONS), released("schema"), true)).isEmpty();
    }

    @Test
    void theDemosDataMigrationsLikewise() throws IOException {
        assertThat(problems(resolve(DEMO_DATA), released("demo"), false)).isEmpty();
    }

    @Test
    void aNewMigrationNumberedIntoAGapBelowTheReleasedOnesIsRefused() throws IOException {
        assertThat(problems(resolve(with(SchemaMigrations.LOCATIONS, "classpath:db/misnumbered/gap")), released("schema"), true))
                .singleElement().asString().contains("V20", "V25");
    }

    @Test
    void twoMigrationsWithOneVersionAreRefused() {
        assertThatThrownBy(() -> resolve(with(SchemaMigrations.LOCATIONS, "classpath:db/misnumbered/twice")))
                .isInstanceOf(FlywayException.class).hasMessageContaining("more than one migration with version 25");
    }

    @Test
    void aReleasedMigrationThatChangedOrWentIsRefused() throws IOException {
        Released edited = new Released("25", "numbered filings", 12345);
        Released gone = new Released("23", "never here", null);
        assertThat(problems(resolve(SchemaMigrations.LOCATIONS), List.of(edited, gone), true))
                .anySatisfy(p -> assertThat(p).contains("V25", "checksum"))
                .anySatisfy(p -> assertThat(p).contains("V23", "missing"));
    }

    /** The service finds Java migrations as beans anywhere; the tests and this rule find them in one package. */
    @Test
    void javaMigrationsAreBeansOfTheMigrationPackage() throws IOException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(JavaMigration.class));
        String mainClasses = Migrations.class.getProtectionDomain().getCodeSource().getLocation().toString();
        List<String> found = new ArrayList<>();
        for (BeanDefinition candidate : scan.findCandidateComponents("jp.espa.kikan")) {
            AnnotationMetadata metadata = ((AnnotatedBeanDefinition) candidate).getMetadata();
            if (((AbstractBeanDefinition) candidate).getResource().getURL().toString().startsWith(mainClasses)) {
                found.add(metadata.getClassName() + (metadata.hasAnnotation(Component.class.getName()) ? "" : " (no @Component)"));
            }
        }
        assertThat(found).as("Java migrations: beans (@Component) of jp.espa.kikan.migration").isNotEmpty()
                .allMatch(name -> name.startsWith("jp.espa.kikan.migration.V") && !name.endsWith(")"));
    }

    record Released(String version, String description, Integer checksum) {
    }

    /** What breaks the rule, one line each; {@code schema}: the schema's series, which must stay below the data's. */
    private static List<String> problems(MigrationInfo[] migrations, List<Released> released, boolean schema) {
        Map<String, MigrationInfo> byVersion = Arrays.stream(migrations)
                .collect(Collectors.toMap(m -> m.getVersion().getVersion(), Function.identity()));
        List<String> problems = new ArrayList<>();
        MigrationVersion highest = MigrationVersion.EMPTY;
        for (Released r : released) {
            MigrationInfo m = byVersion.get(r.version());
            if (m == null) {
                problems.add("V" + r.version() + " was released and is missing");
            } else if (!m.getDescription().equals(r.description()) || !Objects.equals(m.getChecksum(), r.checksum())) {
                problems.add("V" + r.version() + " was released as \"" + r.description() + "\" with checksum " + r.checksum()
                        + " and is now \"" + m.getDescription() + "\" with checksum " + m.getChecksum());
            }
            MigrationVersion version = MigrationVersion.fromVersion(r.version());
            highest = version.isNewerThan(highest.getVersion()) ? version : highest;
        }
        for (MigrationInfo m : migrations) {
            boolean isReleased = released.stream().anyMatch(r -> r.version().equals(m.getVersion().getVersion()));
            if (!isReleased && !m.getVersion().isNewerThan(highest.getVersion())) {
                problems.add("V" + m.getVersion() + " (" + m.getScript() + ") is new and not above the highest released, V"
                        + highest + ": take the next free number above the highest in use");
            }
            if (schema && m.getVersion().isAtLeast(Migrations.FIRST_DATA_VERSION.getVersion())) {
                problems.add("V" + m.getVersion() + " (" + m.getScript() + "): schema migrations are numbered below V"
                        + Migrations.FIRST_DATA_VERSION);
            }
        }
        return problems;
    }

    /** Every migration of these locations, resolved by Flyway as the service resolves them (against an empty H2). */
    private static MigrationInfo[] resolve(String... locations) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:numbers-" + UUID.randomUUID());
        return Flyway.configure().dataSource(h2).locations(locations).load().info().all();
    }

    private static List<Released> released(String series) throws IOException {
        String text = new ClassPathResource("db/released-migrations.tsv").getContentAsString(StandardCharsets.UTF_8);
        return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                .filter(f -> f[0].equals(series))
                .map(f -> new Released(f[1], f[2], f[3].equals("-") ? null : Integer.valueOf(f[3]))).toList();
    }

    private static String[] with(String[] locations, String more) {
        return Stream.concat(Arrays.stream(locations), Stream.of(more)).toArray(String[]::new);
    }
}
