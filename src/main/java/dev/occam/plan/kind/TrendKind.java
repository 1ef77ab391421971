package dev.occam.plan.kind;

import dev.occam.certify.CompiledLaw;
import dev.occam.claim.Claim;
import dev.occam.claim.TrendClaim;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code trend}: a quantity follows a law in a swept parameter, fitted across the sweep. */
final class TrendKind implements Kind<Claim> {
    static final List<String> STATISTICS = List.of("final", "max");

    @Override
    public String name() {
        return "trend";
    }

    @Override
    public String summary() {
        return "Across the sweep, a quantity (its value at the last iterate, or its max over the run) follows a law in the "
                + "swept parameter x with free constants, e.g. \"c*x^k\", fitted on log q; expect pins constants.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "quantity",
                        QuantityKey.TYPE,
                        "the quantity, named or a formula (seen at every iterate), e.g. the last iteration before w2 falls "
                                + "below 1/2 as \"t*(1 + Sign(w2 - 1/2))/2\" with statistic max"),
                Key.required(
                        "over",
                        ValueType.NON_EMPTY_STRING,
                        "the swept key, as in sweep (e.g. algorithm.step)"),
                Key.required(
                        "law",
                        ValueType.NON_EMPTY_STRING,
                        "a formula in x and free constants (lowercase identifiers), e.g. \"c*x^k\""),
                Key.optional(
                        "statistic",
                        ValueType.choice(STATISTICS),
                        "final",
                        "final: the value at the last iterate; max: the largest over every iterate"),
                Key.optional(
                        "expect",
                        ValueType.json(
                                "{\"type\": \"object\", \"propertyNames\": {\"pattern\": \"^(?!x$)[a-z][A-Za-z0-9]*$\"}, "
                                        + "\"additionalProperties\": {\"$ref\": \"#/definitions/number\"}}",
                                "mapping of constants to numbers"),
                        "none",
                        "constants the fit must reproduce"),
                Key.optional(
                        "tolerance",
                        ValueType.POSITIVE_NUMBER,
                        "0.1",
                        "absolute tolerance on the expected constants"));
    }

    /** The {@code over} key of claims across the sweep: one of the spec's swept keys. */
    static String sweptKey(Section s, PointContext b) {
        String over = s.string("over");
        if (!b.spec().sweepKeys().contains(over))
            throw s.error(
                    "over",
                    "'" + over + "' is not swept (sweep keys: " + b.spec().sweepKeys() + ")");
        return over;
    }

    @Override
    public Claim build(Section s, PointContext b) {
        QuantityKey.Read quantity = QuantityKey.read(s, b);
        String over = TrendKind.sweptKey(s, b);
        String text = s.string("law");
        List<String> variables = LawKey.variables(s, "x", "c*x^k");
        Map<String, Double> expected = new LinkedHashMap<>();
        if (s.has("expect")) {
            Section e = s.section("expect");
            for (String name : e.keys()) {
                if (!variables.subList(1, variables.size()).contains(name))
                    throw e.error(
                            name,
                            "not a constant of the law "
                                    + text
                                    + " (constants: "
                                    + variables.subList(1, variables.size())
                                    + ")");
                expected.put(name, e.number(name).doubleValue());
            }
            e.finish();
        }
        Value tol = s.has("tolerance") ? CommonKeys.positive(s, "tolerance") : null;
        CompiledLaw compiled = LawKey.compile(s, b, variables);
        return new TrendClaim(
                quantity.text(),
                quantity.formula(),
                s.optionalChoice("statistic", STATISTICS).orElse("final"),
                over,
                compiled,
                expected,
                tol == null ? 0.1 : tol.doubleValue());
    }
}
