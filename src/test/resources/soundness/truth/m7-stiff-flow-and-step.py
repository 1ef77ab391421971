"""m7-stiff-flow-and-step: X = [[1e6, 0, 1e6], [0, 1, 1]], y = [1e6, 2], w0 = 0; GD with eta = double(1e-15) and the
gradient flow (step: flow).

p = minimum-norm interpolant (exact below). GD: w_t - p = prod (I - 2 eta X^T X)(w0 - p) with row-space eigenvalues
lambda (about 2e12 and 1.5): factors 1 - 2 eta lambda in (0, 1), so w_t -> p. Flow: w(t) - p = e^{-2 X^T X t}(w0 - p) -> p.
  limit (tol 1e-6): HOLDS at both points.  step-size-invariant (tol 1e-6): both limits are p: HOLDS at both points.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[10**6, 0, 10**6], [0, 1, 1]]; y = [10**6, 2]; w0 = [0, 0, 0]
p = interpolant(X, y, w0)
eta = mpf(dbl("1e-15"))
comps = components(X, [a - b for a, b in zip(map(fr, w0), p)])
for lam, c in comps:
    print(f"lambda = {mp.nstr(lam, 8)}: GD factor {mp.nstr(1 - 2 * eta * lam, 18)}, flow rate {mp.nstr(2 * lam, 6)}, component {mp.nstr(c, 6)}")
    assert 0 < 1 - 2 * eta * lam < 1
print("p =", p)
report("m7-stiff-flow-and-step", [
    (0, "limit", "step=1e-15", True, "w_t -> p"), (1, "step-size-invariant", "step=1e-15", True, "reference"),
    (0, "limit", "step=flow", True, "w(t) -> p"), (1, "step-size-invariant", "step=flow", True, "same limit p"),
])
