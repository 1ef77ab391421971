package dev.occam.search.reproducer;

/**
 * A standalone numpy script that reproduces a failing claim without occam, or why none can be
 * written.
 *
 * @param script the python3 source ({@code <id>.py}), null when unsupported
 * @param unsupported why no script was written, null when {@code script} is not null
 */
public record Reproduction(String script, String unsupported) {
    public Reproduction {
        if ((script == null) == (unsupported == null))
            throw new IllegalArgumentException("exactly one of script and unsupported is given");
    }

    static Reproduction unsupported(String why) {
        return new Reproduction(null, why);
    }

    /** Whether a script was written. */
    public boolean supported() {
        return script != null;
    }
}
