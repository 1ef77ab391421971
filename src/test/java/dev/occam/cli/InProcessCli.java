package dev.occam.cli;

import picocli.CommandLine;

import java.nio.file.Path;

/** Tests outside dev.occam.cli drive the real command line in-process through this door. */
public final class InProcessCli {
    private InProcessCli() {}

    /** {@code occam} over the real engine; relative paths resolve against {@code workingDir}. */
    public static CommandLine occam(Path workingDir) {
        return Main.commandLine(new PipelineEngine(), workingDir);
    }
}
