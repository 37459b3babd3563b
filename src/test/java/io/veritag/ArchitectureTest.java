package io.veritag;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the drawing true on the compiled classes (ArchUnit reads bytecode, so fully qualified names and
 * lambdas count as much as imports): ui/cli → service → store/io/agreement → model; the store only for the
 * services; jOOQ, H2 and Flyway only in the store; Swing only in ui; model and agreement on the JDK alone;
 * the windows under ui share ui.kit and nothing else of each other.
 */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.veritag");
    }

    @Test
    void layersPointDownwardsOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("ui").definedBy("io.veritag.ui..")
                .layer("cli").definedBy("io.veritag.cli..")
                .layer("service").definedBy("io.veritag.service..")
                .layer("store").definedBy("io.veritag.store..")
                .layer("io").definedBy("io.veritag.io..")
                .layer("agreement").definedBy("io.veritag.agreement..")
                .layer("suggest").definedBy("io.veritag.suggest..")
                .layer("model").definedBy("io.veritag.model..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("service")
                .whereLayer("io").mayOnlyBeAccessedByLayers("service", "ui", "cli")
                .whereLayer("agreement").mayOnlyBeAccessedByLayers("service", "ui", "cli", "suggest")
                .whereLayer("suggest").mayOnlyBeAccessedByLayers("service", "ui", "cli")
                .check(main);
    }

    @Test
    void theWindowAndTheCommandLineReachTheDataOnlyThroughTheServices() {
        noClasses().that().resideInAnyPackage("io.veritag.ui..", "io.veritag.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.veritag.store..", "org.jooq..", "org.h2..", "org.flywaydb..")
                .check(main);
        // of io, only the format registry (the Export dialog and --format list the same formats)
        noClasses().that().resideInAnyPackage("io.veritag.ui..", "io.veritag.cli..")
                .should().dependOnClassesThat(resideInAPackage("io.veritag.io..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith("DatasetFormat"))))
                .check(main);
    }

    @Test
    void librariesStayInTheirLayer() {
        noClasses().that().resideOutsideOfPackage("io.veritag.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..")
                .check(main);
        noClasses().that().resideOutsideOfPackage("io.veritag.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev..", "org.jfree..")
                .check(main);
        noClasses().that().resideOutsideOfPackages("io.veritag.cli..", "io.veritag") // the entry point runs the command line
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(main);
    }

    @Test
    void modelAndAgreementNeedNothingButTheJdk() {
        classes().that().resideInAPackage("io.veritag.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.veritag.model..")
                .check(main);
        classes().that().resideInAPackage("io.veritag.agreement..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.veritag.agreement..", "io.veritag.model..")
                .check(main);
    }

    @Test
    void recommendersNeedOnlyTheModelTheTokenizerAndOpenNlp() {
        classes().that().resideInAPackage("io.veritag.suggest..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.veritag.suggest..", "io.veritag.model..",
                        "io.veritag.agreement..", "opennlp..")
                .check(main);
    }

    @Test
    void windowsShareTheKitNotEachOther() {
        noClasses().that().resideInAnyPackage("io.veritag.ui.(*)..")
                .should().dependOnClassesThat().resideInAPackage("io.veritag.ui")
                .as("no window package under ui depends on the workbench's own classes")
                .check(main);
        noClasses().that().resideInAPackage("io.veritag.ui.kit..")
                .should().dependOnClassesThat().resideInAnyPackage("io.veritag.ui", "io.veritag.ui.agreement..",
                        "io.veritag.ui.adjudication..", "io.veritag.ui.dataset..")
                .check(main);
        slices().matching("io.veritag.ui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("io.veritag.ui.kit.."))
                .check(main);
    }
}
