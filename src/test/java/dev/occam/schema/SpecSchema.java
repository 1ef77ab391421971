package dev.occam.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * docs/spec.schema.json applied to YAML text: the YAML is loaded with snakeyaml-engine (YAML 1.2
 * core schema, duplicate keys and aliases refused, as occam reads it) and converted to a Jackson
 * tree.
 */
public final class SpecSchema {
    public static final Path FILE = Path.of("docs", "spec.schema.json");

    /**
     * The outcome: the YAML could not be loaded (loadError), or the schema's messages (empty when
     * valid).
     */
    public record Outcome(String loadError, List<ValidationMessage> messages) {
        public boolean valid() {
            return loadError == null && messages.isEmpty();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonSchema schema;

    public SpecSchema() {
        try {
            SchemaValidatorsConfig config =
                    SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
            schema =
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                            .getSchema(JSON.readTree(Files.readString(FILE)), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Outcome validate(String yaml) {
        Object tree;
        try {
            tree =
                    new Load(
                                    LoadSettings.builder()
                                            .setAllowDuplicateKeys(false)
                                            .setMaxAliasesForCollections(0)
                                            .build())
                            .loadFromString(yaml);
        } catch (RuntimeException e) {
            return new Outcome(
                    e.getClass().getSimpleName()
                            + ": "
                            + e.getMessage().lines().findFirst().orElse(""),
                    List.of());
        }
        JsonNode json = JSON.valueToTree(tree);
        return new Outcome(null, List.copyOf(schema.validate(json)));
    }

    public Outcome validate(Path file) {
        try {
            return validate(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
