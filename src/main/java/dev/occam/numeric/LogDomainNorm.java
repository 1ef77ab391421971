package dev.occam.numeric;

/**
 * A norm whose steepest direction can be formed from a gradient in log-polar form, g_j = signs_j
 * e^(logs_j) (signs_j in {-1, 0, 1}, logs_j = -inf where g_j = 0), the form in which an
 * exponentially tailed loss gives grad L / L when some components lie below the tier's range. For
 * these norms a component of any size can change the direction: l_inf moves every coordinate by the
 * same amount in the direction of -sign(g_j) (sign descent), l_1 moves the coordinate of largest
 * |g_j|, and l_p raises |g_j| to the power q - 1, which magnifies tiny components when p > 2. A
 * component that underflowed to 0 would freeze its coordinate; given as a sign and a logarithm it
 * moves it.
 */
public interface LogDomainNorm extends Norm {
    /** out = {@link #steepest(Vec, Vec)} of g_j = signs_j e^(logs_j), without forming g. */
    void steepest(Vec signs, Vec logs, Vec out);
}
