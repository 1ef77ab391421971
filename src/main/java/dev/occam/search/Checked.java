package dev.occam.search;

import dev.occam.certify.Evidence;
import dev.occam.result.SpecResult;
import dev.occam.spec.SpecError;
import dev.occam.symbolic.FormulaException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One candidate spec written out ({@code text} may fail: an invalid candidate) and checked through
 * the pure checker: its {@link Outcome} and, when occam could check it, the {@link SpecResult}
 * (null for an invalid candidate or an internal error).
 */
public record Checked(Outcome outcome, SpecResult result) {

    static Checked of(
            Candidate c,
            String phase,
            Supplier<String> text,
            Function<String, SpecResult> checker,
            Evidence required) {
        long t0 = System.nanoTime();
        try {
            SpecResult r = checker.apply(text.get());
            return new Checked(Outcome.of(c, phase, r, required, seconds(t0)), r);
        } catch (SpecError e) {
            // the candidate's text is generated: its line numbers would mislead, the key path does
            // not
            return new Checked(
                    Outcome.invalid(c, phase, e.path() + ": " + e.problem(), seconds(t0)), null);
        } catch (FormulaException e) {
            return new Checked(Outcome.invalid(c, phase, e.getMessage(), seconds(t0)), null);
        } catch (RuntimeException e) {
            return new Checked(Outcome.internal(c, phase, e, seconds(t0)), null);
        }
    }

    /**
     * A spec edited at some paths (path to YAML text), checked: what the hypothesis explorer's
     * breaches are.
     */
    public static Checked of(
            Map<String, String> edits,
            String phase,
            Supplier<String> text,
            Function<String, SpecResult> checker,
            Evidence required) {
        Map<String, Draw> values = new LinkedHashMap<>();
        edits.forEach((path, yaml) -> values.put(path, new Draw.Text(yaml)));
        return of(new Candidate(values), phase, text, checker, required);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
