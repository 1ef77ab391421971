#!/usr/bin/env python3
"""The loop of src/test/java/dev/occam/bench/ClassificationBench.java (constantStep) in mpmath.

Gradient descent with a constant step on the exponential loss L(w) = sum_n exp(-z_n . w) of the
benchmark's seeded separable 16 x 2 data (z_n = y_n x_n, the same doubles, written exactly as hex
floats; Java's Random(42) produced them), from w0 = 0 with step 0.01 (the double nearest 0.01, as
StepSize.constant(0.01) holds it):

    margins m_n = z_n . w,  weights e_n = exp(-m_n),  grad = -sum_n e_n z_n,  w -= eta * grad

Usage: python3 bench/classification_mpmath.py [iterations (default 10^6)] [digits (default 50)]
Prints microseconds per iteration of the loop (wall clock, and this process's CPU time, which a
shared machine disturbs less) and the final iterate.
"""
import sys
import time

from mpmath import mp, mpf, exp, fsum

DATA = [  # (x_1, x_2, y), exactly ClassificationBench.data()
    ("0x1.9e9c5f71d1ff4p0", "0x1.1131ecec05b6ap0", 1),
    ("-0x1.6d72ed0dbe2dp0", "-0x1.41375250889c6p0", -1),
    ("0x1.846d3bae546b4p-1", "0x1.aa2e176198249p-1", 1),
    ("-0x1.4b7de3631a851p0", "-0x1.8b5e0736229ap0", -1),
    ("0x1.259ae7e6facb2p-2", "0x1.a24c1646a763bp0", 1),
    ("0x1.47ac77a9fd3a2p0", "0x1.ae08a57eab3bcp-6", 1),
    ("0x1.e35f66e760d8ep0", "-0x1.f84ac207e6ff2p-2", 1),
    ("-0x1.aff3b9b103f52p0", "0x1.a5e2111ce0e17p-3", -1),
    ("-0x1.efa00a974cafdp-1", "0x1.9ca1ec2287922p-2", -1),
    ("-0x1.ae6462713e378p0", "0x1.62d407a318ddfp-3", -1),
    ("0x1.03b03d2677f43p1", "0x1.2c2e4102642b3p-1", 1),
    ("0x1.eb24f40396362p-1", "0x1.aada26059ca27p0", 1),
    ("-0x1.824dd2102de7ap-1", "-0x1.da850c57a1929p-3", -1),
    ("0x1.bbc6bce9d5d16p0", "-0x1.6b8bc603d0437p-3", 1),
    ("-0x1.4d4a7153e3fa8p-1", "-0x1.00cfebcc24ffbp1", -1),
    ("0x1.e6c713fc0bb1cp0", "-0x1.37498ae6a5c44p0", 1),
]


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    mp.dps = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    z = [(mpf(float.fromhex(a)) * y, mpf(float.fromhex(b)) * y) for a, b, y in DATA]
    eta = mpf(0.01)
    w0 = mpf(0)
    w1 = mpf(0)
    start = time.perf_counter()
    cpu = time.process_time()
    for _ in range(iterations):
        e = [exp(-(z0 * w0 + z1 * w1)) for z0, z1 in z]
        g0 = -fsum(en * zn[0] for en, zn in zip(e, z))
        g1 = -fsum(en * zn[1] for en, zn in zip(e, z))
        w0 -= eta * g0
        w1 -= eta * g1
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    print(f"mpmath {mp.dps} digits, {len(z)} x 2 data, {iterations} iterations: "
          f"{elapsed / iterations * 1e6:.1f} us per iteration wall, "
          f"{cpu / iterations * 1e6:.1f} us CPU ({elapsed:.1f} s)")
    print(f"w = ({mp.nstr(w0, 30)}, {mp.nstr(w1, 30)})")


if __name__ == "__main__":
    main()
