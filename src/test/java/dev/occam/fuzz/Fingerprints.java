package dev.occam.fuzz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reduces a failure message to what stays the same from one case of a defect to the next. */
final class Fingerprints {
    private static final Pattern EXCEPTION =
            Pattern.compile("((?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error))(: [^;\\n]*)?");

    private Fingerprints() {}

    static String of(String text) {
        Matcher m = EXCEPTION.matcher(text);
        String core =
                m.find()
                        ? m.group(1) + (m.group(2) == null ? "" : m.group(2))
                        : text.lines().findFirst().orElse("");
        String s =
                core.replaceAll("\\S*\\.yaml", "FILE")
                        .replaceAll("'[^']*'", "'…'")
                        .replaceAll("\\{[^}]*}", "{…}")
                        .replaceAll("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?", "#")
                        .replaceAll("\\s+", " ")
                        .strip();
        return s.length() <= 140 ? s : s.substring(0, 140);
    }
}
