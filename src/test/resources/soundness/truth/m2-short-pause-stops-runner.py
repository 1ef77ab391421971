"""m2-short-pause-stops-runner: GD with eta_t = 0.1 min(1, 2^-(t-40)) + 0.1 (1 + sign(t - 99.5))/2 on
X = [[1,1,0],[0,1,1]], y = [1,2], w0 = [1,0,-1].

eta_t = 0.1 for t <= 40, 0.1 2^-(t-40) for 40 < t < 100, 0.1 + 0.1 2^-(t-40) for t >= 100. Mode factors 1 - 2 lambda eta_t
(lambda in {1, 3}) lie in (0, 1) for every t (2*3*eta_t <= 0.6 + 6e-19), and for t >= 100 they are <= 0.8 + 1e-18:
the product -> 0 geometrically, w_t -> p exactly.   limit (tol 1e-8) HOLDS, converges HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1, 0], [0, 1, 1]]; y = [1, 2]; w0 = [1, 0, -1]
p = interpolant(X, y, w0)
eta = lambda t: F(1, 10) * min(F(1), F(1, 2) ** (t - 40) if t >= 40 else F(1)) + (F(1, 10) if t >= 100 else 0)
comps = components(X, [a - b for a, b in zip(map(fr, w0), p)])
for lam, c in comps:
    prod = mp.mpf(1)
    for t in range(100):
        f = 1 - 2 * lam * mpf(eta(t)); assert 0 < f < 1; prod *= f
    print(f"lambda = {mp.nstr(lam, 3)}: error at t = 100 is c * {mp.nstr(prod, 6)}; afterwards factor <= {mp.nstr(1 - 2 * lam * mp.mpf('0.1'), 3)}")
print("p =", p)
report("m2-short-pause-stops-runner", [(0, "limit", "(single point)", True, "w_t -> p"), (1, "converges", "(single point)", True, "w_t -> p")])
