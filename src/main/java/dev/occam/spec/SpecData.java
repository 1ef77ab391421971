package dev.occam.spec;

import dev.occam.spec.data.DataFile;
import dev.occam.spec.data.DataFiles;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data files one spec names, each read once: the loader reads them all (so their errors come on
 * load and the report can record them), the builders of later stages take them from here.
 */
final class SpecData {
    private final Map<List<String>, DataFile> files = new LinkedHashMap<>();

    synchronized DataFile read(Path spec, String written, String key) {
        List<String> id = java.util.Arrays.asList(written, key);
        DataFile file = files.get(id);
        if (file == null) {
            file = DataFiles.read(spec, written, key, NumberParser::entry);
            files.put(id, file);
        }
        return file;
    }

    /** The files read so far, in the order first read. */
    synchronized List<DataFile> files() {
        return List.copyOf(files.values());
    }
}
