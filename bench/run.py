"""bin/bench --peer: occam and a peer (numpy, mpmath) side by side on the same data.

    bin/bench --peer shn18 N D ITERS   GD, exponential loss, separable data: occam double vs numpy
    bin/bench --peer ls N D ITERS      GD on least squares: occam double vs numpy (OpenBLAS)
    bin/bench --peer dd32 [ITERS]      8 x 2 shn18 at 32 digits: occam double-double vs mpmath
    bin/bench --peer mp50 [ITERS]      8 x 2 shn18 at 50 digits: occam Tier.forDigits(50) vs mpmath
    bin/bench --peer catalogue         wall time of bin/occam check --no-report theorems/ (no peer)
    bin/bench --peer all               every case at the sizes of docs/performance.md

Each side runs as its own process, alternating occam, peer, occam, peer, ... (PEER_ROUNDS rounds,
default 3; PEER_NUMPY_VARIANT=log gives shn18's numpy the log-domain form); each reports the time
of its loop only (no JVM start, no data loading; occam after untimed warm-up runs). Prints every
round, the medians, the ratio peer/occam (> 1: occam faster), the relative difference of the two
final iterates (sum and l2 norm), and a markdown row for the table in docs/performance.md. Needs
OCCAM_BENCH_CP (set by bin/bench) and numpy; dd32 and mp50 also need mpmath.
"""

import os
import statistics
import subprocess
import sys
import time
from decimal import Decimal, getcontext

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEER = os.path.join(ROOT, "bench", "peer.py")
SEED = 1

# case, arguments: the sizes of docs/performance.md ("Side by side with numpy and mpmath")
ALL = [
    ("shn18", [8, 2, 2_000_000]),
    ("shn18", [100, 10, 200_000]),
    ("shn18", [1000, 100, 20_000]),
    ("ls", [100, 100, 300_000]),
    ("ls", [100, 1000, 50_000]),
    ("ls", [1000, 1000, 5_000]),
    ("ls", [1000, 10000, 100]),
    ("dd32", [1_000_000]),
    ("mp50", [10_000]),
    ("catalogue", []),
]

HEADER = (
    "| case | shape | iterations | occam (s) | peer (s) | peer/occam | final iterates differ by "
    "| command |\n|---|---|---|---|---|---|---|---|"
)


def fail(message):
    print("bin/bench --peer: " + message, file=sys.stderr)
    sys.exit(2)


def need(module, why):
    try:
        __import__(module)
    except ImportError:
        fail(f"{why} needs the Python package {module} (pip install {module})")


def parse(line):
    fields = dict(part.split("=", 1) for part in line.split())
    return float(fields["seconds"]), Decimal(fields["sum"]), Decimal(fields["norm"])


def last_line(command):
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        fail("failed: " + " ".join(map(str, command)))
    lines = done.stdout.strip().splitlines()
    return lines[-1] if lines else ""


def java(*args, heap=None):
    cp = os.environ.get("OCCAM_BENCH_CP")
    if not cp:
        fail("OCCAM_BENCH_CP is not set: run this through bin/bench --peer")
    options = [f"-Xmx{heap}"] if heap else []
    return ["java", *options, "-cp", cp, "dev.occam.bench.PeerCase", *map(str, args)]


def data(kind, n, d):
    folder = os.path.join(ROOT, "target", "peer", f"{kind}-{n}x{d}-seed{SEED}")
    if not os.path.exists(os.path.join(folder, "y.npy")):
        last_line(java("data", kind, n, d, SEED, folder))
    return folder


def step(kind, folder):
    """ETA as a short decimal, so both sides parse the same double: 1 / ||Z||_F^2 for cls (at most
    1 / lambda_max of the loss's Hessian at 0, which is the largest along the run), 0.5 / (sqrt(n) +
    sqrt(d))^2 for ls (about half the stability limit 1 / sigma_max(X)^2 of Gaussian X)."""
    import numpy as np

    X = np.load(os.path.join(folder, "X.npy"))
    if kind == "cls":
        eta = 1 / float((X * X).sum())
    else:
        n, d = X.shape
        eta = 0.5 / (n**0.5 + d**0.5) ** 2
    return f"{eta:.3g}"


