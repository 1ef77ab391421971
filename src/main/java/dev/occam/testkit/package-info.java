/**
 * JUnit 5 + AssertJ harness for grading optimizers against occam's theorems.
 *
 * <p>A student implements {@link dev.occam.algorithm.Optimizer} (plain {@code double[]}, double
 * tier only). A spec selects it with {@code algorithm: {kind: custom, class: com.example.MyGd,
 * parameters: {step: 0.01}, init: [...]}} (run.precision at most 16), or a test substitutes it for
 * the spec's algorithm with {@link dev.occam.testkit.Occam#spec}{@code (path).with(optimizer)}.
 * Assertions: {@link dev.occam.testkit.OccamAssertions#assertThat}, soft ones with {@link
 * dev.occam.testkit.OccamSoftAssertions}; a folder of specs as dynamic tests with {@link
 * dev.occam.testkit.OccamTests#forFolder}. JUnit Jupiter and AssertJ are {@code provided}
 * dependencies of occam: the user's build brings them.
 *
 * <p>It may depend on check, spec, certify, algorithm, prediction, problem, symbolic and numeric;
 * no occam package depends on it.
 */
package dev.occam.testkit;
