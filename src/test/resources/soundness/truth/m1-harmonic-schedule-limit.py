"""m1-harmonic-schedule-limit: GD, eta_t = 1/(4(t+1)), on X = [[1,1,0],[0,1,1]], y = [1,2], w0 = [1,0,-1].

GD on least squares is linear: w_t - p = prod_k (I - 2 eta_k X^T X) (w0 - p), p the l2 interpolant
(w0 - p lies in the row space, the null-space part never moves). X^T X has eigenvalues 1 and 3 on the
row space, so the error in mode lambda is c_lambda * prod_{k<t} (1 - lambda / (2(k+1))).
For lambda = 1 the factors are in [1/2, 1); for lambda = 3 the first is -1/2 and the rest in [1/4, 1).
sum_k lambda/(2(k+1)) = inf, hence prod -> 0 (log prod <= -sum a_k): w_t -> p exactly.
  limit (tol 1e-4): lim w_t = p, distance 0 <= 1e-4: HOLDS.      converges: HOLDS.
The run's distance at T = 2e5 is about c_1 / sqrt(pi T) (Gamma-function product), for scale only.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1, 0], [0, 1, 1]]; y = [1, 2]; w0 = [1, 0, -1]
p = interpolant(X, y, w0)
comps = components(X, [a - b for a, b in zip(map(fr, w0), p)])
print("p =", p, " mode components:", [(mp.nstr(l, 5), mp.nstr(c, 8)) for l, c in comps])
T = 200000
for lam, c in comps:
    # prod_{k<T} (1 - lam/(2(k+1))) = Gamma(T + 1 - lam/2) / (Gamma(1 - lam/2) Gamma(T + 1))
    a = lam / 2
    prod = mp.gamma(T + 1 - a) / (mp.gamma(1 - a) * mp.gamma(T + 1))
    print(f"lambda={mp.nstr(lam,5)}: factor product at T={T}: {mp.nstr(prod, 8)}; -> 0 since sum lambda/(2(k+1)) diverges")
    assert abs(prod) < 1e-2
report("m1-harmonic-schedule-limit", [
    (0, "limit", "(single point)", True, "prod (1 - lambda eta_k) -> 0 in every mode: lim w_t = p exactly"),
    (1, "converges", "(single point)", True, "w_t -> p"),
])
