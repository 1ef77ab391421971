package dev.occam.algorithm;

import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * {@code algorithm.kind: custom}: a user's {@link Optimizer} run in the double tier. Every step is
 * guarded: exceptions, non-finite or wrong-length iterates become a {@link PluginException} naming
 * the class and the iteration; {@link #run} drives the run on a worker thread so a step that never
 * returns ends in a PluginException at the time limit (plus a grace period) instead of a hang.
 *
 * @param className the plug-in's class, for messages
 * @param factory gives the optimizer for each run (a new instance, or the same one re-initialized)
 * @param parameters passed to {@link Optimizer#configure} before each run
 */
public record CustomAlgorithm(
        String className, Supplier<? extends Optimizer> factory, Map<String, Double> parameters)
        implements Algorithm {
    /** How long past the run's time limit a step may take before the run is abandoned. */
    public static final Duration GRACE = Duration.ofSeconds(2);

    /** Plug-ins compute in double. */
    @Override
    public int maxDigits() {
        return 16;
    }

    public CustomAlgorithm {
        parameters = Map.copyOf(parameters);
    }

    /**
     * A plug-in given as an instance (reused across sweep points; {@link Optimizer#init} resets
     * it).
     */
    public static CustomAlgorithm of(Optimizer optimizer, Map<String, Double> parameters) {
        return new CustomAlgorithm(optimizer.getClass().getName(), () -> optimizer, parameters);
    }

    @Override
    public String kind() {
        return "custom";
    }

    /**
     * The constant {@code step} parameter, if given: lets predictions that depend on eta see it.
     */
    @Override
    public StepSize step() {
        Double eta = parameters.get("step");
        return eta == null ? null : StepSize.constant(eta, eta.toString());
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        if (!w0.tier().name().equals("double")) {
            throw new PluginException(
                    "custom plug-in "
                            + className
                            + " runs in the double tier only (run.precision 16), not "
                            + w0.tier().name(),
                    null);
        }
        Optimizer optimizer;
        try {
            optimizer = factory.get();
            optimizer.configure(parameters);
        } catch (PluginException e) {
            throw e;
        } catch (Throwable e) {
            throw failure("could not be created or configured", e);
        }
        GuardedStepper s = new GuardedStepper(optimizer, objective, w0.copy());
        try {
            optimizer.init(w0.toDoubleArray(), s.oracle);
        } catch (Throwable e) {
            throw failure("threw in init", e);
        }
        return s;
    }

    /**
     * Runs {@code stepper} with {@code runner} on a worker thread; when it started from this
     * algorithm, a step that has not returned {@link #GRACE} after the runner's time limit ends the
     * run with a PluginException (the worker is interrupted, then stopped).
     */
    @Override
    public Trajectory run(
            Runner runner,
            Stepper stepper,
            Objective objective,
            DoubleConsumer progress,
            IterationWatch watch) {
        GuardedStepper guarded = stepper instanceof GuardedStepper g ? g : null;
        if (guarded != null) guarded.deadline = System.nanoTime() + runner.timeLimit().toNanos();
        FutureTask<Trajectory> task =
                new FutureTask<>(() -> runner.run(stepper, objective, progress, watch));
        Thread worker = new Thread(task, "occam-plugin-" + className);
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(runner.timeLimit().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            long t = guarded == null ? -1 : guarded.current;
            abandon(worker);
            throw new PluginException(
                    "custom plug-in "
                            + className
                            + " did not return from step at iteration "
                            + t
                            + " within the time limit ("
                            + runner.timeLimit().toMillis() / 1000.0
                            + " s + "
                            + GRACE.toSeconds()
                            + " s grace)",
                    null);
        } catch (InterruptedException e) {
            abandon(worker);
            Thread.currentThread().interrupt();
            throw new PluginException("interrupted while running custom plug-in " + className, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            throw failure("failed", cause);
        }
    }

    @SuppressWarnings("deprecation")
    private static void abandon(Thread worker) {
        worker.interrupt();
        try {
            worker.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            try {
                worker.stop(); // Java 17: ends a busy loop; later JDKs refuse, and the daemon
                // thread is left behind
            } catch (UnsupportedOperationException | SecurityException ignored) {
                // nothing more can be done
            }
        }
    }

    private PluginException failure(String what, Throwable e) {
        return new PluginException("custom plug-in " + className + " " + what + ": " + e, e);
    }

    private final class GuardedStepper implements Stepper {
        private final Optimizer optimizer;
        private final Objective objective;
        private final Vec w;
        private final Vec g;
        private final double[] wBuf;
        private final double[] gBuf;
        final Optimizer.Oracle oracle;
        volatile long current;
        long deadline = Long.MAX_VALUE;

        GuardedStepper(Optimizer optimizer, Objective objective, Vec w) {
            this.optimizer = optimizer;
            this.objective = objective;
            this.w = w;
            this.g = w.tier().zeros(w.size());
            this.wBuf = new double[w.size()];
            this.gBuf = new double[w.size()];
            this.oracle =
                    new Optimizer.Oracle() {
                        private final Vec at = w.tier().zeros(w.size());
                        private final Vec out = w.tier().zeros(w.size());

                        @Override
                        public int dimension() {
                            return w.size();
                        }

                        @Override
                        public double[] gradient(double[] point) {
                            load(point);
                            objective.gradient(at, out);
                            return out.toDoubleArray();
                        }

                        @Override
                        public double loss(double[] point) {
                            load(point);
                            return objective.loss(at).doubleValue();
                        }

                        @Override
                        public double logLoss(double[] point) {
                            load(point);
                            return objective.logLoss(at).doubleValue();
                        }

                        private void load(double[] point) {
                            if (point == null || point.length != at.size()) {
                                throw new IllegalArgumentException(
                                        "the oracle takes points of length "
                                                + at.size()
                                                + ", got "
                                                + (point == null
                                                        ? "null"
                                                        : "length " + point.length));
                            }
                            copy(point, at);
                        }
                    };
        }

        @Override
        public void step(long t) {
            current = t;
            int d = w.size();
            for (int i = 0; i < d; i++) wBuf[i] = w.get(i);
            objective.gradient(w, g);
            for (int i = 0; i < d; i++) gBuf[i] = g.get(i);
            double[] next;
            try {
                next = optimizer.step(t, wBuf, gBuf, oracle);
            } catch (ThreadDeath e) {
                throw e;
            } catch (Throwable e) {
                throw failure("threw at iteration " + t, e);
            }
            if (next == null)
                throw new PluginException(
                        "custom plug-in " + className + " returned null at iteration " + t, null);
            if (next.length != d) {
                throw new PluginException(
                        "custom plug-in "
                                + className
                                + " returned an iterate of length "
                                + next.length
                                + " at iteration "
                                + t
                                + "; the problem has dimension "
                                + d,
                        null);
            }
            for (int i = 0; i < d; i++) {
                if (!Double.isFinite(next[i])) {
                    throw new PluginException(
                            "custom plug-in "
                                    + className
                                    + " returned a non-finite iterate at iteration "
                                    + t
                                    + ": w["
                                    + i
                                    + "] = "
                                    + next[i],
                            null);
                }
            }
            copy(next, w);
        }

        @Override
        public Vec iterate() {
            return w;
        }

        @Override
        public boolean finished() {
            return System.nanoTime() > deadline;
        }

        private void copy(double[] from, Vec to) {
            for (int i = 0; i < from.length; i++) to.set(i, to.tier().scalar(from[i]));
        }
    }
}
