package dev.occam.search.hypotheses;

import dev.occam.certify.Evidence;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * How a breached spec's claims compare with the unbroken spec's, claim by claim (the breach keeps
 * the claims and sweep, so they pair up by position): e.g. "monotone (loss): HOLDS (proved-bound)
 * -> HOLDS (estimate); 6 unchanged".
 */
final class ClaimChanges {
    private ClaimChanges() {}

    static String between(SpecResult before, SpecResult after) {
        List<String> changed = new ArrayList<>();
        int unchanged = 0;
        boolean paired = shapes(before).equals(shapes(after));
        for (int i = 0; i < after.points().size(); i++) {
            PointResult p = after.points().get(i);
            for (int j = 0; j < p.claims().size(); j++) {
                ClaimResult now = p.claims().get(j);
                String label = label(now, p, after.points().size() > 1);
                if (!paired) {
                    changed.add(label + ": " + state(now));
                    continue;
                }
                ClaimResult was = before.points().get(i).claims().get(j);
                if (state(was).equals(state(now))) unchanged++;
                else changed.add(label + ": " + state(was) + " -> " + state(now));
            }
        }
        if (unchanged > 0) changed.add(unchanged + " unchanged");
        return String.join("; ", changed);
    }

    /** The first claim with this verdict, as "kind (quantity): message", or null. */
    static String first(SpecResult r, Verdict verdict) {
        for (PointResult p : r.points()) {
            for (ClaimResult c : p.claims()) {
                if (c.verdict() == verdict)
                    return label(c, p, r.points().size() > 1) + ": " + c.message();
            }
        }
        return null;
    }

    private static String label(ClaimResult c, PointResult p, boolean points) {
        return c.kind()
                + (c.quantity() != null ? " (" + c.quantity() + ")" : "")
                + (points ? " at " + p.parameters() : "");
    }

    private static String state(ClaimResult c) {
        return c.verdict()
                + (c.evidence() == Evidence.NONE ? "" : " (" + c.evidence().word() + ")");
    }

    private static List<Integer> shapes(SpecResult r) {
        List<Integer> out = new ArrayList<>();
        if (r.points() != null) for (PointResult p : r.points()) out.add(p.claims().size());
        return out;
    }
}
