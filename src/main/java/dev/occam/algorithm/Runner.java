package dev.occam.algorithm;

import dev.occam.numeric.LogSpacedSchedule;
import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Drives a {@link Stepper} until the budget (iterations, then wall-clock time) runs out, its steps
 * sink into the tier's rounding floor for long enough, or the iterates blow up; records a {@link
 * Trajectory}. None of these stops says anything about convergence or divergence: a run in the
 * floor can no longer be resolved by its tier, and a blow-up may be floating-point overflow; the
 * checker decides from certificates.
 */
public final class Runner {
    /** Steps this many times the tier's epsilon (relative to ||w||) are rounding noise. */
    private static final double FLOOR_FACTOR = 64;

    /**
     * Consecutive noise-level steps before the run stops at the floor: at least this many, and at
     * least a quarter of the run so far, so that a slow mode excited by rounding (growth 1.01 per
     * step takes ~3,700 steps from 1e-16 to 1) has time to show in a long run.
     */
    private static final int FLOOR_RUN = 20;

    /** A step this many times the start's size (or the first step's) ends the run as a blow-up. */
    private static final double BLOW_UP = 1e150;

    private final long maxIterations;
    private final Duration timeLimit;
    private final boolean floorStop;

    public Runner(long maxIterations, Duration timeLimit) {
        this(maxIterations, timeLimit, true);
    }

    private Runner(long maxIterations, Duration timeLimit, boolean floorStop) {
        this.maxIterations = maxIterations;
        this.timeLimit = timeLimit;
        this.floorStop = floorStop;
    }

    /**
     * This runner, stopping at the rounding floor or not: a method whose step schedule changes (a
     * pause, a restart) may leave the floor again, so its run goes on to the budget.
     */
    public Runner withFloorStop(boolean stop) {
        return new Runner(maxIterations, timeLimit, stop);
    }

    /**
     * This runner with another wall-clock budget (what is left of a point's after its main run).
     */
    public Runner withTimeLimit(Duration limit) {
        return new Runner(maxIterations, limit, floorStop);
    }

    /** The wall-clock budget of one run. */
    public Duration timeLimit() {
        return timeLimit;
    }

    /**
     * @param progress receives the fraction of the budget used, a few times per second at most
     */
    public Trajectory run(Stepper stepper, Objective objective, DoubleConsumer progress) {
        return run(stepper, objective, progress, null);
    }

    /**
     * @param watch sees every iterate (t = 0 included), or null; only claims that need it pass one,
     *     so plain runs keep the loop as it is
     */
    public Trajectory run(
            Stepper stepper, Objective objective, DoubleConsumer progress, IterationWatch watch) {
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        LogSpacedSchedule schedule = LogSpacedSchedule.standard();
        List<Trajectory.Sample> samples = new ArrayList<>();
        Vec w = stepper.iterate();
        // copies of w_t and w_(t-1) (w_0 before the first step), their roles swapped after each
        // step: the step norm and the copy of the new iterate are one pass over w
        Vec current = w.copy();
        Vec previous = w.copy();
        double[] stepNorms = new double[1024];
        double eps = Math.max(w.tier().epsilon(), stepper.relativeNoise() / FLOOR_FACTOR);
        double scale = Math.max(1, norm(w));
        samples.add(sample(0, w, objective, stepper));
        if (watch != null) watch.observe(0, stepper.time(0), w, stepper);
        String stopped = Trajectory.BUDGET;
        long t = 0;
        int quiet = 0;
        double blowUp =
                BLOW_UP * scale; // relative to the start and the first step: data of scale 1e155
        // are not a blow-up
        long lastProgress = start;
        long lastCheck = start;
        long checkMask = 0;
        long nextRecorded = schedule.next(0);
        while (t < maxIterations) {
            stepper.step(t);
            double step = w.distanceAndCopy(current, previous);
            Vec swap = current;
            current = previous;
            previous = swap;
            if (t == stepNorms.length)
                stepNorms = Arrays.copyOf(stepNorms, (int) Math.min(Integer.MAX_VALUE - 8, 2L * t));
            stepNorms[(int) t] = step;
            t++;
            if (t == 1) blowUp = BLOW_UP * Math.max(scale, step);
            if (!Double.isFinite(step) || step > blowUp) {
                stopped = Trajectory.BLOW_UP;
                break;
            }
            if (watch != null) watch.observe(t, stepper.time(t), w, stepper);
            if (t == nextRecorded || stepper.recordsEvery()) {
                scale = Math.max(1, norm(w));
                samples.add(sample(t, w, objective, stepper));
            }
            if (t >= nextRecorded) nextRecorded = schedule.next(t);
            if (stepper.finished()) {
                stopped = Trajectory.END;
                break;
            }
            quiet = step <= FLOOR_FACTOR * eps * scale ? quiet + 1 : 0;
            if (floorStop && quiet >= FLOOR_RUN && quiet >= t / 4) {
                stopped = Trajectory.FLOOR;
                break;
            }
            if ((t & checkMask) == 0) {
                long now = System.nanoTime();
                if (now > deadline) {
                    stopped = Trajectory.TIME_LIMIT;
                    break;
                }
                // every 256 iterations when they are cheap, every one when they are slow (an
                // integrated flow can take a second per iteration): the time limit holds to about
                // one iteration
                if (now - lastCheck < 1_000_000L) checkMask = Math.min(255, 2 * checkMask + 1);
                else if (now - lastCheck > 100_000_000L) checkMask >>= 1;
                lastCheck = now;
                if (now - lastProgress > 200_000_000L) {
                    lastProgress = now;
                    progress.accept(
                            Math.max(
                                    (double) t / maxIterations,
                                    (double) (now - start) / timeLimit.toNanos()));
                }
            }
        }
        if (samples.get(samples.size() - 1).t() != t) samples.add(sample(t, w, objective, stepper));
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Trajectory(
                List.copyOf(samples),
                Arrays.copyOf(stepNorms, (int) t),
                t,
                stopped,
                seconds,
                FLOOR_FACTOR * eps * scale,
                previous,
                stepper.state());
    }

    private static Trajectory.Sample sample(long t, Vec w, Objective objective, Stepper stepper) {
        return new Trajectory.Sample(
                t, w.copy(), objective.logLoss(w).doubleValue(), stepper.time(t));
    }

    private static double norm(Vec w) {
        return Math.sqrt(w.dot(w).doubleValue());
    }
}
