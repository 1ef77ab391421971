"""m1-slow-mode-under-floor: GD with eta = Sqrt(1/16) = 1/4 on X = [[1,0,0],[0,1/1000,0]], y = [1, 1/1000],
w0 = [0, 0.99999999, 5].

The problem is separable by coordinate: w1 <- w1 - 2 eta (w1 - 1), w2 <- w2 - 2 eta 1e-6 (w2 - 1), w3 fixed.
p = (1, 1, 5) (the l2 interpolant: w3 is the null-space part of w0). Errors: e1_t = (1 - 1/2)^t (-1),
e2_t = (1 - 5e-7)^t (-1e-8): both factors in (0, 1), so w_t -> p. Steps of the slow mode are
5e-7 * 1e-8 = 5e-15, below 64 eps max(1, ||w||) = 7.3e-14 in double, but in exact arithmetic they are real.
  limit (tol 1e-10): lim w_t = p exactly: HOLDS.   converges: HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 0, 0], [0, F(1, 1000), 0]]; y = [1, F(1, 1000)]; w0 = [0, fr("0.99999999"), 5]
p = interpolant(X, y, w0)
eta = F(1, 4)
f1 = 1 - 2 * eta * 1; f2 = 1 - 2 * eta * F(1, 10**6)
print("p =", p, " factors:", f1, f2, " slow error", w0[1] - p[1], " slow step", float(abs(f2 - 1) * (p[1] - w0[1])))
assert 0 < f1 < 1 and 0 < f2 < 1
report("m1-slow-mode-under-floor", [
    (0, "limit", "(single point)", True, "both modes contract: lim w_t = p"),
    (1, "converges", "(single point)", True, "w_t -> p"),
])
