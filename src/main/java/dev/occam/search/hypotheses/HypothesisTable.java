package dev.occam.search.hypotheses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.occam.report.MarkdownTable;
import dev.occam.search.Outcome;
import dev.occam.search.hypotheses.HypothesisRow.Reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the hypothesis explorer found on one spec: the unbroken spec's check, then one row per
 * breach and per precondition left unexplored (docs/hypotheses.md).
 *
 * @param spec the spec's id
 * @param required the evidence a breach's FAILS (or HOLDS) must rest on to count
 * @param baseline the unbroken spec, checked the same way
 * @param preconditions the preconditions its prediction declares
 * @param seconds the explorer's wall time
 */
public record HypothesisTable(
        String spec,
        String required,
        Outcome baseline,
        List<String> preconditions,
        List<HypothesisRow> rows,
        int jobs,
        double seconds) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public HypothesisTable {
        preconditions = List.copyOf(preconditions);
        rows = List.copyOf(rows);
    }

    /** Some breach certifiably broke the claim. */
    public boolean broken() {
        return rows.stream().anyMatch(r -> r.reading() == Reading.BROKE);
    }

    /**
     * Every breach came to a decided answer: the claim still holds with the required evidence, or
     * the prediction is undefined there (there is no claim left to break). Unexplored preconditions
     * do not count against it; a table without any breach is not decided.
     */
    public boolean decided() {
        List<HypothesisRow> explored =
                rows.stream().filter(r -> r.reading() != Reading.NOT_EXPLORED).toList();
        return !explored.isEmpty()
                && explored.stream()
                        .allMatch(
                                r ->
                                        r.reading() == Reading.HELD
                                                || r.reading() == Reading.UNDEFINED);
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Hypotheses of ").append(spec).append("\n\n");
        b.append(
                String.format(
                        Locale.ROOT,
                        "The unbroken spec: %s (%s). Each precondition its prediction declares is"
                                + " broken just outside, and each breach checked like a candidate of"
                                + " `occam search`: a FAILS breaks the claim only on %s evidence or"
                                + " better. %d breaches in %.1f s on %d workers.%n%n",
                        baseline.verdict() + " on " + baseline.evidence() + " evidence",
                        baseline.category().name().toLowerCase(Locale.ROOT) + " at " + required,
                        required,
                        rows.stream().filter(r -> r.outcome() != null).count(),
                        seconds,
                        jobs));
        List<List<String>> cells = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (HypothesisRow r : rows) {
            notes.add(r.detail());
            String reading = r.reading().words() + " [" + notes.size() + "]";
            cells.add(
                    List.of(
                            r.hypothesis(),
                            r.change() == null ? "" : r.change(),
                            r.distance() == null ? "" : r.distance(),
                            r.outside() == null ? "" : r.outside(),
                            r.verdict() == null ? "" : r.verdict(),
                            reading));
        }
        b.append(
                MarkdownTable.of(
                        List.of(
                                "hypothesis",
                                "breach",
                                "how far outside",
                                "outside?",
                                "verdict",
                                "reading"),
                        cells));
        b.append("\n");
        for (int i = 0; i < notes.size(); i++) {
            b.append(i + 1).append(". ").append(MarkdownTable.cell(notes.get(i))).append('\n');
        }
        b.append("\nThe preconditions declared on the unbroken spec:\n\n");
        preconditions.forEach(p -> b.append("- ").append(MarkdownTable.cell(p)).append('\n'));
        return b.toString();
    }

    public String json() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
