package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.ReachesClaim;
import dev.occam.spec.Section;

import java.util.List;

/** {@code reaches}: a sampled quantity crosses a level (progressive sharpening). */
final class ReachesKind implements Kind<Claim> {
    @Override
    public String name() {
        return "reaches";
    }

    @Override
    public String summary() {
        return "A quantity (sharpness, gfs-sharpness or loss), sampled every `every` iterations as an interval, lies "
                + "certifiably above (or below) a level at some sample, by iteration `within` when given.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                SampledKeys.QUANTITY,
                Key.required("level", LevelKey.TYPE, "the level: a number or a formula in eta"),
                Key.optional(
                        "direction",
                        ValueType.choice(List.of("above", "below")),
                        "above",
                        "the side the quantity crosses to"),
                Key.optional(
                        "within",
                        ValueType.json("{\"type\": \"integer\", \"minimum\": 0}", "integer >= 0"),
                        "the whole run",
                        "the last iteration by which the crossing counts"),
                SampledKeys.EVERY);
    }

    @Override
    public Claim build(Section s, PointContext b) {
        String quantity = SampledKeys.quantity(s, b);
        boolean above =
                s.optionalChoice("direction", List.of("above", "below"))
                        .orElse("above")
                        .equals("above");
        long within = s.optionalInteger("within").orElse(-1L);
        if (s.keys().contains("within") && within < 0)
            throw s.error("within", "expected an iteration >= 0, got " + within);
        return new ReachesClaim(
                quantity, LevelKey.read(s, "level", b), above, within, SampledKeys.every(s));
    }
}
