package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

class LogSpacedScheduleTest {
    private final LogSpacedSchedule s = LogSpacedSchedule.standard();

    private List<Long> recorded(long from, long to) {
        List<Long> r = new ArrayList<>();
        for (long t = from; t <= to; t++) {
            if (s.record(t)) {
                r.add(t);
            }
        }
        return r;
    }

    @Test
    void firstTenThenTwentyPerDecade() {
        assertThat(recorded(0, 10)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(recorded(11, 100)).hasSize(20).contains(11L, 100L);
        assertThat(recorded(101, 1000)).hasSize(20).contains(1000L);
        assertThat(recorded(100_001, 1_000_000)).hasSize(20).contains(1_000_000L);
        assertThat(s.record(-1)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 5, 10, 99, 12345, 1_000_000})
    void countMatchesEnumeration(long maxT) {
        assertThat(s.count(maxT)).isEqualTo(recorded(0, maxT).size());
    }

    @Test
    void countIsBoundedForHugeHorizons() {
        assertThat(s.count(1_000_000_000_000L)).isEqualTo(10 + 20 * 11 + 1);
        assertThat(s.count(Long.MAX_VALUE)).isLessThanOrEqualTo(10 + 20 * 19);
        assertThat(s.record(1_000_000_000_000L)).isTrue();
        assertThat(s.record(1_000_000_000_001L)).isFalse();
    }

    /** Following next() from -1 visits exactly the iterations record() accepts. */
    @ParameterizedTest
    @ValueSource(ints = {1, 7, 20, 100})
    void nextWalksTheRecordedIterations(int perDecade) {
        LogSpacedSchedule schedule = new LogSpacedSchedule(perDecade);
        long t = -1;
        for (long next = schedule.next(t); next <= 3_000_000; next = schedule.next(next)) {
            for (long u = t + 1; u < next; u++)
                assertThat(schedule.record(u)).as("t=" + u).isFalse();
            assertThat(schedule.record(next)).as("t=" + next).isTrue();
            t = next;
        }
        assertThat(schedule.next(-7)).isZero();
        assertThat(schedule.next(Long.MAX_VALUE - 1)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void otherDensities() {
        LogSpacedSchedule coarse = new LogSpacedSchedule(1);
        assertThat(coarse.count(1000)).isEqualTo(13);
        assertThat(coarse.record(100)).isTrue();
        assertThat(coarse.record(50)).isFalse();
        assertThatThrownBy(() -> new LogSpacedSchedule(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
