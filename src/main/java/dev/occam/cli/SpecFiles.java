package dev.occam.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The spec files named on a command line: a file is taken as it is; a folder is searched
 * recursively for *.yaml, in sorted order. With no paths, {@code theorems/} and {@code
 * counterexamples/} under the working directory, those that exist.
 */
final class SpecFiles {
    static final List<String> DEFAULT_FOLDERS = List.of("theorems", "counterexamples");
    private static final String SUFFIX = ".yaml";

    private SpecFiles() {}

    static List<Path> find(Path workingDir, List<Path> paths) throws IOException {
        List<Path> roots = new ArrayList<>();
        if (paths.isEmpty()) {
            DEFAULT_FOLDERS.stream()
                    .map(workingDir::resolve)
                    .filter(Files::isDirectory)
                    .forEach(roots::add);
            if (roots.isEmpty()) {
                throw new UsageError(
                        "no spec folders here (looked for "
                                + String.join("/ and ", DEFAULT_FOLDERS)
                                + "/ in "
                                + workingDir.toAbsolutePath().normalize()
                                + "); give a PATH");
            }
        } else {
            paths.stream().map(workingDir::resolve).forEach(roots::add);
        }
        // a file named twice (directly and through its folder) is checked once
        Map<Path, Path> files = new LinkedHashMap<>();
        for (Path root : roots) {
            if (!Files.exists(root)) throw new UsageError("no such file or folder: " + root);
            for (Path f : Files.isDirectory(root) ? yamlFilesUnder(root) : List.of(root)) {
                files.putIfAbsent(f.toAbsolutePath().normalize(), f);
            }
        }
        return List.copyOf(files.values());
    }

    /**
     * Keeps the files whose name is {@code <id>.yaml} for one of the ids (spec file names are their
     * ids).
     */
    static List<Path> withIds(List<Path> files, Collection<String> ids) {
        for (String id : ids) {
            if (files.stream().noneMatch(f -> id(f).equals(id)))
                throw new UsageError("no spec with id '" + id + "'");
        }
        return files.stream().filter(f -> ids.contains(id(f))).toList();
    }

    static String id(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    private static List<Path> yamlFilesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted()
                    .toList();
        }
    }
}
