"""m2-unstable-start-in-floor: GD on X = [[1,1]], y = [2], w0 = (1 + 1e-20, 1), eta = double(0.5025).

X^T X = [[1,1],[1,1]]: eigenvalue 2 on the row space (1,1)/sqrt2, 0 on the null space.
p = w0 + x (y - x.w0)/||x||^2 = (1 + 1e-20/2, 1 - 1e-20/2); e0 = w0 - p = (1e-20/2)(1, 1) != 0, in the row space.
e_t = (1 - 4 eta)^t e0 exactly, with 1 - 4 eta = -1.00999999999999978... (eta the double nearest 0.5025).
|1 - 4 eta| > 1 so ||e_t|| = |1 - 4eta|^t ||e0|| -> infinity, hence ||w_t|| -> infinity.
  converges: FAILS.  limit (tol 1e-12): FAILS (no limit).  diverges: HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1]]; y = [2]; w0 = [fr("1.00000000000000000001"), 1]
p = interpolant(X, y, w0)
e0 = [a - b for a, b in zip(w0, p)]
eta = dbl("0.5025")
f = 1 - 4 * eta
print("p =", p, " e0 =", e0, " factor =", float(f), "(exact", f, ")")
assert abs(f) > 1 and any(e0)
t = 0
while float(abs(f) ** t * F(e0[0]) * 2) < 1e150 and t < 10**6:
    t += 100
print("|e_t| exceeds 1e150 by t =", t, "(exact arithmetic)")
report("m2-unstable-start-in-floor", [
    (0, "converges", "(single point)", False, "|factor| > 1, e0 != 0"),
    (1, "limit", "(single point)", False, "no limit"),
    (2, "diverges", "(single point)", True, "||w_t|| -> inf"),
])
