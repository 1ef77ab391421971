package dev.occam.spec;

import dev.occam.numeric.Value;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads spec files (YAML, one spec per file, file name = id + ".yaml") into {@link Spec}s.
 * Top-level keys: id, title, source, statement, expect, problem, algorithm, prediction, claims,
 * sweep, run, search. Errors are {@link SpecError}s with exact positions.
 *
 * <p>The loader validates the structure; the contents of problem, algorithm, prediction and each
 * claim beyond their {@code kind} are read (and {@link Section#finish() finished}) by later stages.
 */
public final class SpecLoader {

    private static final List<String> TOP_KEYS =
            List.of(
                    "id",
                    "title",
                    "source",
                    "statement",
                    "expect",
                    "problem",
                    "algorithm",
                    "prediction",
                    "claims",
                    "sweep",
                    "run",
                    "search");
    private static final Pattern ID = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    private static final String EXTENSION = ".yaml";

    private final NumberParser numbers;

    /**
     * @param numbers turns exact strings that are not plain rationals ("Sqrt(2)") into values; it
     *     throws IllegalArgumentException with a message for anything else
     */
    public SpecLoader(Function<String, Value> numbers) {
        this.numbers = new NumberParser(numbers);
    }

    public Spec load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new SpecError(file, new Position(1, 1), "", "the file is not valid UTF-8");
        } catch (IOException e) {
            throw new SpecError(
                    file,
                    new Position(1, 1),
                    "",
                    "cannot read the file ("
                            + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + ")");
        }
        return load(file, text);
    }

    /**
     * @param file where the text came from, for messages and the id check; null for text from
     *     elsewhere
     */
    public Spec load(Path file, String yamlText) {
        SpecContext context = new SpecContext(file, numbers);
        YamlNode tree = YamlTree.parse(file, yamlText);
        if (!(tree instanceof YamlNode.Mapping root)) {
            throw context.error(
                    tree.position(),
                    "",
                    "expected a mapping of keys (id, title, expect, ...) at the top level, got "
                            + tree.describe());
        }
        MappingSection top = new MappingSection(context, "", root);
        top.declare(TOP_KEYS);
        top.finish();

        String id = id(top, file);
        String title = top.string("title");
        String source = top.optionalString("source").orElse(null);
        String statement = top.optionalString("statement").orElse(null);
        Expect expect =
                Expect.valueOf(
                        top.choice("expect", List.of("holds", "fails")).toUpperCase(Locale.ROOT));
        String problemKind = top.section("problem").string("kind");
        String algorithmKind = top.section("algorithm").string("kind");
        String predictionKind = top.section("prediction").string("kind");
        List<Section> claims = top.sections("claims");
        if (claims.isEmpty()) {
            throw top.error("claims", "expected a non-empty list of claims");
        }
        claims.forEach(claim -> claim.string("kind"));
        RunSettings run = RunSettingsReader.read(top.optionalMapping("run"));
        YamlNode.Mapping sweep =
                top.optionalMapping("sweep")
                        .map(MappingSection::mapping)
                        .orElse(new YamlNode.Mapping(List.of(), root.position(), ""));

        List<SweepPoint> points = new ArrayList<>();
        for (SweepExpander.Point point : new SweepExpander(context).expand(root, sweep)) {
            points.add(sweepPoint(context, point));
            for (String section : List.of("problem", "algorithm", "prediction", "claims")) {
                point.root().get(section).ifPresent(n -> readDataFiles(context, n, section));
            }
        }
        List<String> sweepKeys = sweep.entries().stream().map(YamlNode.Entry::key).toList();
        Optional<SearchSettings> search =
                SearchSettingsReader.read(top.optionalMapping("search"), sweepKeys);
        return new Spec(
                file,
                id,
                title,
                source,
                statement,
                expect,
                problemKind,
                algorithmKind,
                predictionKind,
                sweepKeys,
                run,
                List.copyOf(points),
                search,
                context.data().files());
    }

    /**
     * Reads every data file the node names (a mapping with a {@code file} key), so that a broken
     * one is an error on load and the spec can list them all.
     */
    private static void readDataFiles(SpecContext context, YamlNode node, String path) {
        if (node instanceof YamlNode.Mapping m) {
            if (m.get("file").isPresent()) {
                new ValueReader(context).dataFile(new MappingSection(context, path, m));
                return;
            }
            for (YamlNode.Entry e : m.entries()) {
                readDataFiles(context, e.value(), SpecContext.child(path, e.key()));
            }
        } else if (node instanceof YamlNode.Sequence s) {
            for (int i = 0; i < s.items().size(); i++) {
                readDataFiles(context, s.items().get(i), SpecContext.index(path, i));
            }
        }
    }

    private static String id(MappingSection top, Path file) {
        String id = top.string("id");
        if (!ID.matcher(id).matches()) {
            throw top.error(
                    "id",
                    "expected an id of lowercase letters, digits and dashes, got '" + id + "'");
        }
        if (file != null && file.getFileName() != null) {
            String name = file.getFileName().toString();
            if (!name.equals(id + EXTENSION)) {
                throw top.error(
                        "id",
                        "id '"
                                + id
                                + "' does not match the file name '"
                                + name
                                + "' (expected "
                                + id
                                + EXTENSION
                                + ")");
            }
        }
        return id;
    }

    private static SweepPoint sweepPoint(SpecContext context, SweepExpander.Point point) {
        MappingSection top = new MappingSection(context, "", point.root());
        return new SweepPoint(
                point.parameters(),
                top.section("problem"),
                top.section("algorithm"),
                top.section("prediction"),
                top.sections("claims"));
    }
}
