package dev.occam.testkit;

import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.CustomAlgorithm;
import dev.occam.algorithm.Optimizer;
import dev.occam.certify.Evidence;
import dev.occam.check.CheckOptions;
import dev.occam.check.Checker;
import dev.occam.check.Progress;
import dev.occam.numeric.Value;
import dev.occam.plan.Planner;
import dev.occam.plan.SpecPlan;
import dev.occam.result.SpecResult;
import dev.occam.spec.Spec;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Symbolic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Programmatic entry point for tests: check a spec as written, or with a user's {@link Optimizer}
 * in place of the algorithm it names.
 *
 * <pre>{@code
 * SpecResult r = Occam.spec(Path.of("theorems/gd-least-squares-min-distance.yaml"))
 *         .with(new StudentGradientDescent())
 *         .check();
 * OccamAssertions.assertThat(r).holds();
 * }</pre>
 *
 * An invalid spec throws {@link dev.occam.spec.SpecError} (with file, line and column); anything
 * that goes wrong during the run, including a misbehaving plug-in, is a verdict in the result.
 */
public final class Occam {
    private static final Duration NUMBER_TIME_LIMIT = Duration.ofSeconds(5);
    private static SpecLoader loader;

    private Occam() {}

    /** Checks the spec as written. */
    public static SpecResult check(Path spec) {
        return spec(spec).check();
    }

    /**
     * A check of {@code spec} to configure (e.g. {@link Run#with(Optimizer)}) and then {@link
     * Run#check()}.
     */
    public static Run spec(Path spec) {
        return new Run(plan(spec), null, null, Evidence.TREND);
    }

    /**
     * Loads and validates a spec file (throws {@link dev.occam.spec.SpecError} when it is invalid).
     */
    public static Spec load(Path file) {
        return plan(file).spec();
    }

    /**
     * Loads a spec file and builds every sweep point (throws {@link dev.occam.spec.SpecError} when
     * it is invalid).
     */
    private static synchronized SpecPlan plan(Path file) {
        if (loader == null) loader = new SpecLoader(Occam::number);
        return Planner.plan(loader.load(file));
    }

    /** One configured check; immutable. */
    public static final class Run {
        private final SpecPlan plan;
        private final Supplier<? extends Optimizer> optimizer;
        private final Map<String, Double> parameters;
        private final Evidence require;

        private Run(
                SpecPlan plan,
                Supplier<? extends Optimizer> optimizer,
                Map<String, Double> parameters,
                Evidence require) {
            this.plan = plan;
            this.optimizer = optimizer;
            this.parameters = parameters;
            this.require = require;
        }

        /**
         * Runs {@code optimizer} instead of the spec's algorithm, from the spec's init, in the
         * double tier. The instance is reused across sweep points ({@link Optimizer#init} must
         * reset it). Parameters: the spec's {@code algorithm.parameters} when it is {@code kind:
         * custom}, else {@code step} when the spec's algorithm has a constant step (so a sweep over
         * {@code algorithm.step} reaches the plug-in), unless {@link #parameters} overrides them.
         */
        public Run with(Optimizer optimizer) {
            Objects.requireNonNull(optimizer, "optimizer");
            return new Run(plan, () -> optimizer, parameters, require);
        }

        /** As {@link #with(Optimizer)} with a fresh instance per sweep point. */
        public Run with(Supplier<? extends Optimizer> optimizer) {
            return new Run(
                    plan, Objects.requireNonNull(optimizer, "optimizer"), parameters, require);
        }

        /**
         * Parameters passed to {@link Optimizer#configure}, replacing those derived from the spec.
         */
        public Run parameters(Map<String, Double> parameters) {
            return new Run(plan, optimizer, Map.copyOf(parameters), require);
        }

        /**
         * The weakest evidence a HOLDS or FAILS may rest on (as {@code occam check --require}):
         * verdicts on weaker evidence come back INCONCLUSIVE. Default: {@link Evidence#TREND},
         * every grade.
         */
        public Run requiring(Evidence grade) {
            return new Run(plan, optimizer, parameters, Objects.requireNonNull(grade, "grade"));
        }

        public Spec spec() {
            return plan.spec();
        }

        public SpecResult check() {
            Checker checker = new Checker(new CheckOptions(null, require));
            if (optimizer == null) return checker.check(plan, Progress.NONE);
            Optimizer probe = null;
            String name;
            try {
                probe = optimizer.get();
                name = probe.getClass().getName();
            } catch (RuntimeException e) {
                name = "plug-in";
            }
            String className = name;
            Optimizer first = probe;
            Supplier<? extends Optimizer> factory = optimizer;
            // the probe instance serves the first run, so a supplier is not called once too often
            Supplier<Optimizer> once =
                    new Supplier<>() {
                        private boolean used;

                        @Override
                        public synchronized Optimizer get() {
                            if (!used && first != null) {
                                used = true;
                                return first;
                            }
                            return factory.get();
                        }
                    };
            return checker.check(
                    plan.withAlgorithm(a -> new CustomAlgorithm(className, once, parametersFor(a))),
                    Progress.NONE);
        }

        private Map<String, Double> parametersFor(Algorithm algorithm) {
            if (parameters != null) return parameters;
            if (algorithm instanceof CustomAlgorithm c) return c.parameters();
            Map<String, Double> out = new LinkedHashMap<>();
            if (algorithm.step() != null && !Double.isNaN(algorithm.step().constant()))
                out.put("step", algorithm.step().constant());
            return out;
        }
    }

    private static Value number(String text) {
        try {
            return Symbolic.get().number(text, NUMBER_TIME_LIMIT);
        } catch (FormulaException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
