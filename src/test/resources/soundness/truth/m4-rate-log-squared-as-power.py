"""m4-rate-log-squared-as-power: GD, exp loss, eta = 0.02, deck data, w0 = 0. Claim: direction-gap ~ c/t^0.28.

SHN+18 (JMLR 2018) Theorem 3: w_t = w_hat log t + w~ + o(1), with eta exp(-z_n.w~) = alpha_n on the support set S
(here S = {0, 1}, alpha > 0, spanning R^2, so w~ is unique; eta is below 2/(L(w0) s_max^2)).
Then 1 - cos(w_t, w_hat) = ||P_perp w_t||^2 / (2 ||w_t||^2) (1 + o(1)) = ||P_perp w~||^2 / (2 ||w_hat||^2 log^2 t) (1 + o(1)),
with ||P_perp w~|| computed below (nonzero). Hence t^0.28 (1 - cos) -> infinity: the gap is not ~ c t^-0.28 for any c.
  rate (direction-gap, c/t^a, a = 0.28): FAILS.
Numerical corroboration (double GD, numpy): P_perp w_t approaches P_perp w~.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[2, F(1, 2)], [F(1, 2), -1], [3, 2], [-1, -3]]; y = [1, -1, 1, -1]
Z = signed(X, y)
w_hat, alpha = svm_active_set(Z, [0, 1])
eta = dbl("0.02")
wt = offset_w_tilde(Z, [0, 1], alpha, eta, [0, 0])
h = mpvec(w_hat); hh = mp.fsum(a * a for a in h)
perp = [wt[j] - mp.fsum(wt[k] * h[k] for k in range(2)) / hh * h[j] for j in range(2)]
C = mp.fsum(a * a for a in perp) / (2 * hh)
print("w_hat =", w_hat, " alpha =", alpha, " w~ =", [mp.nstr(a, 12) for a in wt], " ||P_perp w~|| =", mp.nstr(norm2(perp), 10))
print("asymptotic gap constant C = ||P_perp w~||^2/(2||w_hat||^2) =", mp.nstr(C, 10))
assert norm2(perp) > 0.1
runs = gd_exp_run(Z, eta, [0, 0], 100000, record=(10000, 100000))
for t, w in runs.items():
    pw = [w[j] - sum(w[k] * float(h[k]) for k in range(2)) / float(hh) * float(h[j]) for j in range(2)]
    print(f"t = {t}: P_perp w_t = {pw}  (P_perp w~ = {[mp.nstr(a, 6) for a in perp]})")
report("m4-rate-log-squared-as-power", [(0, "rate", "(single point)", False, "gap ~ C/log^2 t, C > 0: not c t^-0.28")])
