"""m8-exp-step-above-shn-bound-orthogonal: GD, exp loss, eta = double(0.5), z = (1,0), (0,1), (3/5,3/5), w0 = 0.

L(w0) = 3, 2/(3 s_max^2) = 0.388 < eta. w1 = eta sum z_n = (0.8, 0.8): margins 0.8, 0.8, 0.96, L(w1) = 1.282 < 3 and
2/(L(w1) s_max^2) = 0.907 > eta, so SHN+18 Theorem 3 applies from w1: w_t = w_hat log t + w~ + o(1), w_hat = (1, 1)
(support {0,1}, alpha = (1,1), exact KKT), eta exp(-w~_i) = 1, w~ = (log eta, log eta).
  direction HOLDS; offset (tol 0.2): the residual -> 0, HOLDS; value margin -> 1/sqrt2 HOLDS;
  monotone loss: L(w1) < L(w0), then the descent lemma on {L <= L(w1)}: HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 0], [0, -1], [F(3, 5), F(3, 5)]]; y = [1, -1, 1]
Z = signed(X, y)
eta = dbl("0.5"); s2 = sigma_max_sq(Z)
w1 = [eta * sum(z[j] for z in Z) for j in range(2)]
L0, L1 = exp_loss(Z, [0, 0]), exp_loss(Z, w1)
print("w1 =", w1, " L(w0) =", L0, " bound at w0 =", mp.nstr(2 / (L0 * s2), 6), " L(w1) =", mp.nstr(L1, 8), " bound at w1 =", mp.nstr(2 / (L1 * s2), 6))
assert mpf(eta) > 2 / (L0 * s2) and mpf(eta) < 2 / (L1 * s2) and L1 < L0
w_hat, alpha = svm_active_set(Z, [0, 1])
print("w_hat =", w_hat, " alpha =", alpha, " w~ =", [mp.nstr(a, 10) for a in offset_w_tilde(Z, [0, 1], alpha, eta, w1)])
report("m8-exp-step-above-shn-bound-orthogonal", [
    (0, "direction", "(single point)", True, "SHN+18 from w1"), (1, "offset", "(single point)", True, "residual -> 0"),
    (2, "value", "(single point)", True, "margin -> 1/||w_hat||"), (3, "monotone", "(single point)", True, "L(w1) < L(w0), then descent"),
])
