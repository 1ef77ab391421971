package dev.occam.spec.data;

import java.util.Arrays;
import java.util.List;

/**
 * One data file as a spec names it, with what it held: the provenance the report records.
 *
 * @param path the path as written in the spec, relative to the spec's directory
 * @param key the .npz member, or null
 * @param sha256 the SHA-256 of the file's bytes, in lowercase hex
 */
public record DataFile(String path, String key, String sha256, NumericArray array) {

    public String dtype() {
        return array.dtype();
    }

    public List<Integer> shape() {
        return Arrays.stream(array.shape()).boxed().toList();
    }
}
