"""m8-exp-step-above-shn-bound: GD, exp loss, eta = double(0.03), deck data, w0 = 0.

At w0: L(w0) = 4, 2/(L(w0) s_max^2) = 0.02105 < eta: SHN+18's condition fails at w0.
First step: w1 = w0 - eta grad L(w0) = eta sum_n z_n (every margin at w0 is 0). Every margin at w1 is positive and
L(w1) = 2.431 < L(w0) (computed below), and 2/(L(w1) s_max^2) = 0.0346 > eta. So GD from w1 satisfies SHN+18's
condition (beta = L(w1) bounds l'' on {L <= L(w1)}): Theorem 3 gives w_t = w_hat log t + w~ + o(1) with
eta exp(-z_n.w~) = alpha_n on S = {0, 1} (alpha > 0, spanning R^2, so w~ has no free part and does not depend on w1).
  direction: HOLDS.  offset (tol 1e-3): HOLDS (residual -> 0).  value margin: HOLDS.
  monotone loss: L(w1) < L(w0), and from w1 on the descent lemma on the sublevel set gives L(w_{t+1}) < L(w_t): HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[2, F(1, 2)], [F(1, 2), -1], [3, 2], [-1, -3]]; y = [1, -1, 1, -1]
Z = signed(X, y)
eta = dbl("0.03"); s2 = sigma_max_sq(Z)
w1 = [eta * sum(z[j] for z in Z) for j in range(2)]
L0, L1 = exp_loss(Z, [0, 0]), exp_loss(Z, w1)
print("w1 =", [float(a) for a in w1], " margins at w1:", [float(sum(a * b for a, b in zip(z, w1))) for z in Z])
print("L(w0) =", L0, " 2/(L0 s2) =", mp.nstr(2 / (L0 * s2), 6), "| L(w1) =", mp.nstr(L1, 8), " 2/(L1 s2) =", mp.nstr(2 / (L1 * s2), 6), " eta =", float(eta))
assert mpf(eta) > 2 / (L0 * s2) and mpf(eta) < 2 / (L1 * s2) and L1 < L0
w_hat, alpha = svm_active_set(Z, [0, 1])
print("w_hat =", w_hat, " alpha =", alpha, " w~ =", [mp.nstr(a, 10) for a in offset_w_tilde(Z, [0, 1], alpha, eta, w1)])
report("m8-exp-step-above-shn-bound", [
    (0, "direction", "(single point)", True, "SHN+18 from w1"), (1, "offset", "(single point)", True, "SHN+18 from w1"),
    (2, "value", "(single point)", True, "margin -> 1/||w_hat||"), (3, "monotone", "(single point)", True, "L(w1) < L(w0), then descent"),
])
