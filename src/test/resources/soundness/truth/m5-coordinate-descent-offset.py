"""m5-coordinate-descent-offset: greedy coordinate descent (steepest descent in l1), constant eta = 1e-6,
z = (1, 7/10), (13/10, 1/10) (labels +1), w0 = 0.

grad L = -sum_n q_n z_n, q_n = e^{-z_n.w} > 0. |g1| = sum q_n z_n1 > sum q_n |z_n2| >= |g2| since z_n1 > |z_n2|,
so the l1-steepest step always moves coordinate 1, by +eta sum q_n z_n1 > 0; w2 stays 0. With w = (s, 0),
s_{t+1} = s_t + eta sum_n z_n1 e^{-z_n1 s_t}: increasing, and s_t -> inf (a finite limit s* would need a zero increment).
  direction: w_t/||w_t|| = (1, 0) for t >= 1; the l2 SVM w_hat = (2, 1)/2.7 (both support vectors, alpha > 0, exact KKT):
             lim gap = 1 - 2/sqrt5 = 0.106 > 1e-6: FAILS.
  value (margin): min_n z_n.w/||w|| = min_n z_n1 = 1 for t >= 1, not 1/||w_hat|| = 1.2075: FAILS.
  offset: w_t - w_hat log t has second coordinate -log(t)/2.7 -> -inf: no limit, so it does not tend to w~: FAILS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

Z = [[F(1), F(7, 10)], [F(13, 10), F(1, 10)]]
w_hat, alpha = svm_active_set(Z, [0, 1])
assert all(z[0] > abs(z[1]) for z in Z)
gap = 1 - mpf(w_hat[0]) / norm2(w_hat)
print("w_hat =", w_hat, " alpha =", alpha, " limit gap =", mp.nstr(gap, 8), " gamma =", mp.nstr(1 / norm2(w_hat), 8), " limit margin = 1")
report("m5-coordinate-descent-offset", [
    (0, "direction", "(single point)", False, "direction -> (1, 0), gap 0.106"),
    (1, "value", "(single point)", False, "margin -> 1, not 1.2075"),
    (2, "offset", "(single point)", False, "w_t - w_hat log t has no limit"),
])
