"""m1-paused-schedule-limit: GD with eta_t = max(0.1*0.9^t, 0.1*(1 + sign(t - 999999.5))/2) on
X = [[1,1,0],[0,1,1]], y = [1,2], w0 = [1,0,-1].

Exactly: eta_t = 0.1*0.9^t for t < 10^6 (sign = -1), and eta_t = 0.1 for t >= 10^6 (sign = +1, 0.1 >= 0.1*0.9^t).
GD is linear; the error in mode lambda (1 or 3) is c_lambda prod_k (1 - 2 lambda eta_k). For t < 10^6 each
factor lies in (0, 1) (2*3*0.1 = 0.6 < 1); for t >= 10^6 the factor is 0.8 or 0.4, so the product -> 0
geometrically: lim w_t = p (the l2 interpolant; the null-space part of w0 - p is 0 by construction of p).
  limit (tol 1e-6): HOLDS.  converges: HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1, 0], [0, 1, 1]]; y = [1, 2]; w0 = [1, 0, -1]
p = interpolant(X, y, w0)
comps = components(X, [a - b for a, b in zip(map(fr, w0), p)])
for lam, c in comps:
    # log of the pause product: sum_{t < 10^6} log(1 - 0.2 lam 0.9^t), finite (geometric series)
    pause = mp.nsum(lambda t: mp.log(1 - mp.mpf('0.2') * lam * mp.mpf('0.9') ** t), [0, 10**6 - 1])
    after = abs(1 - mp.mpf('0.2') * lam)
    print(f"lambda={mp.nstr(lam,3)}: error at t=10^6 = c * {mp.nstr(mp.exp(pause), 6)}, then x{mp.nstr(after,3)} per step -> 0")
    assert after < 1
print("p =", p)
report("m1-paused-schedule-limit", [
    (0, "limit", "(single point)", True, "after t = 10^6 the error contracts by <= 0.8 per step: lim w_t = p"),
    (1, "converges", "(single point)", True, "w_t -> p"),
])
