"""m2-large-norm-floor: GD, eta = double(0.2), X = [[1,0,0],[0,1/100,0]], y = [1, 1/100], w0 = (1, 0.9999, 1e6).

Coordinates separate: w1_{t+1} - 1 = (1 - 2 eta)(w1_t - 1) = 0 (w1 starts at 1);
w2_{t+1} - 1 = (1 - 2 eta 1e-4)(w2_t - 1), factor 1 - 4e-5 in (0, 1); w3 never moves.
p = (1, 1, 1e6) (l2 interpolant: the null-space part of w0 kept). So w_t -> p.
  limit (tol 1e-6): HOLDS.   converges: HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 0, 0], [0, F(1, 100), 0]]; y = [1, F(1, 100)]; w0 = [1, fr("0.9999"), 1000000]
p = interpolant(X, y, w0)
eta = dbl("0.2"); f2 = 1 - 2 * eta * F(1, 10**4)
print("p =", p, " slow factor =", float(f2), " first slow step =", float((1 - f2) * (p[1] - w0[1])))
assert 0 < f2 < 1
report("m2-large-norm-floor", [
    (0, "limit", "(single point)", True, "w2 - 1 -> 0 geometrically; lim w_t = p"),
    (1, "converges", "(single point)", True, "w_t -> p"),
])
