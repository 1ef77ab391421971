package dev.occam.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Replacement values: extreme numbers, odd strings, generated-data mappings, shapes. */
final class Values {
    /**
     * Written plain: YAML integers and floats at and beyond the limits occam states (1000 digits of
     * scale, doubles, longs).
     */
    static final List<String> PLAIN_NUMBERS =
            List.of(
                    "0",
                    "-0",
                    "-1",
                    "1",
                    "2",
                    "0.5",
                    "1e-400",
                    "1e400",
                    "-1e400",
                    "1e-1000",
                    "1e1000",
                    "1e-1001",
                    "1e1001",
                    "123456789012345678901234567890123456789",
                    "9223372036854775807",
                    "9223372036854775808",
                    "-9223372036854775809",
                    "0x7fffffffffffffff",
                    "0xffffffffffffffffffff",
                    "0o777",
                    "2147483648",
                    ".inf",
                    "-.inf",
                    ".nan",
                    "1.7976931348623157e308",
                    "4.9e-324",
                    "2.5e-324",
                    "1e-308",
                    "0.000",
                    "+1",
                    "1.",
                    ".5",
                    "1E5",
                    "1e-14",
                    "1e-3",
                    "0.999999999999999999999",
                    "1e-99999999999",
                    "1" + "0".repeat(5000));

    /** Written quoted: exact strings and constant expressions, valid, odd and hostile. */
    static final List<String> QUOTED_NUMBERS =
            List.of(
                    "NaN",
                    "nan",
                    "inf",
                    "-inf",
                    "Infinity",
                    "-Infinity",
                    "1/0",
                    "0/0",
                    "1/3",
                    "-2/7",
                    "1e-400",
                    "1e400",
                    "Sqrt(2)",
                    "Sqrt(-2)",
                    "2^(1/3)",
                    "Pi",
                    "E^100000",
                    "10^10000",
                    "10^100000",
                    "1/10^10000",
                    "(-1)^(1/2)",
                    "1.5/3",
                    "1/3/5",
                    "1 / 3",
                    "1e-40/1e40",
                    "0x10",
                    "",
                    " ",
                    "--1",
                    "1e",
                    "e",
                    "1e-99999999999",
                    "99999999999999999999e99999999999",
                    "1/1e-1000",
                    "1e1000/1e-1000",
                    "2^(10^9)",
                    "Sin(10^100)",
                    "Log(0)",
                    "1/3 + I",
                    "x",
                    "t",
                    "Exp(Exp(Exp(10)))",
                    "N(Pi, 100000)",
                    "Sum(1/i^2, {i, 1, Infinity})");

    private Values() {}

    static Yaml.Scalar anyNumber(Random r) {
        return r.nextInt(3) == 0
                ? Yaml.Scalar.quoted(Mutation.pick(r, QUOTED_NUMBERS))
                : Yaml.Scalar.plain(Mutation.pick(r, PLAIN_NUMBERS));
    }

    static Yaml.Scalar anyScalar(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> anyNumber(r);
            case 1 -> Yaml.Scalar.quoted(oddString(r));
            case 2 ->
                    Yaml.Scalar.plain(
                            Mutation.pick(
                                    r, "true", "false", "null", "yes", "no", "on", "flow", "zeros",
                                    "l2", "lp:3"));
            default -> Yaml.Scalar.quoted(Formulas.any(r));
        };
    }

    static String oddString(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> "";
            case 1 -> " \t ";
            case 2 -> "\u0000";
            case 3 -> "é∑≈ç√∫˜µ≤≥÷";
            case 4 -> "\uD83D\uDE00 emoji";
            case 5 -> "a".repeat(100_000);
            case 6 -> "line\nbreak";
            case 7 -> "${user.home}";
            case 8 -> "%s%n%x";
            default -> "\u202Eright-to-left";
        };
    }

    /** A generated vector or matrix mapping, sometimes well formed, sometimes not. */
    static Yaml.Map generated(Random r, boolean matrix) {
        List<Yaml.Entry> e = new ArrayList<>();
        e.add(
                new Yaml.Entry(
                        "random",
                        Yaml.Scalar.plain(
                                Mutation.pick(
                                        r,
                                        "gaussian",
                                        "uniform",
                                        "uniform",
                                        "gaussian",
                                        "cauchy",
                                        ""))));
        e.add(
                new Yaml.Entry(
                        "seed",
                        Yaml.Scalar.plain(
                                Mutation.pick(
                                        r,
                                        "1",
                                        "7",
                                        "0",
                                        "-1",
                                        "9223372036854775807",
                                        "1e400",
                                        "0.5"))));
        if (matrix || r.nextBoolean()) e.add(new Yaml.Entry("shape", shape(r)));
        if (r.nextBoolean())
            e.add(
                    new Yaml.Entry(
                            "scale", r.nextBoolean() ? anyNumber(r) : Yaml.Scalar.plain("0.5")));
        if (r.nextInt(8) == 0) e.add(new Yaml.Entry("extra", Yaml.Scalar.plain("1")));
        return new Yaml.Map(e);
    }

    /**
     * Shapes from tiny to just past occam's limit of 100,000 generated entries (and no bigger: they
     * are drawn eagerly).
     */
    static Yaml.Seq shape(Random r) {
        String[][] shapes = {
            {"2", "3"},
            {"3", "2"},
            {"4"},
            {"2"},
            {"1", "1"},
            {"0", "3"},
            {"-1", "2"},
            {"3", "1e1"},
            {"1001", "100"},
            {"2", "3", "4"},
            {},
            {"9223372036854775807", "2"},
            {"2147483648", "1"},
            {"10", "20"},
            {"1", "100000"},
            {"100001"},
            {"50", "5"}
        };
        List<Yaml> items = new ArrayList<>();
        for (String s : Mutation.pick(r, shapes)) items.add(Yaml.Scalar.plain(s));
        return new Yaml.Seq(items);
    }
}
