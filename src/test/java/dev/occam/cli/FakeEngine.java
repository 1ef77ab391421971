package dev.occam.cli;

import dev.occam.check.CheckOptions;
import dev.occam.check.Progress;
import dev.occam.plan.SpecPlan;
import dev.occam.result.SpecResult;
import dev.occam.spec.Expect;
import dev.occam.spec.Position;
import dev.occam.spec.RunSettings;
import dev.occam.spec.Spec;
import dev.occam.spec.SpecError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An engine whose spec files hold one word: "invalid" makes the load fail; otherwise the id is the
 * file name and {@code check} answers from a table of results (or a thrower) by id.
 */
final class FakeEngine implements Engine {
    final Map<String, Function<Spec, SpecResult>> checks = new ConcurrentHashMap<>();
    final List<String> checked = new CopyOnWriteArrayList<>();
    CheckOptions lastOptions;

    FakeEngine result(SpecResult r) {
        checks.put(r.id(), s -> r);
        return this;
    }

    FakeEngine check(String id, Function<Spec, SpecResult> check) {
        checks.put(id, check);
        return this;
    }

    @Override
    public SpecPlan load(Path file) {
        String text;
        try {
            text = Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.equals("invalid"))
            throw new SpecError(file, new Position(3, 7), "algorithm.step", "expected a number");
        String id = SpecFiles.id(file);
        return new SpecPlan(
                new Spec(
                        file,
                        id,
                        "Title of " + id,
                        "Source of " + id,
                        "statement",
                        text.equals("fails") ? Expect.FAILS : Expect.HOLDS,
                        "least-squares",
                        "gradient-descent",
                        "min-distance-interpolant",
                        List.of(),
                        new RunSettings(16, 1000, Duration.ofSeconds(60), 1, Duration.ofSeconds(5)),
                        List.of(),
                        java.util.Optional.empty(),
                        List.of()),
                List.of());
    }

    @Override
    public SpecResult check(SpecPlan plan, CheckOptions options, Progress progress) {
        Spec spec = plan.spec();
        lastOptions = options;
        checked.add(spec.id());
        return checks.get(spec.id()).apply(spec);
    }

    @Override
    public SpecResult explain(SpecPlan plan) {
        return checks.get(plan.spec().id()).apply(plan.spec());
    }
}
