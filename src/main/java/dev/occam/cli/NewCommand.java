package dev.occam.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code occam new KIND}: prints a commented template spec of one family to stdout, valid against
 * docs/spec.schema.json and loadable by occam as it stands.
 */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Print a commented template spec: occam new least-squares --id my-spec > theorems/my-spec.yaml")
final class NewCommand extends OccamCommand {
    /** The templates under dev/occam/cli/templates/, in the order --list shows them. */
    static final List<String> KINDS =
            List.of(
                    "least-squares",
                    "classification",
                    "quadratic",
                    "sgd",
                    "scalar-network",
                    "matrix-completion",
                    "factorization",
                    "nuclear-norm",
                    "psd-factorization",
                    "diagonal-network",
                    "homogeneous-model",
                    "model",
                    "objective",
                    "counterexample");

    private static final Pattern ID = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

    @Parameters(
            paramLabel = "KIND",
            arity = "0..1",
            description =
                    "least-squares, classification, quadratic, sgd, scalar-network, matrix-completion, factorization, nuclear-norm, psd-factorization, diagonal-network, homogeneous-model, model, objective or counterexample.")
    String kind;

    @Option(
            names = "--id",
            paramLabel = "ID",
            description = "The spec's id (save the output as ID.yaml); default: my-KIND.")
    String id;

    @Option(names = "--list", description = "List the template kinds.")
    boolean list;

    NewCommand(Engine engine) {
        super(engine);
    }

    @Override
    int run() throws IOException {
        if (list) {
            KINDS.forEach(out()::println);
            out().flush();
            return ExitCodes.AS_EXPECTED;
        }
        if (kind == null)
            throw new UsageError("name a template: " + String.join(", ", KINDS) + " (or --list)");
        if (!KINDS.contains(kind))
            throw new UsageError(
                    "unknown template '"
                            + kind
                            + "' (expected one of: "
                            + String.join(", ", KINDS)
                            + ")");
        String specId = id == null ? "my-" + kind : id;
        if (!ID.matcher(specId).matches()) {
            throw new UsageError(
                    "--id: expected lowercase letters, digits and dashes, not starting or ending with a dash, got '"
                            + specId
                            + "'");
        }
        out().print(template(kind, specId));
        out().flush();
        return ExitCodes.AS_EXPECTED;
    }

    /** The template of {@code kind} with its id filled in. */
    static String template(String kind, String id) throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream("templates/" + kind + ".yaml")) {
            if (in == null) throw new IOException("missing template " + kind);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{id}}", id);
        }
    }
}
