"""ctl-gd-least-squares-diverges: GD, eta = double(0.08), X = [[2,-1,0,3],[1,1,-2,0]], y = [1,1/3], w0 = [1,0,-1,1/2].

The top row-space mode has factor 1 - 2 eta lambda_max with |.| > 1 and a nonzero component of w0 - p: ||w_t|| -> inf.
  diverges HOLDS, converges FAILS, limit FAILS (no limit).
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[2, -1, 0, 3], [1, 1, -2, 0]]; y = [1, F(1, 3)]; w0 = [1, 0, -1, F(1, 2)]
p = interpolant(X, y, w0)
eta = mpf(dbl("0.08"))
comps = components(X, [a - b for a, b in zip(map(fr, w0), p)])
fs = [(1 - 2 * eta * lam, c) for lam, c in comps]
print("(factor, component):", [(mp.nstr(f, 8), mp.nstr(c, 6)) for f, c in fs])
assert any(abs(f) > 1 and abs(c) > 1e-3 for f, c in fs)
report("ctl-gd-least-squares-diverges", [
    (0, "diverges", "(single point)", True, "unstable mode excited"),
    (1, "converges", "(single point)", False, "no limit"),
    (2, "limit", "(single point)", False, "no limit"),
])
