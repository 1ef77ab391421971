"""Writes least-squares specs with Gaussian data in .npy files, for timing a whole `occam check`
at research scale (docs/performance.md, "Least squares on large data files").

    python3 bench/large_ls.py target/large          # writes X<n>.npy, y<n>.npy, ls-<n>x<d>.yaml
    bin/occam check target/large/ls-1000x10000.yaml --no-report

Each spec runs gradient descent from 0 with the step 1/(lambda_min + lambda_max) of X X^T
(computed here with numpy's SVD; occam proves its own bounds) and checks the limit against the
min-distance interpolant to 1e-9, in double.
"""
import sys
from pathlib import Path

import numpy as np

SHAPES = [(100, 1000), (300, 3000), (1000, 10000)]


def main(folder):
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(7)
    for n, d in SHAPES:
        x = rng.standard_normal((n, d))
        y = rng.standard_normal(n)
        np.save(out / f"X{n}.npy", x)
        np.save(out / f"y{n}.npy", y)
        s = np.linalg.svd(x, compute_uv=False)
        eta = 1 / (s[0] ** 2 + s[-1] ** 2)
        (out / f"ls-{n}x{d}.yaml").write_text(
            f"""id: ls-{n}x{d}
title: GD on a {n}x{d} Gaussian least-squares problem read from .npy
statement: "w_t -> argmin ||w - w0|| on Xw = y"
expect: holds
problem:
  kind: least-squares
  X: {{file: X{n}.npy}}
  y: {{file: y{n}.npy}}
algorithm:
  kind: gradient-descent
  step: {eta:.3e}
  init: zeros
prediction:
  kind: min-distance-interpolant
claims:
  - kind: limit
    tolerance: 1e-9
run:
  precision: 16
  max-iterations: 200
  time-limit: 60s
"""
        )
        print(f"wrote {out}/ls-{n}x{d}.yaml (step {eta:.3e})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/large")
