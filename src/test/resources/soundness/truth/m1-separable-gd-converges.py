"""m1-separable-gd-converges: GD, exponential loss, eta = 0.02, deck data, w0 = 0. Claim: converges.

1. Separable: the l2 max-margin vector w_hat (exact KKT below) has z_n.w_hat >= 1 for all n.
2. Step condition: on {L <= L(w0)} the Hessian sum_n e^{-z_n.w} z_n z_n^T <= L(w0) Z^T Z, so L is
   beta-smooth there with beta sigma_max^2 = L(w0) sigma_max(Z)^2 = 4 sigma_max^2; eta < 2/(4 sigma_max^2)
   gives monotone descent that stays in the sublevel set, sum ||grad L||^2 < inf (SHN+18 Lemma 1),
   and since separable data have no finite stationary point, L(w_t) -> 0.
3. L(w) >= exp(-max_n ||z_n|| ||w||) > 0 at every finite w, so L(w_t) -> 0 forces ||w_t|| -> inf:
   the iterates have no limit. converges: FAILS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[2, F(1, 2)], [F(1, 2), -1], [3, 2], [-1, -3]]; y = [1, -1, 1, -1]
Z = signed(X, y)
w_hat, alpha = svm_active_set(Z, [0, 1])
print("w_hat =", w_hat, "alpha =", alpha, "margins:", [sum(a * b for a, b in zip(z, w_hat)) for z in Z])
s2 = sigma_max_sq(Z); L0 = exp_loss(Z, [0, 0]); eta = mpf(dbl("0.02"))
print("L(w0) =", L0, " sigma_max^2 =", mp.nstr(s2, 10), " bound 2/(L0 s2) =", mp.nstr(2 / (L0 * s2), 10), " eta =", mp.nstr(eta, 5))
assert eta < 2 / (L0 * s2)
report("m1-separable-gd-converges", [(0, "converges", "(single point)", False, "L(w_t) -> 0 forces ||w_t|| -> inf")])
