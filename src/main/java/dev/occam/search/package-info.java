/**
 * Counterexample search ({@code occam search}). {@link dev.occam.search.Reproducer} writes a
 * failing claim as a standalone python3 + numpy script that reproduces its gap without occam
 * (docs/reproducer.md).
 */
package dev.occam.search;
