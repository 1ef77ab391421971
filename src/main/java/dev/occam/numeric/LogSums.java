package dev.occam.numeric;

/**
 * log(e^a - e^b) for a >= b in double: the last step of a log-polar difference of two log-sum-exps.
 */
final class LogSums {
    private static final double LN2 = Math.log(2);

    private LogSums() {}

    /**
     * a + log(1 - e^(b - a)), by expm1 near b = a and by log1p below (Maechler's log1mexp), so that
     * neither a tiny nor a nearly complete cancellation loses more than the difference itself.
     */
    static double difference(double a, double b) {
        if (b == Double.NEGATIVE_INFINITY) return a;
        double d = b - a;
        return a + (d > -LN2 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d)));
    }
}
