package org.inferenceshift.viz;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The GUI's packages depend on each other without cycles (docs/CONTRIBUTING.md), checked on its compiled
 * classes (tests left out). The model is not imported: it has its own rule, and cannot depend on the GUI.
 * Slices are whole package names, so each sub-package the GUI grows is a slice of its own: today the GUI
 * is one package, and the rule guards the split to come.
 */
class VizArchitectureTest {
    private static final JavaClasses VIZ = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.inferenceshift.viz");

    @Test
    void theGuisClassesAreImported() {
        // guards the rule below against passing on an empty import
        assertTrue(VIZ.contain(GuiMain.class), "the GUI's entry point among " + VIZ.size() + " imported classes");
    }

    @Test
    void vizPackagesAreFreeOfCycles() {
        slices().matching("org.inferenceshift.(**)").should().beFreeOfCycles().check(VIZ);
    }
}
