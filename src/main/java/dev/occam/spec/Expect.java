package dev.occam.spec;

/** What the spec author expects: a theorem that holds, or a known counterexample that fails. */
public enum Expect {
    HOLDS, FAILS;

    public String word() { return name().toLowerCase(java.util.Locale.ROOT); }
}
