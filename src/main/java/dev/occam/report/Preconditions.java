package dev.occam.report;

import dev.occam.result.PredictionResult;

import java.util.ArrayList;
import java.util.List;

/**
 * A prediction's preconditions as every report lists them: each with how it was checked, then "NOT
 * MET: ..." for the one the problem fails.
 */
public final class Preconditions {
    private Preconditions() {}

    public static List<String> of(PredictionResult p) {
        List<String> out =
                new ArrayList<>(p.preconditions() == null ? List.of() : p.preconditions());
        if (p.unmet() != null) out.add("NOT MET: " + p.unmet());
        return out;
    }
}
