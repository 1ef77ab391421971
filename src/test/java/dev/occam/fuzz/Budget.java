package dev.occam.fuzz;

import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps generated cases cheap: most get at most 2,000 iterations and 1 s per run, a few keep their
 * original iteration budget under a 2 s clock. The bundled specs' own budgets (10-60 s per sweep
 * point) are left to the catalogue tests: one mutation that stops convergence would cost minutes. A
 * value a mutation set on purpose (a tiny or malformed limit) is kept; when it made one budget
 * huge, the other still bounds the run.
 */
final class Budget {
    static final long MAX_ITERATIONS = 2_000;
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    /** Sweeps of more points than this run with a token budget per point. */
    private static final int MANY_POINTS = 20;

    private Budget() {}

    /**
     * @param chosen run keys a mutation of this case set on purpose
     */
    static String apply(Yaml.Map root, Random r, Set<String> chosen) {
        if (root.get("run").isPresent() && !(root.get("run").get() instanceof Yaml.Map))
            return "run block broken";
        Yaml.Map run = RunMutations.run(root);
        boolean trimmed = !chosen.contains("sweep") && r.nextInt(10) != 0 && trimSweep(root);
        boolean many = points(root) > MANY_POINTS;
        boolean original = !many && r.nextInt(100) < 3;
        long iterations =
                many
                        ? 20
                        : original
                                ? Long.MAX_VALUE
                                : Mutation.pick(
                                        r,
                                        MAX_ITERATIONS,
                                        MAX_ITERATIONS,
                                        MAX_ITERATIONS,
                                        500L,
                                        50L,
                                        5L);
        long millis =
                many
                        ? 20
                        : original
                                ? 2000
                                : Mutation.pick(
                                        r, 1000L, 1000L, 1000L, 1000L, 1000L, 200L, 20L, 1L);
        if (!chosen.contains("max-iterations") || chosen.contains("time-limit"))
            clampIterations(run, iterations);
        if (!chosen.contains("time-limit") || isHuge(run, "time-limit"))
            clampDuration(run, "time-limit", millis);
        clampDuration(run, "formula-time-limit", 2000);
        return (original ? "original iterations, 2s" : iterations + " iterations, " + millis + "ms")
                + (trimmed ? ", sweep cut to 2 points" : "");
    }

    /**
     * A bundled sweep's points each cost a prediction and a symbolic set-up: most cases keep two.
     */
    private static boolean trimSweep(Yaml.Map root) {
        boolean cut = false;
        if (root.get("sweep").orElse(null) instanceof Yaml.Map sweep) {
            for (Yaml.Entry e : sweep.entries()) {
                if (e.value instanceof Yaml.Seq s && s.items().size() > 2) {
                    s.items().subList(2, s.items().size()).clear();
                    cut = true;
                }
            }
        }
        return cut;
    }

    private static boolean isHuge(Yaml.Map run, String key) {
        Long ms = millis(run.get(key).orElse(null));
        return ms != null && ms > 2000;
    }

    private static void clampIterations(Yaml.Map run, long cap) {
        Yaml v = run.get("max-iterations").orElse(null);
        if (v == null) {
            if (cap != Long.MAX_VALUE)
                run.put("max-iterations", Yaml.Scalar.plain(Long.toString(cap)));
            return;
        }
        if (v instanceof Yaml.Scalar s
                && !s.quoted()
                && s.text().matches("\\d{1,18}")
                && Long.parseLong(s.text()) > cap) {
            run.put("max-iterations", Yaml.Scalar.plain(Long.toString(cap)));
        }
    }

    private static void clampDuration(Yaml.Map run, String key, long cap) {
        Yaml v = run.get(key).orElse(null);
        Long ms = millis(v);
        if (v == null || ms != null && ms > cap) run.put(key, Yaml.Scalar.quoted(cap + "ms"));
    }

    /** The duration a value stands for, or null when it is not one occam reads. */
    static Long millis(Yaml v) {
        if (!(v instanceof Yaml.Scalar s)) return null;
        Matcher m = DURATION.matcher(s.text().strip());
        if (!m.matches()) return null;
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> n;
            case "s" -> n * 1000;
            case "m" -> n * 60_000;
            default -> n * 3_600_000;
        };
    }

    /** Sweep grid size as written (lists only). */
    static long points(Yaml.Map root) {
        long n = 1;
        if (root.get("sweep").orElse(null) instanceof Yaml.Map sweep) {
            for (Yaml.Entry e : sweep.entries())
                if (e.value instanceof Yaml.Seq s) n *= Math.max(1, s.items().size());
        }
        return n;
    }
}
