package dev.occam.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.StdConverter;

import dev.occam.certify.Numbers;
import dev.occam.result.Figure;
import dev.occam.result.Legend;
import dev.occam.result.LimitTable;
import dev.occam.result.PredictionResult;
import dev.occam.result.Series;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the fields that {@code report} formats become JSON values: figures, errors and bounds as
 * {@link ClaimFigures} writes them, legends as {@link Legends}, the limit table as {@link
 * LimitTables}, preconditions as {@link Preconditions}; unordered maps sorted; timings to the
 * millisecond; a missing list or map as an empty one. {@link JsonMixIns} names them per field.
 */
final class JsonFields {
    private JsonFields() {}

    /** Milliseconds are all a reader needs; more digits only make diffs noisy. */
    static final class Milliseconds extends StdConverter<Double, Double> {
        @Override
        public Double convert(Double seconds) {
            return Math.round(seconds * 1000) / 1000.0;
        }
    }

    /** A measured or predicted figure as a string, a list of strings or a map of strings. */
    static final class PlainFigure extends StdConverter<Figure, Object> {
        @Override
        public Object convert(Figure f) {
            return ClaimFigures.plain(f);
        }
    }

    /** An error or bound in short scientific notation. */
    static final class Sci extends StdConverter<Double, String> {
        @Override
        public String convert(Double x) {
            return ClaimFigures.text(x);
        }
    }

    /**
     * An error with six significant digits: enough for a reader (or a reproducer script) to confirm
     * the figure independently, where the terminal and Markdown show three.
     */
    static final class Sci6 extends StdConverter<Double, String> {
        @Override
        public String convert(Double x) {
            if (x == null) return null;
            if (x == 0 || !Double.isFinite(x)) return Numbers.sci(x);
            return String.format(Locale.ROOT, "%.6g", x).replace("e-0", "e-").replace("e+0", "e+");
        }
    }

    /** A string map in a stable order (see {@link JsonWriter#ordered}). */
    static final class OrderedStrings
            extends StdConverter<Map<String, String>, Map<String, String>> {
        @Override
        public Map<String, String> convert(Map<String, String> map) {
            return JsonWriter.ordered(map);
        }
    }

    /** The derived objects and each one's forms (text, tex, mathml) in a stable order. */
    static final class OrderedForms
            extends StdConverter<
                    Map<String, Map<String, String>>, Map<String, Map<String, String>>> {
        @Override
        public Map<String, Map<String, String>> convert(Map<String, Map<String, String>> map) {
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            JsonWriter.ordered(map)
                    .forEach((name, forms) -> out.put(name, JsonWriter.ordered(forms)));
            return out;
        }
    }

    /** The limit table laid out as the JSON's "tables" (a list of one). */
    static final class Tables extends StdConverter<LimitTable, List<Table>> {
        @Override
        public List<Table> convert(LimitTable t) {
            return List.of(LimitTables.of(t));
        }
    }

    /**
     * The legend's text. It depends on the series' role as well, so it is written from the series
     * being serialized, which Jackson keeps as the generator's current value.
     */
    static final class LegendText extends StdSerializer<Legend> {
        LegendText() {
            super(Legend.class);
        }

        @Override
        public void serialize(Legend legend, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeString(Legends.of((Series) gen.currentValue()));
        }
    }

    /**
     * The checked preconditions and the unmet one, from the prediction being serialized (the
     * generator's current value); also when the list is null, since the unmet one may not be.
     */
    static final class PreconditionList extends StdSerializer<List<String>> {
        PreconditionList() {
            super(List.class, false);
        }

        @Override
        public void serialize(List<String> ignored, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            List<String> all = Preconditions.of((PredictionResult) gen.currentValue());
            gen.writeStartArray(all, all.size());
            for (String p : all) gen.writeString(p);
            gen.writeEndArray();
        }
    }

    /** An empty array where the record has null: the JSON has always had one there. */
    static final class EmptyArray extends StdSerializer<Object> {
        EmptyArray() {
            super(Object.class);
        }

        @Override
        public void serialize(Object ignored, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartArray(null, 0);
            gen.writeEndArray();
        }
    }

    /** An empty object where the record has null. */
    static final class EmptyObject extends StdSerializer<Object> {
        EmptyObject() {
            super(Object.class);
        }

        @Override
        public void serialize(Object ignored, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject(null, 0);
            gen.writeEndObject();
        }
    }
}
