"""m3-gradient-overflow-1e155: GD on X = [[1e155, 1e155]], y = [1e155], w0 = 0, eta = double(1e-311).

p = x y / ||x||^2 = (1/2, 1/2) exactly. X^T X has the row-space eigenvalue ||x||^2 = 2e310; the error
(w0 - p, in the row space) is multiplied by f = 1 - 2 eta 2e310 per step, with eta the double nearest
1e-311 (a subnormal: eta = k 2^-1074 exactly). f is computed exactly below: |f| < 1, so w_t -> p.
  converges: HOLDS.  diverges: FAILS.  limit (tol 1e-10): HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[fr("1e155"), fr("1e155")]]; y = [fr("1e155")]; w0 = [0, 0]
p = interpolant(X, y, w0)
eta = F(float("1e-311"))
lam = X[0][0] ** 2 + X[0][1] ** 2
f = 1 - 2 * eta * lam
print("p =", p, " eta =", float(eta), "=", eta.numerator, "* 2^-1074:", eta.denominator == 2 ** 1074, " factor f =", float(f))
assert abs(f) < 1
report("m3-gradient-overflow-1e155", [
    (0, "converges", "(single point)", True, "|f| = 0.6 < 1"),
    (1, "diverges", "(single point)", False, "w_t -> p"),
    (2, "limit", "(single point)", True, "lim w_t = p = (1/2, 1/2)"),
])
