"""m1-steepest-quadratic-harmonic: steepest descent in ||.||_D, D = diag(2,1,1), eta_t = 1/(3(t+1)),
X = [[1,1,0],[0,1,1]], y = [1,2], w0 = [1,0,-1].

Update w <- w - eta_t D^-1 grad L = w - 2 eta_t D^-1 X^T X (w - p_D), p_D = argmin ||w - w0||_D on Xw = y
(X p_D = y). So e_t = w_t - p_D obeys e_{t+1} = (I - 2 eta_t A) e_t, A = D^-1 X^T X, and
e_0 = w0 - p_D = -D^-1 X^T lambda lies in range(A) (A D^-1 X^T = D^-1 X^T (X D^-1 X^T), invertible).
A is similar to the symmetric D^-1/2 X^T X D^-1/2: real eigenvalues nu > 0 on range(A).
Per mode the factor is 1 - 2 nu/(3(k+1)); with a = 2nu/3 > 0 the product Gamma(t+1-a)/(Gamma(1-a)Gamma(t+1)) -> 0.
  limit (tol 1e-4): HOLDS.  converges: HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1, 0], [0, 1, 1]]; y = [1, 2]; w0 = [1, 0, -1]; D = [[2, 0, 0], [0, 1, 0], [0, 0, 1]]
p = interpolant(X, y, w0, D)
print("p_D =", p, " check X p_D =", matvec([[fr(a) for a in r] for r in X], p))
Dh = mp.diag([1 / mp.sqrt(2), 1, 1]); A = mp.matrix(X)
S = Dh * A.T * A * Dh
E, _ = mp.eigsy(S)
for nu in E:
    if nu > 1e-30:
        a = 2 * nu / 3
        T = 10**12
        prod = mp.gamma(T + 1 - a) / (mp.gamma(1 - a) * mp.gamma(T + 1))
        print(f"nu = {mp.nstr(nu, 10)}: a = {mp.nstr(a, 6)}, product at t = 1e12: {mp.nstr(prod, 5)} -> 0")
report("m1-steepest-quadratic-harmonic", [
    (0, "limit", "(single point)", True, "every mode product -> 0: lim w_t = p_D"),
    (1, "converges", "(single point)", True, "w_t -> p_D"),
])
