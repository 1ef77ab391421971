package dev.occam.result;

import java.util.List;

/**
 * A data file a spec's matrix or vector came from, as the report records it.
 *
 * @param path the path as the spec writes it (relative to the spec's directory)
 * @param key the .npz member, or null
 * @param sha256 the SHA-256 of the file's bytes, lowercase hex
 * @param dtype numpy's dtype ("<f8", "<i8", ...) or "csv"
 * @param shape the array's shape, e.g. [2, 3]
 */
public record DataSource(
        String path, String key, String sha256, String dtype, List<Integer> shape) {

    public DataSource {
        shape = List.copyOf(shape);
    }
}
