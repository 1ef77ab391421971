package dev.occam.report;

import dev.occam.certify.Evidence;
import dev.occam.result.SpecResult;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over a run; {@link #line()} is the CLI's last line and the index's headline (fixed
 * wording, scripts grep it; the evidence counts follow after a semicolon).
 *
 * @param evidence decided specs (HOLDS or FAILS) by the evidence their verdict rests on
 */
public record Summary(
        int specs,
        int asExpected,
        int holds,
        int fails,
        int inconclusive,
        int errors,
        Map<Evidence, Integer> evidence) {

    public static Summary of(List<SpecResult> results) {
        int asExpected = 0, holds = 0, fails = 0, inconclusive = 0, errors = 0;
        Map<Evidence, Integer> evidence = new EnumMap<>(Evidence.class);
        for (SpecResult r : results) {
            if (r.asExpected()) asExpected++;
            switch (r.verdict()) {
                case HOLDS -> holds++;
                case FAILS -> fails++;
                case INCONCLUSIVE -> inconclusive++;
                case ERROR -> errors++;
            }
            if (r.evidence() != Evidence.NONE) evidence.merge(r.evidence(), 1, Integer::sum);
        }
        return new Summary(
                results.size(), asExpected, holds, fails, inconclusive, errors, evidence);
    }

    public int notAsExpected() {
        return specs - asExpected;
    }

    /**
     * "N specs: A as expected, B not; X holds, Y fails, Z inconclusive, E errors; decided on exact
     * 2, proved-bound 5, ...".
     */
    public String line() {
        StringBuilder b =
                new StringBuilder(
                        specs
                                + " specs: "
                                + asExpected
                                + " as expected, "
                                + notAsExpected()
                                + " not; "
                                + holds
                                + " holds, "
                                + fails
                                + " fails, "
                                + inconclusive
                                + " inconclusive, "
                                + errors
                                + " errors");
        if (!evidence.isEmpty()) {
            b.append("; decided on");
            String sep = " ";
            for (Map.Entry<Evidence, Integer> e : evidence.entrySet()) {
                b.append(sep).append(e.getKey().word()).append(' ').append(e.getValue());
                sep = ", ";
            }
        }
        return b.toString();
    }
}
