package dev.occam.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mutations of the run block and the sweep: precisions, budgets tiny and large, unknown sweep
 * paths, many points.
 */
final class RunMutations {
    static final List<String> PRECISIONS =
            List.of(
                    "1", "16", "17", "32", "33", "60", "1000", "0", "-1", "1001", "\"16\"", "16.0",
                    "1e3");
    static final List<String> SWEEP_PATHS =
            List.of(
                    "algorithm.nope",
                    "nope.step",
                    "problem",
                    "claims.tolerance",
                    "claims[99].tolerance",
                    "claims[0]",
                    "algorithm.kind",
                    "run.precision",
                    "algorithm.step.x",
                    "problem.X[0][0]",
                    "problem.X[99]",
                    "problem.X[0][99]",
                    "algorithm..step",
                    "algorithm.step[0]",
                    ".",
                    "",
                    " ",
                    "claims[99999999999].tolerance",
                    "claims[-1].tolerance",
                    "algorithm.init[0]",
                    "problem.y[0]",
                    "algorithm.init[9]",
                    "problem.X.shape",
                    "prediction.norm",
                    "claims[0].expect.r",
                    "algorithm.potential",
                    "claims[0].kind",
                    "sweep.x",
                    "id",
                    "algorithm.step",
                    "claims[1].tolerance");

    Map<String, Mutation> all() {
        return Map.of(
                "precision", this::precision,
                "limits", this::limits,
                "sweep-path", this::sweepPath,
                "sweep-many", this::sweepMany);
    }

    static Yaml.Map run(Yaml.Map root) {
        if (root.get("run").orElse(null) instanceof Yaml.Map m) return m;
        Yaml.Map m = new Yaml.Map(new ArrayList<>());
        if (root.get("run").isEmpty()) root.entries().add(new Yaml.Entry("run", m));
        return m;
    }

    private String precision(Yaml.Map root, Random r) {
        String p = Mutation.pick(r, PRECISIONS);
        run(root)
                .put(
                        "precision",
                        p.startsWith("\"")
                                ? Yaml.Scalar.quoted(p.substring(1, p.length() - 1))
                                : Yaml.Scalar.plain(p));
        return "precision " + p;
    }

    /**
     * Budgets tiny, odd or huge; {@link Budget} keeps at least one of iterations and clock finite
     * and small.
     */
    private String limits(Yaml.Map root, Random r) {
        Yaml.Map run = run(root);
        String key = Mutation.pick(r, "max-iterations", "time-limit", "formula-time-limit", "seed");
        String value =
                switch (key) {
                    case "max-iterations" ->
                            Mutation.pick(
                                    r,
                                    "1",
                                    "2",
                                    "255",
                                    "256",
                                    "257",
                                    "1000000000000",
                                    "0",
                                    "-5",
                                    "1.5",
                                    "\"10\"",
                                    "1e3");
                    case "seed" ->
                            Mutation.pick(r, "0", "-1", "99999999999999999999", "0.5", "\"x\"");
                    default ->
                            Mutation.pick(
                                    r,
                                    "\"1ms\"",
                                    "\"10ms\"",
                                    "\"100ms\"",
                                    "\"1s\"",
                                    "\"999999999h\"",
                                    "\"0ms\"",
                                    "\"-1s\"",
                                    "\"1.5s\"",
                                    "\"1 s\"",
                                    "5",
                                    "\"5S\"",
                                    "\"1d\"",
                                    "\"9999999999s\"",
                                    "\"\"");
                };
        run.put(
                key,
                value.startsWith("\"")
                        ? Yaml.Scalar.quoted(value.substring(1, value.length() - 1))
                        : Yaml.Scalar.plain(value));
        return key + " " + value;
    }

    private static Yaml.Map sweep(Yaml.Map root) {
        if (root.get("sweep").orElse(null) instanceof Yaml.Map m) return m;
        Yaml.Map m = new Yaml.Map(new ArrayList<>());
        root.put("sweep", m);
        return m;
    }

    private String sweepPath(Yaml.Map root, Random r) {
        String path = Mutation.pick(r, SWEEP_PATHS);
        List<Yaml> values = new ArrayList<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--)
            values.add(r.nextBoolean() ? Values.anyScalar(r) : Yaml.Scalar.plain("0.01"));
        sweep(root).put(path, r.nextInt(6) == 0 ? Values.anyScalar(r) : new Yaml.Seq(values));
        return "sweep " + path;
    }

    /** Many points on an existing numeric key, or a grid past occam's 10,000-point limit. */
    private String sweepMany(Yaml.Map root, Random r) {
        Slot s =
                Mutation.slot(
                        root,
                        r,
                        x ->
                                x.get() instanceof Yaml.Scalar sc
                                        && !sc.quoted()
                                        && sc.text().matches("-?[0-9.]+(e-?[0-9]+)?")
                                        && !x.path.startsWith("run")
                                        && !x.path.startsWith("sweep")
                                        && !x.path.startsWith("id")
                                        && x.path.contains("."));
        if (s == null) return null;
        Yaml.Map sweep = sweep(root);
        if (r.nextInt(4) == 0) {
            sweep.put(s.path, numbers(101, r));
            Slot t =
                    Mutation.slot(
                            root,
                            r,
                            x ->
                                    x.get() instanceof Yaml.Scalar
                                            && x.path.startsWith("claims")
                                            && x.path.contains("."));
            sweep.put(
                    t == null || t.path.equals(s.path) ? "algorithm.init" : t.path,
                    numbers(100, r));
            return "sweep grid " + s.path + " 101 x 100";
        }
        int n = Mutation.pick(r, 2, 5, 20, 60, 150);
        sweep.put(s.path, numbers(n, r));
        return "sweep " + s.path + " " + n + " points";
    }

    private static Yaml.Seq numbers(int n, Random r) {
        List<Yaml> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(
                    r.nextInt(20) == 0
                            ? Values.anyNumber(r)
                            : Yaml.Scalar.plain(
                                    Double.toString(
                                            Math.scalb(1 + r.nextInt(1000), -r.nextInt(16)))));
        }
        return new Yaml.Seq(values);
    }
}
