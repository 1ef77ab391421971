package dev.occam.spec;

import java.nio.file.Path;

/**
 * What every section of one spec shares: the file for messages and data files, how to read numbers
 * and the data files read.
 */
record SpecContext(Path file, NumberParser numbers, SpecData data) {

    SpecContext(Path file, NumberParser numbers) {
        this(file, numbers, new SpecData());
    }

    SpecError error(Position at, String path, String problem) {
        return new SpecError(file, at, path, problem);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }
}
