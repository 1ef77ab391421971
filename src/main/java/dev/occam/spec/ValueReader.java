package dev.occam.spec;

import dev.occam.numeric.Value;
import dev.occam.spec.data.DataFile;
import dev.occam.spec.data.DataFileException;
import dev.occam.spec.data.NumericArray;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Reads numbers, vectors and matrices out of single nodes, each error naming the node's path. */
final class ValueReader {

    /**
     * Generated data beyond this many entries is a mistake, and would exhaust memory as exact
     * values.
     */
    static final int MAX_GENERATED = 100_000;

    private final SpecContext context;

    ValueReader(SpecContext context) {
        this.context = context;
    }

    Value number(YamlNode node, String path, Predicate<Value> test, String expected) {
        Value value = numberOrNull(node, path);
        if (value == null) {
            throw context.error(
                    node.position(), path, "expected " + expected + ", got " + node.describe());
        }
        if (!test.test(value)) {
            throw context.error(
                    node.position(), path, "expected " + expected + ", got " + value.text());
        }
        return value;
    }

    Section.NumberOrFormula numberOrFormula(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s
                && s.kind() == YamlNode.ScalarKind.STRING
                && !s.text().isBlank()
                && !isRational(s, path)) {
            return new Section.NumberOrFormula(null, s.text(), s.position(), path);
        }
        Value value = numberOrNull(node, path);
        if (value == null) {
            throw context.error(
                    node.position(),
                    path,
                    "expected a number or a formula, got " + node.describe());
        }
        return new Section.NumberOrFormula(value, null, node.position(), path);
    }

    long integer(YamlNode node, String path, Predicate<Long> test, String expected) {
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.INTEGER) {
            BigFraction q = literal(s, path).rational();
            try {
                long n = q.getNumerator().longValueExact();
                if (test.test(n)) {
                    return n;
                }
            } catch (ArithmeticException tooLarge) {
                // falls through to the domain error below
            }
        }
        throw context.error(
                node.position(), path, "expected " + expected + ", got " + node.describe());
    }

    /** A vector of {@code length} entries, or of any length when {@code length} is negative. */
    Value[] vector(YamlNode node, String path, int length) {
        if (node instanceof YamlNode.Sequence seq) {
            if (length >= 0 && seq.items().size() != length) {
                throw context.error(
                        seq.position(),
                        path,
                        "expected a vector of length "
                                + length
                                + ", got "
                                + seq.items().size()
                                + " entries");
            }
            if (seq.items().isEmpty()) {
                throw context.error(seq.position(), path, "expected a non-empty list of numbers");
            }
            return numbers(seq, path);
        }
        if (node instanceof YamlNode.Scalar s
                && s.kind() == YamlNode.ScalarKind.STRING
                && s.text().equals("zeros")) {
            if (length < 0) {
                throw context.error(
                        s.position(),
                        path,
                        "'zeros' needs a known length here; list the entries or use {random: ..., shape: [n]}");
            }
            Value[] zeros = new Value[length];
            Arrays.fill(zeros, Value.of(0));
            return zeros;
        }
        if (node instanceof YamlNode.Mapping m && m.get("file").isPresent()) {
            return fileVector(new MappingSection(context, path, m), length);
        }
        if (node instanceof YamlNode.Mapping m) {
            MappingSection spec = new MappingSection(context, path, m);
            int n = length >= 0 && spec.node("shape").isEmpty() ? length : shape(spec, 1)[0];
            if (length >= 0 && n != length) {
                throw spec.error("shape", "expected shape [" + length + "], got [" + n + "]");
            }
            return generate(spec, n);
        }
        throw context.error(
                node.position(),
                path,
                "expected a vector (a list of numbers, \"zeros\", {random: ...} or {file: ...}), got "
                        + node.describe());
    }

    Value[][] matrix(YamlNode node, String path) {
        if (node instanceof YamlNode.Sequence seq && !seq.items().isEmpty()) {
            Value[][] rows = new Value[seq.items().size()][];
            for (int i = 0; i < rows.length; i++) {
                YamlNode row = seq.items().get(i);
                String rowPath = SpecContext.index(path, i);
                if (!(row instanceof YamlNode.Sequence r) || r.items().isEmpty()) {
                    throw context.error(
                            row.position(),
                            rowPath,
                            "expected a row (a non-empty list of numbers), got "
                                    + (row instanceof YamlNode.Sequence
                                            ? "an empty list"
                                            : row.describe()));
                }
                if (i > 0 && r.items().size() != rows[0].length) {
                    throw context.error(
                            row.position(),
                            rowPath,
                            "expected a row of length "
                                    + rows[0].length
                                    + " like row 0, got "
                                    + r.items().size());
                }
                rows[i] = numbers(r, rowPath);
            }
            return rows;
        }
        if (node instanceof YamlNode.Mapping m && m.get("file").isPresent()) {
            return fileMatrix(new MappingSection(context, path, m));
        }
        if (node instanceof YamlNode.Mapping m) {
            MappingSection spec = new MappingSection(context, path, m);
            int[] shape = shape(spec, 2);
            Value[] flat = generate(spec, shape[0] * shape[1]);
            Value[][] rows = new Value[shape[0]][];
            for (int i = 0; i < shape[0]; i++) {
                rows[i] = Arrays.copyOfRange(flat, i * shape[1], (i + 1) * shape[1]);
            }
            return rows;
        }
        throw context.error(
                node.position(),
                path,
                "expected a matrix (a list of equal-length rows, {random: ..., shape: [rows, columns]} or {file: ...}), got "
                        + (node instanceof YamlNode.Sequence ? "an empty list" : node.describe()));
    }

    /**
     * The data file a {file, key} mapping names (read once per spec, see {@link SpecData}); an
     * unusable file is an error at the mapping's {@code file}.
     */
    DataFile dataFile(MappingSection spec) {
        String written = spec.string("file");
        String key = spec.optionalString("key").orElse(null);
        try {
            return context.data().read(context.file(), written, key);
        } catch (DataFileException e) {
            throw spec.error("file", e.getMessage());
        }
    }

    private Value[][] fileMatrix(MappingSection spec) {
        DataFile file = dataFile(spec);
        int[] shape = file.array().shape();
        if (shape.length != 2) {
            throw spec.error(
                    "file",
                    "expected a matrix, but "
                            + file.path()
                            + " holds a vector of shape "
                            + file.array().shapeText());
        }
        if (spec.node("shape").isPresent()) {
            int[] expected = shape(spec, 2);
            if (!Arrays.equals(expected, shape))
                throw mismatch(spec, "shape", "shape " + Arrays.toString(expected), file, "");
        }
        spec.finish();
        Value[][] rows = new Value[shape[0]][];
        for (int i = 0; i < shape[0]; i++) {
            rows[i] = values(file.array(), i * shape[1], (i + 1) * shape[1]);
        }
        return rows;
    }

    /** A 1-D array, or a 2-D one of a single row or a single column. */
    private Value[] fileVector(MappingSection spec, int length) {
        DataFile file = dataFile(spec);
        int[] shape = file.array().shape();
        if (shape.length == 2 && shape[0] != 1 && shape[1] != 1) {
            throw spec.error(
                    "file",
                    "expected a vector (a 1-D array, a single row or a single column), but "
                            + file.path()
                            + " holds shape "
                            + file.array().shapeText());
        }
        int n = file.array().size();
        String entries = " entries";
        if (spec.node("shape").isPresent()) {
            int expected = shape(spec, 1)[0];
            if (expected != n)
                throw mismatch(spec, "shape", "shape [" + expected + "]", file, n + entries);
        }
        if (length >= 0 && n != length)
            throw mismatch(spec, "file", "a vector of length " + length, file, n + entries);
        spec.finish();
        return values(file.array(), 0, n);
    }

    /**
     * "expected WHAT, but FILE holds [COUNT (shape S) | shape S]", located at the mapping's key.
     */
    private static SpecError mismatch(
            MappingSection spec, String key, String what, DataFile file, String count) {
        String shape = file.array().shapeText();
        return spec.error(
                key,
                "expected "
                        + what
                        + ", but "
                        + file.path()
                        + " holds "
                        + (count.isEmpty() ? "shape " + shape : count + " (shape " + shape + ")"));
    }

    /**
     * Exact values: a float is its exact binary value, as a generated draw is (see {@link
     * #scaled}); an integer is itself, as a double when it is one exactly (|n| <= 2^53), so that
     * large integer arrays take the floating-point proofs as float arrays do; a .csv entry is exact
     * as written. Entries [from, to).
     */
    private static Value[] values(NumericArray array, int from, int to) {
        if (array.values() != null) return Arrays.copyOfRange(array.values(), from, to);
        Value[] values = new Value[to - from];
        for (int i = from; i < to; i++) {
            values[i - from] =
                    array.longs() != null
                            ? integer(array.longs()[i])
                            : Value.exact(array.doubles()[i]);
        }
        return values;
    }

    private static Value integer(long n) {
        // not Math.abs: |Long.MIN_VALUE| is negative
        return n >= -(1L << 53) && n <= 1L << 53 ? Value.exact((double) n) : Value.of(n);
    }

    private Value[] numbers(YamlNode.Sequence seq, String path) {
        Value[] values = new Value[seq.items().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] =
                    number(seq.items().get(i), SpecContext.index(path, i), v -> true, "a number");
        }
        return values;
    }

    private int[] shape(MappingSection spec, int dimensions) {
        String expected = dimensions == 1 ? "a shape [n]" : "a shape [rows, columns]";
        String path = SpecContext.child(spec.path(), "shape");
        YamlNode node =
                spec.node("shape")
                        .orElseThrow(() -> spec.error("shape", "missing required key 'shape'"));
        if (!(node instanceof YamlNode.Sequence seq) || seq.items().size() != dimensions) {
            throw context.error(
                    node.position(),
                    path,
                    "expected "
                            + expected
                            + ", got "
                            + node.describe()
                            + (node instanceof YamlNode.Sequence s
                                    ? " of " + s.items().size()
                                    : ""));
        }
        int[] shape = new int[dimensions];
        long total = 1;
        for (int i = 0; i < dimensions; i++) {
            shape[i] =
                    (int)
                            integer(
                                    seq.items().get(i),
                                    SpecContext.index(path, i),
                                    n -> n >= 1 && n <= MAX_GENERATED,
                                    "a positive integer");
            total *= shape[i];
        }
        if (total > MAX_GENERATED) {
            throw context.error(
                    node.position(),
                    path,
                    "shape has " + total + " entries, more than " + MAX_GENERATED);
        }
        return shape;
    }

    /**
     * Reads {random, seed, scale} (shape was read by the caller) and draws {@code count} values.
     */
    private Value[] generate(MappingSection spec, int count) {
        DataGenerator.Distribution distribution =
                DataGenerator.Distribution.valueOf(
                        spec.choice("random", List.of("gaussian", "uniform"))
                                .toUpperCase(Locale.ROOT));
        long seed = spec.integer("seed");
        Value scale =
                spec.optionalNumber("scale", v -> v.decimal().signum() > 0, "a positive number")
                        .orElse(Value.of(1));
        spec.finish();
        double[] draws = DataGenerator.draw(distribution, seed, count);
        boolean terminating = scale.isRational() && terminates(scale.rational());
        Value[] values = new Value[count];
        for (int i = 0; i < count; i++) {
            values[i] = scaled(draws[i], scale, terminating);
        }
        return values;
    }

    /**
     * The draw times the scale, exactly: BigFraction(double) and BigDecimal(double) are the
     * double's exact binary value. When the scale's decimal is exact too, the product's decimal is
     * rounded from the exact product rather than divided out of the fraction (the same digits,
     * without a 120-digit division per entry, which made 100,000 entries take seconds).
     */
    private static Value scaled(double draw, Value scale, boolean terminating) {
        String text = Double.toString(draw * scale.doubleValue());
        BigDecimal product = new BigDecimal(draw).multiply(scale.decimal());
        if (!scale.isRational()) return Value.irrational(product, text);
        BigFraction q = new BigFraction(draw).multiply(scale.rational());
        return terminating ? new Value(q, product.round(Value.CONTEXT), text) : Value.of(q, text);
    }

    /** Whether q has a finite decimal expansion: its denominator has no prime but 2 and 5. */
    private static boolean terminates(BigFraction q) {
        BigInteger d = q.getDenominator();
        d = d.shiftRight(d.getLowestSetBit());
        BigInteger five = BigInteger.valueOf(5);
        while (d.mod(five).signum() == 0) d = d.divide(five);
        return d.equals(BigInteger.ONE);
    }

    /** An exact value, or null when the node is not a number of any kind. */
    private Value numberOrNull(YamlNode node, String path) {
        if (!(node instanceof YamlNode.Scalar s)) {
            return null;
        }
        return switch (s.kind()) {
            case INTEGER, FLOAT -> literal(s, path);
            case STRING -> s.text().isBlank() ? null : exactString(s, path);
            case BOOLEAN, NULL -> null;
        };
    }

    private Value literal(YamlNode.Scalar s, String path) {
        try {
            return NumberParser.yamlLiteral(s.text());
        } catch (IllegalArgumentException e) {
            throw context.error(s.position(), path, e.getMessage());
        }
    }

    private Value exactString(YamlNode.Scalar s, String path) {
        try {
            return NumberParser.rational(s.text())
                    .orElseGet(() -> context.numbers().symbolic(s.text()));
        } catch (IllegalArgumentException e) {
            throw context.error(
                    s.position(),
                    path,
                    e.getMessage() == null ? "not a number: '" + s.text() + "'" : e.getMessage());
        }
    }

    private boolean isRational(YamlNode.Scalar s, String path) {
        try {
            return NumberParser.rational(s.text()).isPresent();
        } catch (IllegalArgumentException e) {
            throw context.error(s.position(), path, e.getMessage());
        }
    }
}
