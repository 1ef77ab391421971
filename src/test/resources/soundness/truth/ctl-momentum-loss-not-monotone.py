"""ctl-momentum-loss-not-monotone: heavy ball v_{t+1} = beta v_t - eta grad L(w_t), w_{t+1} = w_t + v_{t+1}, v0 = 0,
eta = double(0.05), beta = double(0.9), X = [[1,1,1],[1,2,0]], y = [1,10], w0 = [1,-1,2].

The exact iteration in rationals (with the double values of eta and beta) shows a pair t -> t+1 with
L(w_{t+1}) > L(w_t).   monotone (loss nonincreasing): FAILS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[F(1), F(1), F(1)], [F(1), F(2), F(0)]]; y = [F(1), F(10)]
eta, beta = dbl("0.05"), dbl("0.9")
w = [F(1), F(-1), F(2)]; v = [F(0)] * 3
L = lambda w: sum((sum(a * b for a, b in zip(row, w)) - yi) ** 2 for row, yi in zip(X, y))
prev = L(w); first = None
for t in range(40):
    r = [sum(a * b for a, b in zip(row, w)) - yi for row, yi in zip(X, y)]
    g = [2 * sum(X[i][j] * r[i] for i in range(2)) for j in range(3)]
    v = [beta * a - eta * b for a, b in zip(v, g)]
    w = [a + b for a, b in zip(w, v)]
    cur = L(w)
    if cur > prev and first is None:
        first = (t, t + 1, float(prev), float(cur))
    prev = cur
print("first rise (t, t+1, L_t, L_{t+1}):", first)
assert first is not None
report("ctl-momentum-loss-not-monotone", [(0, "monotone", "(single point)", False, f"L rises from t = {first[0]} to {first[1]}")])
