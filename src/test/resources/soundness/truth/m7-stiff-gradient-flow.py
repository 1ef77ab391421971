"""m7-stiff-gradient-flow: dw/dt = -2 X^T (X w - y), X = [[1e7, 1e7]], y = [1e7], w0 = 0.

Linear ODE: w(t) - p = exp(-2 X^T X t)(w0 - p), p = (1/2, 1/2) the minimum-norm interpolant; w0 - p lies in the
row space where X^T X = 2e14 > 0, so ||w(t) - p|| = e^{-4e14 t} ||w0 - p|| -> 0.
  converges: HOLDS.  limit (tol 1e-6): HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[10**7, 10**7]]; y = [10**7]; w0 = [0, 0]
p = interpolant(X, y, w0)
comps = components(X, [a - b for a, b in zip(map(fr, w0), p)])
print("p =", p, " row-space modes (eigenvalue, component):", [(mp.nstr(l, 6), mp.nstr(c, 6)) for l, c in comps])
assert all(l > 0 for l, c in comps)
report("m7-stiff-gradient-flow", [
    (0, "converges", "(single point)", True, "exponential decay at rate 4e14"),
    (1, "limit", "(single point)", True, "lim w(t) = p"),
])
