package dev.occam.cli;

import dev.occam.spec.Spec;
import dev.occam.spec.SpecError;
import dev.occam.symbolic.FormulaException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code occam list}: one line per spec (id, family, expected verdict, title, source). Unlike
 * check, it lists every valid spec even when some are invalid (reported on stderr, exit code 2):
 * listing is how one looks around a catalogue that is being edited.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List specs: id, family, expected verdict, title, source.")
final class ListCommand extends OccamCommand {
    @Parameters(
            paramLabel = "PATH",
            description = "Spec files or folders (default: theorems/ and counterexamples/).")
    List<Path> paths = new ArrayList<>();

    private final Path workingDir;

    ListCommand(Engine engine, Path workingDir) {
        super(engine);
        this.workingDir = workingDir;
    }

    @Override
    int run() throws IOException {
        List<Spec> specs = new ArrayList<>();
        int invalid = 0;
        for (Path f : SpecFiles.find(workingDir, paths)) {
            try {
                specs.add(engine.load(f).spec());
            } catch (SpecError e) {
                err().println(e.getMessage());
                invalid++;
            } catch (FormulaException e) {
                err().println(f + ": invalid formula: " + e.getMessage());
                invalid++;
            }
        }
        int idWidth = specs.stream().mapToInt(s -> s.id().length()).max().orElse(0);
        int familyWidth = specs.stream().mapToInt(s -> s.problemKind().length()).max().orElse(0);
        for (Spec s : specs) {
            out().println(
                            String.format(
                                    Locale.ROOT,
                                    "%-" + idWidth + "s  %-" + familyWidth + "s  %-5s  %s  (%s)",
                                    s.id(),
                                    s.problemKind(),
                                    s.expect().word(),
                                    s.title(),
                                    s.source()));
        }
        out().flush();
        err().flush();
        return invalid == 0 ? ExitCodes.AS_EXPECTED : ExitCodes.USAGE_OR_INVALID_SPEC;
    }
}
