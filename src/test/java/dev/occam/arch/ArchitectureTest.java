package dev.occam.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Design §4: data flows one way, spec -> problem/algorithm/prediction -> run -> claims -> report;
 * certification (certify: tail bounds, exact dynamics, trends, fits) sits between the run and the
 * claims, and the evidence grades it defines travel with the results to reports and the CLI.
 * Documented deviations (docs/decisions.md): symbolic may use numeric, because compiled formulas
 * evaluate in the numeric tiers, and spec may use numeric's Value, the exact number it produces.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.occam");

    @Test
    void stagesDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true) // testkit comes with the TA-harness issue
                .layer("spec").definedBy("dev.occam.spec..")
                .layer("symbolic").definedBy("dev.occam.symbolic..")
                .layer("numeric").definedBy("dev.occam.numeric..")
                .layer("problem").definedBy("dev.occam.problem..")
                .layer("algorithm").definedBy("dev.occam.algorithm..")
                .layer("prediction").definedBy("dev.occam.prediction..")
                .layer("certify").definedBy("dev.occam.certify..")
                .layer("check").definedBy("dev.occam.check..")
                .layer("report").definedBy("dev.occam.report..")
                .layer("cli").definedBy("dev.occam.cli..")
                .layer("testkit").definedBy("dev.occam.testkit..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("check").mayOnlyBeAccessedByLayers("report", "cli", "testkit")
                .whereLayer("certify").mayOnlyBeAccessedByLayers("check", "report", "cli", "testkit")
                .whereLayer("prediction").mayOnlyBeAccessedByLayers("certify", "check", "cli", "testkit")
                .whereLayer("algorithm").mayOnlyBeAccessedByLayers("certify", "check", "cli", "testkit")
                .whereLayer("problem").mayOnlyBeAccessedByLayers("algorithm", "prediction", "certify", "check", "cli", "testkit")
                .whereLayer("symbolic").mayOnlyBeAccessedByLayers("problem", "prediction", "certify", "check", "cli", "testkit")
                .whereLayer("spec").mayOnlyBeAccessedByLayers("check", "cli", "testkit")
                .whereLayer("numeric").mayOnlyBeAccessedByLayers("spec", "symbolic", "problem", "algorithm", "prediction", "certify", "check", "report", "cli", "testkit")
                .check(CLASSES);
    }
}
