package jp.espa.kikan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Repository;

/**
 * The layering docs/architecture.md describes: the procedures (screening, designation, sectoraddition, inspection) use
 * registry, legal, periods, platform, security and documents; nothing else depends on them; legal depends on nothing of ours; no package cycles;
 * HTTP only where requests are answered; procedures stand alone; the models' steps go through their service.
 */
@AnalyzeClasses(packages = "jp.espa.kikan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] PROCEDURES = ours("screening", "designation", "sectoraddition", "inspection");

    @ArchTest
    static final ArchRule legalIsPureJava = classes().that().resideInAnyPackage(ours("legal"))
            .should().onlyDependOnClassesThat().resideInAnyPackage("jp.espa.kikan.legal..", "java..", "one.cafebabe..");

    @ArchTest
    static final ArchRule theLowerLayersDoNotKnowTheProcedures = noClasses()
            .that().resideInAnyPackage(ours("registry", "legal", "periods", "platform", "security", "web"))
            .should().dependOnClassesThat().resideInAnyPackage(PROCEDURES);

    /** The procedures depend on the documents (each fills its own through {@code CaseDocuments}), never the reverse. */
    @ArchTest
    static final ArchRule theDocumentsDoNotKnowTheProcedures = noClasses().that().resideInAnyPackage(ours("documents"))
            .should().dependOnClassesThat().resideInAnyPackage(PROCEDURES);

    @ArchTest
    static final ArchRule theRegistryIsTheBottomLayer = noClasses().that().resideInAnyPackage(ours("registry"))
            .should().dependOnClassesThat().resideInAnyPackage(ours("platform", "security", "web", "periods"));

    @ArchTest
    static final ArchRule nothingDependsOnTheWebLayer = noClasses().that().resideOutsideOfPackages(ours("web"))
            .should().dependOnClassesThat().resideInAnyPackage(ours("web"));

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("jp.espa.kikan.(*)..").should().beFreeOfCycles();

    /**
     * HTTP (servlet and Spring Web classes) only where requests are answered: the web layer, the controllers, the
     * servlet filters that answer before a controller (platform.http) and the security configuration with its
     * filters (security). Frozen exception: the Cockpit plugin's JAX-RS resource, which is overview's controller.
     */
    @ArchTest
    static final ArchRule httpOnlyInControllersFiltersAndWeb = noClasses()
            .that().resideOutsideOfPackages(ours("web", "platform.http", "security"))
            .and(not(nameMatching(".*Controller(\\$.*)?")))
            .and().doNotHaveFullyQualifiedName("jp.espa.kikan.overview.OverviewPluginResource")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                    "org.springframework.http..");

    @ArchTest
    static final ArchRule proceduresStandAlone = slices().matching("jp.espa.kikan.(screening|designation|sectoraddition|inspection)..")
            .should().notDependOnEachOther();

    /** The models' steps only turn form values into calls of their procedure's service: no repository of their own. */
    @ArchTest
    static final ArchRule modelStepsGoThroughTheirService = noClasses().that().haveSimpleNameEndingWith("Steps")
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class);

    private static String[] ours(String... packages) {
        return Arrays.stream(packages).map(name -> "jp.espa.kikan." + name + "..").toArray(String[]::new);
    }
}
