"""m6-underflow-sign-descent-margin: steepest descent in l_inf, eta_t = (1/B^2)/L(w_t), B = max ||x_n||_1 = 4,
z = (1,0), (3,1), w0 = (0, 760), exponential loss.

grad L/L = -(q1 + 3 q2, q2), q2/q1 = e^{-(2 w1 + w2)} > 0 at every finite w: both coordinates negative, so each
step adds (1/16)||q1 z1 + q2 z2||_1 (1, 1), at least (1/16) min||z_n||_1 = 1/16 in s: w_t = w0 + s_t (1,1), s_t -> inf.
  value (margin -> 1/||w_hat|| = 1, w_hat = (1, 0) exact KKT): min_n z_n.w_t/||w_t|| -> min(1, 4)/sqrt2 = 0.7071: FAILS.
  direction: w_t/||w_t|| -> (1,1)/sqrt2, gap 1 - 1/sqrt2 = 0.293 > 1e-3: FAILS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

Z = [[F(1), F(0)], [F(3), F(1)]]
w_hat, alpha = svm_active_set(Z, [0])
B = max(abs(a) + abs(b) for a, b in Z)
print("w_hat =", w_hat, " alpha =", alpha, " B =", B, " q2/q1 at w0 = e^-760 =", mp.nstr(mp.exp(-760), 4))
print("limit margin =", mp.nstr(min(mpf(a + b) for a, b in Z) / mp.sqrt(2), 8), " vs 1/||w_hat|| =", mp.nstr(1 / norm2(w_hat), 8))
report("m6-underflow-sign-descent-margin", [
    (0, "value", "(single point)", False, "margin -> 1/sqrt2"),
    (1, "direction", "(single point)", False, "direction -> (1,1)/sqrt2"),
])
