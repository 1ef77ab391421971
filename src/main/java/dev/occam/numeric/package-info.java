/**
 * Numbers at every precision tier (double, double-double, Dfp), exact values, intervals, the norms
 * a spec can name and the small linear algebra every stage computes with. It depends on no other
 * occam package: it is the bottom layer of arch.ArchitectureTest.
 */
package dev.occam.numeric;
