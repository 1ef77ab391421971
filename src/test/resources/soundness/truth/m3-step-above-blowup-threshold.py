"""m3-step-above-blowup-threshold: GD on X = [[1,1]], y = [1e200], w0 = 0, eta = double(0.1).

p = (5e199, 5e199). Error in the row space multiplied by f = 1 - 4 eta = 0.6 (to 1e-17): w_t -> p; step t has
length |f|^t (1 - f) ||p|| (first 2.8e199, then decreasing).  converges HOLDS, diverges FAILS,
limit (tol 1e188): lim w_t = p exactly, HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1]]; y = [fr("1e200")]; w0 = [0, 0]
p = interpolant(X, y, w0)
eta = dbl("0.1"); f = 1 - 4 * eta
print("p =", [float(a) for a in p], " factor =", float(f), " first step =", float((1 - f) * p[0]) * 2 ** 0.5)
assert abs(f) < 1
report("m3-step-above-blowup-threshold", [
    (0, "converges", "(single point)", True, "factor 0.6"),
    (1, "diverges", "(single point)", False, "w_t -> p"),
    (2, "limit", "(single point)", True, "lim w_t = p"),
])
