"""m3-rounding-excites-unstable-mode: GD, eta = double(0.17), X = [[1,1,1],[1,2,5]], y = [4,1],
w0 = (83/26, 27/13, -33/26).

X w0 = y exactly (checked below), so grad L(w0) = 2 X^T (X w0 - y) = 0 and w_1 = w0; by induction w_t = w0
for all t. w0 is also the minimum-norm interpolant (w0 = X^T lambda), i.e. the prediction for w0 itself.
(The top mode is unstable, |1 - 2 eta s_max^2| = 9.94, but its component is exactly 0.)
  converges: HOLDS.  limit (tol 1e-12): lim w_t = w0 = p, HOLDS.  diverges: FAILS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1, 1], [1, 2, 5]]; y = [4, 1]; w0 = [F(83, 26), F(27, 13), F(-33, 26)]
p = interpolant(X, y, w0)
print("X w0 - y =", [a - b for a, b in zip(matvec(X, w0), y)], " p =", p, " p == w0:", p == w0)
smax2 = max(mp.eigsy(mp.matrix(X) * mp.matrix(X).T)[0])
print("unstable factor (irrelevant, zero component):", mp.nstr(1 - 2 * mpf(dbl("0.17")) * smax2, 6))
assert all(a == b for a, b in zip(matvec(X, w0), y)) and p == w0
report("m3-rounding-excites-unstable-mode", [
    (0, "converges", "(single point)", True, "w_t = w0 for all t"),
    (1, "limit", "(single point)", True, "lim w_t = w0 = p"),
    (2, "diverges", "(single point)", False, "constant sequence"),
])
