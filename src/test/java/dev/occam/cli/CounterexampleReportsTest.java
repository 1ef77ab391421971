package dev.occam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layout of the bundled counterexamples: {@code counterexamples/} holds only the specs, and
 * their committed reports (written by {@code bin/occam check counterexamples/ --report
 * counterexamples/reports/}, as the README says) are in {@code counterexamples/reports/}, one set
 * per spec, with links that resolve there.
 */
class CounterexampleReportsTest {
    private static final Path SPECS = Path.of("counterexamples");
    private static final Path REPORTS = SPECS.resolve("reports");
    static final String REGENERATE =
            "bin/occam check counterexamples/ --report counterexamples/reports/";

    /** Markdown links and images: ](target) with an optional title. */
    private static final Pattern MD_LINK =
            Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

    private static final Pattern HTML_LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @Test
    void theSpecFolderHoldsOnlySpecsTheirReproducersAndTheReportFolder() throws IOException {
        List<String> stray = new ArrayList<>();
        try (Stream<Path> entries = Files.list(SPECS)) {
            entries.forEach(
                    p -> {
                        String name = p.getFileName().toString();
                        boolean spec = Files.isRegularFile(p) && name.endsWith(".yaml");
                        // occam search --write puts the numpy reproducer <id>.py beside <id>.yaml
                        boolean reproducer =
                                Files.isRegularFile(p)
                                        && name.endsWith(".py")
                                        && Files.isRegularFile(
                                                SPECS.resolve(name.replaceAll("\\.py$", ".yaml")));
                        boolean reports = Files.isDirectory(p) && name.equals("reports");
                        if (!spec && !reproducer && !reports) stray.add(name);
                    });
        }
        assertThat(stray)
                .as(
                        "generated files directly in counterexamples/ belong in counterexamples/reports/ ("
                                + REGENERATE
                                + ")")
                .isEmpty();
    }

    @Test
    void everySpecHasItsReportsAndEveryReportItsSpec() throws IOException {
        TreeSet<String> ids = specIds();
        assertThat(ids).isNotEmpty();
        List<String> missing = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String id : ids) {
            for (String ext : List.of(".md", ".html", ".json")) {
                if (!Files.isRegularFile(REPORTS.resolve(id + ext))) missing.add(id + ext);
            }
            Path report = REPORTS.resolve(id + ".json");
            if (Files.isRegularFile(report)) {
                JsonNode result = json.readTree(report.toFile()).path("results").path(0);
                assertThat(result.path("id").asText()).as(report.toString()).isEqualTo(id);
                assertThat(result.path("file").asText())
                        .as(report.toString())
                        .isEqualTo("counterexamples/" + id + ".yaml");
            }
        }
        assertThat(missing)
                .as("reports missing in counterexamples/reports/ (" + REGENERATE + ")")
                .isEmpty();

        // no report is left over from a spec that was renamed or removed
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> files = Files.list(REPORTS)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") || n.endsWith(".md") || n.endsWith(".html"))
                    .filter(n -> !n.startsWith("index."))
                    .filter(n -> !ids.contains(n.substring(0, n.lastIndexOf('.'))))
                    .forEach(orphans::add);
        }
        assertThat(orphans)
                .as("reports in counterexamples/reports/ without a spec in counterexamples/")
                .isEmpty();

        // the index lists every spec
        String index = Files.readString(REPORTS.resolve("index.md"));
        for (String id : ids)
            assertThat(index).as("index.md").contains("[" + id + ".md](" + id + ".md)");
    }

    @Test
    void linksInTheIndexResolve() throws IOException {
        List<String> targets = links(REPORTS.resolve("index.md"), MD_LINK);
        assertThat(targets)
                .as("links in counterexamples/reports/index.md")
                .hasSizeGreaterThanOrEqualTo(specIds().size());
        assertThat(unresolved(REPORTS.resolve("index.md"), targets)).isEmpty();
    }

    @Test
    void linksInEveryReportPageResolve() throws IOException {
        List<String> unresolved = new ArrayList<>();
        try (Stream<Path> files = Files.list(REPORTS)) {
            for (Path page : files.sorted().toList()) {
                String name = page.getFileName().toString();
                if (name.endsWith(".md")) unresolved.addAll(unresolved(page, links(page, MD_LINK)));
                if (name.endsWith(".html"))
                    unresolved.addAll(unresolved(page, links(page, HTML_LINK)));
            }
        }
        assertThat(unresolved).isEmpty();
    }

    @Test
    void theReadmeLinksTheReportsAndNamesTheCommandThatWritesThem() throws IOException {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme);
        assertThat(text)
                .contains("`" + REGENERATE + "`")
                .contains("](counterexamples/reports/index.md)");
        List<String> toCounterexamples =
                links(readme, MD_LINK).stream()
                        .filter(t -> t.startsWith("counterexamples/"))
                        .toList();
        assertThat(toCounterexamples).isNotEmpty();
        assertThat(unresolved(readme, toCounterexamples)).isEmpty();
    }

    private static TreeSet<String> specIds() throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(SPECS)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .forEach(n -> ids.add(n.substring(0, n.length() - ".yaml".length())));
        }
        return ids;
    }

    private static List<String> links(Path file, Pattern pattern) throws IOException {
        List<String> targets = new ArrayList<>();
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) targets.add(m.group(1));
        return targets;
    }

    /** The relative file links among the targets whose file does not exist, as "page -> target". */
    private static List<String> unresolved(Path page, List<String> targets) {
        List<String> bad = new ArrayList<>();
        for (String target : targets) {
            if (target.isEmpty()
                    || target.startsWith("#")
                    || target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) continue;
            String path = target.replaceAll("[#?].*$", "");
            Path resolved =
                    page.resolveSibling(URLDecoder.decode(path, StandardCharsets.UTF_8))
                            .normalize();
            if (!Files.exists(resolved)) bad.add(page + " -> " + target);
        }
        return bad;
    }
}
