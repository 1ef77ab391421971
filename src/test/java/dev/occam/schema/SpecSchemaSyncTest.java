package dev.occam.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.occam.plan.kind.Registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The generated parts of docs/spec.schema.json (the kind definitions from {@link KindDocs}, the
 * cross references from {@link CrossReferences}) and the key tables of docs/spec-format.md match
 * their generators. After adding or changing a kind, a key, or a shared definition, rewrite both
 * files with {@code mvn -o -q test -Dtest=SpecSchemaSyncTest -Doccam.schema.write=true}.
 */
class SpecSchemaSyncTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final Path FORMAT = Path.of("docs", "spec-format.md");

    @Test
    void kindDefinitionsAreGenerated() throws IOException {
        ObjectNode schema = (ObjectNode) JSON.readTree(Files.readString(SpecSchema.FILE));
        if (Boolean.getBoolean("occam.schema.write")) {
            for (Registry<?> r : KindDocs.REGISTRIES)
                ((ObjectNode) schema.get("definitions")).set(r.section(), KindDocs.definition(r));
            write(
                    schema,
                    CrossReferences.crossReferences(schema),
                    CrossReferences.lpExponentAtMostOne());
            schema = (ObjectNode) JSON.readTree(Files.readString(SpecSchema.FILE));
        }
        for (Registry<?> r : KindDocs.REGISTRIES) {
            assertThat(schema.get("definitions").get(r.section()))
                    .as("definitions.%s (regenerate: see class comment)", r.section())
                    .isEqualTo(KindDocs.definition(r));
        }
    }

    @Test
    void formatTablesAreGenerated() throws IOException {
        String text = Files.readString(FORMAT);
        String generated = text;
        for (Registry<?> r : KindDocs.REGISTRIES) generated = replaceTables(generated, r);
        if (Boolean.getBoolean("occam.schema.write")) {
            Files.writeString(FORMAT, generated);
            text = generated;
        }
        assertThat(text)
                .as("the key tables of %s (regenerate: see class comment)", FORMAT)
                .isEqualTo(generated);
    }

    /** The text between a registry's BEGIN and END GENERATED markers, replaced by its tables. */
    private static String replaceTables(String text, Registry<?> r) {
        String end = "<!-- END GENERATED " + r.section() + " kinds -->";
        int begin = text.indexOf("<!-- BEGIN GENERATED " + r.section() + " kinds");
        int stop = text.indexOf(end);
        assertThat(begin)
                .as("BEGIN marker of %s kinds in %s", r.section(), FORMAT)
                .isGreaterThanOrEqualTo(0);
        assertThat(stop)
                .as("END marker of %s kinds in %s", r.section(), FORMAT)
                .isGreaterThan(begin);
        int afterBegin = text.indexOf('\n', begin) + 1;
        return text.substring(0, afterBegin) + "\n" + KindDocs.tables(r) + text.substring(stop);
    }

    @Test
    void generatedPartIsCurrent() throws IOException {
        ObjectNode schema = (ObjectNode) JSON.readTree(Files.readString(SpecSchema.FILE));
        ObjectNode definitions = (ObjectNode) schema.get("definitions");
        JsonNode crossReferences = CrossReferences.crossReferences(schema);
        JsonNode lpExponent = CrossReferences.lpExponentAtMostOne();
        assertThat(definitions.get("crossReferences"))
                .as("definitions.crossReferences (regenerate: see class comment)")
                .isEqualTo(crossReferences);
        assertThat(definitions.get("lpExponentAtMostOne"))
                .as("definitions.lpExponentAtMostOne")
                .isEqualTo(lpExponent);
        assertThat(schema.get("allOf").toString()).contains("#/definitions/crossReferences");
        assertThat(definitions.get("lpNorm").toString())
                .contains("#/definitions/lpExponentAtMostOne");
    }

    /** Pretty-printed, except that each generated rule is one line: 170 lines instead of 11,000. */
    private static void write(ObjectNode schema, JsonNode crossReferences, JsonNode lpExponent)
            throws IOException {
        ObjectNode definitions = (ObjectNode) schema.get("definitions");
        ObjectNode placeholders = crossReferences.deepCopy();
        ArrayNode rules = (ArrayNode) placeholders.get("allOf");
        for (int i = 0; i < rules.size(); i++)
            rules.set(i, JSON.getNodeFactory().textNode("@rule" + i + "@"));
        definitions.set("crossReferences", placeholders);
        definitions.set("lpExponentAtMostOne", lpExponent);
        DefaultPrettyPrinter printer =
                new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        String text = JSON.writer(printer).writeValueAsString(schema);
        for (int i = 0; i < rules.size(); i++) {
            text =
                    text.replace(
                            "\"@rule" + i + "@\"",
                            JSON.writeValueAsString(crossReferences.get("allOf").get(i)));
        }
        Files.writeString(SpecSchema.FILE, text + "\n");
    }

    @ParameterizedTest(name = "lp:{0} is at most one: {1}")
    @CsvSource({
        "0/1, true",
        "0/7, true",
        "1/2, true",
        "1/1, true",
        "3/3, true",
        "2/4, true",
        "9/10, true",
        "99/100, true",
        "123/124, true",
        "124/124, true",
        "0009/10, true",
        "1/010, true",
        "3/2, false",
        "4/3, false",
        "10/9, false",
        "100/99, false",
        "125/124, false",
        "2/01, false",
        "21/12, false",
        "1000001/1000000, false",
        "4/3+1/2, false"
    })
    void fractionPattern(String exponent, boolean atMostOne) {
        Pattern p = Pattern.compile(CrossReferences.lpExponentAtMostOne().get("pattern").asText());
        assertThat(p.matcher("lp:" + exponent).find()).isEqualTo(atMostOne);
    }

    @ParameterizedTest(name = "atLeast({0}) matches {1}: {2}")
    @CsvSource({
        "1, 0, false",
        "1, 1, true",
        "1, 10, true",
        "3, 2, false",
        "3, 9, true",
        "10, 9, false",
        "10, 10, true",
        "17, 16, false",
        "17, 17, true",
        "17, 20, true",
        "17, 123, true",
        "32, 31, false",
        "32, 40, true",
        "95, 96, true",
        "95, 94, false"
    })
    void claimIndexPattern(int k, String index, boolean matches) {
        assertThat(Pattern.matches("(?:" + CrossReferences.atLeast(k) + ")", index))
                .isEqualTo(matches);
    }
}
