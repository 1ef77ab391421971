package dev.occam.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The results file: JSON lines, a header naming the search, then one {@link Outcome} per checked
 * candidate, appended and flushed to disk as each finishes. A search killed at any moment leaves at
 * worst a partial last line; {@link #open} with resume drops it and keeps the rest, so the resumed
 * search reuses every finished candidate and never writes a corrupt file.
 */
final class ResultsLog implements AutoCloseable {
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The first line: which search wrote the file. */
    record Header(String search, String spec, String fingerprint) {}

    private final Path file;
    private final FileChannel channel;
    private final Map<String, Outcome> done;

    private ResultsLog(Path file, FileChannel channel, Map<String, Outcome> done) {
        this.file = file;
        this.channel = channel;
        this.done = done;
    }

    /**
     * Opens the results file of the search {@code fingerprint} names: continues it when {@code
     * resume} (refusing a file another search wrote), else starts it afresh.
     *
     * @throws SearchException when the file cannot be resumed or written
     */
    static ResultsLog open(Path file, String spec, String fingerprint, boolean resume) {
        Header header = new Header("occam search results", spec, fingerprint);
        Map<String, Outcome> done = new LinkedHashMap<>();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            if (resume && Files.exists(file)) {
                long keep = read(file, header, done);
                FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                channel.truncate(keep);
                channel.position(keep);
                return new ResultsLog(file, channel, done);
            }
            FileChannel channel =
                    FileChannel.open(
                            file,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING);
            ResultsLog log = new ResultsLog(file, channel, done);
            log.line(JSON.writeValueAsString(header));
            return log;
        } catch (IOException e) {
            throw new SearchException(
                    file + ": cannot write the results file (" + e.getMessage() + ")");
        }
    }

    /** Reads the finished outcomes; returns the length of the file up to its last whole line. */
    private static long read(Path file, Header expected, Map<String, Outcome> done)
            throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        int lineNumber = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') end++;
            if (end == bytes.length) break; // a partial last line: the kill came mid-write
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            lineNumber++;
            try {
                if (lineNumber == 1) {
                    Header h = JSON.readValue(line, Header.class);
                    if (!expected.equals(h)) {
                        throw new SearchException(
                                file
                                        + ": written by another search (spec '"
                                        + h.spec()
                                        + "', or the spec or its search block changed since);"
                                        + " remove it or give another --results file");
                    }
                } else {
                    Outcome o = JSON.readValue(line, Outcome.class);
                    done.put(o.key(), o);
                }
            } catch (JsonProcessingException e) {
                throw new SearchException(
                        file
                                + ":"
                                + lineNumber
                                + ": not a results line ("
                                + e.getOriginalMessage()
                                + ")");
            }
            start = end + 1;
        }
        if (lineNumber == 0) {
            throw new SearchException(
                    file + ": empty or not a results file; remove it to start afresh");
        }
        return start;
    }

    /** The outcome recorded for a candidate, or null. */
    synchronized Outcome get(Candidate c) {
        return get(c.key());
    }

    synchronized Outcome get(String key) {
        return done.get(key);
    }

    synchronized int size() {
        return done.size();
    }

    /** Records an outcome, on disk before this returns. */
    synchronized void add(Outcome o) {
        done.put(o.key(), o);
        try {
            line(JSON.writeValueAsString(o));
        } catch (IOException e) {
            throw new SearchException(
                    file + ": cannot append to the results file (" + e.getMessage() + ")");
        }
    }

    private void line(String json) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap((json + "\n").getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) channel.write(buffer);
        channel.force(false);
    }

    Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was pending: every line is forced as it is written
        }
    }
}
