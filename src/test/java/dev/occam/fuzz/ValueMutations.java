package dev.occam.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mutations of values: extreme numbers, formula text, odd strings, generated data, plug-in classes.
 */
final class ValueMutations {
    /** Keys whose strings are formulas or number expressions. */
    private static final List<String> FORMULA_KEYS =
            List.of(
                    "step",
                    "potential",
                    "law",
                    "over-loss",
                    "until",
                    "norm",
                    "half-squared-norm",
                    "tolerance",
                    "cap",
                    "min-margin",
                    "r",
                    "c",
                    "a",
                    "b",
                    "d");

    private static final List<String> PLUGINS =
            List.of(
                    "dev.occam.testkit.Plugins$ReferenceGradientDescent",
                    "dev.occam.testkit.Plugins$Throws",
                    "dev.occam.testkit.Plugins$ReturnsNaN",
                    "dev.occam.testkit.Plugins$WrongLength",
                    "dev.occam.testkit.Plugins$SkipsLastCoordinate",
                    "dev.occam.testkit.Plugins",
                    "dev.occam.algorithm.Optimizer",
                    "java.lang.String",
                    "java.lang.Runtime",
                    "no.such.Plugin",
                    "",
                    "[Ljava.lang.String;",
                    "java.lang.Object",
                    "dev.occam.testkit.Plugins.Throws");

    Map<String, Mutation> all() {
        return Map.of(
                "extreme-number", this::extremeNumber,
                "formula", this::formula,
                "odd-string", this::oddString,
                "generated-data", this::generatedData,
                "plugin", this::plugin);
    }

    private String extremeNumber(Yaml.Map root, Random r) {
        Slot s =
                Mutation.slot(
                        root,
                        r,
                        x ->
                                x.get() instanceof Yaml.Scalar sc
                                        && (looksNumeric(sc.text()) || r.nextInt(4) == 0));
        if (s == null) return null;
        Yaml.Scalar v = Values.anyNumber(r);
        s.set(v);
        return "number " + s.path + " = " + StructureMutations.shorten(v.text());
    }

    private static boolean looksNumeric(String t) {
        return !t.isEmpty()
                        && (Character.isDigit(t.charAt(0))
                                || t.charAt(0) == '-'
                                || t.charAt(0) == '.')
                || t.contains("/");
    }

    private String formula(Yaml.Map root, Random r) {
        Slot s =
                Mutation.slot(
                        root, r, x -> x.get() instanceof Yaml.Scalar && x.keyIn(FORMULA_KEYS));
        if (s == null) s = Mutation.slot(root, r, x -> x.get() instanceof Yaml.Scalar);
        if (s == null) return null;
        String f =
                "law".equals(s.key())
                        ? Formulas.law(r)
                        : "norm".equals(s.key()) || "half-squared-norm".equals(s.key())
                                ? "lp:" + Formulas.any(r)
                                : Formulas.any(r);
        s.set(Yaml.Scalar.quoted(f));
        return "formula " + s.path + " = " + StructureMutations.shorten(f);
    }

    private String oddString(Yaml.Map root, Random r) {
        Slot s = Mutation.slot(root, r, x -> x.get() instanceof Yaml.Scalar);
        if (s == null) return null;
        s.set(Yaml.Scalar.quoted(Values.oddString(r)));
        return "string " + s.path;
    }

    private String generatedData(Yaml.Map root, Random r) {
        Slot s =
                Mutation.slot(
                        root,
                        r,
                        x -> x.keyIn(List.of("X", "y", "init", "weights", "sign-of", "quadratic")));
        if (s == null) return null;
        s.set(Values.generated(r, s.key().equals("X") || s.key().equals("quadratic")));
        return "generated " + s.path;
    }

    private String plugin(Yaml.Map root, Random r) {
        if (!(root.get("algorithm").orElse(null) instanceof Yaml.Map algorithm)) return null;
        String name = Mutation.pick(r, PLUGINS);
        algorithm.put("kind", Yaml.Scalar.plain("custom"));
        algorithm.put("class", Yaml.Scalar.quoted(name));
        algorithm
                .entries()
                .removeIf(
                        e ->
                                List.of("step", "beta", "potential", "norm", "epsilon")
                                                .contains(e.key)
                                        && r.nextInt(4) != 0);
        if (r.nextBoolean()) {
            List<Yaml.Entry> p =
                    new ArrayList<>(
                            List.of(
                                    new Yaml.Entry(
                                            "step",
                                            r.nextBoolean()
                                                    ? Yaml.Scalar.plain("0.01")
                                                    : Values.anyNumber(r))));
            algorithm.put("parameters", r.nextInt(5) == 0 ? Values.anyScalar(r) : new Yaml.Map(p));
        }
        return "plugin " + name;
    }
}
