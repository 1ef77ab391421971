"""ctl-gd-rate-wrong-contraction: GD, eta = double(0.1), X = [[1,1,0],[0,1,1]], y = [1,2], w0 = [1,0,-1].

||w_t - p||^2 = c1^2 f1^(2t) + c3^2 f3^(2t) with f1 = 1 - 2 eta = 0.8, f3 = 1 - 6 eta = 0.4, c1 = 3/sqrt2 != 0:
||w_t - p|| / 0.8^t -> c1 > 0, so ||w_t - p|| / (c 0.5^t) -> infinity for every c: the law c r^t with r = 0.5 is false.
  rate: FAILS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1, 0], [0, 1, 1]]; y = [1, 2]; w0 = [1, 0, -1]
p = interpolant(X, y, w0)
eta = mpf(dbl("0.1"))
fs = [(1 - 2 * eta * lam, c) for lam, c in components(X, [a - b for a, b in zip(map(fr, w0), p)])]
print("(factor, component):", [(mp.nstr(f, 10), mp.nstr(c, 8)) for f, c in fs])
assert max(abs(f) for f, c in fs if abs(c) > 0.1) > 0.79
report("ctl-gd-rate-wrong-contraction", [(0, "rate", "(single point)", False, "the distance decays like 0.8^t")])
