"""m1-schedule-turns-unstable: GD with eta_t = 0.1 + 0.8 (1 + sign(t - 999999.5))/2 on
X = [[1,1,0],[0,1,1]], y = [1,2], w0 = [1,0,-1].

eta_t = 0.1 for t < 10^6, 0.9 for t >= 10^6. In the mode lambda = 3 the error is c_3 0.4^(10^6) at
t = 10^6 with c_3 != 0 (below), then multiplied by (1 - 2*3*0.9) = -4.4 per step: |error| -> infinity,
so ||w_t|| -> infinity (the lambda = 1 mode factor -0.8 is stable, the null-space part is constant).
  converges: FAILS.  limit (tol 1e-8): FAILS (there is no limit).  diverges: HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1, 0], [0, 1, 1]]; y = [1, 2]; w0 = [1, 0, -1]
p = interpolant(X, y, w0)
comps = components(X, [a - b for a, b in zip(map(fr, w0), p)])
for lam, c in comps:
    before = 1 - mp.mpf('0.2') * lam
    after = 1 - 2 * lam * mp.mpf('0.9')
    print(f"lambda={mp.nstr(lam,3)} component {mp.nstr(c,8)}: factor {mp.nstr(before,3)} for t < 1e6, {mp.nstr(after,3)} after")
c3 = [c for lam, c in comps if abs(lam - 3) < 1e-30][0]
assert c3 != 0
# log10 |error_3| at t = 10^6 + k: log10|c3| + 10^6 log10(0.4) + k log10(4.4) -> +inf
k = mp.ceil((-(mp.log10(abs(c3)) + 10**6 * mp.log10(mp.mpf('0.4')))) / mp.log10(mp.mpf('4.4')))
print("the mode-3 error exceeds 1 again after about", k, "steps past t = 10^6, and grows without bound")
report("m1-schedule-turns-unstable", [
    (0, "converges", "(single point)", False, "||w_t|| -> inf"),
    (1, "limit", "(single point)", False, "no limit"),
    (2, "diverges", "(single point)", True, "mode factor -4.4 from t = 10^6"),
])
