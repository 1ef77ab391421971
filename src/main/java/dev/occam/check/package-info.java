/**
 * Orchestration of one planned spec ({@link dev.occam.check.Checker}): runs every sweep point,
 * evaluates and reviews its claims (evidence, time limits, {@code --require}), confirms
 * precision-sensitive decisions one tier higher, and assembles the spec's result. It may depend on
 * every package of the pipeline below it; cli and testkit use it.
 */
package dev.occam.check;
