"""m6-monotone-norm-slow-rise: GD, eta = double(5e-9), X = [[1,0]], y = [1], w0 = (0, 1000).

grad L = 2 (w1 - 1) (1, 0): w1_{t+1} - 1 = (1 - 2 eta)(w1_t - 1), w2 = 1000 fixed. With 0 < 2 eta < 1,
w1_t = 1 - (1 - 2 eta)^t is strictly increasing in (0, 1), so ||w_t||^2 = w1_t^2 + 10^6 strictly increases.
  monotone (norm, nonincreasing): FAILS at the very first pair (t = 0 -> 1).
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

eta = dbl("0.000000005"); f = 1 - 2 * eta
w1 = lambda t: 1 - f ** t
n2 = lambda t: w1(t) ** 2 + 10**6
assert 0 < f < 1 and n2(1) > n2(0)
print("||w_1||^2 - ||w_0||^2 =", float(n2(1) - n2(0)), "; relative rise of ||w|| near t = 1e5:",
      float((mp.sqrt(mpf(1e6) + mpf(1 - mpf(f) ** 100001) ** 2) / mp.sqrt(mpf(1e6) + mpf(1 - mpf(f) ** 100000) ** 2)) - 1))
report("m6-monotone-norm-slow-rise", [(0, "monotone", "(single point)", False, "||w_t|| strictly increasing")])
