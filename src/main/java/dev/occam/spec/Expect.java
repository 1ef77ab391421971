package dev.occam.spec;

import java.util.Locale;

/** What the spec author expects: a theorem that holds, or a known counterexample that fails. */
public enum Expect {
    HOLDS,
    FAILS;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
