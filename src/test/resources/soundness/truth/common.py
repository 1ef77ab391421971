"""Shared helpers for the soundness truth scripts (documentation; the build never runs Python).

Everything here is exact (fractions.Fraction) or mpmath at 50+ digits, written from the
definitions in docs/spec-format.md, never from occam's code or output:

  least squares   L(w) = sum_i (w.x_i - y_i)^2,  grad L = 2 X^T (X w - y)
  classification  L(w) = sum_n c_n l(z_n.w),  z_n = y_n x_n,  l(u) = exp(-u) or log(1 + exp(-u))

A spec's YAML numbers are exact rationals (docs: "read exactly from their text"); hyper-parameters
(step, beta, epsilon) are rounded to the nearest double by occam, so where it matters the truth is
derived for that double (Fraction(float(text))) and the scripts say so.
"""
from fractions import Fraction as F
import mpmath as mp

mp.mp.dps = 60


def fr(x):
    """An exact rational from a YAML-like number text or number."""
    return F(str(x)) if not isinstance(x, F) else x


def dbl(text):
    """The double nearest a decimal text, as an exact rational (how occam rounds a step)."""
    return F(float(F(str(text))))


# ---------------------------------------------------------------- exact linear algebra (Fractions)
def matmul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))] for i in range(len(A))]


def matvec(A, v):
    return [sum(a * b for a, b in zip(row, v)) for row in A]


def transpose(A):
    return [list(r) for r in zip(*A)]


def solve(A, b):
    """Exact Gaussian elimination, A square nonsingular."""
    n = len(A)
    M = [list(map(fr, A[i])) + [fr(b[i])] for i in range(n)]
    for c in range(n):
        p = next(r for r in range(c, n) if M[r][c] != 0)
        M[c], M[p] = M[p], M[c]
        for r in range(n):
            if r != c and M[r][c] != 0:
                f = M[r][c] / M[c][c]
                M[r] = [a - f * b for a, b in zip(M[r], M[c])]
    return [M[i][n] / M[i][i] for i in range(n)]


def inverse(A):
    n = len(A)
    cols = [solve(A, [F(int(i == j)) for i in range(n)]) for j in range(n)]
    return transpose(cols)


def interpolant(X, y, w0, D=None):
    """argmin ||w - w0||_D on Xw = y (D = I by default): w0 + M X^T (X M X^T)^-1 (y - X w0), M = D^-1."""
    X = [[fr(a) for a in r] for r in X]
    y = [fr(a) for a in y]
    w0 = [fr(a) for a in w0]
    d = len(w0)
    M = inverse([[fr(a) for a in r] for r in D]) if D is not None else [[F(int(i == j)) for j in range(d)] for i in range(d)]
    XM = matmul(X, M)
    G = matmul(XM, transpose(X))
    r = [yi - xi for yi, xi in zip(y, matvec(X, w0))]
    lam = solve(G, r)
    return [w0[j] + sum(XM[i][j] * lam[i] for i in range(len(X))) for j in range(d)]


def norm2(v):
    return mp.sqrt(sum(mp.mpf(x) ** 2 if not isinstance(x, F) else (mp.mpf(x.numerator) / x.denominator) ** 2 for x in v))


def mpf(x):
    if isinstance(x, F):
        return mp.mpf(x.numerator) / x.denominator
    return mp.mpf(x)


def mpvec(v):
    return [mpf(x) for x in v]


def row_space_eigen(X):
    """Nonzero eigenvalues and eigenvectors of X^T X (mpmath), i.e. squared singular values of X."""
    A = mp.matrix([[mpf(a) for a in r] for r in X])
    G = A.T * A
    E, Q = mp.eigsy(G)
    out = []
    for k in range(len(E)):
        if abs(E[k]) > mp.mpf(10) ** (-40):
            out.append((E[k], [Q[i, k] for i in range(G.rows)]))
    return out


def components(X, e):
    """The components of e along the row-space eigenvectors of X^T X (e's null-space part is not moved by GD)."""
    return [(lam, mp.fsum(q[i] * mpf(e[i]) for i in range(len(e)))) for lam, q in row_space_eigen(X)]


