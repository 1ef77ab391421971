package dev.occam.plan.kind;

import dev.occam.claim.BandClaim;
import dev.occam.claim.Claim;
import dev.occam.spec.Section;

import java.util.List;

/** {@code band}: a sampled quantity stays in [lower, upper] over a window (the EoS band). */
final class BandKind implements Kind<Claim> {
    @Override
    public String name() {
        return "band";
    }

    @Override
    public String summary() {
        return "Every sampled interval of a quantity (sharpness, gfs-sharpness or loss) from iteration `from` (or after it "
                + "first reaches `lower`) to the end of the run lies in [lower, upper]; a certified exit FAILS.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                SampledKeys.QUANTITY,
                Key.required("lower", LevelKey.TYPE, "the lower end: a number or a formula in eta"),
                Key.required("upper", LevelKey.TYPE, "the upper end: a number or a formula in eta"),
                Key.optional(
                        "from",
                        ValueType.json("{\"type\": \"integer\", \"minimum\": 0}", "integer >= 0"),
                        "0",
                        "the first iteration of the window; with after-reaching, iterations after the first sample at or above lower"),
                Key.optional(
                        "after-reaching",
                        ValueType.json("{\"type\": \"boolean\"}", "boolean"),
                        "false",
                        "start the window when the quantity first lies certifiably above lower"),
                SampledKeys.EVERY);
    }

    @Override
    public Claim build(Section s, PointContext b) {
        String quantity = SampledKeys.quantity(s, b);
        long from = s.optionalInteger("from").orElse(0L);
        if (from < 0) throw s.error("from", "expected an iteration >= 0, got " + from);
        var lower = LevelKey.read(s, "lower", b);
        var upper = LevelKey.read(s, "upper", b);
        if (lower.value().lo() > upper.value().hi())
            throw s.error("upper", "the band is empty: upper < lower");
        return new BandClaim(
                quantity,
                lower,
                upper,
                from,
                s.optionalBool("after-reaching").orElse(false),
                SampledKeys.every(s));
    }
}
