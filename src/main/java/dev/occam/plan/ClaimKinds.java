package dev.occam.plan;

import org.hipparchus.fraction.BigFraction;
import dev.occam.claim.Claim;
import dev.occam.claim.DirectionClaim;
import dev.occam.claim.LimitClaim;
import dev.occam.claim.MonotoneClaim;
import dev.occam.claim.OffsetClaim;
import dev.occam.claim.Quantities;
import dev.occam.claim.RateClaim;
import dev.occam.claim.StepSizeInvariantClaim;
import dev.occam.claim.ValueClaim;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;
import dev.occam.symbolic.Formula;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builders of claim kinds. */
final class ClaimKinds {
    /** A law's free constants: lowercase identifiers other than t (Symja's built-ins are capitalized). */
    private static final Pattern CONSTANT = Pattern.compile("\\b([a-z][A-Za-z0-9]*)\\b");

    private ClaimKinds() {
    }

    static Claim limit(Section s, PointContext b) {
        Value tol = positive(s, "tolerance");
        return new LimitClaim(tol.doubleValue(), tol.text());
    }

    static Claim direction(Section s, PointContext b) {
        Value tol = positive(s, "tolerance");
        return new DirectionClaim(tol.doubleValue(), tol.text());
    }

    static Claim offset(Section s, PointContext b) {
        Value tol = positive(s, "tolerance");
        return new OffsetClaim(tol.doubleValue(), tol.text());
    }

    static Claim value(Section s, PointContext b) {
        String quantity = s.choice("quantity", List.of("margin"));
        Value tol = positive(s, "tolerance");
        return new ValueClaim(quantity, tol.doubleValue(), tol.text());
    }

    static Claim monotone(Section s, PointContext b) {
        String quantity = s.choice("quantity", Quantities.NAMES);
        boolean increasing = s.choice("direction", List.of("nondecreasing", "nonincreasing")).equals("nondecreasing");
        long after = s.optionalInteger("after").orElse(0L);
        if (after < 0) throw s.error("after", "expected an iteration >= 0, got " + after);
        return new MonotoneClaim(quantity, increasing, after);
    }

    static Claim stepSizeInvariant(Section s, PointContext b) {
        if (b.spec().sweepKeys().isEmpty()) {
            throw s.error("kind", "step-size-invariant compares the limits of sweep points: the spec needs a sweep");
        }
        Value tol = positive(s, "tolerance");
        return new StepSizeInvariantClaim(tol.doubleValue(), tol.text());
    }

    static Claim rate(Section s, PointContext b) {
        String quantity = s.choice("quantity", Quantities.NAMES);
        String text = s.string("law");
        List<String> variables = new ArrayList<>(List.of("t"));
        Matcher m = CONSTANT.matcher(text);
        while (m.find()) if (!variables.contains(m.group(1))) variables.add(m.group(1));
        if (variables.size() == 1) throw s.error("law", "expected a law with at least one free constant, e.g. c*r^t");
        Formula law = b.formula(s, "law", text, variables);
        Map<String, RateClaim.ExpectedConstant> expected = new LinkedHashMap<>();
        if (s.has("expect")) {
            Section e = s.section("expect");
            for (String name : e.keys()) {
                if (!variables.contains(name) || name.equals("t")) {
                    throw e.error(name, "not a constant of the law " + text + " (constants: " + variables.subList(1, variables.size()) + ")");
                }
                Section.NumberOrFormula v = e.numberOrFormula(name);
                if (v.isNumber()) {
                    expected.put(name, new RateClaim.ExpectedConstant(v.number().doubleValue(), null));
                } else if (RateClaim.PREDICTED.contains(v.formula())) {
                    expected.put(name, new RateClaim.ExpectedConstant(Double.NaN, v.formula()));
                } else {
                    throw e.error(name, "expected a number or one of " + RateClaim.PREDICTED + ", got '" + v.formula() + "'");
                }
            }
            e.finish();
        }
        Value tol = s.optionalNumber("tolerance").orElse(Value.of(new BigFraction(1, 50), "0.02"));
        return new RateClaim(quantity, law, expected, tol.doubleValue(), tol.text());
    }

    private static Value positive(Section s, String key) {
        return s.number(key, v -> v.doubleValue() > 0, "a positive number");
    }
}
