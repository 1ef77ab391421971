"""ctl-gd-wrong-norm-prediction: GD (eta = 0.05) on X = [[1,1,1],[1,2,0]], y = [1,10], w0 = [1,-1,2] converges to
p2 = argmin ||w - w0||_2 (see ctl-gd-least-squares-double). The l3 interpolant p3 = argmin ||w - w0||_3 on Xw = y
satisfies the KKT system sign(u)|u|^2 = X^T lambda, X(w0 + u) = y (u = w - w0), strictly convex: unique.
Solved below by Newton on lambda in mpmath (60 digits); ||p2 - p3|| = 0.66 > 1e-9.   limit: FAILS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1, 1], [1, 2, 0]]; y = [1, 10]; w0 = [1, -1, 2]
p2 = mpvec(interpolant(X, y, w0))
def u_of(lam):
    v = [lam[0] * X[0][j] + lam[1] * X[1][j] for j in range(3)]
    return [mp.sign(a) * mp.sqrt(abs(a)) for a in v]
def F_(l0, l1):
    u = u_of([l0, l1])
    return [mp.fsum(X[i][j] * (w0[j] + u[j]) for j in range(3)) - y[i] for i in range(2)]
lam = mp.findroot(F_, (mp.mpf(1), mp.mpf(1)))
p3 = [w0[j] + u_of(lam)[j] for j in range(3)]
print("p3 =", [mp.nstr(a, 15) for a in p3], " feasibility:", [mp.nstr(a, 3) for a in F_(lam[0], lam[1])])
print("p2 =", [mp.nstr(a, 15) for a in p2], " ||p2 - p3|| =", mp.nstr(norm2([a - b for a, b in zip(p2, p3)]), 8))
assert norm2([a - b for a, b in zip(p2, p3)]) > 1e-3
report("ctl-gd-wrong-norm-prediction", [(0, "limit", "(single point)", False, "lim w_t = p2 != p3")])
