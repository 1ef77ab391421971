package dev.occam.spec;

import dev.occam.numeric.Value;
import dev.occam.spec.SearchSettings.Array;
import dev.occam.spec.SearchSettings.Choice;
import dev.occam.spec.SearchSettings.Domain;
import dev.occam.spec.SearchSettings.Entries;
import dev.occam.spec.SearchSettings.Filter;
import dev.occam.spec.SearchSettings.IntegerRange;
import dev.occam.spec.SearchSettings.Interval;
import dev.occam.spec.SearchSettings.NormFamily;
import dev.occam.spec.SearchSettings.Parameter;

import org.hipparchus.fraction.BigFraction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the optional {@code search} block into {@link SearchSettings} (docs/search.md). */
final class SearchSettingsReader {

    static final int MAX_CANDIDATES = 1_000_000;
    private static final int MAX_ENTRIES = 10_000;
    private static final List<String> DOMAINS =
            List.of("interval", "range", "values", "norm", "integers", "rationals", "box");
    private static final Pattern PATH =
            Pattern.compile(
                    "(problem|algorithm|prediction|claims\\[\\d+])(\\.[A-Za-z0-9_-]+(\\[\\d+])*)+");

    private SearchSettingsReader() {}

    static Optional<SearchSettings> read(Optional<MappingSection> block, List<String> sweepKeys) {
        if (block.isEmpty()) return Optional.empty();
        MappingSection search = block.get();
        search.declare(List.of("strategy", "seed", "budget", "width", "parameters"));
        search.finish();
        String strategy =
                search.optionalChoice("strategy", List.of("grid", "random", "adaptive"))
                        .orElse("random");
        long seed = search.optionalInteger("seed").orElse(1L);
        int candidates = 100;
        Duration time = Duration.ofMinutes(10);
        Optional<MappingSection> budget = search.optionalMapping("budget");
        if (budget.isPresent()) {
            MappingSection b = budget.get();
            b.declare(List.of("candidates", "time"));
            b.finish();
            candidates =
                    b.optionalInteger(
                                    "candidates",
                                    n -> n >= 1 && n <= MAX_CANDIDATES,
                                    "an integer in 1.." + MAX_CANDIDATES)
                            .map(Long::intValue)
                            .orElse(candidates);
            time = RunSettingsReader.duration(b, "time").orElse(time);
        }
        BigFraction width =
                search.optionalNumber(
                                "width",
                                v -> v.isRational() && v.doubleValue() > 0 && v.doubleValue() < 1,
                                "a rational number in (0, 1), e.g. 1e-6")
                        .map(Value::rational)
                        .orElse(new BigFraction(1, 1_000_000));
        MappingSection parameters = search.section("parameters");
        List<Parameter> list = new ArrayList<>();
        for (String path : parameters.keys()) {
            list.add(parameter(parameters, path, sweepKeys));
        }
        if (list.isEmpty()) {
            throw search.error("parameters", "name at least one spec value to vary");
        }
        return Optional.of(new SearchSettings(strategy, seed, candidates, time, width, list));
    }

    private static Parameter parameter(
            MappingSection parameters, String path, List<String> sweepKeys) {
        if (!PATH.matcher(path).matches() || path.endsWith(".kind")) {
            throw parameters.error(
                    path,
                    "expected a dotted path inside problem, algorithm, prediction or claims[i]"
                            + " (not a kind), e.g. algorithm.step");
        }
        if (sweepKeys.contains(path)) {
            throw parameters.error(path, "'" + path + "' is swept; a value is swept or searched");
        }
        MappingSection p = parameters.section(path);
        List<String> named = DOMAINS.stream().filter(p::has).toList();
        if (named.size() != 1) {
            throw p.error(
                    "expected exactly one domain among: "
                            + String.join(", ", DOMAINS)
                            + (named.isEmpty() ? "" : "; got " + String.join(" and ", named)));
        }
        Domain domain =
                switch (named.get(0)) {
                    case "interval" -> interval(p);
                    case "range" -> range(p);
                    case "values" -> choice(p);
                    case "norm" -> norms(p);
                    default -> array(p, named.get(0));
                };
        List<String> also = new ArrayList<>();
        if (p.has("also")) {
            YamlNode node = p.node("also").orElseThrow();
            if (!(node instanceof YamlNode.Sequence list)) {
                throw p.error("also", "expected a list of spec paths written with the same value");
            }
            for (YamlNode item : list.items()) {
                String other = item instanceof YamlNode.Scalar sc ? sc.text() : "";
                if (!PATH.matcher(other).matches() || other.endsWith(".kind")) {
                    throw p.error(
                            "also",
                            "expected spec paths like prediction.norm, got " + item.describe());
                }
                also.add(other);
            }
        }
        p.finish();
        return new Parameter(path, p.position(), domain, also);
    }

