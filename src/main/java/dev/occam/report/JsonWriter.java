package dev.occam.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.occam.result.SpecResult;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JSON of docs/spec-format.md, the source of truth for every other report, written by Jackson
 * from the result records with the names, order and formatting of {@link JsonMixIns}. Series (long
 * curves for plots) go only into the per-spec report JSON, so {@code --json} stays small.
 */
public final class JsonWriter {
    private static final ObjectMapper MAPPER =
            JsonMixIns.register(
                    JsonMapper.builder()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            // non-finite samples of a series: "NaN", "Infinity", "-Infinity"
                            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                            .build());

    private static final ObjectWriter CONTRACT = MAPPER.writerWithView(JsonMixIns.Contract.class);
    private static final ObjectWriter WITH_SERIES =
            MAPPER.writerWithView(JsonMixIns.WithSeries.class);

    private JsonWriter() {}

    /** The document: which tool wrote it, its version, and the results. */
    @JsonPropertyOrder({"tool", "version", "results"})
    record Document(String tool, String version, List<SpecResult> results) {
        Document(List<SpecResult> results) {
            this("occam", ToolVersion.get(), results);
        }
    }

    /** The {@code --json} document: {"tool", "version", "results": [...]}, without series. */
    public static String toJson(List<SpecResult> results) {
        return print(CONTRACT, new Document(results));
    }

    /** One spec's report JSON: the same document shape with one result, including the series. */
    public static String toReportJson(SpecResult result) {
        return print(WITH_SERIES, new Document(List.of(result)));
    }

    /** A record as the report JSON has it, as a tree (for tests of single records). */
    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * Insertion-ordered and sorted maps keep their order (a sweep's parameters are listed in the
     * spec's order); any other map is sorted by key, since e.g. {@code Map.of} iterates in an order
     * that changes from one JVM run to the next.
     */
    public static <V> Map<String, V> ordered(Map<String, V> map) {
        if (map instanceof LinkedHashMap || map instanceof SortedMap) return map;
        return new TreeMap<>(map);
    }

    private static String print(ObjectWriter writer, Document document) {
        try {
            return writer.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
