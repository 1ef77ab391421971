package course;

import dev.occam.algorithm.Optimizer;
import java.util.Map;

/** A planted wrong solution: a plain gradient step, which lands on the l2 projection instead of the KL one. */
public class PlantedBugMirrorDescent implements Optimizer {
    private double eta;

    @Override
    public void configure(Map<String, Double> parameters) {
        eta = parameters.get("step");
    }

    @Override
    public double[] step(long t, double[] w, double[] gradient, Oracle loss) {
        for (int i = 0; i < w.length; i++) w[i] -= eta * gradient[i];
        return w;
    }
}
