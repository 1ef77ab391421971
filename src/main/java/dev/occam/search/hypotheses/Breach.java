package dev.occam.search.hypotheses;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One spec edit just outside a precondition the prediction declares.
 *
 * @param change what is changed, in words
 * @param distance how far outside the precondition it lands, in words and numbers
 * @param edits spec path to its new YAML value, applied in order to the spec's text
 * @param note what the verdict should be read with (null when nothing): e.g. that the edit keeps a
 *     weaker hypothesis the theorem really uses
 */
public record Breach(String change, String distance, Map<String, String> edits, String note) {
    public Breach {
        edits = Collections.unmodifiableMap(new LinkedHashMap<>(edits));
    }

    Breach(String change, String distance, Map<String, String> edits) {
        this(change, distance, edits, null);
    }

    /** The same breach with a note (replacing any). */
    Breach noted(String text) {
        return new Breach(change, distance, edits, text);
    }
}
