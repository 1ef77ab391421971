"""m1-separable-logistic-diverges: GD, logistic loss, eta = 0.5, z = (1,0), (0,1), (3/5,3/5), w0 = 0. Claim: diverges.

The logistic loss has l'' <= 1/4, so L is (sigma_max(Z)^2 / 4)-smooth; eta < 2/(sigma_max^2/4) gives monotone
descent with sum ||grad L||^2 < inf; separable data have no stationary point, so L(w_t) -> 0
(SHN+18 Lemma 1). L(w) >= log(1 + exp(-max||z_n|| ||w||)) > 0 at finite w, so ||w_t|| -> infinity.
diverges ("the iterates blow up", ||w_t|| -> inf): HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 0], [0, -1], [F(3, 5), F(3, 5)]]; y = [1, -1, 1]
Z = signed(X, y)
w_hat, alpha = svm_active_set(Z, [0, 1])
print("separator w_hat =", w_hat, "margins", [sum(a * b for a, b in zip(z, w_hat)) for z in Z])
s2 = sigma_max_sq(Z); eta = mpf(dbl("0.5"))
print("sigma_max^2 =", mp.nstr(s2, 8), " 8/sigma_max^2 =", mp.nstr(8 / s2, 8), " eta =", eta)
assert eta < 8 / s2
report("m1-separable-logistic-diverges", [(0, "diverges", "(single point)", True, "L(w_t) -> 0 forces ||w_t|| -> inf")])
