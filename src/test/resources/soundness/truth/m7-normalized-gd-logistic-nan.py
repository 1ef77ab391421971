"""m7-normalized-gd-logistic-nan: normalized GD w <- w - eta grad L(w)/L(w), eta = double(0.05), logistic loss, deck data, w0 = 0.

1. l(u) = log(1 + e^-u): l''(u) = s(u) s(-u) <= s(-u) <= l(u) (log(1+x) >= x/(1+x)), so
   grad^2 L(w) = sum l''(m_n) z_n z_n^T <= L(w) Z^T Z <= L(w) s_max^2 I.
2. Descent: along the segment w - s eta g/L, s in [0, 1], as long as L stays <= L(w) the Hessian is <= L(w) s_max^2, so
   L(w+) <= L - eta ||g||^2/L + (eta^2/2) s_max^2 ||g||^2/L = L - (eta ||g||^2/L)(1 - eta s_max^2/2) < L
   (the continuity argument shows L never exceeds L(w) on the segment). eta s_max^2/2 = 0.594 < 1.  monotone: HOLDS.
3. L -> 0: summing, sum_t ||g_t||^2/L_t < inf. On {L <= L0}, every margin has l(m_n) <= L0, so m_n >= m_min and
   s(-m)/l(m) >= c0 > 0 there; -g.w_hat/||w_hat|| = sum s(-m_n) z_n.w_hat/||w_hat|| >= (c0/||w_hat||) L, so
   ||g||^2/L >= (c0/||w_hat||)^2 L, forcing L_t -> 0. Since L(w) >= log(1 + e^{-max||z_n|| ||w||}) > 0, ||w_t|| -> inf.
   diverges: HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[2, F(1, 2)], [F(1, 2), -1], [3, 2], [-1, -3]]; y = [1, -1, 1, -1]
Z = signed(X, y)
s2 = sigma_max_sq(Z); eta = mpf(dbl("0.05"))
print("s_max^2 =", mp.nstr(s2, 8), " eta s_max^2 / 2 =", mp.nstr(eta * s2 / 2, 6))
assert eta * s2 / 2 < 1
w_hat, alpha = svm_active_set(Z, [0, 1])
print("separable: w_hat =", w_hat)
report("m7-normalized-gd-logistic-nan", [
    (0, "monotone", "(single point)", True, "descent lemma with the self-bounded Hessian"),
    (1, "diverges", "(single point)", True, "L -> 0 forces ||w|| -> inf"),
])
