"""m3-lp-near-one-overflow: steepest descent in l_p, p = 101/100 (q = 101), eta = double(0.05),
X = [[1,1,1],[1,2,0]], y = [1,10], w0 = 0.

Proof of convergence (exact arithmetic):
  L(w + v) = L(w) + <g, v> + ||X v||^2 <= L(w) + <g, v> + s_max^2 ||v||_p^2        (||v||_2 <= ||v||_p, p <= 2)
  dw = argmin <g,v> + ||v||_p^2/2:  <g, dw> = -||g||_q^2, ||dw||_p = ||g||_q
  => L_{t+1} <= L_t - eta (1 - eta s_max^2) ||g||_q^2.
  ||g||_q >= d^(1/q - 1/2) ||g||_2 and ||g||_2^2 = 4 ||X^T r||^2 >= 4 s_min^2 L  (X has full row rank)
  => L_{t+1} <= rho L_t, rho = 1 - eta (1 - eta s_max^2) d^(2/q - 1) 4 s_min^2 < 1.
  ||w_{t+1} - w_t||_2 <= eta ||g||_q <= eta ||g||_2 <= 2 eta s_max sqrt(L_t) <= C rho^(t/2): summable, so w_t converges.
  converges: HOLDS.  diverges: FAILS.
The script also runs the exact iteration in mpmath (60 digits) past the point where double overflowed.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = mp.matrix([[1, 1, 1], [1, 2, 0]]); y = mp.matrix([1, 10]); d = 3
E = mp.eigsy(X * X.T)[0]; smax2, smin2 = max(E), min(E)
eta = mpf(dbl("0.05")); q = mp.mpf(101)
assert eta < 1 / smax2
rho = 1 - eta * (1 - eta * smax2) * mp.power(d, 2 / q - 1) * 4 * smin2
print("s_max^2 =", mp.nstr(smax2, 8), " s_min^2 =", mp.nstr(smin2, 8), " rho =", mp.nstr(rho, 8))
assert rho < 1
w = mp.matrix([0, 0, 0])
for t in range(400):
    r = X * w - y; g = 2 * X.T * r
    gq = mp.power(mp.fsum(abs(gi) ** q for gi in g), 1 / q)
    dw = mp.matrix([-mp.sign(gi) * abs(gi) ** (q - 1) for gi in g]) * gq ** (2 - q)
    w = w + eta * dw
    if t % 100 == 99:
        print(f"t={t+1}: L = {mp.nstr(mp.fsum(ri**2 for ri in X*w-y), 5)}, ||g||_q = {mp.nstr(gq, 5)}, ||g||_q^(2-q) = {mp.nstr(gq**(2-q), 5)}")
report("m3-lp-near-one-overflow", [
    (0, "converges", "(single point)", True, "geometric decay of L, summable steps"),
    (1, "diverges", "(single point)", False, "the iterates converge"),
])
