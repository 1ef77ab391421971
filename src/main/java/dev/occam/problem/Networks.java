package dev.occam.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in networks written as formula text in w1..wk and x1..xd, so that one path (Symja's
 * derivatives, the homogeneity check, rendering) serves them and user formulas alike. No biases: a
 * bias breaks homogeneity. Parameter order (documented in docs/models.md):
 *
 * <ul>
 *   <li>two-layer, width m, inputs d: f = sum_j a_j s(b_j . x), w = (b_1, ..., b_m, a_1, ..., a_m)
 *       with b_j = (w_((j-1)d+1), ..., w_(jd)) and a_j = w_(md+j); k = m (d + 1);
 *   <li>deep-linear, depth N, width h: f = W_N ... W_1 x with W_1 in R^(h x d), W_2..W_(N-1) in
 *       R^(h x h), W_N in R^(1 x h) (depth 1: W_1 in R^(1 x d)), each stored row by row, W_1 first.
 * </ul>
 */
public final class Networks {

    /** The activations of a two-layer network; polynomial carries its power. */
    public record Activation(String name, int power) {
        public static final List<String> NAMES =
                List.of("relu", "squared-relu", "tanh", "polynomial:P");

        /**
         * s(u) as formula text. ReLU is (u + |u|)/2: its derivative (1 + Sign(u))/2 is 1/2 at 0.
         */
        String apply(String u) {
            return switch (name) {
                case "relu" -> "((" + u + ") + Abs(" + u + "))/2";
                case "squared-relu" -> "(((" + u + ") + Abs(" + u + "))/2)^2";
                case "tanh" -> "Tanh(" + u + ")";
                default -> "(" + u + ")^" + power;
            };
        }

        public String text() {
            return name.equals("polynomial") ? "polynomial:" + power : name;
        }
    }

    private Networks() {}

    /** Number of parameters of a two-layer network. */
    public static int twoLayerParameters(int width, int inputs) {
        return width * (inputs + 1);
    }

    public static String twoLayer(Activation s, int width, int inputs) {
        List<String> terms = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            List<String> dot = new ArrayList<>();
            for (int i = 0; i < inputs; i++) dot.add("w" + (j * inputs + i + 1) + "*x" + (i + 1));
            String a = "w" + (width * inputs + j + 1);
            terms.add(a + "*" + s.apply(String.join(" + ", dot)));
        }
        return String.join(" + ", terms);
    }

    /** Number of parameters of a deep linear network. */
    public static int deepLinearParameters(int depth, int width, int inputs) {
        if (depth == 1) return inputs;
        return width * inputs + (depth - 2) * width * width + width;
    }

    public static String deepLinear(int depth, int width, int inputs) {
        List<String> v = new ArrayList<>();
        for (int i = 1; i <= inputs; i++) v.add("x" + i);
        int next = 1;
        for (int layer = 1; layer <= depth; layer++) {
            int rows = layer == depth ? 1 : width;
            List<String> out = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                List<String> terms = new ArrayList<>();
                for (String u : v) terms.add("w" + next++ + "*" + u);
                out.add(v.size() == 1 ? terms.get(0) : "(" + String.join(" + ", terms) + ")");
            }
            v = out;
        }
        return v.get(0);
    }
}
