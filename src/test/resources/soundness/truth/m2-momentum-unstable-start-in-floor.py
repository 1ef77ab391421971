"""m2-momentum-unstable-start-in-floor: heavy ball (v0 = 0), beta = double(0.5), eta = double(0.76),
X = [[1,1]], y = [2], w0 = (1 + 1e-20, 1).

Row space mode (eigenvalue 2 of X^T X), mu = 2 eta 2. Error e_t = w_t - p along (1,1) obeys
e_{t+1} = (1 + beta - mu) e_t - beta e_{t-1}, e_1 = (1 - mu) e_0 (v0 = 0). Run exactly in rationals and
check |e_t| grows like the root modulus 1.0748 (and that the unstable root's coefficient is nonzero).
  converges: FAILS.  limit (tol 1e-12): FAILS.  diverges: HOLDS.
"""
import sys; sys.dont_write_bytecode = True; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

X = [[1, 1]]; y = [2]; w0 = [fr("1.00000000000000000001"), 1]
p = interpolant(X, y, w0); e0 = w0[0] - p[0]
beta = dbl("0.5"); eta = dbl("0.76"); mu = 4 * eta
b, c = 1 + beta - mu, beta
disc = mp.sqrt(mpf(b * b - 4 * c))
z1, z2 = (mpf(b) - disc) / 2, (mpf(b) + disc) / 2
A = mpf(e0) * (mpf(1 - mu) - z2) / (z1 - z2)
print("roots", mp.nstr(z1, 8), mp.nstr(z2, 8), " unstable coefficient A =", mp.nstr(A, 6), "(e0 =", float(e0), ")")
assert abs(z1) > 1 and A != 0
prev, cur = e0, (1 - mu) * e0
for t in range(1, 2001):
    prev, cur = cur, b * cur - c * prev
print("exact e_2001 =", float(cur), " vs A z1^2001 =", mp.nstr(A * z1 ** 2001, 8))
report("m2-momentum-unstable-start-in-floor", [
    (0, "converges", "(single point)", False, "|root| = 1.0748 excited"),
    (1, "limit", "(single point)", False, "no limit"),
    (2, "diverges", "(single point)", True, "||w_t|| -> inf"),
])
