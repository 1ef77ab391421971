"""m4-transient-large-init-direction: GD, exp loss, eta = 0.02, deck data in R^3 (third column 0), w0 = (0,0,100).

The gradient -sum e^{-z_n.w} z_n has third coordinate 0: w3_t = 100 for all t. The first two coordinates u_t
run GD on the deck data from u0 = 0 (the margins do not involve w3), with eta = 0.02 < 2/(L(u0) s_max^2) = 0.02105:
SHN+18 Theorem 3 gives u_t/||u_t|| -> w_hat/||w_hat|| and ||u_t|| -> inf (in fact u_t = w_hat log t + O(1)).
Hence w_t/||w_t|| = (u_t, 100)/||(u_t, 100)|| -> (w_hat, 0)/||w_hat||: the gap 1 - cos -> 0 (direction HOLDS),
and min_n z_n.w_t/||w_t|| = min_n z_n.u_t/||(u_t,100)|| -> min_n z_n.w_hat/||w_hat|| = 1/||w_hat|| (value HOLDS).
The l2 max-margin vector in R^3 is (w_hat, 0): exact KKT below (alpha >= 0, all margins >= 1).
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[2, F(1, 2), 0], [F(1, 2), -1, 0], [3, 2, 0], [-1, -3, 0]]; y = [1, -1, 1, -1]
Z = signed(X, y)
w_hat, alpha = svm_active_set(Z, [0, 1])
print("w_hat =", w_hat, " alpha =", alpha, " gamma = 1/||w_hat|| =", mp.nstr(1 / norm2(w_hat), 10))
s2 = sigma_max_sq(Z); L0 = exp_loss(Z, [0, 0, 100]); eta = mpf(dbl("0.02"))
print("L(w0) =", L0, " 2/(L0 s2) =", mp.nstr(2 / (L0 * s2), 8), " eta =", mp.nstr(eta, 4))
assert eta < 2 / (L0 * s2)
# how long the transient lasts: the gap is about 1 - ||u||/||(u,100)||, ||u|| ~ ||w_hat|| log t
for t in [mp.mpf(10)**5, mp.mpf(10)**50, mp.mpf(10)**1000]:
    u = float(norm2(w_hat)) * mp.log(t)
    print(f"t = {mp.nstr(t,3)}: gap ~ {mp.nstr(1 - u / mp.sqrt(u**2 + 100**2), 4)}")
report("m4-transient-large-init-direction", [
    (0, "direction", "(single point)", True, "w_t/||w_t|| -> (w_hat,0)/||w_hat||"),
    (1, "value", "(single point)", True, "margin -> 1/||w_hat||"),
])
