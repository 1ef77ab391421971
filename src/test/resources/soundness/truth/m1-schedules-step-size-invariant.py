"""m1-schedules-step-size-invariant: GD with eta_t = c/(t+1), c in {1/4, 1/5}, X = [[1,1,0],[0,1,1]], y = [1,2], w0 = [1,0,-1].

Linear iteration: error in mode lambda (eigenvalues 1, 3 of X^T X on the row space) is
c_lambda * prod_{k<t} (1 - 2 lambda c/(k+1)) = c_lambda Gamma(t + 1 - a)/(Gamma(1 - a) Gamma(t + 1)), a = 2 lambda c.
For a in {1/2, 3/2, 2/5, 6/5} this tends to 0 (a > 0, harmonic divergence), so both runs converge to p,
the same point: step-size-invariant HOLDS at both points (the first is the reference), limit HOLDS at both.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1, 0], [0, 1, 1]]; y = [1, 2]; w0 = [1, 0, -1]
p = interpolant(X, y, w0)
comps = components(X, [a - b for a, b in zip(map(fr, w0), p)])
rows = []
for c, label in [(F(1, 4), "step=1/(4*(t+1))"), (F(1, 5), "step=1/(5*(t+1))")]:
    for lam, comp in comps:
        a = 2 * lam * mpf(c)
        for T in (10**5, 10**10, 10**20):
            prod = mp.gamma(T + 1 - a) / (mp.gamma(1 - a) * mp.gamma(T + 1))
        print(f"{label} lambda={mp.nstr(lam,3)} a={mp.nstr(a,3)}: product at t=1e20: {mp.nstr(prod,5)} (-> 0 like t^-a)")
        assert a > 0
    rows.append((0, "step-size-invariant", label, True, "both limits are p"))
    rows.append((1, "limit", label, True, "lim w_t = p exactly"))
print("p =", p)
report("m1-schedules-step-size-invariant", rows)
