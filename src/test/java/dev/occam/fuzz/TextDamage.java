package dev.occam.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * YAML-level damage to a spec's text: indentation, tabs, truncation, anchors, tags, documents,
 * bytes.
 */
final class TextDamage {
    /** What was done, and the resulting file. */
    record Damaged(String what, byte[] bytes) {}

    private TextDamage() {}

    static Damaged apply(String text, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = r.nextInt(Math.max(1, lines.size()));
        String line = lines.isEmpty() ? "" : lines.get(at);
        switch (r.nextInt(16)) {
            case 0 -> {
                int shift = 1 + r.nextInt(3);
                lines.set(
                        at,
                        r.nextBoolean()
                                ? " ".repeat(shift) + line
                                : line.substring(Math.min(shift, leading(line))));
                return text("indent line " + (at + 1), lines);
            }
            case 1 -> {
                lines.set(
                        at,
                        "\t" + line.substring(leading(line) > 0 ? Math.min(2, leading(line)) : 0));
                return text("tab on line " + (at + 1), lines);
            }
            case 2 -> {
                int cut = r.nextInt(text.length() + 1);
                return new Damaged(
                        "truncate at " + cut,
                        text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
            }
            case 3 -> {
                lines.set(at, line.replaceFirst(": ", ": &a "));
                int alias = r.nextInt(lines.size());
                lines.set(alias, lines.get(alias).replaceFirst(": .*", ": *a"));
                return text("anchor line " + (at + 1) + ", alias line " + (alias + 1), lines);
            }
            case 4 -> {
                lines.set(
                        at,
                        line.replaceFirst(
                                ": ",
                                ": "
                                        + Mutation.pick(
                                                r,
                                                "!!binary ",
                                                "!foo ",
                                                "!!python/object:os.system ",
                                                "!!str ",
                                                "!!float ",
                                                "!!int ",
                                                "!<tag:yaml.org,2002:js> ",
                                                "!!set ")));
                return text("tag on line " + (at + 1), lines);
            }
            case 5 -> {
                return new Damaged(
                        "second document",
                        (text + "---\n" + text).getBytes(StandardCharsets.UTF_8));
            }
            case 6 -> {
                return new Damaged(
                        "byte order mark", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
            }
            case 7 -> {
                return new Damaged(
                        "CRLF", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            case 8 -> {
                lines.set(
                        at,
                        line
                                + Mutation.pick(
                                        r, "\u0000", "\u0007", "\u001b[31m", "\u2028", "\uFFFE"));
                return text("control character on line " + (at + 1), lines);
            }
            case 9 -> {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                int cut = r.nextInt(utf8.length + 1);
                b.write(utf8, 0, cut);
                byte[] bad =
                        Mutation.pick(
                                r,
                                new byte[] {(byte) 0xC3, 0x28},
                                new byte[] {(byte) 0xFF},
                                new byte[] {(byte) 0xE2, (byte) 0x82});
                b.write(bad, 0, bad.length);
                b.write(utf8, cut, utf8.length - cut);
                return new Damaged("invalid UTF-8 at byte " + cut, b.toByteArray());
            }
            case 10 -> {
                lines.remove(at);
                return text("delete line " + (at + 1), lines);
            }
            case 11 -> {
                lines.add(at, line);
                return text("repeat line " + (at + 1), lines);
            }
            case 12 -> {
                int depth = Mutation.pick(r, 100, 10_000, 200_000);
                lines.add(at, "deep: " + "[".repeat(depth) + "]".repeat(depth));
                return text("flow nesting " + depth, lines);
            }
            case 13 -> {
                lines.add(
                        0,
                        Mutation.pick(
                                r,
                                "%YAML 1.1\n---",
                                "%TAG ! tag:evil.example,2024:\n---",
                                "--- !!map",
                                "? [a, b]\n: c",
                                "<<: {x: 1}",
                                "x: |\n  literal\n  block",
                                "x: >-\n  folded"));
                return text("header", lines);
            }
            case 14 -> {
                if (text.isEmpty()) return text("nothing", lines);
                int i = r.nextInt(text.length());
                char c =
                        Mutation.pick(
                                r, ':', '-', '[', ']', '{', '}', '"', '\'', '#', '&', '*', '!', '|',
                                '>', '%', '@', '`', ',');
                return new Damaged(
                        "character '" + c + "' at " + i,
                        (text.substring(0, i) + c + text.substring(i + 1))
                                .getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                lines.add(
                        at,
                        "key" + at + ": " + "v".repeat(Mutation.pick(r, 1000, 100_000, 4_000_000)));
                return text("long line", lines);
            }
        }
    }

    private static int leading(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') n++;
        return n;
    }

    private static Damaged text(String what, List<String> lines) {
        return new Damaged(what, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }
}
