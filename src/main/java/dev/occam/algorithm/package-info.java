/**
 * The optimizers (gradient descent and flow, momentum, Nesterov, steepest and mirror descent,
 * AdaGrad, Adam, plug-ins) and the {@link dev.occam.algorithm.Runner} that records their
 * trajectories. It may depend on problem and numeric.
 */
package dev.occam.algorithm;
