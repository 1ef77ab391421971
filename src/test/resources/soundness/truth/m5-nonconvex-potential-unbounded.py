"""m5-nonconvex-potential-unbounded: psi(w) = sum_i phi(w_i), phi(x) = x^2/2 - x^4/4000; X = [[1,1,1],[1,2,0]], y = [1,10],
w0 = (1, -1, 1/2).

The feasible set {Xw = y} is the line u + s n, n = (2, -1, -1) (X n = 0), u any solution. Along it
D_psi(w, w0) = psi(w) - psi(w0) - grad psi(w0).(w - w0) is a polynomial in s with leading term
-(2^4 + 1 + 1) s^4/4000 < 0, so D_psi -> -infinity on the feasible set: inf D_psi = -inf, no minimizer exists
("the Bregman projection" does not exist). phi''(x) = 1 - 3x^2/1000 < 0 for |x| > 18.26: psi is not convex;
the probes x in {0.05, 0.3, 1, 2.5, 10, -0.7, -0.3, -2.5} all have phi'' > 0.
  limit (against argmin D_psi): the claimed limit does not exist: FAILS (a spec rejection or INCONCLUSIVE is also sound).
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

phi = lambda x: x * x / 2 - x ** 4 / 4000
dphi = lambda x: x - x ** 3 / 1000
X = [[1, 1, 1], [1, 2, 0]]; y = [1, 10]; w0 = [F(1), F(-1), F(1, 2)]
u = interpolant(X, y, w0); n = [2, -1, -1]
assert matvec(X, n) == [0, 0]
D = lambda w: sum(phi(a) for a in w) - sum(phi(a) for a in w0) - sum(dphi(b) * (a - b) for a, b in zip(w, w0))
for s in [0, 10, 100, 1000, 10**4]:
    w = [a + s * b for a, b in zip(u, n)]
    print(f"s = {s}: D_psi = {float(D(w)):.6g}")
print("phi'' at the probes:", [float(1 - 3 * fr(x) ** 2 / 1000) for x in ["0.05", "0.3", "1", "2.5", "10", "-0.7", "-0.3", "-2.5"]])
report("m5-nonconvex-potential-unbounded", [(0, "limit", "(single point)", False, "inf D_psi = -inf on Xw = y: no Bregman projection")])
