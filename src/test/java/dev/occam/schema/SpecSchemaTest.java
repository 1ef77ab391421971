package dev.occam.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * docs/spec.schema.json accepts every bundled spec and rejects every broken spec of the test suite,
 * at the place the spec's "# error:" line names and nowhere else, except the few whose error no
 * JSON Schema can express.
 */
class SpecSchemaTest {
    private static final SpecSchema SCHEMA = new SpecSchema();

    /**
     * Broken specs the schema accepts, each with why no JSON Schema can reject it: a schema sees
     * one instance and has no keyword relating two of its values, and a regex cannot decide
     * convexity.
     */
    static final Map<String, String> NOT_EXPRESSIBLE =
            Map.of(
                    "broken/id-mismatch.yaml",
                            "the id must equal the file name, which is not part of the instance",
                    "broken-kinds/potential-not-convex.yaml",
                            "convexity of a formula (phi'' > 0, derived by Symja) is not a property of its text",
                    "broken-kinds/quadratic-norm-not-symmetric.yaml",
                            "D[i][j] = D[j][i] compares two values of the instance; no keyword does",
                    "broken/search-swept-path.yaml",
                            "a key of search.parameters equal to a key of sweep compares two parts of the instance",
                    "broken/search-interval-reversed.yaml",
                            "lo <= hi compares two values, which may be exact strings like \"1/3\"",
                    "broken/search-log-scale-at-zero.yaml",
                            "lo > 0 under scale: log ties two keys and reads an exact number",
                    "broken/search-norm-p-one.yaml",
                            "p > 1 reads exact numbers, which may be strings like \"4/3\"",
                    "broken/data-file-missing.yaml",
                            "whether a file exists is not a property of the instance",
                    "broken/data-file-escape.yaml",
                            "whether a relative path leaves the spec's directory depends on symbolic links on disk");

    /** Where the schema reports an error that occam reports elsewhere. */
    static final Map<String, String> ELSEWHERE =
            Map.of(
                    "broken-kinds/step-size-invariant-without-sweep.yaml",
                    "/sweep", // the missing sweep, not the claim's kind
                    "broken/search-shape-zero.yaml",
                    "/search/parameters/problem.X", // no domain of the oneOf fits
                    "broken/data-file-absolute.yaml",
                    "/problem/X"); // the file pattern, and every other form of a matrix

    /**
     * Broken specs whose YAML itself is refused (occam refuses it the same way), so no schema is
     * applied.
     */
    static final List<String> YAML_LEVEL =
            List.of(
                    "broken/anchor-alias.yaml",
                    "broken/bad-yaml-syntax.yaml",
                    "broken/custom-tag.yaml",
                    "broken/duplicate-nested-key.yaml",
                    "broken/duplicate-top-level-key.yaml",
                    "broken/tab-indentation.yaml",
                    "broken/two-documents.yaml",
                    "broken/unclosed-quote.yaml");

    private static final Pattern ERROR_LINE = Pattern.compile("# error: \\d+:\\d+ ([^ ]*) ?:");

    @Test
    void acceptsEveryBundledSpec() throws IOException {
        List<String> invalid = new ArrayList<>();
        List<Path> files =
                yamlFiles(Path.of("theorems"), Path.of("counterexamples"), Path.of("searches"));
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            SpecSchema.Outcome o = SCHEMA.validate(f);
            if (!o.valid())
                invalid.add(f + ": " + (o.loadError() != null ? o.loadError() : o.messages()));
        }
        assertThat(invalid).isEmpty();
    }

    @Test
    void rejectsEveryBrokenSpecAtItsPlaceExceptTheListedOnes() throws IOException {
        Path root = Path.of("src", "test", "resources");
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Path f : yamlFiles(root.resolve("broken"), root.resolve("broken-kinds"))) {
            String name = root.relativize(f).toString().replace('\\', '/');
            seen.add(name);
            String text = Files.readString(f);
            SpecSchema.Outcome o = SCHEMA.validate(text);
            if (NOT_EXPRESSIBLE.containsKey(name)) {
                String place = expectedPointer(text);
                if (o.loadError() != null || o.messages().stream().anyMatch(m -> at(m, place))) {
                    problems.add(
                            name
                                    + ": listed as not expressible but rejected at "
                                    + place
                                    + " (remove it from the list): "
                                    + describe(o));
                }
                continue;
            }
            if (o.loadError() != null) {
                if (!YAML_LEVEL.contains(name))
                    problems.add(name + ": YAML not loadable, unexpectedly: " + o.loadError());
                continue;
            }
            if (YAML_LEVEL.contains(name))
                problems.add(name + ": expected a YAML-level refusal, got " + describe(o));
            if (o.valid()) {
                problems.add(name + ": accepted by the schema");
                continue;
            }
            String expected = ELSEWHERE.getOrDefault(name, expectedPointer(text));
            if (expected != null && o.messages().stream().noneMatch(m -> at(m, expected))) {
                problems.add(name + ": rejected, but not at " + expected + ": " + describe(o));
            }
            // each broken spec has one error, so a message anywhere else is the schema (or the
            // spec) being wrong
            List<String> elsewhere =
                    o.messages().stream()
                            .filter(m -> !at(m, expected))
                            .map(ValidationMessage::getMessage)
                            .toList();
            if (expected != null && !elsewhere.isEmpty())
                problems.add(name + ": also rejected elsewhere: " + elsewhere);
        }
        assertThat(seen).containsAll(NOT_EXPRESSIBLE.keySet()).containsAll(YAML_LEVEL);
        assertThat(problems).isEmpty();
    }

    /**
     * The "# error: L:C path:" line's path as a JSON pointer; a sweep key is one token; null when
     * no path.
     */
    static String expectedPointer(String text) {
        Matcher m = ERROR_LINE.matcher(text);
        if (!m.find() || m.group(1).isEmpty()) return "";
        String path = m.group(1);
        if (path.startsWith("sweep.")) return "/sweep/" + path.substring("sweep.".length());
        if (path.startsWith("search.parameters.")) {
            // a parameter's key is a dotted spec path of two segments (algorithm.step)
            String[] rest = path.substring("search.parameters.".length()).split("\\.", 3);
            if (rest.length < 2) return "/search/parameters/" + rest[0];
            return "/search/parameters/"
                    + rest[0]
                    + "."
                    + rest[1]
                    + (rest.length == 3 ? "/" + rest[2].replace('.', '/') : "");
        }
        return "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }

    /**
     * A message is at the expected place when its instance is the place or inside it, or when it is
     * about the place's parent and names the place's key (missing required key, unknown key, bad
     * key name).
     */
    static boolean at(ValidationMessage m, String expected) {
        String where = m.getInstanceLocation().toString();
        if (where.equals(expected) || where.startsWith(expected + "/")) return true;
        int slash = expected.lastIndexOf('/');
        String parent = expected.substring(0, slash);
        String key = expected.substring(slash + 1);
        return where.equals(parent) && m.getMessage().contains(key);
    }

    private static String describe(SpecSchema.Outcome o) {
        return o.loadError() != null
                ? o.loadError()
                : o.messages().stream().map(ValidationMessage::getMessage).toList().toString();
    }

    static List<Path> yamlFiles(Path... folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