def report(spec, rows):
    """rows: (claim index, kind, point label, truth bool, why)."""
    print(f"spec {spec}")
    for i, kind, point, truth, why in rows:
        print(f"  claims[{i}] {kind:20s} {point:28s} {'HOLDS' if truth else 'FAILS'}   ({why})")
    allTrue = all(r[3] for r in rows)
    print(f"  expect: {'holds' if allTrue else 'fails'}")


# ---------------------------------------------------------------- classification helpers
def signed(X, y):
    return [[fr(a) * fr(yn) for a in row] for row, yn in zip(X, y)]


def sigma_max_sq(Z):
    """sigma_max(Z)^2 = largest eigenvalue of Z^T Z (mpmath)."""
    A = mp.matrix([[mpf(a) for a in r] for r in Z])
    E, _ = mp.eigsy(A.T * A)
    return max(E)


def svm_active_set(Z, support):
    """The l2 hard-margin SVM (no intercept) for a guessed support set S, verified by KKT exactly:
    w = sum_{n in S} alpha_n z_n with z_n.w = 1 on S; returns (w, alpha) if alpha >= 0 and every
    other point has z.w >= 1 (then w is the unique max-margin vector, by convexity), else None."""
    S = list(support)
    G = [[sum(a * b for a, b in zip(Z[i], Z[j])) for j in S] for i in S]
    alpha_S = solve(G, [F(1)] * len(S))
    d = len(Z[0])
    w = [sum(alpha_S[k] * Z[S[k]][j] for k in range(len(S))) for j in range(d)]
    alpha = [F(0)] * len(Z)
    for k, n in enumerate(S):
        alpha[n] = alpha_S[k]
    if any(a < 0 for a in alpha):
        return None
    if any(sum(a * b for a, b in zip(z, w)) < 1 for z in Z):
        return None
    return w, alpha


def exp_loss(Z, w, weights=None):
    weights = weights or [1] * len(Z)
    return mp.fsum(mpf(c) * mp.exp(-mp.fsum(mpf(a) * mpf(b) for a, b in zip(z, w))) for c, z in zip(weights, Z))


def offset_w_tilde(Z, support, alpha, eta, w0, weights=None):
    """SHN+18's offset for support vectors spanning the data: eta c_n exp(-z_n.w~) = alpha_n on S, plus the part
    of w0 orthogonal to span{z_n : n in S} (mpmath). Returns w~ as an mp vector (list)."""
    S = list(support)
    d = len(Z[0])
    weights = weights or [1] * len(Z)
    ZS = mp.matrix([[mpf(a) for a in Z[n]] for n in S])
    rhs = mp.matrix([mp.log(mpf(eta) * mpf(weights[n]) / mpf(alpha[n])) for n in S])
    G = ZS * ZS.T
    beta = mp.lu_solve(G, rhs)
    span = ZS.T * beta
    w0v = mp.matrix([mpf(a) for a in w0])
    gamma = mp.lu_solve(G, ZS * w0v)
    perp = w0v - ZS.T * gamma
    return [span[j] + perp[j] for j in range(d)]


def gd_exp_run(Z, eta, w0, T, weights=None, record=()):
    """Plain double GD on the exponential loss (numpy), for numerical corroboration only."""
    import numpy as np
    Zd = np.array([[float(a) for a in z] for z in Z]); c = np.array([float(a) for a in (weights or [1] * len(Z))])
    w = np.array([float(a) for a in w0]); out = {}
    for t in range(T + 1):
        if t in record:
            out[t] = w.copy()
        m = Zd @ w; g = -(Zd.T @ (c * np.exp(-m)))
        w = w - float(eta) * g
    return out


def bisect(f, a, b, iterations=400):
    """A root of f in [a, b] with f(a) <= 0 <= f(b) (or the reverse), by bisection in mpmath."""
    fa = f(a)
    for _ in range(iterations):
        m = (a + b) / 2
        if (f(m) <= 0) == (fa <= 0):
            a, fa = m, f(m)
        else:
            b = m
    return b
