package course;

import dev.occam.algorithm.Optimizer;
import java.util.Map;

/** The TA's reference: log w_{t+1} = log w_t - eta g_t. */
public class ReferenceMirrorDescent implements Optimizer {
    private double eta;

    @Override
    public void configure(Map<String, Double> parameters) {
        eta = parameters.get("step");
    }

    @Override
    public double[] step(long t, double[] w, double[] gradient, Oracle loss) {
        for (int i = 0; i < w.length; i++) w[i] = w[i] * Math.exp(-eta * gradient[i]);
        return w;
    }
}
