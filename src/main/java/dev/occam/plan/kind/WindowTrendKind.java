package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.Quantities;
import dev.occam.claim.WindowTrendClaim;
import dev.occam.spec.Section;

import java.util.List;

/** {@code window-trend}: a quantity decreases across windows, not necessarily inside them. */
final class WindowTrendKind implements Kind<Claim> {
    @Override
    public String name() {
        return "window-trend";
    }

    @Override
    public String summary() {
        return "A quantity (the loss by default), watched at every iterate, decreases (or increases) from each window "
                + "end t = from + jW to the next beyond its rounding, however it moves inside; reports the in-window moves the other way.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.optional(
                        "quantity",
                        ValueType.choice(Quantities.NAMES),
                        "loss",
                        "the quantity (the loss compares log L)"),
                Key.required(
                        "window",
                        ValueType.json("{\"type\": \"integer\", \"minimum\": 1}", "integer >= 1"),
                        "W, the window length in iterations"),
                Key.optional(
                        "direction",
                        ValueType.choice(List.of("decreasing", "increasing")),
                        "decreasing",
                        "the direction across windows"),
                Key.optional(
                        "from",
                        ValueType.json("{\"type\": \"integer\", \"minimum\": 0}", "integer >= 0"),
                        "0",
                        "the first window's start"));
    }

    @Override
    public Claim build(Section s, PointContext b) {
        String quantity = s.optionalChoice("quantity", Quantities.NAMES).orElse("loss");
        long window = s.optionalInteger("window").orElseThrow(() -> s.error("window", "required"));
        if (window < 1) throw s.error("window", "expected an integer >= 1, got " + window);
        long from = s.optionalInteger("from").orElse(0L);
        if (from < 0) throw s.error("from", "expected an iteration >= 0, got " + from);
        boolean decreasing =
                s.optionalChoice("direction", List.of("decreasing", "increasing"))
                        .orElse("decreasing")
                        .equals("decreasing");
        return new WindowTrendClaim(quantity, window, decreasing, from);
    }
}
