/**
 * {@code occam search}: varies a spec's values over the domain its {@code search} block gives,
 * checks each candidate spec like {@code occam check} does, keeps certified FAILS as
 * counterexamples, shrinks them, finds thresholds where the verdict changes, and writes the minimal
 * counterexample as a spec, a report and a numpy reproducer (docs/search.md).
 */
package dev.occam.search;
