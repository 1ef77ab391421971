"""m4-rate-transient-loss-constant: GD, exp loss, eta = double(0.1), z = (1,0), (0,1), (3/5,3/5), w0 = 0.

w_hat = (1, 1) (support {0, 1}, alpha = (1, 1, 0), exact KKT), spanning R^2: SHN+18 Theorem 3 gives
w_t = w_hat log t + w~ + o(1), eta exp(-z_n.w~) = alpha_n, i.e. w~ = (log eta, log eta) (eta < 2/(L(w0) s_max^2)).
  t L(w_t) = t sum_S exp(-log t - z_n.w~ + o(1)) + t exp(-(6/5) log t + O(1)) -> sum_S alpha_n/eta = 2/eta = ||w_hat||^2/eta.
  ||w_t|| = ||w_hat|| log t + w_hat.w~/||w_hat|| + o(1).
So both laws hold with the expected constants (a = ||w_hat|| = sqrt2, b = sqrt2 log eta, c = 2/eta = 20).
  rate (loss, c/t, c = loss-constant): HOLDS.   rate (norm, a Log t + b): HOLDS.
The third point contributes t^-0.2 e^{-(3/5)(w~1+w~2)} = t^-0.2 eta^-1.2 to t L: 8% of c at t = 1e5 (printed below).
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 0], [0, -1], [F(3, 5), F(3, 5)]]; y = [1, -1, 1]
Z = signed(X, y)
w_hat, alpha = svm_active_set(Z, [0, 1])
eta = dbl("0.1")
assert mpf(eta) < 2 / (exp_loss(Z, [0, 0]) * sigma_max_sq(Z))
wt = offset_w_tilde(Z, [0, 1], alpha, eta, [0, 0])
c = mpf(sum(alpha)) / mpf(eta); hn = norm2(w_hat); b = mp.fsum(mpf(w_hat[j]) * wt[j] for j in range(2)) / hn
print("w_hat =", w_hat, " alpha =", alpha, " w~ =", [mp.nstr(a, 10) for a in wt])
print("c = ||w_hat||^2/eta =", mp.nstr(c, 10), " a =", mp.nstr(hn, 10), " b =", mp.nstr(b, 10))
for T in (10**5, 10**6):
    print(f"  transient t^-0.2 eta^-1.2 / c at t = {T}: {mp.nstr(mp.power(T, -0.2) * mp.power(mpf(eta), -1.2) / c, 4)}")
runs = gd_exp_run(Z, eta, [0, 0], 10**5, record=(10**4, 10**5))
for t, w in runs.items():
    L = sum(mp.exp(-(float(z[0]) * w[0] + float(z[1]) * w[1])) for z in Z)
    print(f"  double GD t = {t}: t L = {mp.nstr(t * L, 8)} (c = {mp.nstr(c, 6)}), ||w|| - a log t = {mp.nstr(mp.sqrt(w[0]**2 + w[1]**2) - hn * mp.log(t), 6)} (b = {mp.nstr(b, 6)})")
report("m4-rate-transient-loss-constant", [
    (0, "rate", "loss c/t", True, "t L(w_t) -> ||w_hat||^2/eta"),
    (1, "rate", "norm a log t + b", True, "||w_t|| - ||w_hat|| log t -> w_hat.w~/||w_hat||"),
])