def side_by_side(name, shape, iters, occam_cmd, peer_cmd, command):
    rounds = int(os.environ.get("PEER_ROUNDS", "3"))
    occam, peer = [], []
    for r in range(rounds):
        o = parse(last_line(occam_cmd))
        p = parse(last_line(peer_cmd))
        occam.append(o[0])
        peer.append(p[0])
        print(f"  round {r + 1}: occam {o[0]:.3f} s, peer {p[0]:.3f} s", flush=True)
    getcontext().prec = 60
    diff = max(abs(o[1] - p[1]) / max(abs(p[1]), Decimal(1e-300)), abs(o[2] - p[2]) / p[2])
    mo, mp = statistics.median(occam), statistics.median(peer)
    ratio = mp / mo
    print(f"  occam: sum {o[1]}, norm {o[2]}")
    print(f"  peer:  sum {p[1]}, norm {p[2]}")
    print(
        f"  median occam {mo:.3f} s, peer {mp:.3f} s, peer/occam {ratio:.2f} "
        f"({'occam' if ratio > 1 else 'peer'} faster); final iterates differ by {float(diff):.1e}"
    )
    per = f" ({mo / iters * 1e6:.3g} / {mp / iters * 1e6:.3g} us per iteration)"
    print(f"  per iteration: occam / peer{per}")
    row = (
        f"| {name} | {shape} | {iters:,} | {mo:.3g} | {mp:.3g} | {ratio:.2f} | {float(diff):.0e} "
        f"| `{command}` |"
    )
    return row


def shn18(n, d, iters):
    need("numpy", "shn18")
    folder = data("cls", n, d)
    eta = step("cls", folder)
    variant = os.environ.get("PEER_NUMPY_VARIANT", "plain")
    print(
        f"shn18 {n}x{d}, {iters} iterations, step {eta}: occam double vs numpy ({variant})",
        flush=True,
    )
    return side_by_side(
        "shn18",
        f"{n} x {d}",
        iters,
        java("run", "cls", 16, iters, eta, folder),
        [sys.executable, PEER, "numpy", "cls", str(iters), eta, folder, "--variant", variant],
        f"bin/bench --peer shn18 {n} {d} {iters}",
    )


def ls(n, d, iters):
    need("numpy", "ls")
    folder = data("ls", n, d)
    eta = step("ls", folder)
    print(f"ls {n}x{d}, {iters} iterations, step {eta}: occam double vs numpy", flush=True)
    # occam's Values of 10^7 entries need some 6 GB while the problem is built
    heap = "3g" if n * d > 2_000_000 else None
    return side_by_side(
        "ls",
        f"{n} x {d}",
        iters,
        java("run", "ls", 16, iters, eta, folder, heap=heap),
        [sys.executable, PEER, "numpy", "ls", str(iters), eta, folder],
        f"bin/bench --peer ls {n} {d} {iters}",
    )


def precise(name, digits, iters):
    need("numpy", name)
    need("mpmath", name)
    folder = data("cls", 8, 2)
    eta = step("cls", folder)
    print(
        f"{name} 8x2, {iters} iterations, step {eta}: occam at {digits} digits vs mpmath "
        f"dps={digits}",
        flush=True,
    )
    return side_by_side(
        name,
        "8 x 2",
        iters,
        java("run", "cls", digits, iters, eta, folder),
        [sys.executable, PEER, "mpmath", "cls", str(digits), str(iters), eta, folder],
        f"bin/bench --peer {name} {iters}",
    )


def catalogue():
    rounds = int(os.environ.get("PEER_ROUNDS", "3"))
    occam = os.path.join(ROOT, "bin", "occam")
    command = [occam, "check", "--no-report", "theorems/"]
    subprocess.run(command, cwd=ROOT, capture_output=True)  # builds the jar and CDS archive once
    times = []
    print("catalogue: bin/occam check --no-report theorems/", flush=True)
    for r in range(rounds):
        start = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        print(f"  round {r + 1}: {times[-1]:.1f} s (exit {done.returncode})", flush=True)
    m = statistics.median(times)
    print(f"  median {m:.1f} s")
    specs = len(spec_files())
    return f"| catalogue | {specs} specs | | {m:.3g} | | | | `bin/bench --peer catalogue` |"


def spec_files():
    found = []
    for base, _, files in os.walk(os.path.join(ROOT, "theorems")):
        found += [os.path.join(base, f) for f in files if f.endswith(".yaml")]
    return found


def one(case, args):
    if case == "shn18" and len(args) == 3:
        return shn18(*args)
    if case == "ls" and len(args) == 3:
        return ls(*args)
    if case in ("dd32", "mp50") and len(args) <= 1:
        default = dict(ALL)[case][0]
        return precise(case, 32 if case == "dd32" else 50, args[0] if args else default)
    if case == "catalogue" and not args:
        return catalogue()
    print(__doc__, file=sys.stderr)
    sys.exit(2)


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        args = [int(a.replace("_", "")) for a in argv[1:]]
    except ValueError:
        print(__doc__, file=sys.stderr)
        return 2
    cases = ALL if argv[0] == "all" and not args else [(argv[0], args)]
    rows = [one(case, a) for case, a in cases]
    print()
    print(HEADER)
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
