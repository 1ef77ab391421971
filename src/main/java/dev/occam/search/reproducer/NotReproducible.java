package dev.occam.search.reproducer;

/**
 * Why a failing claim cannot be written as a faithful numpy script; the reproducer turns it into an
 * unsupported {@link Reproduction} rather than writing a script that computes something else.
 */
final class NotReproducible extends RuntimeException {
    NotReproducible(String why) {
        super(why, null, false, false);
    }
}
