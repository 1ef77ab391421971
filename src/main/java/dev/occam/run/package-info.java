/**
 * Running one sweep point ({@link dev.occam.run.PointRunner}): the prediction, the trajectory with
 * the claims' watches, a re-run where a floating-point format overflowed, a flow's integration
 * error, a linear method's exact fate, and the bound on the tail, collected in a {@link
 * dev.occam.run.PointRun}. It may depend on certify, prediction, algorithm, problem and numeric;
 * claim and check use it.
 */
package dev.occam.run;
