package dev.occam.check;

import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.prediction.Prediction;
import dev.occam.spec.Spec;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Symbolic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Spec loading and hand-built runs for the check tests. */
final class CheckTestSupport {
    static final SpecLoader LOADER = new SpecLoader(text -> {
        try {
            return Symbolic.get().number(text, Duration.ofSeconds(5));
        } catch (FormulaException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    });

    private CheckTestSupport() {
    }

    static String bundled(String relative) {
        try {
            return Files.readString(Path.of(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Spec spec(String yaml) {
        return LOADER.load(null, yaml);
    }

    static SpecResult check(String yaml) {
        return new Checker(CheckOptions.defaults()).check(spec(yaml), Progress.NONE);
    }

    static SpecResult check(String yaml, int precision) {
        return new Checker(new CheckOptions(precision)).check(spec(yaml), Progress.NONE);
    }

    /** Replaces exactly one occurrence, so a test notices when a bundled spec changes under it. */
    static String replaceOnce(String text, String from, String to) {
        int i = text.indexOf(from);
        if (i < 0 || text.indexOf(from, i + 1) >= 0) throw new IllegalStateException("expected one '" + from + "' in\n" + text);
        return text.substring(0, i) + to + text.substring(i + from.length());
    }

    static List<ClaimResult> claims(SpecResult r, String kind) {
        return r.points().stream().flatMap(p -> p.claims().stream()).filter(c -> c.kind().equals(kind)).toList();
    }

    /**
     * A run that ended at {@code last} (double tier), with a prediction at {@code predicted}, a tail
     * bound {@code bound} and the given floor step.
     */
    static PointRun run(double[] last, double[] predicted, double bound, double floorStep) {
        Tier tier = Tier.forDigits(16);
        Vec w = tier.of(last);
        Trajectory t = new Trajectory(List.of(new Trajectory.Sample(0, w, 0)), new double[0], 0, "budget", 0, floorStep);
        BigDecimal[] p = new BigDecimal[predicted.length];
        for (int i = 0; i < p.length; i++) p[i] = new BigDecimal(predicted[i]);
        Prediction prediction = new Prediction("test", p, null, Map.of(), List.of(), null, Map.of(), Map.of());
        TailBound tail = new TailBound(bound, 0.5, 0, 0, "test bound");
        return new PointRun(Map.of(), null, null, null, tier, t, prediction, tier.of(p), tail, 0, Double.NaN);
    }
}
