"""m6-monotone-distance-slow-fall: GD, eta = double(4.5e-15), X = [[1,0]], y = [0], w0 = (1000, 0).

p = (0, 0). w1_{t+1} = (1 - 2 eta) w1_t, w2 = 0: the distance 1000 (1 - 2 eta)^t strictly decreases (0 < 2 eta < 1).
  monotone (distance, nondecreasing): FAILS at the first pair.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 0]]; y = [0]; w0 = [1000, 0]
p = interpolant(X, y, w0)
eta = dbl("0.0000000000000045"); f = 1 - 2 * eta
assert p == [0, 0] and 0 < f < 1
print("p =", p, " factor per step =", f, "=", float(f), " relative fall per step =", float(1 - f))
report("m6-monotone-distance-slow-fall", [(0, "monotone", "(single point)", False, "distance strictly decreasing")])
