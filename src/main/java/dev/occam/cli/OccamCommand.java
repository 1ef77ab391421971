package dev.occam.cli;

import dev.occam.spec.SpecError;
import dev.occam.symbolic.FormulaException;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A subcommand: turns what escapes {@link #run()} into one line on stderr and an exit code, so a
 * user sees "file:line:col: path: message" for a bad spec and never a stack trace unless -x.
 */
abstract class OccamCommand implements Callable<Integer> {
    @Spec CommandSpec command;

    @Option(
            names = {"-x", "--stacktrace"},
            description = "Print the stack trace of errors.")
    boolean stacktrace;

    final Engine engine;

    OccamCommand(Engine engine) {
        this.engine = engine;
    }

    abstract int run() throws IOException;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (UsageError | SpecError e) {
            return fail(e, e.getMessage(), ExitCodes.USAGE_OR_INVALID_SPEC);
        } catch (FormulaException e) {
            return fail(e, "invalid formula: " + e.getMessage(), ExitCodes.USAGE_OR_INVALID_SPEC);
        } catch (IOException e) {
            return fail(e, "cannot read or write: " + e, ExitCodes.INTERNAL_ERROR);
        } catch (RuntimeException | Error e) {
            err().println("occam: " + internalError(e));
            if (stacktrace) e.printStackTrace(err());
            else err().println("run with -x for the stack trace");
            err().flush();
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    static String internalError(Throwable e) {
        return "internal error: " + e;
    }

    private int fail(Throwable e, String message, int code) {
        err().println("occam: " + message);
        if (stacktrace) e.printStackTrace(err());
        err().flush();
        return code;
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }
}
