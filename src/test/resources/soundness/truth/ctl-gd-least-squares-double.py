"""ctl-gd-least-squares-double: GD, eta = double(0.05), X = [[1,1,1],[1,2,0]], y = [1,10], w0 = [1,-1,2].

Row-space factors 1 - 2 eta lambda in (0, 1): w_t -> p2 = argmin ||w - w0||_2 on Xw = y.  limit (1e-9) HOLDS, converges HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1, 1], [1, 2, 0]]; y = [1, 10]; w0 = [1, -1, 2]
p = interpolant(X, y, w0)
eta = mpf(dbl("0.05"))
fs = [1 - 2 * eta * lam for lam, c in components(X, [a - b for a, b in zip(map(fr, w0), p)])]
print("p2 =", p, " factors:", [mp.nstr(f, 8) for f in fs])
assert all(abs(f) < 1 for f in fs)
report("ctl-gd-least-squares-double", [(0, "limit", "(single point)", True, "w_t -> p2"), (1, "converges", "(single point)", True, "w_t -> p2")])
