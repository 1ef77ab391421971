package dev.occam.fuzz;

import dev.occam.spec.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges one outcome against occam's robustness contract: a verdict (exit 0, 1 or 3; exit 4 only
 * for a reported plug-in failure), or an invalid spec (exit 2) reported as one line
 * "file:line:column: path: message"; never an uncaught exception, a stack trace or a hang; and no
 * longer than the spec's time budget allows.
 */
final class Oracle {
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(.*\\)\\s*$");

    /** The verdict, the evidence it rests on (blank when undecided), the id. */
    private static final Pattern VERDICT =
            Pattern.compile(
                    "(?m)^(HOLDS|FAILS|INCONCLUSIVE|ERROR) +(?:(?:exact|proved-bound|estimate|trend) +)?\\S+ +\\(expected \\w+\\) +[0-9.]+s(?:  (.*))?$");

    private static final Pattern SUMMARY = Pattern.compile("(?m)^\\d+ specs: ");

    /**
     * How a PluginException introduces itself: a plug-in's failure, reported as such, is a fair
     * ERROR.
     */
    private static final String PLUGIN_FAILURE = "custom plug-in ";

    private static final List<String> CLASS_LOADING =
            List.of(
                    "ClassNotFoundException",
                    "NoClassDefFoundError",
                    "LinkageError",
                    "UnsupportedClassVersionError");

    /**
     * @param spec the case's spec as {@link TimeBudget#load} read it, or null when it did not load
     */
    Optional<Violation> judge(FuzzCase c, Spec spec, Path file, Outcome o) {
        Optional<Violation> late = overrun(spec, o, c.text());
        if (late.isPresent()) return late;
        if (o.thrown() != null)
            return violation(
                    "uncaught " + o.thrown().getClass().getName(), String.valueOf(o.thrown()), o);
        String out = o.output();
        if (STACK_FRAME.matcher(out).find() || out.contains("Exception in thread")) {
            return violation(
                    "stack trace " + firstException(out), "a stack trace in the output", o);
        }
        return switch (o.exitCode()) {
            case 0, 1, 3 -> verdict(c, file, o, false);
            case 2 -> invalid(c, file, o);
            case 4 -> verdict(c, file, o, true);
            default -> violation("exit " + o.exitCode(), "unexpected exit code", o);
        };
    }

    private static Optional<Violation> verdict(FuzzCase c, Path file, Outcome o, boolean internal) {
        Matcher v = VERDICT.matcher(o.output());
        if (!v.find() || !SUMMARY.matcher(o.output()).find()) {
            return violation(
                    internal ? "exit 4 " + Fingerprints.of(o.output()) : "no verdict line",
                    "exit " + o.exitCode() + " without a verdict line",
                    o);
        }
        String message = v.group(2) == null ? "" : v.group(2);
        if (v.group(1).equals("ERROR")
                && !(internal
                        && message.contains(PLUGIN_FAILURE)
                        && !o.output().contains("internal error"))) {
            return violation(
                    "ERROR " + Fingerprints.of(message),
                    "an ERROR verdict that is not a plug-in failure (exit " + o.exitCode() + ")",
                    o);
        }
        if (internal && !v.group(1).equals("ERROR"))
            return violation("exit 4 " + Fingerprints.of(o.output()), "exit 4 without an ERROR", o);
        return Optional.empty();
    }

    /**
     * Exit 2: exactly one line (or one ERROR verdict) that locates the problem in the file, inside
     * the file.
     */
    private static Optional<Violation> invalid(FuzzCase c, Path file, Outcome o) {
        String prefix = file + ":";
        List<String> located = new ArrayList<>();
        for (String line : o.output().lines().toList()) {
            Matcher v = VERDICT.matcher(line);
            if (line.startsWith(prefix)) located.add(line);
            else if (v.matches() && v.group(2) != null && v.group(2).startsWith(prefix))
                located.add(v.group(2));
            else if (line.contains(file.toString())) located.add(line);
        }
        if (located.size() != 1) {
            return violation("not one located line", located.size() + " lines name the file", o);
        }
        String line = located.get(0);
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "(\\d+):(\\d+): (.*)").matcher(line);
        if (!m.matches())
            return violation(
                    "unpositioned "
                            + Fingerprints.of(
                                    line.substring(Math.min(line.length(), prefix.length()))),
                    line,
                    o);
        int row = Integer.parseInt(m.group(1)), column = Integer.parseInt(m.group(2));
        long lines = c.text().lines().count();
        if (row < 1 || column < 1 || row > lines + 1)
            return violation("position outside the file", line, o);
        if (m.group(3).isBlank()) return violation("empty message", line, o);
        // a Java exception's name in the message is an internal failure passed off as the spec's
        // fault, except
        // the class loader's own words about a plug-in's class, which are about the user's class
        // path
        Matcher internal = Pattern.compile("\\b\\w+(Exception|Error)\\b").matcher(m.group(3));
        while (internal.find()) {
            if (!CLASS_LOADING.contains(internal.group()))
                return violation("exception in message " + Fingerprints.of(m.group(3)), line, o);
        }
        return Optional.empty();
    }

    /** Too slow, judged first: a case stopped at its budget has no exit code worth judging. */
    private static Optional<Violation> overrun(Spec spec, Outcome o, String text) {
        double limit = TimeBudget.secondsAllowed(spec, o.output(), text);
        if (o.seconds() <= limit && !o.hung()) return Optional.empty();
        String where = o.overrunAt() == null ? "a late finish" : o.overrunAt();
        return violation(
                "time in " + where,
                String.format(
                        "%s after %.2f s, allowed %.2f s (%s)",
                        o.hung() ? "stopped" : "finished",
                        o.seconds(),
                        limit,
                        TimeBudget.describe(spec)),
                o);
    }

    private static String firstException(String out) {
        Matcher m = Pattern.compile("([\\w$.]+(?:Exception|Error))").matcher(out);
        return m.find() ? m.group(1) : "";
    }

    private static Optional<Violation> violation(String fingerprint, String detail, Outcome o) {
        return Optional.of(
                new Violation(
                        fingerprint,
                        detail
                                + "; exit "
                                + o.exitCode()
                                + String.format(" after %.2f s", o.seconds())));
    }
}
