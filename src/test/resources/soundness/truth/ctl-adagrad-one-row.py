"""ctl-adagrad-one-row: AdaGrad (epsilon = 0), X = [[1,2]], y = [1], w0 = 0, eta in {double(0.1), double(0.05)}.

g_t = 2 r_t (1, 2), r_t = x.w_t - 1; G_t = sum_{k<=t} g_k^2 = 4 S_t (1, 4), S_t = sum_{k<=t} r_k^2 >= r_0^2 = 1.
g_t/sqrt(G_t) = (r_t/sqrt(S_t)) (1, 1), so w_t = c_t (1, 1) and r_{t+1} = r_t (1 - 3 eta/sqrt(S_t)).
With 3 eta <= 0.3 < 1 <= sqrt(S_t) the factor lies in [0.7, 1): r_t decreases, S_t <= t + 1, so
|r_t| <= exp(-3 eta sum_k 1/sqrt(k+1)) is summable, S_inf < inf, and then the factor is <= 1 - 3 eta/sqrt(S_inf) < 1:
r_t -> 0 geometrically and sum |c_{t+1} - c_t| = sum eta |r_t|/sqrt(S_t) < inf. The limit c (1,1) has x.w = 1: c = 1/3.
  limit (against (1,2)/5, tol 1e-6): lim w_t = (1/3, 1/3), distance 0.149: FAILS at both points.
  step-size-invariant (tol 1e-6): both limits are (1/3, 1/3): HOLDS at both points.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

p = interpolant([[1, 2]], [1], [0, 0])
lim = [F(1, 3), F(1, 3)]
print("l2 interpolant", p, " AdaGrad limit", lim, " distance", mp.nstr(norm2([a - b for a, b in zip(p, lim)]), 8))
for s in ["0.1", "0.05"]:
    eta = mpf(dbl(s)); r = mp.mpf(-1); S = mp.mpf(0); c = mp.mpf(0)
    for t in range(200):   # the scalar recurrence in 60-digit arithmetic
        S += r * r
        c += -eta * r / mp.sqrt(S)
        r = r * (1 - 3 * eta / mp.sqrt(S))
    print(f"eta = {s}: r_200 = {mp.nstr(r, 5)}, c_200 = {mp.nstr(c, 20)} (-> 1/3)")
report("ctl-adagrad-one-row", [
    (0, "limit", "step=0.1", False, "limit (1/3,1/3)"), (1, "step-size-invariant", "step=0.1", True, "reference"),
    (0, "limit", "step=0.05", False, "limit (1/3,1/3)"), (1, "step-size-invariant", "step=0.05", True, "same limit"),
])
