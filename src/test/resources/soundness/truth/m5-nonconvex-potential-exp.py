"""m5-nonconvex-potential-exp: psi(w) = sum_i phi(w_i), phi(x) = x^2/2 - e^(x/4); X = [[1,1,1],[1,2,0]], y = [1,10],
w0 = (1, -1, 1/2); the mirror flow (gradient-flow with this potential).

Feasible set: u + s n, n = (2, -1, -1). Along it, as s -> +inf: w1 = u1 + 2s -> +inf gives phi(w1) ~ -e^{(u1+2s)/4},
which beats the quadratic growth of phi(w2), phi(w3) and the linear term of D_psi: D_psi(w, w0) -> -inf.
So argmin { D_psi(w, w0) : Xw = y } does not exist. phi'' = 1 - e^{x/4}/16 < 0 for x > 4 log 16 = 11.09;
at the probes (x <= 10) it is positive.
  limit (against argmin D_psi): FAILS (no such point; rejection or INCONCLUSIVE also sound).
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

phi = lambda x: x * x / 2 - mp.exp(x / 4)
dphi = lambda x: x - mp.exp(x / 4) / 4
X = [[1, 1, 1], [1, 2, 0]]; y = [1, 10]; w0 = [mp.mpf(1), mp.mpf(-1), mp.mpf(1) / 2]
u = [mpf(a) for a in interpolant(X, y, [1, -1, F(1, 2)])]; n = [2, -1, -1]
D = lambda w: mp.fsum(phi(a) for a in w) - mp.fsum(phi(a) for a in w0) - mp.fsum(dphi(b) * (a - b) for a, b in zip(w, w0))
for s in [0, 10, 50, 100, 200]:
    w = [a + s * b for a, b in zip(u, n)]
    print(f"s = {s}: D_psi = {mp.nstr(D(w), 6)}")
print("phi'' at the probes:", [mp.nstr(1 - mp.exp(mpf(fr(x)) / 4) / 16, 4) for x in ["0.05", "0.3", "1", "2.5", "10", "-0.7", "-0.3", "-2.5"]])
report("m5-nonconvex-potential-exp", [(0, "limit", "(single point)", False, "inf D_psi = -inf on Xw = y: no Bregman projection")])
