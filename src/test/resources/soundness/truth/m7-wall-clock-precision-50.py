"""m7-wall-clock-precision-50 (and m7-iteration-cut-short, the same claims): GD, exp loss, eta = 0.02, deck data, w0 = 0.

SHN+18 (JMLR 2018) Theorem 3 applies: separable data, eta = 0.02 < 2/(L(w0) s_max^2) = 0.02105 (beta = L(w0) bounds
l'' on the sublevel set, which monotone descent never leaves), support set S = {0, 1} with alpha > 0 spanning R^2,
so w_t = w_hat log t + w~ + o(1), eta exp(-z_n.w~) = alpha_n. Consequences, each exact in the limit:
  direction: 1 - cos(w_t, w_hat) -> 0                                                  HOLDS
  offset (tol 1e-3): w_t - w_hat log t - w~ -> 0                                       HOLDS
  value margin: min_n z_n.w_t/||w_t|| -> 1/||w_hat||                                   HOLDS
  monotone loss nonincreasing: descent lemma with eta beta s_max^2 < 2 on the sublevel set: L(w_{t+1}) < L(w_t)  HOLDS
  rate loss c/t, c = ||w_hat||^2/eta: t L(w_t) = sum_S e^{-z_n.w~ + o(1)} + O(t^{1 - 26/9}) -> sum alpha_n/eta   HOLDS
  rate norm a Log t + b, a = ||w_hat||, b = w_hat.w~/||w_hat||: ||w_t|| = a log t + b + o(1)                  HOLDS
  rate direction-gap c/(Log t + d)^2, c = ||P_perp w~||^2/(2||w_hat||^2): expansion of 1 - cos (d = w_hat.w~/||w_hat||^2)  HOLDS
The run's budget (a wall-clock limit, or 512 iterations) changes nothing in these limits.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[2, F(1, 2)], [F(1, 2), -1], [3, 2], [-1, -3]]; y = [1, -1, 1, -1]
Z = signed(X, y)
w_hat, alpha = svm_active_set(Z, [0, 1])
eta = dbl("0.02")
s2 = sigma_max_sq(Z); L0 = exp_loss(Z, [0, 0])
assert mpf(eta) < 2 / (L0 * s2)
wt = offset_w_tilde(Z, [0, 1], alpha, eta, [0, 0])
h = mpvec(w_hat); hn = norm2(w_hat)
b = mp.fsum(h[j] * wt[j] for j in range(2)) / hn
perp = [wt[j] - mp.fsum(wt[k] * h[k] for k in range(2)) / hn ** 2 * h[j] for j in range(2)]
print("w_hat =", w_hat, "alpha =", alpha, " w~ =", [mp.nstr(a, 10) for a in wt])
print("loss-constant =", mp.nstr(mpf(sum(alpha)) / mpf(eta), 10), " max-margin-norm =", mp.nstr(hn, 10), " norm-offset =", mp.nstr(b, 10),
      " direction-constant =", mp.nstr(mp.fsum(a * a for a in perp) / (2 * hn ** 2), 10))
SPEC = sys.argv[1] if len(sys.argv) > 1 else "m7-wall-clock-precision-50"
report(SPEC, [
    (0, "direction", "(single point)", True, "SHN+18"), (1, "offset", "(single point)", True, "SHN+18, spanning support"),
    (2, "value", "(single point)", True, "margin -> 1/||w_hat||"), (3, "monotone", "(single point)", True, "descent lemma"),
    (4, "rate", "loss c/t", True, "t L -> ||w_hat||^2/eta"), (5, "rate", "norm a log t + b", True, "expansion of ||w_t||"),
    (6, "rate", "direction-gap", True, "expansion of 1 - cos"),
])
