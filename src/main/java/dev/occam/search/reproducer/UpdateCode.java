package dev.occam.search.reproducer;

import dev.occam.algorithm.DescentForm;
import dev.occam.algorithm.StepSize;
import dev.occam.numeric.Norm;
import dev.occam.problem.SeparablePotential;

/**
 * An algorithm as python: {@code def run<suffix>(iterations)}, the loop occam's stepper runs from
 * {@code w0<suffix>} with {@code gradient<suffix>}, update for update (dev.occam.algorithm), with a
 * constant step given as the double occam uses. Methods reach their case without a type test.
 */
record UpdateCode(String s) implements DescentForm<String> {
    @Override
    public String gradientDescent(StepSize step) {
        return """
                # gradient descent, constant step: w <- w - eta grad L(w)
                eta%1$s = %2$s


                def run%1$s(iterations):
                    w = w0%1$s.copy()
                    for t in range(iterations):
                        w = w - eta%1$s * gradient%1$s(w)
                    return w
                """
                .formatted(s, eta(step));
    }

    @Override
    public String momentum(StepSize step, double beta, boolean nesterov) {
        String loop =
                nesterov
                        ? """
                        # Nesterov: y = w + beta (w - w_prev) (formed as beta (w - w_prev) + w),
                        # w <- y - eta grad L(y), w_prev <- w; w_prev = w0 at the start
                        eta%1$s = %2$s
                        beta%1$s = %3$s


                        def run%1$s(iterations):
                            w = w0%1$s.copy()
                            previous = w0%1$s.copy()
                            for t in range(iterations):
                                y = beta%1$s * (w - previous) + w
                                previous = w
                                w = y - eta%1$s * gradient%1$s(y)
                            return w
                        """
                        : """
                        # heavy ball: v <- beta v - eta grad L(w), w <- w + v; v = 0 at the start
                        eta%1$s = %2$s
                        beta%1$s = %3$s


                        def run%1$s(iterations):
                            w = w0%1$s.copy()
                            v = np.zeros_like(w)
                            for t in range(iterations):
                                v = beta%1$s * v - eta%1$s * gradient%1$s(w)
                                w = w + v
                            return w
                        """;
        return loop.formatted(s, eta(step), Python.literal(beta));
    }

    @Override
    public String steepest(StepSize step, Norm norm) {
        return """
                %3$s

                # steepest descent in %4$s: w <- w + eta direction(grad L(w))
                eta%1$s = %2$s


                def run%1$s(iterations):
                    w = w0%1$s.copy()
                    for t in range(iterations):
                        w = w + eta%1$s * direction%1$s(gradient%1$s(w))
                    return w
                """
                .formatted(s, eta(step), SteepestDirection.of(norm, s), norm.name());
    }

    /** occam adds a 1e-300 guard to epsilon, which keeps a never-moved coordinate at 0/guard. */
    @Override
    public String adagrad(StepSize step, double epsilon) {
        return """
                # AdaGrad (diagonal): G <- G + g^2, w <- w - eta g / (sqrt(G) + epsilon), G = 0 at the
                # start; epsilon includes occam's 1e-300 guard
                eta%1$s = %2$s
                epsilon%1$s = %3$s


                def run%1$s(iterations):
                    w = w0%1$s.copy()
                    squares = np.zeros_like(w)
                    for t in range(iterations):
                        g = gradient%1$s(w)
                        squares = squares + g * g
                        w = w - eta%1$s * (g / (np.sqrt(squares) + epsilon%1$s))
                    return w
                """
                .formatted(s, eta(step), Python.literal(epsilon));
    }

    @Override
    public String mirror(StepSize step, SeparablePotential potential) {
        throw new NotReproducible(
                "mirror descent: its potential is a Symja formula the reproducer does not translate");
    }

    @Override
    public String flow(Norm norm) {
        throw new NotReproducible(
                "a gradient flow (step: flow) is integrated by an adaptive ODE solver, not a loop a"
                        + " script can repeat step for step");
    }

    @Override
    public String factorized(StepSize step, int rows, int columns) {
        throw new NotReproducible(
                "factorized methods: the reproducer writes updates on w itself only");
    }

    /** A constant step as the double occam runs with; schedules are Symja formulas in t. */
    private static String eta(StepSize step) {
        if (step.scalesWithLoss()
                || !Double.isNaN(step.overGradientNorm())
                || !Double.isFinite(step.constant()))
            throw new NotReproducible(
                    "the step "
                            + step.describe()
                            + " is not a constant: the reproducer writes constant steps only");
        return Python.literal(step.constant());
    }
}
