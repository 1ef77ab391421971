package dev.occam.search;

import dev.occam.report.AtomicFiles;
import dev.occam.report.ReportWriter;
import dev.occam.result.SpecResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a counterexample as the catalogue keeps them: {@code <dir>/<id>.yaml}, its report in
 * {@code <dir>/reports/} and the numpy reproducer {@code <dir>/<id>.py}. Everything is rendered
 * first and each file replaced atomically, the spec last, so a failure never leaves a spec without
 * its report or a half-written file.
 */
public final class CounterexampleWriter {
    private CounterexampleWriter() {}

    /**
     * @param specText the counterexample spec (expect: fails), already checked
     * @param result its check, which must FAIL
     * @param script the reproducer, or null when none can be written
     * @return the files written, spec first
     */
    public static List<Path> write(
            Path dir, String id, String specText, SpecResult result, String script)
            throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        ReportWriter.files(result)
                .forEach((name, bytes) -> files.put(dir.resolve("reports").resolve(name), bytes));
        if (script != null) files.put(dir.resolve(id + ".py"), utf8(script));
        files.put(dir.resolve(id + ".yaml"), utf8(specText));
        Files.createDirectories(dir.resolve("reports"));
        for (Map.Entry<Path, byte[]> f : files.entrySet())
            AtomicFiles.write(f.getKey(), f.getValue());
        List<Path> written = new ArrayList<>(files.keySet());
        written.add(0, written.remove(written.size() - 1));
        return written;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
