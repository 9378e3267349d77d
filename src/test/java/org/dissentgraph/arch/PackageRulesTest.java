package org.dissentgraph.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * The package rules of ../shared/STYLE.md and docs/design.md, checked: the layers, no cycles, who
 * may touch the driver, who may call whom.
 */
class PackageRulesTest {

    /** The features of the service: each a package with its controller, repository and records. */
    private static final String[] FEATURES = {
        "criticism",
        "rule",
        "search",
        "entity",
        "penalty",
        "person",
        "graph",
        "guide",
        "export",
        "ingest",
        "vocabulary",
        "cohort"
    };
    /** The features that only read: every query through Reads. */
    private static final String[] READ_FEATURES = {
        "criticism", "rule", "search", "entity", "penalty", "person", "graph", "guide", "export", "cohort"
    };

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dissentgraph");
    }

    @Test
    void no_arrow_runs_back_up_the_layers() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Application")
                .definedBy("org.dissentgraph")
                .layer("Features")
                .definedBy(packages(FEATURES))
                .layer("Generator")
                .definedBy("org.dissentgraph.generate..")
                .layer("Web")
                .definedBy("org.dissentgraph.web..", "org.dissentgraph.security..")
                .layer("Database")
                .definedBy("org.dissentgraph.neo4j..")
                .layer("Model")
                .definedBy("org.dissentgraph.model..", "org.dissentgraph.time..")
                .whereLayer("Application")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Features")
                .mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Generator")
                .mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Web")
                .mayOnlyBeAccessedByLayers("Application", "Features")
                .whereLayer("Database")
                .mayOnlyBeAccessedByLayers("Application", "Features", "Web")
                .whereLayer("Model")
                .mayOnlyBeAccessedByLayers("Application", "Features", "Generator", "Web", "Database")
                .check(classes);
    }

    @Test
    void no_package_depends_on_itself_through_others() {
        slices().matching("org.dissentgraph.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void the_importer_and_the_generator_know_nothing_of_each_other() {
        noClasses()
                .that()
                .resideInAPackage("org.dissentgraph.ingest..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.dissentgraph.generate..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.dissentgraph.generate..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.dissentgraph.ingest..")
                .because("the generator writes the documented import format like any other producer")
                .check(classes);
    }

    @Test
    void the_shared_records_know_nothing_of_the_driver_or_the_web() {
        noClasses()
                .that()
                .resideInAnyPackage("org.dissentgraph.model..", "org.dissentgraph.time..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.neo4j..", "io.micronaut.http..")
                .because("rows become records in the repositories (neo4j.Rows for the shared ones)")
                .check(classes);
    }

    @Test
    void only_repositories_and_the_database_edge_use_the_neo4j_driver() {
        noClasses()
                .that()
                .resideInAnyPackage(packages(READ_FEATURES))
                .and()
                .haveNameNotMatching(".*Repository(\\$.*)?") // a repository and the classes nested in it
                .and()
                .haveSimpleNameNotStartingWith("PlainValues")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.neo4j.driver..")
                .because("rows become records in one place, the feature's repository")
                .check(classes);
    }

    @Test
    void only_the_import_repository_runs_statements_for_the_importer() {
        noClasses()
                .that()
                .resideInAPackage("org.dissentgraph.ingest..")
                .and()
                .haveNameNotMatching(".*\\.\\$?ImportRepository(\\$.*)?")
                .should()
                .dependOnClassesThat(resideInAPackage("org.neo4j.driver..").and(not(CONNECTING)))
                .because("the :Import node and the dataset's transactions are mapped in one place")
                .check(classes);
        // connecting (a driver for a URI, its credentials) is the import command's transports' business
        noClasses()
                .that()
                .resideInAPackage("org.dissentgraph.ingest..")
                .and()
                .haveNameNotMatching(
                        ".*\\.\\$?(ImportRepository|Importer|ImportCommand|BoltImport|LocalStoreImport)(\\$.*)?")
                .should()
                .dependOnClassesThat(CONNECTING)
                .check(classes);
    }

    private static final DescribedPredicate<JavaClass> CONNECTING = DescribedPredicate.describe(
            "the driver's connection types (Driver, GraphDatabase, AuthToken(s), Neo4jException)",
            c -> c.isEquivalentTo(Driver.class)
                    || c.getName().equals("org.neo4j.driver.GraphDatabase")
                    || c.getName().startsWith("org.neo4j.driver.AuthToken")
                    || c.getName().equals("org.neo4j.driver.exceptions.Neo4jException"));

    @Test
    void the_read_features_read_through_reads_so_every_query_has_the_timeout() {
        // Reads opens every session in read mode with dissent.query-timeout; the export holds one
        // transaction for its stream, opened with the same timeout and errors translated by Reads.
        noClasses()
                .that()
                .resideInAnyPackage(packages(READ_FEATURES))
                .and()
                .doNotHaveFullyQualifiedName("org.dissentgraph.export.ExportRepository")
                .should()
                .callMethod(Driver.class, "session")
                .orShould()
                .callMethod(Driver.class, "session", org.neo4j.driver.SessionConfig.class)
                .orShould()
                .callMethod(Driver.class, "executableQuery", String.class)
                .check(classes);
    }

    @Test
    void controllers_do_not_run_cypher() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.neo4j.driver..", "org.neo4j.cypherdsl..")
                .check(classes);
    }

    @Test
    void features_do_not_reach_into_each_others_repositories() {
        for (String feature : FEATURES) {
            classes()
                    .that()
                    .haveSimpleNameEndingWith("Repository")
                    .and()
                    .resideInAPackage("org.dissentgraph." + feature + "..")
                    .should()
                    .onlyBeAccessed()
                    .byClassesThat()
                    .resideInAnyPackage("org.dissentgraph." + feature + "..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void a_feature_uses_another_only_through_its_published_interfaces() {
        DescribedPredicate<JavaClass> published = DescribedPredicate.describe(
                "a published interface (or a type declared in one)",
                c -> c.isInterface()
                        || c.getEnclosingClass().map(JavaClass::isInterface).orElse(false));
        for (String feature : FEATURES) {
            String own = "org.dissentgraph." + feature + "..";
            noClasses()
                    .that()
                    .resideInAnyPackage(packages(FEATURES))
                    .and()
                    .resideOutsideOfPackage(own)
                    .should()
                    .dependOnClassesThat(resideInAPackage(own).and(not(published)))
                    .because("the export takes the ego view's selection through graph.EgoSelections, not GraphService")
                    .check(classes);
        }
    }

    @Test
    void the_web_and_model_layers_do_not_depend_on_features() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.dissentgraph.web..",
                        "org.dissentgraph.model..",
                        "org.dissentgraph.time..",
                        "org.dissentgraph.neo4j..")
                .should()
                .dependOnClassesThat(resideInAnyPackage(packages(FEATURES)))
                .check(classes);
    }

    private static String[] packages(String[] features) {
        String[] out = new String[features.length];
        for (int i = 0; i < features.length; i++) {
            out[i] = "org.dissentgraph." + features[i] + "..";
        }
        return out;
    }
}
