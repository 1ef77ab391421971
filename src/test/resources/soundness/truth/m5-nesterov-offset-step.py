"""m5-nesterov-offset-step: Nesterov (y_t = w_t + beta (w_t - w_{t-1}), w_{t+1} = y_t - eta grad L(y_t)), eta = 0.01,
beta = 0.5, deck data (exp loss), w0 = 0.

Averaging argument. With v_t = w_t - w_{t-1}: v_{t+1} = beta v_t - eta grad L(w_t + beta v_t). Along the asymptotic
regime grad L(w_t) = O(1/t) varies on the time scale t, so v_t = -(eta/(1-beta)) grad L(w_t) + O(1/t^2) and
grad L(w_t + beta v_t) = grad L(w_t)(1 + O(1/t)): Nesterov is GD with the effective step eta' = eta/(1 - beta) up to
summable O(1/t^2) perturbations. In SHN+18's analysis the residual r_t = w_t - w_hat log t - w~ obeys, in log time,
a flow with the strictly convex potential sum_S alpha_n (e^{-z_n.r} + z_n.r) (restricted to span S = R^2 here), and
summable perturbations do not move its limit: r_t -> 0 for w~ = w~(eta'), eta' exp(-z_n.w~) = alpha_n.
Hence:
  direction: w_t/||w_t|| -> w_hat/||w_hat||: HOLDS.
  offset: lim (w_t - w_hat log t) = w~(eta'), which is occam's prediction (its max-margin-offset uses the method's
          effective step): HOLDS. Against w~(eta) it would fail: ||w~(eta) - w~(eta')|| = 0.785 > 1e-3.
  rate (loss, c/t, c = loss-constant = ||w_hat||^2/eta'): t L(w_t) -> sum alpha_n/eta' = ||w_hat||^2/eta': HOLDS
          (with eta in place of eta' the constant would be twice the limit).
Numerical corroboration below: Nesterov in double (numpy) to t = 10^6.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *
import numpy as np

X = [[2, F(1, 2)], [F(1, 2), -1], [3, 2], [-1, -3]]; y = [1, -1, 1, -1]
Z = signed(X, y)
w_hat, alpha = svm_active_set(Z, [0, 1])
eta, beta = dbl("0.01"), dbl("0.5")
wt_eta = offset_w_tilde(Z, [0, 1], alpha, eta, [0, 0])
wt_eff = offset_w_tilde(Z, [0, 1], alpha, eta / (1 - beta), [0, 0])
diff = norm2([a - b for a, b in zip(wt_eta, wt_eff)])
print("w~(eta) =", [mp.nstr(a, 8) for a in wt_eta], " w~(eta/(1-beta)) =", [mp.nstr(a, 8) for a in wt_eff], " distance", mp.nstr(diff, 6))
print("loss constants: ||w_hat||^2/eta =", mp.nstr(mpf(sum(alpha)) / mpf(eta), 8), "  (1-beta)||w_hat||^2/eta =", mp.nstr(mpf(sum(alpha) * (1 - beta)) / mpf(eta), 8))
Zd = np.array([[float(a) for a in z] for z in Z]); h = np.array([float(a) for a in w_hat])
w = np.zeros(2); prev = w.copy()
for t in range(1, 10**6 + 1):
    yv = w + 0.5 * (w - prev)
    g = -(Zd.T @ np.exp(-(Zd @ yv)))
    prev = w; w = yv - 0.01 * g
    if t in (10**4, 10**5, 10**6):
        base = w - h * np.log(t)
        L = np.exp(-(Zd @ w)).sum()
        print(f"t = {t}: ||w - w_hat log t - w~(eff)|| = {np.linalg.norm(base - np.array([float(a) for a in wt_eff])):.3e}, "
              f"||... - w~(eta)|| = {np.linalg.norm(base - np.array([float(a) for a in wt_eta])):.4f}, t L = {t * L:.5f}")
assert diff > 0.1
report("m5-nesterov-offset-step", [
    (0, "direction", "(single point)", True, "w_t = w_hat log t + O(1)"),
    (1, "offset", "(single point)", True, "limit offset is w~(eta/(1-beta)), the prediction (0.785 from w~(eta))"),
    (2, "rate", "(single point)", True, "t L -> (1-beta)||w_hat||^2/eta = ||w_hat||^2/eta_eff, the loss-constant"),
])
