package dev.occam.search.reproducer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs reproducer scripts with python3 for the tests that confirm them independently of occam. */
public final class Scripts {
    /** Whether python3 with numpy is on this machine; tests that need it are skipped otherwise. */
    public static final boolean NUMPY = numpyAvailable();

    public static final String NO_NUMPY =
            "python3 with numpy is not available on this machine: the reproducer scripts were not run";

    private Scripts() {}

    /** The script's output; it must finish within 60 s with exit code 0. */
    public static String run(Path file) throws IOException, InterruptedException {
        Process p =
                new ProcessBuilder("python3", file.toString()).redirectErrorStream(true).start();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) p.destroyForcibly();
        assertThat(done).as("the script finishes within 60 s").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** The number a script printed as "name = value". */
    public static double printed(String out, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " = (\\S+)").matcher(out);
        assertThat(m.find()).as("'" + name + " = ' in\n" + out).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static boolean numpyAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import numpy").start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
