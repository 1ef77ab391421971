package dev.occam.search;

import dev.occam.certify.Evidence;
import dev.occam.result.SpecResult;
import dev.occam.search.Outcome.Category;
import dev.occam.spec.SearchSettings;
import dev.occam.spec.SpecDocument;
import dev.occam.spec.SpecError;

import org.hipparchus.fraction.BigFraction;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One {@code occam search}: draws candidates with the strategy, checks them on {@code jobs} workers
 * through a pure function (spec text in, {@link SpecResult} out), records each outcome in the
 * results file as it finishes, then shrinks the first counterexample (docs/search.md).
 */
public final class Search {
    /** Shrinking checks at most this many candidates: enough for every data entry several times. */
    private static final int SHRINK_LIMIT = 400;

    /**
     * Command-line settings over the spec's search block; null fields keep the block's value.
     *
     * @param all keep sampling after the first counterexample, to the end of the budget
     */
    public record Options(
            String strategy,
            Integer candidates,
            Duration time,
            Long seed,
            int jobs,
            Evidence required,
            Path results,
            boolean resume,
            boolean shrink,
            boolean all) {}

    /** Where a running search stands, for the progress display. */
    public record Status(
            String phase,
            int tried,
            int budget,
            Map<String, Integer> counts,
            Outcome best,
            Duration elapsed,
            Duration left) {}

    /** Receives the status after every candidate (from worker threads, one at a time). */
    public interface Listener {
        void update(Status status);
    }

    private final String specId;
    private final SearchSettings settings;
    private final SearchSpace space;
    private final Function<String, SpecResult> checker;
    private final Options options;
    private final String strategy;
    private final int budget;
    private final Duration time;
    private final long seed;
    private final String fingerprint;
    private final Map<String, Candidate> candidates = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Integer> shrinkCounts = new LinkedHashMap<>();

    private Listener listener = s -> {};
    private ResultsLog log;
    private ExecutorService workers;
    private long start;
    private long deadline;
    private int tried;
    private int shrinkChecked;
    private int reused;
    private String phase = "search";
    private Outcome best;

    /**
     * @param file the searched spec file (for messages)
     * @param text its text
     * @param checker checks one candidate spec's text; SpecError and FormulaException mean the
     *     candidate is invalid
     * @throws SpecError when a parameter's path or shape does not fit the spec
     */
    public Search(
            Path file,
            String specId,
            String text,
            SearchSettings settings,
            Function<String, SpecResult> checker,
            Options options) {
        this.specId = specId;
        this.settings = settings;
        this.checker = checker;
        this.options = options;
        SpecDocument base = SpecDocument.parse(file, text).without("search");
        this.space = new SearchSpace(file, settings, base);
        this.strategy = options.strategy() != null ? options.strategy() : settings.strategy();
        this.budget = options.candidates() != null ? options.candidates() : settings.candidates();
        this.time = options.time() != null ? options.time() : settings.time();
        this.seed = options.seed() != null ? options.seed() : settings.seed();
        this.fingerprint =
                digest(text + "\n" + strategy + "\n" + seed + "\n" + options.required().word());
        Candidate first = space.sample(new SplittableRandom(seed));
        if (first == null) {
            throw new SearchException(
                    file
                            + ": no candidate meets the search's filters (full-row-rank, separable)"
                            + " in 1000 draws: widen the domain");
        }
        space.validate(first);
    }

