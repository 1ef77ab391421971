package dev.occam.fuzz;

import dev.occam.spec.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Generates, runs and judges cases on a few worker threads. Cases a {@link KnownOpen} defect keeps
 * out are recorded, not run. A case that overran while it waited for the Symja engine (one per
 * process, busy with the other worker's case) runs again alone, and that run is judged.
 */
final class Campaign {
    /**
     * A case and what became of it: its outcome and violation, or the known-open defect that kept
     * it out.
     */
    record Result(FuzzCase c, Outcome o, Violation v, KnownOpen keptOut) {}

    /**
     * One spec of each family the cases meet first: least squares, classification, a derived
     * potential.
     */
    private static final List<String> WARM_UP =
            List.of(
                    "theorems/gd-least-squares-min-distance.yaml",
                    "theorems/gd-separable-max-margin.yaml",
                    "theorems/mirror-descent-user-potential.yaml");

    private final Generator generator;
    private final Path work;
    private final TimeBudget time = new TimeBudget();
    private final Oracle oracle = new Oracle();

    Campaign(Generator generator, Path work) {
        this.generator = generator;
        this.work = work;
    }

    /**
     * Symja's start and the first use of each code path take seconds (measured: 8 s for the first
     * case, 0.4 s for the same case next), a cost of the JVM paid once that no spec's budget is
     * about. These runs are not judged.
     */
    void warmUp() throws IOException {
        CaseRunner runner = new CaseRunner(Files.createDirectories(work.resolve("warm-up")));
        for (String base : WARM_UP) runner.run(generator.warmUp(base), 120_000);
    }

    List<Result> run(List<Integer> numbers, int threads) throws Exception {
        ConcurrentLinkedQueue<Result> results = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<FuzzCase> again = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        try (StrayOutput stray = new StrayOutput()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Object>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                CaseRunner runner =
                        new CaseRunner(Files.createDirectories(work.resolve("worker-" + t)));
                workers.add(
                        pool.submit(
                                () -> {
                                    for (int i = next.getAndIncrement();
                                            i < numbers.size();
                                            i = next.getAndIncrement()) {
                                        FuzzCase c = generator.generate(numbers.get(i));
                                        Result r = judge(runner, c);
                                        if (r.v() != null && r.o().waited()) again.add(c);
                                        else results.add(r);
                                    }
                                    return null;
                                }));
            }
            pool.shutdown();
            for (Future<Object> w : workers)
                w.get(); // a failure of the harness itself surfaces here
            if (!pool.awaitTermination(1, TimeUnit.MINUTES))
                throw new IllegalStateException("workers did not stop");
            CaseRunner alone = new CaseRunner(Files.createDirectories(work.resolve("alone")));
            for (FuzzCase c : again) results.add(judge(alone, c));
            if (!stray.unattributed().isBlank()) {
                throw new IllegalStateException(
                        "output from no case's thread: " + stray.unattributed());
            }
        }
        List<Result> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> a.c().number() - b.c().number());
        return sorted;
    }

    private Result judge(CaseRunner runner, FuzzCase c) {
        Path file = runner.file(c);
        Spec spec = time.load(c, file);
        Optional<KnownOpen> keptOut = KnownOpen.quarantining(spec);
        if (keptOut.isPresent()) return new Result(c, null, null, keptOut.get());
        Outcome o = runner.run(c, (long) (1000 * TimeBudget.secondsAllowed(spec, "", c.text())));
        return new Result(c, o, oracle.judge(c, spec, file, o).orElse(null), null);
    }
}
