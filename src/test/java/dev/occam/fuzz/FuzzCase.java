package dev.occam.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated spec: case number, the spec it was derived from, the mutations applied (in order)
 * and the resulting file text. {@code fileName} is the base spec's, so the id still matches it
 * unless a mutation changed the id. The file is bytes: one mutation writes invalid UTF-8.
 */
record FuzzCase(int number, String base, String fileName, List<String> mutations, byte[] bytes) {

    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    String describe() {
        return "case " + number + " from " + base + " with " + String.join(", ", mutations);
    }
}