    private static Interval interval(MappingSection p) {
        BigFraction[] ends = ends(p, "interval");
        boolean log =
                p.optionalChoice("scale", List.of("linear", "log")).orElse("linear").equals("log");
        if (log && ends[0].signum() <= 0) {
            throw p.error("scale", "a log scale needs a positive interval");
        }
        return new Interval(ends[0], ends[1], log);
    }

    private static IntegerRange range(MappingSection p) {
        Value[] ends = p.vector("range", 2);
        long[] n = new long[2];
        for (int i = 0; i < 2; i++) {
            BigFraction q = ends[i].isRational() ? ends[i].rational() : null;
            if (q == null || !q.getDenominator().equals(java.math.BigInteger.ONE)) {
                throw p.error("range", "expected two integers [lo, hi]");
            }
            n[i] = q.getNumerator().longValue();
        }
        if (n[0] > n[1]) throw p.error("range", "expected lo <= hi");
        return new IntegerRange(n[0], n[1]);
    }

    private static Choice choice(MappingSection p) {
        YamlNode node = p.node("values").orElseThrow();
        if (!(node instanceof YamlNode.Sequence s) || s.items().isEmpty()) {
            throw p.error("values", "expected a non-empty list of values");
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : s.items()) values.add(SpecDocument.flow(item));
        return new Choice(values);
    }

    private static NormFamily norms(MappingSection p) {
        p.choice("norm", List.of("lp"));
        BigFraction[] ends = ends(p, "p");
        if (ends[0].compareTo(BigFraction.ONE) <= 0) {
            throw p.error("p", "an lp norm needs p > 1 (l1 is its own norm: use values)");
        }
        return new NormFamily(ends[0], ends[1]);
    }

    private static Array array(MappingSection p, String key) {
        Entries entries = Entries.valueOf(key.toUpperCase(Locale.ROOT));
        BigFraction[] ends = ends(p, key);
        int denominator =
                entries == Entries.RATIONALS
                        ? p.optionalInteger(
                                        "denominator",
                                        n -> n >= 1 && n <= 1000,
                                        "an integer in 1..1000")
                                .map(Long::intValue)
                                .orElse(10)
                        : 1;
        if (entries == Entries.INTEGERS
                && ends[0].add(BigFraction.ONE).compareTo(ends[1].add(BigFraction.ONE)) > 0) {
            throw p.error(key, "expected lo <= hi");
        }
        int[] shape = null;
        if (p.has("shape")) {
            Value[] dims = p.vector("shape");
            if (dims.length < 1 || dims.length > 2) {
                throw p.error("shape", "expected [length] or [rows, columns]");
            }
            shape = new int[dims.length];
            long size = 1;
            for (int i = 0; i < dims.length; i++) {
                double d = dims[i].doubleValue();
                if (d != Math.rint(d) || d < 1 || d > MAX_ENTRIES) {
                    throw p.error("shape", "expected positive integer dimensions");
                }
                shape[i] = (int) d;
                size *= shape[i];
            }
            if (size > MAX_ENTRIES) {
                throw p.error("shape", "more than " + MAX_ENTRIES + " entries to search over");
            }
        }
        Filter filter =
                p.optionalChoice("require", List.of("full-row-rank", "separable"))
                        .map(s -> Filter.valueOf(s.replace('-', '_').toUpperCase(Locale.ROOT)))
                        .orElse(Filter.NONE);
        return new Array(entries, ends[0], ends[1], shape, denominator, filter);
    }

    /** [lo, hi] with lo < hi, exact rationals. */
    private static BigFraction[] ends(MappingSection p, String key) {
        Value[] ends = p.vector(key, 2);
        if (!ends[0].isRational() || !ends[1].isRational()) {
            throw p.error(key, "expected two rational numbers [lo, hi]");
        }
        BigFraction lo = ends[0].rational();
        BigFraction hi = ends[1].rational();
        if (lo.compareTo(hi) > 0) throw p.error(key, "expected lo <= hi");
        return new BigFraction[] {lo, hi};
    }
}
