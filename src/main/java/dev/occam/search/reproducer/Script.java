package dev.occam.search.reproducer;

import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.SpecResult;

import java.util.ArrayList;
import java.util.List;

/**
 * A reproducer script as it is assembled: a header that says what it reproduces and what occam
 * reported, the imports and helpers every script uses, then sections of code.
 */
final class Script {
    private static final int WIDTH = 100;

    private static final String PREAMBLE =
            """
            from fractions import Fraction

            import numpy as np


            def number(text):
                \"""An exact number as the spec writes it ("1/3", "0.1"), rounded once to float64.\"""
                return float(Fraction(text))


            def show(name, v):
                print(f"{name:<11}= [" + ", ".join(f"{x:.17g}" for x in v) + "]")
            """;

    /** The line tests and readers look for: the gap to 12 significant digits. */
    static final String PRINT_GAP = "print(f\"gap = {gap:.11e}\")\n";

    private final StringBuilder text = new StringBuilder();

    /**
     * The header of the failing claim's script: spec, point, claim, occam's verdict and gap; {@code
     * gap} says in words what the printed gap is.
     */
    static Script headed(FailingClaim f, String gap) {
        SpecResult r = f.result();
        ClaimResult c = f.claim();
        PointResult p = f.pointResult();
        Script s = new Script();
        s.line("#!/usr/bin/env python3");
        s.comment(
                "Reproduces a failing claim of occam without occam: plain python3 and numpy"
                        + " (docs/reproducer.md).");
        s.line("#");
        s.comment(
                "spec:     "
                        + r.id()
                        + (r.file() == null ? "" : " (" + r.file() + ")")
                        + (r.title() == null ? "" : ": " + r.title()));
        s.comment("point:    " + f.where());
        s.comment(
                "claim:    "
                        + c.label()
                        + " (claims["
                        + f.index()
                        + "])"
                        + (c.tolerance() == null ? "" : ", tolerance " + c.tolerance()));
        s.comment(
                "occam:    "
                        + c.verdict()
                        + " on "
                        + c.evidence().word()
                        + " evidence; gap (the claim's error) "
                        + c.error()
                        + (c.bound() == null ? "" : ", bound " + c.bound()));
        if (c.message() != null) s.comment("          " + c.message());
        s.comment(
                "run:      "
                        + p.iterations()
                        + " iterations in "
                        + r.tier()
                        + " ("
                        + r.precision()
                        + " digits), stopped: "
                        + p.stopped());
        if (p.finalIterate() != null)
            s.comment("occam's last iterate: " + String.join(", ", p.finalIterate()));
        s.line("#");
        s.comment(gap);
        s.comment(
                "This script runs in float64, so its gap agrees with occam's to about 6 significant"
                        + " digits, not to the last digit: the roundings of the run differ"
                        + (r.precision() > 16
                                ? " (occam ran in "
                                        + r.tier()
                                        + ", to "
                                        + r.precision()
                                        + " digits)"
                                : " (the order of sums in products)")
                        + ".");
        s.line("");
        s.text.append(PREAMBLE);
        return s;
    }

    /** A section: a blank separation, a comment line naming it, its code. */
    Script section(String title, String code) {
        text.append("\n\n");
        comment(title);
        text.append(code.endsWith("\n") ? code : code + "\n");
        return this;
    }

    String text() {
        return text.toString();
    }

    private void line(String s) {
        text.append(s).append('\n');
    }

    /** A comment wrapped at the width, continuation lines indented like the first line's value. */
    private void comment(String s) {
        int indent = 0;
        while (indent < s.length() && s.charAt(indent) == ' ') indent++;
        int colon = s.indexOf(":  ");
        int hang =
                colon > 0 && colon < 12
                        ? s.length() - s.substring(colon + 1).stripLeading().length()
                        : indent;
        for (String l : wrap(s, WIDTH - 2, hang)) line("# " + l);
    }

    private static List<String> wrap(String s, int width, int hang) {
        List<String> out = new ArrayList<>();
        String pad = " ".repeat(hang);
        String rest = s;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= hang) cut = rest.indexOf(' ', width);
            if (cut < 0) break;
            out.add(rest.substring(0, cut).stripTrailing());
            rest = pad + rest.substring(cut + 1).stripLeading();
        }
        out.add(rest);
        return out;
    }
}
