package dev.occam.plan.kind;

import dev.occam.algorithm.Algorithm;
import dev.occam.numeric.Value;

/** An algorithm with the starting point its section gives. */
public record ConfiguredAlgorithm(Algorithm algorithm, Value[] init) {}
