package course;

import dev.occam.algorithm.Optimizer;
import java.util.Map;

/**
 * YOUR SOLUTION. Mirror descent with the entropy potential psi(w) = sum w_i log w_i - w_i:
 * grad psi(w_{t+1}) = grad psi(w_t) - eta grad L(w_t), i.e. log w_{t+1} = log w_t - eta g_t.
 * The step eta arrives through configure as parameters.get("step").
 */
public class StudentMirrorDescent implements Optimizer {
    @Override
    public void configure(Map<String, Double> parameters) {
        // TODO read the step size
    }

    @Override
    public double[] step(long t, double[] w, double[] gradient, Oracle loss) {
        throw new UnsupportedOperationException("implement mirror descent here");
    }
}
