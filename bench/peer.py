"""The peer side of bin/bench --peer: occam's gradient-descent loops in numpy or mpmath.

    peer.py numpy  ls|cls ITERS ETA DIR [--variant plain|log]
    peer.py mpmath cls DPS ITERS ETA DIR

Reads DIR/X.npy and DIR/y.npy (written by occam's PeerCase), runs ITERS iterations of constant-step
gradient descent from w = 0, and prints one line, as PeerCase does:

    seconds=... iterations=... sum=... norm=...

(seconds: the loop only, after loading the data; sum and norm: of the final iterate).

ls:  L(w) = ||X w - y||^2 (no 1/2, as in occam), w -= ETA * 2 X^T (X w - y).
cls: L(w) = sum_n exp(-z_n . w) with z_n = y_n x_n, w -= ETA * grad L = w + ETA * Z^T exp(-Z w).
     numpy --variant plain (the default): that formula as it stands.
     numpy --variant log: the log-domain form occam computes, a = -Z w, M = max a,
     grad L = -Z^T e^(a - M) * e^M (never overflows).
     mpmath: the plain formula (mpf has no overflow to avoid), one fdot per margin and per gradient
     entry.
"""

import math
import sys
import time

import numpy as np


def numpy_ls(iters, eta, X, y):
    n, d = X.shape
    w = np.zeros(d)
    r = np.empty(n)
    g = np.empty(d)
    XT = X.T
    c = -2.0 * eta
    for _ in range(iters):
        np.dot(X, w, out=r)
        r -= y
        np.dot(XT, r, out=g)
        g *= c
        w += g
    return w


def numpy_cls(iters, eta, Z, variant):
    n, d = Z.shape
    w = np.zeros(d)
    m = np.empty(n)
    g = np.empty(d)
    ZT = Z.T
    if variant == "plain":
        for _ in range(iters):
            np.dot(Z, w, out=m)
            np.negative(m, out=m)
            np.exp(m, out=m)
            np.dot(ZT, m, out=g)
            g *= eta
            w += g
    else:
        for _ in range(iters):
            np.dot(Z, w, out=m)
            np.negative(m, out=m)
            top = m.max()
            m -= top
            np.exp(m, out=m)
            np.dot(ZT, m, out=g)
            g *= eta * math.exp(top)
            w += g
    return w


def mpmath_cls(iters, eta, Z, dps):
    from mpmath import mp, mpf, fdot, exp

    mp.dps = dps
    rows = [[mpf(float(v)) for v in row] for row in Z]  # exact: doubles are binary fractions
    cols = [list(c) for c in zip(*rows)]
    e = mpf(float(eta))  # the double nearest ETA, as occam's StepSize uses it
    w = [mpf(0)] * len(cols)
    start = time.perf_counter()
    for _ in range(iters):
        q = [exp(-fdot(row, w)) for row in rows]
        w = [wj + e * fdot(col, q) for wj, col in zip(w, cols)]
    seconds = time.perf_counter() - start
    s = mp.fsum(w)
    norm = mp.sqrt(mp.fsum(v * v for v in w))
    return seconds, mp.nstr(s, dps + 3), mp.nstr(norm, dps + 3)


def exact_sum_norm(w):
    s = math.fsum(w)
    norm = math.sqrt(math.fsum(v * v for v in w))
    return repr(s), repr(norm)


def main(argv):
    if len(argv) >= 5 and argv[0] == "numpy":
        kind, iters, eta, folder = argv[1], int(argv[2]), argv[3], argv[4]
        variant = argv[6] if len(argv) == 7 and argv[5] == "--variant" else "plain"
        X = np.load(folder + "/X.npy")
        y = np.load(folder + "/y.npy")
        start = time.perf_counter()
        if kind == "ls":
            w = numpy_ls(iters, float(eta), X, y)
        else:
            w = numpy_cls(iters, float(eta), np.ascontiguousarray(y[:, None] * X), variant)
        seconds = time.perf_counter() - start
        s, norm = exact_sum_norm(w)
    elif len(argv) == 6 and argv[0] == "mpmath" and argv[1] == "cls":
        dps, iters, eta, folder = int(argv[2]), int(argv[3]), argv[4], argv[5]
        X = np.load(folder + "/X.npy")
        y = np.load(folder + "/y.npy")
        seconds, s, norm = mpmath_cls(iters, eta, y[:, None] * X, dps)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(f"seconds={seconds:.6f} iterations={iters} sum={s} norm={norm}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
