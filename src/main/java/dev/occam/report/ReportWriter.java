package dev.occam.report;

import dev.occam.result.SpecResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a report folder: per spec {@code <id>.md}, {@code <id>.html}, {@code <id>.json} (with
 * series) and plots {@code <id>-*.png}, and {@code index.md} and {@code index.html} over the given
 * results. Everything is rendered in memory first and each file is replaced atomically, so a
 * failure leaves no half-written file. Files of specs not in this run are left alone; the indexes
 * list only this run's specs.
 */
public final class ReportWriter {
    private ReportWriter() {}

    public static void write(Path dir, List<SpecResult> results) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (SpecResult r : results) files.putAll(files(r));
        files.put("index.md", utf8(IndexReport.render(results)));
        files.put("index.html", utf8(HtmlIndex.render(results)));
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> f : files.entrySet())
            AtomicFiles.write(dir.resolve(f.getKey()), f.getValue());
    }

    /** One spec's report files by name (JSON, Markdown, HTML, plots), rendered in memory. */
    public static Map<String, byte[]> files(SpecResult r) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Plots.Plot> plots = Plots.of(r);
        plots.forEach(p -> files.put(p.fileName(), p.png()));
        files.put(r.id() + ".json", utf8(JsonWriter.toReportJson(r)));
        files.put(r.id() + ".md", utf8(MarkdownReport.render(r, plots)));
        files.put(r.id() + ".html", utf8(HtmlReport.render(r, plots)));
        return files;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