    public SearchSummary run(Listener listener) {
        this.listener = listener;
        start = System.nanoTime();
        deadline = start + time.toNanos();
        Path results = options.results();
        workers = Executors.newFixedThreadPool(options.jobs(), daemonThreads());
        try (ResultsLog opened = ResultsLog.open(results, specId, fingerprint, options.resume())) {
            log = opened;
            List<SearchSummary.Bracket> brackets = new ArrayList<>();
            String stopped;
            if (strategy.equals("adaptive") && space.line() != null) {
                stopped = threshold(brackets);
            } else {
                stopped =
                        switch (strategy) {
                            case "grid" -> grid();
                            case "adaptive" -> adaptive();
                            default -> random();
                        };
            }
            // a threshold's counterexample is its failing end, the one nearest the change
            Outcome found =
                    brackets.isEmpty() ? firstCounterexample() : failingEnd(brackets.get(0));
            List<String> steps = new ArrayList<>();
            Outcome minimal = found;
            if (found != null && options.shrink() && brackets.isEmpty()) {
                minimal = shrink(found, steps);
            }
            return new SearchSummary(
                    specId,
                    strategy,
                    Map.copyOf(counts),
                    tried,
                    shrinkChecked,
                    Map.copyOf(shrinkCounts),
                    reused,
                    (System.nanoTime() - start) / 1e9,
                    stopped,
                    found,
                    minimal,
                    steps,
                    brackets,
                    found == null ? best : null);
        } finally {
            workers.shutdownNow();
        }
    }

    /** The spec a counterexample's values make: what --write saves. */
    public SpecDocument document(Outcome o) {
        return space.document(candidates.get(o.key()));
    }

    // ---- strategies ----

    private String random() {
        for (int i = 0; ; ) {
            String stop = stop();
            if (stop != null) return stop;
            List<Candidate> batch = new ArrayList<>();
            for (int k = 0; k < batchSize() && tried + batch.size() < budget; k++, i++) {
                Candidate c = space.sample(new SplittableRandom(mix(seed, i)));
                if (c != null) batch.add(c);
            }
            if (batch.isEmpty()) return "exhausted"; // the filters reject every draw
            evaluate(batch);
        }
    }

    private String grid() {
        List<Candidate> all = space.grid(budget, new SplittableRandom(seed));
        for (int i = 0; i < all.size(); i += batchSize()) {
            String stop = stop();
            if (stop != null) return stop;
            evaluate(all.subList(i, Math.min(all.size(), i + batchSize())));
        }
        String stop = stop();
        return stop != null ? stop : "exhausted";
    }

    /** Random sampling for half the budget, then steps around the candidate nearest to failing. */
    private String adaptive() {
        int half = Math.max(1, budget / 2);
        for (int i = 0; tried < half; ) {
            String stop = stop();
            if (stop != null) return stop;
            List<Candidate> batch = new ArrayList<>();
            for (int k = 0; k < batchSize() && tried + batch.size() < half; k++, i++) {
                Candidate c = space.sample(new SplittableRandom(mix(seed, i)));
                if (c != null) batch.add(c);
            }
            if (batch.isEmpty()) return "exhausted";
            evaluate(batch);
        }
        phase = "refine";
        double radius = 0.25;
        for (int round = 0; ; round++) {
            String stop = stop();
            if (stop != null) return stop;
            Outcome top = best;
            if (top == null) return "exhausted";
            Candidate center = candidates.get(top.key());
            List<Candidate> batch =
                    space.around(
                            center,
                            radius,
                            Math.min(batchSize(), budget - tried),
                            new SplittableRandom(mix(seed + 1, round)));
            if (batch.isEmpty()) return "exhausted";
            evaluate(batch);
            if (best == top) radius = radius > 1e-4 ? radius / 2 : 0.25;
        }
    }

