"""ctl-gd-separable-offset: the first four claims of theorems/gd-separable-max-margin.yaml (direction, offset 1e-3,
value margin, monotone loss) on a 300000-iteration run. See m7-wall-clock-precision-50.py for the derivation (SHN+18
Theorem 3; eta = 0.02 < 2/(L(w0) s_max^2) = 0.02105): all HOLD."""
import os, sys; sys.dont_write_bytecode = True; sys.path.insert(0, os.path.dirname(__file__))
from common import *

X = [[2, F(1, 2)], [F(1, 2), -1], [3, 2], [-1, -3]]; y = [1, -1, 1, -1]
Z = signed(X, y)
assert mpf(dbl("0.02")) < 2 / (exp_loss(Z, [0, 0]) * sigma_max_sq(Z))
w_hat, alpha = svm_active_set(Z, [0, 1])
print("w_hat =", w_hat, " alpha =", alpha, " w~ =", [mp.nstr(a, 10) for a in offset_w_tilde(Z, [0, 1], alpha, dbl("0.02"), [0, 0])])
report("ctl-gd-separable-offset", [
    (0, "direction", "(single point)", True, "SHN+18"), (1, "offset", "(single point)", True, "SHN+18, spanning support"),
    (2, "value", "(single point)", True, "margin -> 1/||w_hat||"), (3, "monotone", "(single point)", True, "descent lemma"),
])
