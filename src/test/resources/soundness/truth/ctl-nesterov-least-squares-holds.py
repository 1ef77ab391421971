"""ctl-nesterov-least-squares-holds: Nesterov, eta = double(0.01), beta = double(0.3), X = [[2,-1,0,3],[1,1,-2,0]],
y = [1,1/3], w0 = [1,0,-1,1/2], precision 32.

Per row-space mode lambda (mu = 2 eta lambda) the error obeys e_{t+1} = (1+beta)(1-mu) e_t - beta(1-mu) e_{t-1}
(y_t = w_t + beta(w_t - w_{t-1}), w_{-1} = w_0); all roots of z^2 - (1+beta)(1-mu) z + beta(1-mu) have modulus < 1,
and the null-space part never moves: w_t -> p = argmin ||w - w0||_2.   limit (1e-25) HOLDS, converges HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[2, -1, 0, 3], [1, 1, -2, 0]]; y = [1, F(1, 3)]; w0 = [1, 0, -1, F(1, 2)]
p = interpolant(X, y, w0)
eta, beta = mpf(dbl("0.01")), mpf(dbl("0.3"))
worst = 0
for lam, c in components(X, [a - b for a, b in zip(map(fr, w0), p)]):
    mu = 2 * eta * lam
    roots = mp.polyroots([1, -(1 + beta) * (1 - mu), beta * (1 - mu)])
    worst = max(worst, max(abs(r) for r in roots))
    print(f"lambda = {mp.nstr(lam, 8)}: root moduli {[mp.nstr(abs(r), 8) for r in roots]}")
assert worst < 1
report("ctl-nesterov-least-squares-holds", [(0, "limit", "(single point)", True, "all roots inside the unit disc"), (1, "converges", "(single point)", True, "w_t -> p")])
