/**
 * The hypothesis explorer, {@code occam search --break-hypotheses} (docs/hypotheses.md): for a spec
 * whose prediction declares its preconditions, breakers propose spec edits just outside each one,
 * and a table says per hypothesis whether breaking it broke the claim.
 */
package dev.occam.search.hypotheses;
