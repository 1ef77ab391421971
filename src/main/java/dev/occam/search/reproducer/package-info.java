/**
 * The plain-numpy reproducer of a counterexample (docs/reproducer.md): a script with the data, the
 * update loop occam ran, the prediction's numbers and the printed gap, so a reader can confirm a
 * FAILS without occam.
 */
package dev.occam.search.reproducer;
