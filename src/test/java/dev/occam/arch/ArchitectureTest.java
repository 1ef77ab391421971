package dev.occam.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * Data flows one way (docs/architecture.md): spec -> plan (problem, algorithm, prediction, claims
 * per sweep point) -> run (trajectories, certification of the tail) -> claim -> check (verdicts) ->
 * result -> report and the CLI. A package may use only those below it; the plan builds the objects
 * of the packages below it, the check orchestrates them. Documented deviations (docs/decisions.md):
 * symbolic may use numeric, because compiled formulas evaluate in the numeric tiers, and spec may
 * use numeric's Value, the exact number it produces.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("dev.occam");

    @Test
    void stagesDependOneWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true) // testkit comes with the TA-harness issue
                .layer("spec")
                .definedBy("dev.occam.spec..")
                .layer("symbolic")
                .definedBy("dev.occam.symbolic..")
                .layer("numeric")
                .definedBy("dev.occam.numeric..")
                .layer("problem")
                .definedBy("dev.occam.problem..")
                .layer("algorithm")
                .definedBy("dev.occam.algorithm..")
                .layer("prediction")
                .definedBy("dev.occam.prediction..")
                .layer("certify")
                .definedBy("dev.occam.certify..")
                .layer("result")
                .definedBy("dev.occam.result..")
                .layer("run")
                .definedBy("dev.occam.run..")
                .layer("claim")
                .definedBy("dev.occam.claim..")
                .layer("plan")
                .definedBy("dev.occam.plan..")
                .layer("check")
                .definedBy("dev.occam.check..")
                .layer("report")
                .definedBy("dev.occam.report..")
                .layer("search")
                .definedBy("dev.occam.search..")
                .layer("cli")
                .definedBy("dev.occam.cli..")
                .layer("testkit")
                .definedBy("dev.occam.testkit..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("search")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("report")
                .mayOnlyBeAccessedByLayers("cli", "search", "testkit")
                .whereLayer("check")
                .mayOnlyBeAccessedByLayers("cli", "search", "testkit")
                .whereLayer("plan")
                .mayOnlyBeAccessedByLayers("check", "cli", "search", "testkit")
                .whereLayer("claim")
                .mayOnlyBeAccessedByLayers("plan", "check")
                .whereLayer("run")
                .mayOnlyBeAccessedByLayers("claim", "check")
                .whereLayer("result")
                .mayOnlyBeAccessedByLayers("claim", "check", "report", "cli", "search", "testkit")
                .whereLayer("certify")
                .mayOnlyBeAccessedByLayers(
                        "run", "claim", "plan", "check", "result", "report", "cli", "search",
                        "testkit")
                .whereLayer("prediction")
                .mayOnlyBeAccessedByLayers(
                        "certify", "run", "claim", "plan", "check", "cli", "search", "testkit")
                .whereLayer("algorithm")
                .mayOnlyBeAccessedByLayers(
                        "certify", "run", "claim", "plan", "check", "cli", "search", "testkit")
                .whereLayer("problem")
                .mayOnlyBeAccessedByLayers(
                        "algorithm",
                        "prediction",
                        "certify",
                        "run",
                        "claim",
                        "plan",
                        "check",
                        "cli",
                        "search",
                        "testkit")
                .whereLayer("symbolic")
                .mayOnlyBeAccessedByLayers(
                        "problem",
                        "prediction",
                        "certify",
                        "claim",
                        "plan",
                        "check",
                        "cli",
                        "search",
                        "testkit")
                .whereLayer("spec")
                .mayOnlyBeAccessedByLayers("plan", "check", "cli", "search", "testkit")
                .whereLayer("numeric")
                .mayOnlyBeAccessedByLayers(
                        "spec",
                        "symbolic",
                        "problem",
                        "algorithm",
                        "prediction",
                        "certify",
                        "result",
                        "run",
                        "claim",
                        "plan",
                        "check",
                        "report",
                        "cli",
                        "search",
                        "testkit")
                .check(CLASSES);
    }

    /**
     * Orchestration, certification and reporting ask objects for their capabilities (default
     * methods, visitors) instead of testing their types: no {@code instanceof} on an occam type
     * there. A type test on a JDK or library type (an exception, a JSON node) is not a dispatch
     * over occam's kinds.
     */
    @Test
    void orchestrationCertificationAndReportsDoNotTestOccamTypes() {
        List<String> found = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            String pkg = c.getPackageName();
            if (!List.of(
                            "dev.occam.check",
                            "dev.occam.run",
                            "dev.occam.certify",
                            "dev.occam.report")
                    .contains(pkg)) continue;
            for (JavaCodeUnit u : c.getCodeUnits()) {
                for (InstanceofCheck i : u.getInstanceofChecks()) {
                    if (i.getRawType().getPackageName().startsWith("dev.occam"))
                        found.add(
                                i.getSourceCodeLocation()
                                        + ": instanceof "
                                        + i.getRawType().getSimpleName());
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
