"""ctl-mirror-entropy-holds: entropy mirror descent, X = [[1,2,1,1],[2,1,3,1]], y = [2,3],
w0 = (1, 1/2, 1/4, 1), eta = 0.02 (double).

psi(w) = sum w log w - w: grad psi = log w, inverse exp. theta_{t+1} = theta_t - 2 eta X^T (X w_t - y) stays in
theta0 + X^T lambda, with lambda_{t+1} = lambda_t - 2 eta grad g(lambda_t),
g(lambda) = sum_i exp(theta0_i + (X^T lambda)_i) - y.lambda  (strictly convex: Hessian X diag(w) X^T > 0).
So MD is GD with step 2 eta on g. On the sublevel set {g <= g(0)} (compact, g coercive) the Hessian is
bounded by M = max ||X diag(w) X^T||; 2 eta < 2/M gives monotone descent inside the sublevel set and
convergence to the unique minimizer lambda*, whose w* = exp(theta0 + X^T lambda*) satisfies Xw* = y and
log w* - log w0 in row(X): the KKT point of min D_psi(w, w0) s.t. Xw = y, i.e. the Bregman projection.
  limit (tol 1e-20): lim w_t = w* exactly: HOLDS.   converges: HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = mp.matrix([[1, 2, 1, 1], [2, 1, 3, 1]]); y = mp.matrix([2, 3])
w0 = mp.matrix([1, mp.mpf(1)/2, mp.mpf(1)/4, 1]); th0 = mp.matrix([mp.log(a) for a in w0])
w = lambda lam: mp.matrix([mp.exp(th0[i] + (X.T * lam)[i]) for i in range(4)])
g = lambda lam: mp.fsum(w(lam)) - (y.T * lam)[0]
lam = mp.matrix([0, 0])
for _ in range(60):  # Newton on g
    W = w(lam); grad = X * W - y
    H = X * mp.diag(W) * X.T
    lam = lam - mp.lu_solve(H, grad)
W = w(lam)
print("Bregman projection w* =", [mp.nstr(a, 25) for a in W], " ||Xw*-y|| =", mp.nstr(mp.norm(X * W - y), 3))
print("||w0 - w*|| =", mp.nstr(mp.norm(w0 - W), 6))
# smoothness on the sublevel set {g <= g(0)}: with u = w* (Xu = y), y.lambda = sum u_i (log w_i - log w0_i), so
# g = sum_i (w_i - u_i log w_i) + const, each summand >= its value at w_i = u_i; on the sublevel set every summand
# exceeds its minimum by at most delta = g(0) - g(lambda*), so w_i <= wmax_i, the root > u_i of
# w - u_i log w = u_i - u_i log u_i + delta; and X diag(w) X^T <= X diag(wmax) X^T =: M (Loewner order).
delta = g(mp.matrix([0, 0])) - g(lam)
wmax = [bisect(lambda v: v - W[i] * mp.log(v) - (W[i] - W[i] * mp.log(W[i]) + delta), W[i], W[i] * 4 + 10) for i in range(4)]
assert all(wmax[i] > W[i] for i in range(4))
M = max(mp.eigsy(X * mp.diag(wmax) * X.T)[0])
print("delta =", mp.nstr(delta, 5), " wmax =", [mp.nstr(a, 6) for a in wmax])
eta = mpf(dbl("0.02"))
print("M <=", mp.nstr(M, 6), " 2 eta =", 2 * eta, " < 2/M =", mp.nstr(2 / M, 6))
assert 2 * eta < 2 / M
report("ctl-mirror-entropy-holds", [
    (0, "limit", "(single point)", True, "GD on the strictly convex dual converges: lim w_t = Bregman projection"),
    (1, "converges", "(single point)", True, "w_t -> w*"),
])
