"""m5-sign-descent-offset: sign descent (steepest descent in l_inf), constant eta = 1e-6, z = (1, 1/10), (1/2, 1)
(labels +1), w0 = 0.

grad L = -sum_n q_n z_n with q_n > 0 and z_n > 0 componentwise: both coordinates negative, so every step adds
eta ||grad L||_1 (1, 1): w_t = s_t (1, 1), s_t increasing, s_t -> inf (a finite limit would need a zero increment).
  direction: w_t/||w_t|| = (1,1)/sqrt2; the l2 SVM w_hat = (18, 10)/19 (both support vectors, alpha > 0, exact KKT):
             lim gap = 1 - (w_hat1 + w_hat2)/(sqrt2 ||w_hat||) = 0.0383 > 1e-6: FAILS.
  value (margin): min_n z_n.(1,1)/sqrt2 = 1.1/sqrt2 = 0.7778, not 1/||w_hat|| = 0.9229: FAILS.
  offset: if w_t - w_hat log t converged, so would its coordinate difference (w_hat2 - w_hat1) log t: it does not: FAILS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

Z = [[F(1), F(1, 10)], [F(1, 2), F(1)]]
w_hat, alpha = svm_active_set(Z, [0, 1])
assert all(a > 0 for z in Z for a in z)
gap = 1 - mpf(w_hat[0] + w_hat[1]) / (mp.sqrt(2) * norm2(w_hat))
margin = min(mpf(z[0] + z[1]) for z in Z) / mp.sqrt(2)
print("w_hat =", w_hat, " alpha =", alpha, " limit gap =", mp.nstr(gap, 8), " gamma =", mp.nstr(1 / norm2(w_hat), 8), " limit margin =", mp.nstr(margin, 8))
report("m5-sign-descent-offset", [
    (0, "direction", "(single point)", False, "direction -> (1,1)/sqrt2"),
    (1, "value", "(single point)", False, "margin -> 0.778"),
    (2, "offset", "(single point)", False, "w_t - w_hat log t has no limit"),
])
