"""m4-sign-descent-passing-direction: sign descent (steepest descent in l_inf), eta_t = (1/B^2)/L(w_t), B = max ||x_n||_1 = 5,
z = (1, 1/4), (1, 2), (2, 3), w0 = (9191, 1915).

grad L / L = -sum_n q_n z_n with q = softmax(-margins) > 0; every z_n has positive coordinates, so both
coordinates of the gradient are negative and the l_inf steepest step is (1/25) ||sum q_n z_n||_1 (1, 1),
of length >= (1/25) min_n ||z_n||_1 = 1/20 per step. So w_t = w0 + s_t (1, 1) with s_t >= t/20 -> inf, and
w_t/||w_t|| -> (1,1)/sqrt2. The l2 max-margin vector w_hat = (16, 4)/17 (single support vector z_1, exact KKT);
lim (1 - cos(w_t, w_hat)) = 1 - 20/sqrt(544) = 0.1425 > 1e-6.   direction: FAILS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, F(1, 4)], [-1, -2], [2, 3]]; y = [1, -1, 1]
Z = signed(X, y)
w_hat, alpha = svm_active_set(Z, [0])
assert all(a > 0 for z in Z for a in z)
w0 = [F(9191), F(1915)]
s_cross = (4 * w0[1] - w0[0]) / (1 - 4)  # w0 + s(1,1) parallel to (4, 1)
gap = 1 - mpf(w_hat[0] + w_hat[1]) / (mp.sqrt(2) * norm2(w_hat))
print("w_hat =", w_hat, " crossing at s =", s_cross, " limit gap =", mp.nstr(gap, 8))
report("m4-sign-descent-passing-direction", [(0, "direction", "(single point)", False, "direction -> (1,1)/sqrt2, gap 0.1425")])
