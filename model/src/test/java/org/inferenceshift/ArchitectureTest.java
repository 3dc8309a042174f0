package org.inferenceshift;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.inferenceshift.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/CONTRIBUTING.md, checked on the model's compiled classes (tests left out):
 * its packages depend on each other without cycles, and drawing (XChart, AWT) happens in the chart
 * renderer package alone. A violation names every class and dependency that breaks the rule.
 */
class ArchitectureTest {
    /** The one package that may import XChart or AWT: every figure of the model is drawn there. */
    private static final String CHART_RENDERER_PACKAGE = "org.inferenceshift.render";

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.inferenceshift");

    @Test
    void theModelsClassesAreImported() {
        // guards the two rules below against passing on an empty import
        assertTrue(MODEL.contain(Main.class), "the command line among " + MODEL.size() + " imported classes");
    }

    @Test
    void modelPackagesAreFreeOfCycles() {
        slices().matching("org.inferenceshift.(*)..").should().beFreeOfCycles().check(MODEL);
    }

    @Test
    void onlyTheChartRendererImportsXChartOrAwt() {
        noClasses().that().resideOutsideOfPackage(CHART_RENDERER_PACKAGE + "..")
                .should().dependOnClassesThat().resideInAnyPackage("org.knowm.xchart..", "java.awt..")
                .because("figures are described in the model and drawn only by " + CHART_RENDERER_PACKAGE)
                .check(MODEL);
    }
}
