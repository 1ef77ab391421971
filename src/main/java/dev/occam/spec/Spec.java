package dev.occam.spec;

import dev.occam.spec.data.DataFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One validated spec file. The kind-specific sections are read by the builders of later stages
 * (through {@link #points()}); everything else is validated on load.
 *
 * @param search what {@code occam search} varies; {@code check} ignores it
 * @param sweepKeys dotted paths swept, in file order; empty when there is no sweep
 * @param data the data files the spec names ({@code X: {file: X.npy}}), in the order they stand,
 *     read and checked on load; empty when there are none
 */
public record Spec(
        Path file,
        String id,
        String title,
        String source,
        String statement,
        Expect expect,
        String problemKind,
        String algorithmKind,
        String predictionKind,
        List<String> sweepKeys,
        RunSettings run,
        List<SweepPoint> points,
        Optional<SearchSettings> search,
        List<DataFile> data) {

    public Spec {
        data = List.copyOf(data);
    }
}
