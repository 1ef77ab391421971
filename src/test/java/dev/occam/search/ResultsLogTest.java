package dev.occam.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.result.Verdict;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

class ResultsLogTest {
    @TempDir Path dir;

    private static Candidate candidate(int n) {
        return new Candidate(Map.of("algorithm.step", new Draw.Number(new BigFraction(n, 100))));
    }

    private static Outcome outcome(int n) {
        return new Outcome(
                candidate(n).key(),
                Map.of("algorithm.step", candidate(n).get("algorithm.step").yaml()),
                "search",
                n % 2 == 0 ? Verdict.HOLDS : Verdict.FAILS,
                "exact",
                n % 2 == 0 ? Outcome.Category.HOLDS : Outcome.Category.COUNTEREXAMPLE,
                "limit",
                n % 2 == 0 ? null : 0.25 * n,
                n,
                "message with \"quotes\" and a\nnewline",
                0.5);
    }

    @Test
    void aResumedFileKeepsEveryWholeLineAndDropsAPartialOne() throws IOException {
        Path file = dir.resolve("sub/r.jsonl");
        try (ResultsLog log = ResultsLog.open(file, "s", "f1", false)) {
            for (int n = 1; n <= 3; n++) log.add(outcome(n));
        }
        // a kill in the middle of writing the fourth line
        String partial = "{\"key\":\"algorithm.step=0.04\",\"values\":{\"algorithm.st";
        Files.writeString(file, partial, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (ResultsLog log = ResultsLog.open(file, "s", "f1", true)) {
            assertThat(log.size()).isEqualTo(3);
            assertThat(log.get(candidate(2))).isEqualTo(outcome(2));
            assertThat(log.get(candidate(3))).isEqualTo(outcome(3));
            assertThat(log.get(candidate(4))).isNull();
            log.add(outcome(4));
        }
        assertThat(Files.readAllLines(file))
                .hasSize(5)
                .noneMatch(l -> l.contains("values\":{\"algorithm.st\""));
        try (ResultsLog log = ResultsLog.open(file, "s", "f1", true)) {
            assertThat(log.size()).isEqualTo(4);
            assertThat(log.get(candidate(4))).isEqualTo(outcome(4));
        }
    }

    @Test
    void anotherSearchsFileIsRefusedAndAFreshStartReplacesIt() throws IOException {
        Path file = dir.resolve("r.jsonl");
        try (ResultsLog log = ResultsLog.open(file, "s", "f1", false)) {
            log.add(outcome(1));
        }
        assertThatThrownBy(() -> ResultsLog.open(file, "s", "f2", true))
                .isInstanceOf(SearchException.class)
                .hasMessageContaining("written by another search");
        try (ResultsLog log = ResultsLog.open(file, "s", "f2", false)) {
            assertThat(log.size()).isZero();
        }
        assertThat(Files.readAllLines(file)).hasSize(1);
    }

    @Test
    void aDamagedLineInTheMiddleIsAnErrorNamingIt() throws IOException {
        Path file = dir.resolve("r.jsonl");
        try (ResultsLog log = ResultsLog.open(file, "s", "f1", false)) {
            log.add(outcome(1));
        }
        Files.writeString(file, "not json\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> ResultsLog.open(file, "s", "f1", true))
                .isInstanceOf(SearchException.class)
                .hasMessageContaining("r.jsonl:3: not a results line");
        Files.writeString(file, "");
        assertThatThrownBy(() -> ResultsLog.open(file, "s", "f1", true))
                .hasMessageContaining("empty or not a results file");
    }
}
