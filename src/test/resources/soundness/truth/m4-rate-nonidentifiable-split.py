"""m4-rate-nonidentifiable-split: GD, eta = double(0.1), X = [[1,1,0],[0,1,1]], y = [1,2], w0 = [1,0,-1].

||w_t - p||^2 = c1^2 f1^(2t) + c3^2 f3^(2t), f_lambda = 1 - 2 eta lambda (0.8 and 0.4 up to the double rounding of eta),
c1 = 3/sqrt2, c3 = sqrt(3/2) (components of w0 - p on the eigenvectors). So ||w_t - p|| / (c1 f1^t) -> 1:
the law a*b*r^t holds with r = f1 = max |1 - 2 eta lambda| (the predicted contraction), a = 3 and b = c1/3.
  rate (distance, a*b*r^t, a = 3, r = predicted-contraction): HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1, 0], [0, 1, 1]]; y = [1, 2]; w0 = [1, 0, -1]
p = interpolant(X, y, w0)
eta = mpf(dbl("0.1"))
comps = components(X, [a - b for a, b in zip(map(fr, w0), p)])
fs = [(1 - 2 * eta * lam, c) for lam, c in comps]
r, c1 = max(fs, key=lambda fc: abs(fc[0]))
print("modes (factor, component):", [(mp.nstr(f, 17), mp.nstr(c, 10)) for f, c in fs], " r =", mp.nstr(r, 17))
for t in (10, 100, 1000):
    dist = mp.sqrt(mp.fsum(c * c * f ** (2 * t) for f, c in fs))
    print(f"  t={t}: ||w_t - p|| / (3 * (c1/3) * r^t) = {mp.nstr(dist / (3 * (abs(c1) / 3) * r ** t), 15)}")
report("m4-rate-nonidentifiable-split", [(0, "rate", "(single point)", True, "distance = c1 r^t (1 + o(1)); a = 3, b = c1/3")])
