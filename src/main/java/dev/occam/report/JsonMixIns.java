package dev.occam.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.occam.certify.Evidence;
import dev.occam.certify.Scope;
import dev.occam.result.ClaimResult;
import dev.occam.result.Figure;
import dev.occam.result.Legend;
import dev.occam.result.LimitTable;
import dev.occam.result.PointResult;
import dev.occam.result.PredictionResult;
import dev.occam.result.Role;
import dev.occam.result.Series;
import dev.occam.result.SpecIdentity;
import dev.occam.result.SpecResult;

import java.util.List;
import java.util.Map;

/**
 * The JSON names, order and omissions of the result records (docs/spec-format.md), as Jackson
 * mix-ins, so that {@code result} does not depend on Jackson. Each mix-in declares the record's
 * accessors it annotates; an accessor it does not declare is written under its own name. The
 * contract's fields come first, in the contract's order, then the extras; a null is written as null
 * unless said otherwise, and a missing list or map as an empty one where the JSON always had one.
 * Values that report formats (figures, legends, tables) go through {@link JsonFields}.
 */
final class JsonMixIns {
    private JsonMixIns() {}

    /** The JSON of {@code --json}: everything but the series. */
    interface Contract {}

    /** One spec's report JSON: the contract and the series for its plots. */
    interface WithSeries extends Contract {}

    /** Registers every mix-in with the mapper. */
    static ObjectMapper register(ObjectMapper mapper) {
        return mapper.addMixIn(SpecResult.class, SpecResultJson.class)
                .addMixIn(PredictionResult.class, PredictionJson.class)
                .addMixIn(PointResult.class, PointJson.class)
                .addMixIn(ClaimResult.class, ClaimJson.class)
                .addMixIn(Series.class, SeriesJson.class)
                .addMixIn(dev.occam.result.DataSource.class, DataSourceJson.class)
                .addMixIn(Role.class, RoleJson.class)
                .addMixIn(Evidence.class, WordJson.class)
                .addMixIn(Scope.class, WordJson.class)
                .addMixIn(dev.occam.result.KktTable.class, KktJson.class);
    }

    @JsonPropertyOrder({
        "id",
        "file",
        "expect",
        "verdict",
        "as_expected",
        "seconds",
        "message",
        "prediction",
        "points",
        "evidence",
        "outside_hypotheses",
        "title",
        "family",
        "source",
        "statement",
        "data",
        "precision",
        "tier",
        "derived",
        "tables",
        "series"
    })
    interface SpecResultJson {
        /** Written field by field among the others, by the accessors below. */
        @JsonIgnore
        SpecIdentity spec();

        @JsonProperty("id")
        String id();

        @JsonProperty("file")
        String file();

        @JsonProperty("title")
        String title();

        @JsonProperty("source")
        String source();

        @JsonProperty("statement")
        String statement();

        @JsonProperty("expect")
        String expect();

        @JsonProperty("family")
        String family();

        /** The data files' provenance: path, key, sha256, dtype, shape; empty without files. */
        @JsonProperty("data")
        List<dev.occam.result.DataSource> data();

        @JsonProperty("as_expected")
        boolean asExpected();

        @JsonSerialize(converter = JsonFields.Milliseconds.class)
        double seconds();

        @JsonSerialize(nullsUsing = JsonFields.EmptyArray.class)
        List<PointResult> points();

        /** Derived from the claims, written beside the spec's verdict. */
        @JsonProperty("evidence")
        Evidence evidence();

        @JsonProperty("outside_hypotheses")
        boolean outsideHypotheses();

        @JsonSerialize(
                converter = JsonFields.OrderedForms.class,
                nullsUsing = JsonFields.EmptyObject.class)
        Map<String, Map<String, String>> derived();

        @JsonProperty("tables")
        @JsonSerialize(
                converter = JsonFields.Tables.class,
                nullsUsing = JsonFields.EmptyArray.class)
        LimitTable limits();

        @JsonView(WithSeries.class)
        @JsonSerialize(nullsUsing = JsonFields.EmptyArray.class)
        List<Series> series();
    }

    @JsonPropertyOrder({"kind", "value", "exact", "certificate", "preconditions"})
    interface PredictionJson {
        @JsonSerialize(converter = JsonFields.OrderedStrings.class)
        Map<String, String> certificate();

        /** The checked preconditions, then the unmet one (see {@link Preconditions}). */
        @JsonSerialize(
                using = JsonFields.PreconditionList.class,
                nullsUsing = JsonFields.PreconditionList.class)
        List<String> preconditions();

        @JsonIgnore
        String unmet();
    }

    @JsonPropertyOrder({
        "parameters",
        "iterations",
        "stopped",
        "final",
        "verdict",
        "claims",
        "series"
    })
    interface PointJson {
        @JsonSerialize(converter = JsonFields.OrderedStrings.class)
        Map<String, String> parameters();

        @JsonProperty("final")
        List<String> finalIterate();

        @JsonSerialize(nullsUsing = JsonFields.EmptyArray.class)
        List<ClaimResult> claims();

        @JsonView(WithSeries.class)
        @JsonSerialize(nullsUsing = JsonFields.EmptyArray.class)
        List<Series> series();
    }

    @JsonPropertyOrder({
        "kind",
        "verdict",
        "quantity",
        "measured",
        "predicted",
        "error",
        "bound",
        "tolerance",
        "certified_by",
        "evidence",
        "scope",
        "message"
    })
    interface ClaimJson {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String quantity();

        /** Only claim kkt has one. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        dev.occam.result.KktTable kkt();

        @JsonSerialize(converter = JsonFields.PlainFigure.class)
        Figure measured();

        @JsonSerialize(converter = JsonFields.PlainFigure.class)
        Figure predicted();

        @JsonSerialize(converter = JsonFields.Sci6.class)
        Double error();

        @JsonSerialize(converter = JsonFields.Sci.class)
        Double bound();

        @JsonProperty("certified_by")
        String certifiedBy();
    }

    /** The KKT certificate's names in the JSON's snake case; support indices are 0-based. */
    interface KktJson {
        @JsonProperty("licq_rank")
        int licqRank();

        @JsonProperty("singular_values")
        double[] singularValues();
    }

    @JsonPropertyOrder({"path", "key", "sha256", "dtype", "shape"})
    interface DataSourceJson {}

    @JsonPropertyOrder({"role", "label", "x", "y"})
    interface SeriesJson {
        /** The legend's text, which depends on the role too (see {@link Legends}). */
        @JsonProperty("label")
        @JsonSerialize(using = JsonFields.LegendText.class)
        Legend legend();

        @JsonSerialize(nullsUsing = JsonFields.EmptyArray.class)
        double[] x();

        @JsonSerialize(nullsUsing = JsonFields.EmptyArray.class)
        double[] y();
    }

    interface RoleJson {
        @JsonValue
        String text();
    }

    /** An evidence grade or a scope, written as its word. */
    interface WordJson {
        @JsonValue
        String word();
    }
}
