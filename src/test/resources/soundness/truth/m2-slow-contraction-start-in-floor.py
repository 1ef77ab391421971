"""m2-slow-contraction-start-in-floor: GD on X = [[1,1]], y = [2], w0 = (1 + 2e-12, 1), eta = double(0.0005).

p = w0 - (1e-12)(1,1) = (1 + 1e-12, 1 - 1e-12); e0 = (1e-12, 1e-12) in the row space (eigenvalue 2).
e_t = (1 - 4 eta)^t e0 with 1 - 4 eta = 0.998 (to 1e-16): in (0, 1), so w_t -> p exactly.
  limit (tol 1e-13): HOLDS.  converges: HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1]]; y = [2]; w0 = [fr("1.000000000002"), 1]
p = interpolant(X, y, w0)
e0 = [a - b for a, b in zip(w0, p)]
eta = dbl("0.0005"); f = 1 - 4 * eta
print("p =", p, " e0 =", e0, " factor =", float(f), " first step length =", float(4 * eta * F(e0[0])) * 2 ** 0.5)
assert 0 < f < 1
report("m2-slow-contraction-start-in-floor", [
    (0, "limit", "(single point)", True, "e_t = 0.998^t e0 -> 0"),
    (1, "converges", "(single point)", True, "w_t -> p"),
])
