package org.dissentgraph.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of ../shared/STYLE.md, checked: who may touch the driver, who may call whom. */
class PackageRulesTest {

    private static final String[] FEATURES = {
        "criticism", "rule", "search", "entity", "penalty", "person", "graph", "guide", "export"
    };
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dissentgraph");
    }

    @Test
    void only_repositories_and_the_database_edge_use_the_neo4j_driver() {
        noClasses()
                .that()
                .resideInAnyPackage(packages())
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
    void the_web_and_model_layers_do_not_depend_on_features() {
        noClasses()
                .that()
                .resideInAnyPackage("org.dissentgraph.web..", "org.dissentgraph.model..", "org.dissentgraph.time..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages())
                .check(classes);
    }

    private static String[] packages() {
        String[] out = new String[FEATURES.length];
        for (int i = 0; i < FEATURES.length; i++) {
            out[i] = "org.dissentgraph." + FEATURES[i] + "..";
        }
        return out;
    }
}
