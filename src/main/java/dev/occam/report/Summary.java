package dev.occam.report;

import dev.occam.check.SpecResult;
import java.util.List;

/** Counts over a run; {@link #line()} is the CLI's last line and the index's headline (fixed wording, scripts grep it). */
public record Summary(int specs, int asExpected, int holds, int fails, int inconclusive, int errors) {

    public static Summary of(List<SpecResult> results) {
        int asExpected = 0, holds = 0, fails = 0, inconclusive = 0, errors = 0;
        for (SpecResult r : results) {
            if (r.asExpected()) asExpected++;
            switch (r.verdict()) {
                case HOLDS -> holds++;
                case FAILS -> fails++;
                case INCONCLUSIVE -> inconclusive++;
                case ERROR -> errors++;
            }
        }
        return new Summary(results.size(), asExpected, holds, fails, inconclusive, errors);
    }

    public int notAsExpected() {
        return specs - asExpected;
    }

    /** "N specs: A as expected, B not; X holds, Y fails, Z inconclusive, E errors". */
    public String line() {
        return specs + " specs: " + asExpected + " as expected, " + notAsExpected() + " not; "
                + holds + " holds, " + fails + " fails, " + inconclusive + " inconclusive, " + errors + " errors";
    }

}