    /**
     * The threshold finder: a coarse grid over the one parameter, then each change of the verdict
     * between neighbours narrowed (quarter points, or midpoints on one worker) to the relative
     * width asked for, or until undecided candidates block it.
     */
    private String threshold(List<SearchSummary.Bracket> brackets) {
        phase = "threshold";
        int coarse = Math.min(budget, Math.max(9, 2 * options.jobs() + 1));
        List<Outcome> grid = evaluate(space.grid(coarse, new SplittableRandom(seed)));
        List<Outcome> sorted = sortedDecided(grid);
        String stopped = "bracketed";
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Outcome a = sorted.get(i), b = sorted.get(i + 1);
            if (a.category() == b.category()) continue;
            Outcome[] bracket = {a, b};
            int undecided = narrow(bracket);
            Candidate lo = candidates.get(bracket[0].key()), hi = candidates.get(bracket[1].key());
            brackets.add(
                    new SearchSummary.Bracket(
                            space.line().path(),
                            Draw.text(space.value(lo)).replace("\"", ""),
                            Draw.text(space.value(hi)).replace("\"", ""),
                            bracket[0],
                            bracket[1],
                            space.relativeWidth(lo, hi),
                            undecided));
            String stop = stop();
            if (stop != null && !stop.equals("found")) stopped = stop;
        }
        if (brackets.isEmpty()) stopped = "no verdict change on the grid";
        return stopped;
    }

    /** Narrows the bracket in place; returns how many undecided candidates block it (0 if none). */
    private int narrow(Outcome[] bracket) {
        int points = options.jobs() >= 2 ? 3 : 1;
        while (true) {
            Candidate lo = candidates.get(bracket[0].key()), hi = candidates.get(bracket[1].key());
            if (space.relativeWidth(lo, hi) <= settings.width().doubleValue()) return 0;
            if (tried >= budget || System.nanoTime() > deadline) return 0;
            BigFraction a = space.value(lo), b = space.value(hi);
            List<Candidate> inner = new ArrayList<>();
            for (int j = 1; j <= points; j++) {
                BigFraction target = a.add(b.subtract(a).multiply(j).divide(points + 1));
                Candidate c =
                        space.lineAt(
                                lo,
                                SearchSpace.shortest(
                                        target, b.subtract(a).divide(4 * (points + 1))));
                BigFraction v = space.value(c);
                if (v.compareTo(a) > 0
                        && v.compareTo(b) < 0
                        && inner.stream().noneMatch(x -> space.value(x).equals(v))) {
                    inner.add(c);
                }
            }
            if (inner.isEmpty()) return 0; // integers next to each other
            List<Outcome> row = new ArrayList<>();
            row.add(bracket[0]);
            List<Outcome> checked = evaluate(inner);
            if (checked.contains(null)) return 0; // out of time: keep the bracket as it is
            row.addAll(checked);
            row.add(bracket[1]);
            int left = 0, right = row.size() - 1;
            while (left + 1 < right && row.get(left + 1).category() == bracket[0].category())
                left++;
            while (right - 1 > left && row.get(right - 1).category() == bracket[1].category())
                right--;
            if (right == left + 1) {
                bracket[0] = row.get(left);
                bracket[1] = row.get(right);
                continue;
            }
            // something between is undecided, or the verdict flips back: keep the decided ends
            bracket[0] = row.get(left);
            bracket[1] = row.get(right);
            return right - left - 1;
        }
    }

    private Outcome failingEnd(SearchSummary.Bracket b) {
        return b.loOutcome().counterexample()
                ? b.loOutcome()
                : b.hiOutcome().counterexample() ? b.hiOutcome() : firstCounterexample();
    }

    // ---- shrinking ----

    private Outcome shrink(Outcome found, List<String> steps) {
        phase = "shrink";
        // shrinking may run past the sampling deadline by a quarter of the time budget
        deadline = Math.max(deadline, System.nanoTime() + time.toNanos() / 4);
        Outcome current = found;
        int checked = 0;
        while (checked < SHRINK_LIMIT && System.nanoTime() < deadline) {
            List<Candidate> simpler = space.simpler(candidates.get(current.key()));
            Outcome accepted = null;
            for (int i = 0; i < simpler.size() && accepted == null; i += options.jobs()) {
                if (checked >= SHRINK_LIMIT || System.nanoTime() > deadline) break;
                List<Candidate> batch =
                        simpler.subList(i, Math.min(simpler.size(), i + options.jobs()));
                checked += batch.size();
                for (Outcome o : evaluate(batch)) {
                    if (o != null && o.counterexample()) {
                        accepted = o;
                        break;
                    }
                }
            }
            if (accepted == null) break;
            steps.add(change(current, accepted));
            current = accepted;
        }
        return current;
    }

    private static String change(Outcome from, Outcome to) {
        List<String> parts = new ArrayList<>();
        to.values()
                .forEach(
                        (path, value) -> {
                            String old = from.values().get(path);
                            if (!value.equals(old)) parts.add(path + ": " + old + " -> " + value);
                        });
        return String.join("; ", parts);
    }

    // ---- evaluation ----

    /**
     * Checks the candidates in parallel (reusing recorded outcomes), in their order; a candidate
     * not started before the deadline is null.
     */
    private List<Outcome> evaluate(List<Candidate> batch) {
        List<Future<Outcome>> futures = new ArrayList<>();
        String at = phase;
        for (Candidate c : batch) {
            candidates.putIfAbsent(c.key(), c);
            futures.add(workers.submit(() -> System.nanoTime() > deadline ? null : check(c, at)));
        }
        List<Outcome> out = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SearchException("search interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return out;
    }

    /** The pure step: candidate in, outcome out, recorded before it is returned. */
    private Outcome check(Candidate c, String at) {
        Outcome recorded = log.get(c);
        if (recorded != null) {
            counted(recorded, true);
            return recorded;
        }
        Outcome o =
                Checked.of(c, at, () -> space.document(c).text(), checker, options.required())
                        .outcome();
        log.add(o);
        counted(o, false);
        return o;
    }

    private synchronized void counted(Outcome o, boolean fromLog) {
        boolean shrinking = phase.equals("shrink");
        if (shrinking) shrinkChecked++;
        else tried++;
        if (fromLog) reused++;
        (shrinking ? shrinkCounts : counts)
                .merge(o.category().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
        if (o.category() != Category.INVALID
                && o.category() != Category.ERROR
                && (best == null || better(o, best))) {
            best = o;
        }
        long now = System.nanoTime();
        listener.update(
                new Status(
                        phase,
                        tried,
                        budget,
                        Map.copyOf(counts),
                        best,
                        Duration.ofNanos(now - start),
                        Duration.ofNanos(Math.max(0, deadline - now))));
    }

    /**
     * A counterexample beats anything else; then the higher score; ties go to the smaller key, so
     * the order workers finish in does not matter.
     */
    private static boolean better(Outcome o, Outcome than) {
        if (o.counterexample() != than.counterexample()) return o.counterexample();
        if (o.score() != than.score()) return o.score() > than.score();
        return o.key().compareTo(than.key()) < 0;
    }

    private String stop() {
        if (firstCounterexample() != null && !options.all()) return "found";
        if (tried >= budget) return "budget";
        if (System.nanoTime() > deadline) return "time";
        return null;
    }

    /**
     * The counterexample drawn first (in the strategy's order, not the order workers finished in),
     * so a seeded search reports the same one every time.
     */
    private synchronized Outcome firstCounterexample() {
        for (String key : candidates.keySet()) {
            Outcome o = log.get(key);
            if (o != null && o.counterexample()) return o;
        }
        return null;
    }

    private List<Outcome> sortedDecided(List<Outcome> outcomes) {
        List<Outcome> out = new ArrayList<>();
        for (Outcome o : outcomes) if (o != null && o.decided()) out.add(o);
        out.sort(Comparator.comparing(o -> space.value(candidates.get(o.key()))));
        return out;
    }

    private int batchSize() {
        return 2 * options.jobs();
    }

    /** Independent seeds for candidate i of a seeded search (SplitMix64's finaliser). */
    private static long mix(long seed, long i) {
        long z = seed * 0x9E3779B97F4A7C15L + i;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String digest(String s) {
        try {
            byte[] h =
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Worker threads that never keep the JVM alive. */
    public static java.util.concurrent.ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "occam-search");
            t.setDaemon(true);
            return t;
        };
    }
}
