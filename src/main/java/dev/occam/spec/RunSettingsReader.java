package dev.occam.spec;

import dev.occam.numeric.Value;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads the optional {@code run} block; absent keys keep the defaults documented on {@link
 * RunSettings}.
 */
final class RunSettingsReader {

    static final RunSettings DEFAULTS =
            new RunSettings(16, 1_000_000, Duration.ofSeconds(60), 1, Duration.ofSeconds(5));

    private static final List<String> KEYS =
            List.of(
                    "precision",
                    "max-iterations",
                    "time-limit",
                    "seed",
                    "formula-time-limit",
                    "seeds",
                    "probability",
                    "confidence");
    static final int MAX_SEEDS = 10_000;

    private RunSettingsReader() {}

    static RunSettings read(Optional<MappingSection> block) {
        if (block.isEmpty()) {
            return DEFAULTS;
        }
        MappingSection run = block.get();
        run.declare(KEYS);
        run.finish();
        return new RunSettings(
                run.optionalInteger(
                                "precision",
                                n -> n >= 1 && n <= 1000,
                                "an integer in 1..1000 (decimal digits)")
                        .map(Long::intValue)
                        .orElse(DEFAULTS.precision()),
                run.optionalInteger("max-iterations", n -> n >= 1, "a positive integer")
                        .orElse(DEFAULTS.maxIterations()),
                duration(run, "time-limit").orElse(DEFAULTS.timeLimit()),
                run.optionalInteger("seed").orElse(DEFAULTS.seed()),
                duration(run, "formula-time-limit").orElse(DEFAULTS.formulaTimeLimit()),
                seeds(run));
    }

    private static RunSettings.Seeds seeds(MappingSection run) {
        RunSettings.Seeds one = RunSettings.Seeds.ONE;
        int count =
                run.optionalInteger(
                                "seeds",
                                n -> n >= 1 && n <= MAX_SEEDS,
                                "an integer in 1.." + MAX_SEEDS)
                        .map(Long::intValue)
                        .orElse(one.count());
        double probability =
                run.optionalNumber(
                                "probability",
                                v -> v.doubleValue() > 0 && v.doubleValue() < 1,
                                "a number in (0, 1)")
                        .map(Value::doubleValue)
                        .orElse(one.probability());
        double confidence =
                run.optionalNumber(
                                "confidence",
                                v -> v.doubleValue() > 0 && v.doubleValue() < 1,
                                "a number in (0, 1)")
                        .map(Value::doubleValue)
                        .orElse(one.confidence());
        return new RunSettings.Seeds(count, probability, confidence);
    }

    static Optional<Duration> duration(MappingSection run, String key) {
        return run.node(key)
                .map(
                        node ->
                                (node instanceof YamlNode.Scalar s
                                                        && s.kind() == YamlNode.ScalarKind.STRING
                                                ? Durations.parse(s.text())
                                                : Optional.<Duration>empty())
                                        .orElseThrow(
                                                () ->
                                                        run.error(
                                                                key,
                                                                "expected "
                                                                        + Durations.EXPECTED
                                                                        + ", got "
                                                                        + node.describe())));
    }
}
