"""m6-underflow-sign-descent-freeze: sign descent, eta_t = (1/B^2)/L(w_t), B = max ||x_n||_1 = 3, z = (1,0), (2,1),
w0 = (0, 750), exponential loss.

grad L/L = -(q1 z1 + q2 z2), q = softmax(-z.w) > 0 exactly (q2/q1 = e^{-(w1 + w2)} > 0 at every finite w):
coordinates -(q1 + 2 q2) < 0 and -q2 < 0. The l_inf steepest step is (1/9) ||q1 z1 + q2 z2||_1 (1, 1), of length
>= (1/9) min ||z_n||_1 sqrt2: w_t = w0 + s_t (1, 1), s_t >= t/9 -> inf, so w_t/||w_t|| -> (1, 1)/sqrt2.
w_hat = (1, 0) (single support vector z1, z2.w_hat = 2; exact KKT); lim gap = 1 - 1/sqrt2 = 0.2929 > 1e-3.
  direction: FAILS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

Z = [[F(1), F(0)], [F(2), F(1)]]
w_hat, alpha = svm_active_set(Z, [0])
B = max(abs(a) + abs(b) for a, b in Z); C = F(1, B * B)
print("w_hat =", w_hat, " alpha =", alpha, " C = 1/B^2 =", C, " min step in s: C min||z||_1 =", C * min(abs(a) + abs(b) for a, b in Z))
print("q2/q1 at w0 = exp(-750) =", mp.nstr(mp.exp(-750), 5), "(below double's smallest subnormal 4.9e-324)")
print("limit gap 1 - 1/sqrt2 =", mp.nstr(1 - 1 / mp.sqrt(2), 8))
report("m6-underflow-sign-descent-freeze", [(0, "direction", "(single point)", False, "direction -> (1,1)/sqrt2")])
