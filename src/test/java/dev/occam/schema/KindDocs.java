package dev.occam.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.occam.plan.kind.Key;
import dev.occam.plan.kind.Kind;
import dev.occam.plan.kind.Kinds;
import dev.occam.plan.kind.Registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Generates, from the kind declarations of {@link Kinds}, the parts of docs/spec.schema.json
 * (definitions.problem, .algorithm, .prediction, .claim: the kind enum and one if/then branch per
 * kind) and of docs/spec-format.md (one key table per kind) that used to be written by hand.
 */
final class KindDocs {
    static final List<Registry<?>> REGISTRIES =
            List.of(Kinds.PROBLEMS, Kinds.ALGORITHMS, Kinds.PREDICTIONS, Kinds.CLAIMS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private KindDocs() {}

    /**
     * definitions.&lt;registry.section()&gt;: any object with a known kind, and the branch of that
     * kind.
     */
    static ObjectNode definition(Registry<?> registry) {
        ObjectNode def = JSON.createObjectNode();
        def.put("type", "object");
        def.putArray("required").add("kind");
        ArrayNode names = def.putObject("properties").putObject("kind").putArray("enum");
        registry.names().forEach(names::add);
        ArrayNode branches = def.putArray("allOf");
        for (Kind<?> kind : registry.kinds()) branches.add(branch(kind));
        return def;
    }

    private static ObjectNode branch(Kind<?> kind) {
        ObjectNode branch = JSON.createObjectNode();
        ObjectNode when = branch.putObject("if");
        when.putObject("properties").putObject("kind").put("const", kind.name());
        when.putArray("required").add("kind");
        ObjectNode then = branch.putObject("then");
        ObjectNode properties = then.putObject("properties");
        properties.putObject("kind").put("const", kind.name());
        ArrayNode required = then.putArray("required").add("kind");
        for (Key key : kind.keys()) {
            properties.set(key.name(), parse(key.type().schema()));
            if (key.required()) required.add(key.name());
        }
        then.put("additionalProperties", false);
        if (!kind.constraints().isEmpty()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = parse(kind.constraints()).fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                then.set(e.getKey(), e.getValue());
            }
        }
        return branch;
    }

    /** The Markdown key tables of a registry's kinds, one heading and table each. */
    static String tables(Registry<?> registry) {
        StringBuilder out = new StringBuilder();
        for (Kind<?> kind : registry.kinds()) {
            out.append("#### `")
                    .append(kind.name())
                    .append("`\n\n")
                    .append(kind.summary())
                    .append("\n\n");
            if (kind.keys().isEmpty()) {
                out.append("No keys besides `kind`.\n\n");
                continue;
            }
            out.append("| key | required | value | default | meaning |\n|---|---|---|---|---|\n");
            for (Key key : kind.keys()) {
                out.append("| `")
                        .append(key.name())
                        .append("` | ")
                        .append(key.required() ? "yes" : "no")
                        .append(" | ")
                        .append(cell(key.type().words()))
                        .append(" | ")
                        .append(cell(key.defaultValue()))
                        .append(" | ")
                        .append(cell(key.doc()))
                        .append(" |\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A table cell: pipes escaped, so "||w||" stays one cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }
}
