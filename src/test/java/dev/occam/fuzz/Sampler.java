package dev.occam.fuzz;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where an overrunning case spends its time: the innermost occam method on the stacks of the
 * threads it started. That names the phase (a prediction, a tier's set-up, the run loop, a symbolic
 * derivation) precisely enough to tell one known defect from a new one.
 */
final class Sampler {
    private Sampler() {}

    static String where(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 8];
        int n = group.enumerate(threads);
        List<Thread> busy =
                Arrays.stream(threads, 0, n)
                        .sorted(
                                Comparator.comparing(
                                        t -> t.getState() == Thread.State.RUNNABLE ? 0 : 1))
                        .toList();
        for (Thread t : busy) {
            String at = innermost(t.getStackTrace());
            if (at != null) return at;
        }
        return "unknown";
    }

    /**
     * True when a thread of the case waits to enter the Symja engine, which evaluates one formula
     * at a time for the whole process: the other worker's case holds it, and this case's time is
     * not its own.
     */
    static boolean waitsForSharedEngine(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 8];
        int n = group.enumerate(threads);
        return Arrays.stream(threads, 0, n)
                .anyMatch(
                        t -> {
                            StackTraceElement[] stack = t.getStackTrace();
                            return t.getState() == Thread.State.BLOCKED
                                    && stack.length > 0
                                    && stack[0].getClassName()
                                            .equals("dev.occam.symbolic.SymjaEngine")
                                    && stack[0].getMethodName().equals("call");
                        });
    }

    /**
     * True when some thread of the case waits for a Symja evaluation, which runs under its own time
     * limit.
     */
    static boolean inFormula(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 8];
        int n = group.enumerate(threads);
        return Arrays.stream(threads, 0, n)
                .anyMatch(
                        t ->
                                Arrays.stream(t.getStackTrace())
                                        .anyMatch(
                                                f ->
                                                        f.getClassName()
                                                                        .equals(
                                                                                "dev.occam.symbolic.SymjaEngine")
                                                                && f.getMethodName()
                                                                        .equals("call")));
    }

    /**
     * "Stage.method via Class": the innermost frame of a pipeline stage (spec, problem, algorithm,
     * prediction, check), which names the phase, and the innermost occam class below it (a numeric
     * tier, the formula compiler), which varies less than its methods; null for a thread that is
     * not in occam's code.
     */
    private static String innermost(StackTraceElement[] stack) {
        String inner = null;
        for (StackTraceElement f : stack) {
            String c = f.getClassName().replaceAll("\\$\\$Lambda.*", "");
            if (!c.startsWith("dev.occam.")
                    || c.startsWith("dev.occam.cli.")
                    || c.startsWith("dev.occam.fuzz.")
                    || c.startsWith("dev.occam.symbolic.SymjaEngine")) continue;
            String outer = c.replaceAll("\\$.*", "");
            if (inner == null) inner = outer;
            if (STAGE.matcher(c).lookingAt()) {
                String method = f.getMethodName().replaceAll("^lambda\\$(\\w+)\\$.*", "$1");
                return outer + "." + method + (inner.equals(outer) ? "" : " via " + inner);
            }
        }
        return inner;
    }

    private static final Pattern STAGE =
            Pattern.compile("dev\\.occam\\.(spec|problem|algorithm|prediction|check)\\.");
}
