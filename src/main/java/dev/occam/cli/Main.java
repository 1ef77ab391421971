package dev.occam.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The {@code occam} command: check, list, explain, new, search (README.md). */
@Command(
        name = "occam",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks theorems about the implicit bias of optimization algorithms.")
public final class Main implements Callable<Integer> {
    @Spec CommandSpec command;

    /** Without a subcommand there is nothing to do: show how to use it, as a usage error. */
    @Override
    public Integer call() {
        command.commandLine().usage(command.commandLine().getErr());
        return ExitCodes.USAGE_OR_INVALID_SPEC;
    }

    /**
     * The command line over an engine, with relative paths and the default folders taken from
     * workingDir.
     */
    public static CommandLine commandLine(Engine engine, Path workingDir) {
        return new CommandLine(new Main())
                .addSubcommand(new CheckCommand(engine, workingDir))
                .addSubcommand(new ListCommand(engine, workingDir))
                .addSubcommand(new ExplainCommand(engine, workingDir))
                .addSubcommand(new SearchCommand(engine, workingDir))
                .addSubcommand(new NewCommand(engine));
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.setProperty(
                "log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        int code = commandLine(new PipelineEngine(), Path.of("")).execute(args);
        // Symja may leave non-daemon threads behind
        System.exit(code);
    }
}
