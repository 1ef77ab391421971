package dev.occam.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.PredictionResult;
import dev.occam.result.Series;
import dev.occam.result.SpecResult;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JSON of docs/spec-format.md, the source of truth for every other report. Field order is
 * fixed: the contract's fields first, in the contract's order, then extras (title, source,
 * statement, precision, tier, derived, tables). Series (long curves for plots) go only into the
 * per-spec report JSON, so {@code --json} stays small.
 */
public final class JsonWriter {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonWriter() {}

    /** The {@code --json} document: {"tool", "version", "results": [...]}, without series. */
    public static String toJson(List<SpecResult> results) {
        return print(document(results, false));
    }

    /** One spec's report JSON: the same document shape with one result, including the series. */
    public static String toReportJson(SpecResult result) {
        return print(document(List.of(result), true));
    }

    public static ObjectNode document(List<SpecResult> results, boolean withSeries) {
        ObjectNode doc = NODES.objectNode();
        doc.put("tool", "occam");
        doc.put("version", ToolVersion.get());
        ArrayNode array = doc.putArray("results");
        results.forEach(r -> array.add(result(r, withSeries)));
        return doc;
    }

    static ObjectNode result(SpecResult r, boolean withSeries) {
        ObjectNode o = NODES.objectNode();
        o.put("id", r.id());
        o.put("file", r.file());
        o.put("expect", r.expect());
        o.put("verdict", r.verdict() == null ? null : r.verdict().name());
        o.put("as_expected", r.asExpected());
        // milliseconds are all a reader needs; more digits only make diffs noisy
        o.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        o.put("message", r.message());
        o.set("prediction", prediction(r.prediction()));
        ArrayNode points = o.putArray("points");
        if (r.points() != null) r.points().forEach(p -> points.add(point(p, withSeries)));
        o.put("evidence", r.evidence().word());
        o.put("outside_hypotheses", r.outsideHypotheses());
        o.put("title", r.title());
        o.put("family", r.family());
        o.put("source", r.source());
        o.put("statement", r.statement());
        o.put("precision", r.precision());
        o.put("tier", r.tier());
        ObjectNode derived = o.putObject("derived");
        if (r.derived() != null)
            ordered(r.derived()).forEach((name, forms) -> derived.set(name, strings(forms)));
        ArrayNode tables = o.putArray("tables");
        LimitTables.of(r).forEach(t -> tables.add(table(t)));
        if (withSeries) {
            ArrayNode series = o.putArray("series");
            if (r.series() != null) r.series().forEach(s -> series.add(series(s)));
        }
        return o;
    }

    private static JsonNode prediction(PredictionResult p) {
        if (p == null) return NODES.nullNode();
        ObjectNode o = NODES.objectNode();
        o.put("kind", p.kind());
        o.set("value", p.value() == null ? NODES.nullNode() : MAPPER.valueToTree(p.value()));
        o.put("exact", p.exact());
        o.set("certificate", strings(p.certificate()));
        o.set("preconditions", MAPPER.valueToTree(Preconditions.of(p)));
        return o;
    }

    private static ObjectNode point(PointResult p, boolean withSeries) {
        ObjectNode o = NODES.objectNode();
        o.set("parameters", strings(p.parameters()));
        o.put("iterations", p.iterations());
        o.put("stopped", p.stopped());
        o.set(
                "final",
                p.finalIterate() == null ? NODES.nullNode() : MAPPER.valueToTree(p.finalIterate()));
        o.put("verdict", p.verdict() == null ? null : p.verdict().name());
        ArrayNode claims = o.putArray("claims");
        if (p.claims() != null) p.claims().forEach(c -> claims.add(claim(c)));
        if (withSeries) {
            ArrayNode series = o.putArray("series");
            if (p.series() != null) p.series().forEach(s -> series.add(series(s)));
        }
        return o;
    }

    static ObjectNode claim(ClaimResult c) {
        ObjectNode o = NODES.objectNode();
        o.put("kind", c.kind());
        o.put("verdict", c.verdict() == null ? null : c.verdict().name());
        if (c.quantity() != null) o.put("quantity", c.quantity());
        o.set("measured", MAPPER.valueToTree(ClaimFigures.plain(c.measured())));
        o.set("predicted", MAPPER.valueToTree(ClaimFigures.plain(c.predicted())));
        o.put("error", ClaimFigures.text(c.error()));
        o.put("bound", ClaimFigures.text(c.bound()));
        o.put("tolerance", c.tolerance());
        o.put("certified_by", c.certifiedBy());
        o.put("evidence", c.evidence().word());
        o.put("scope", c.scope().word());
        o.put("message", c.message());
        return o;
    }

    private static ObjectNode series(Series s) {
        ObjectNode o = NODES.objectNode();
        o.put("role", s.role().text());
        o.put("label", Legends.of(s));
        o.set("x", numbers(s.x()));
        o.set("y", numbers(s.y()));
        return o;
    }

    private static ObjectNode table(Table t) {
        ObjectNode o = NODES.objectNode();
        o.put("title", t.title());
        o.set("header", MAPPER.valueToTree(t.header()));
        o.set("rows", MAPPER.valueToTree(t.rows()));
        return o;
    }

    /** Non-finite doubles are not JSON numbers: they become "NaN", "Infinity", "-Infinity". */
    private static ArrayNode numbers(double[] values) {
        ArrayNode a = NODES.arrayNode();
        if (values == null) return a;
        for (double v : values) {
            if (Double.isFinite(v)) a.add(v);
            else a.add(Double.toString(v));
        }
        return a;
    }

    private static JsonNode strings(Map<String, String> map) {
        if (map == null) return NODES.nullNode();
        ObjectNode o = NODES.objectNode();
        ordered(map).forEach(o::put);
        return o;
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

    private static String print(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
