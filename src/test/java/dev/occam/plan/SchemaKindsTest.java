package dev.occam.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/spec.schema.json offers exactly the kinds {@link Kinds} registers, each with a branch of its own. */
class SchemaKindsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"problem", "algorithm", "prediction", "claim"})
    void schemaKindsAreTheRegisteredKinds(String definition) throws IOException {
        JsonNode section = new ObjectMapper().readTree(Files.readString(Path.of("docs", "spec.schema.json")))
                .path("definitions").path(definition);
        List<String> offered = new ArrayList<>();
        section.path("properties").path("kind").path("enum").forEach(k -> offered.add(k.asText()));
        List<String> branches = new ArrayList<>();
        section.path("allOf").forEach(b -> branches.add(b.path("if").path("properties").path("kind").path("const").asText()));
        Map<String, ? extends BiFunction<?, ?, ?>> registry = switch (definition) {
            case "problem" -> Kinds.PROBLEMS;
            case "algorithm" -> Kinds.ALGORITHMS;
            case "prediction" -> Kinds.PREDICTIONS;
            default -> Kinds.CLAIMS;
        };
        assertThat(offered).as("definitions.%s kind enum", definition).containsExactlyInAnyOrderElementsOf(registry.keySet());
        assertThat(branches).as("definitions.%s if/then branches", definition).containsExactlyInAnyOrderElementsOf(registry.keySet());
    }
}
