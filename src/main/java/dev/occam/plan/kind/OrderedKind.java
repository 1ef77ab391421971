package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.OrderedClaim;
import dev.occam.claim.Quantities;
import dev.occam.spec.Section;

import java.util.List;

/** {@code ordered}: a quantity is strictly monotone along the sweep in a swept parameter. */
final class OrderedKind implements Kind<Claim> {
    private static final List<String> DIRECTIONS = List.of("increasing", "decreasing");

    @Override
    public String name() {
        return "ordered";
    }

    @Override
    public String summary() {
        return "Across the sweep, a quantity (its value at the last iterate, or its max over the run) is strictly increasing "
                + "or decreasing in the swept parameter, beyond rounding, e.g. effective rank decreasing with depth.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required("quantity", ValueType.choice(Quantities.NAMES), "the quantity"),
                Key.required(
                        "over",
                        ValueType.NON_EMPTY_STRING,
                        "the swept key, as in sweep (e.g. algorithm.depth)"),
                Key.required("direction", ValueType.choice(DIRECTIONS), "the direction"),
                Key.optional(
                        "statistic",
                        ValueType.choice(TrendKind.STATISTICS),
                        "final",
                        "final: the value at the last iterate; max: the largest over every iterate"));
    }

    @Override
    public Claim build(Section s, PointContext b) {
        String over = TrendKind.sweptKey(s, b);
        return new OrderedClaim(
                s.choice("quantity", Quantities.NAMES),
                s.optionalChoice("statistic", TrendKind.STATISTICS).orElse("final"),
                over,
                s.choice("direction", DIRECTIONS).equals("increasing"));
    }
}
