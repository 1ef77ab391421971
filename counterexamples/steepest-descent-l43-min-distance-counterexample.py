#!/usr/bin/env python3
# Reproduces a failing claim of occam without occam: plain python3 and numpy (docs/reproducer.md).
#
# spec:     steepest-descent-l43-min-distance-counterexample
#           (counterexamples/steepest-descent-l43-min-distance-counterexample.yaml): Counterexample
#           to the conjecture: steepest descent in l_4/3 reaches the minimum-l_4/3 interpolant
# point:    the spec's only point
# claim:    limit (claims[0]), tolerance 1e-6
# occam:    FAILS on proved-bound evidence; gap (the claim's error) 0.17895088875474563, bound
#           2.729329412430592E-14
#           distance of the limit to the prediction is in [0.179, 0.179], gap at least 0.179 >
#           tolerance 1e-6
# run:      12407 iterations in double (16 digits), stopped: floor
# occam's last iterate: -0.7855715450946006, -0.214428454905375, -0.2144284549053845
#
# gap = ||w_T - w*||_2, the Euclidean distance of the last iterate w_T to the prediction w*, as
# occam's limit claim measures it (in l2, whatever the norm of the method or of the prediction).
# This script runs in float64, so its gap agrees with occam's to about 6 significant digits, not to
# the last digit: the roundings of the run differ (the order of sums in products).

from fractions import Fraction

import numpy as np


def number(text):
    """An exact number as the spec writes it ("1/3", "0.1"), rounded once to float64."""
    return float(Fraction(text))


def show(name, v):
    print(f"{name:<11}= [" + ", ".join(f"{x:.17g}" for x in v) + "]")


# The problem, the start and the update of this sweep point, as occam runs them
# least squares: L(w) = sum_i (x_i.w - y_i)^2 (no 1/2), grad L = 2 X^T (X w - y)
X = np.array([[number("0"), number("-1"), number("1")],
    [number("1"), number("0"), number("1")]])
y = np.array([number("0"), number("-1")])


def gradient(w):
    return 2.0 * (X.T @ (X @ w - y))


# the start, as the spec gives it
w0 = np.array([number("0"), number("0"), number("0")])

# lp:4/3 (1 < p < inf), dual exponent q = p/(p-1); formed in units of m = ||g||_inf as
# occam does: -m ||u||_q^(2-q) sign(g) u^(q-1) with u = |g|/m
q = number("4")
q_minus_one = number("3")
two_minus_q = number("-2")
inverse_q = number("1/4")


def direction(g):
    m = np.max(np.abs(g))
    if m == 0:
        return np.zeros_like(g)
    u = np.abs(g) / m
    unit_norm = np.sum(u ** q) ** inverse_q
    return np.sign(g) * u ** q_minus_one * -(m * unit_norm ** two_minus_q)


# steepest descent in lp:4/3: w <- w + eta direction(grad L(w))
eta = 0.002


def run(iterations):
    w = w0.copy()
    for t in range(iterations):
        w = w + eta * direction(gradient(w))
    return w


# The run occam reports (12407 iterations), and the prediction copied from its result
w = run(12407)
prediction = np.array([number("-0.888888888888888888888888888888888905739"), number("-0.1111111111111111111111111111111111132174"), number("-0.1111111111111111111111111111111111132174")])
show("iterate", w)
show("prediction", prediction)
gap = np.linalg.norm(w - prediction)
print(f"gap = {gap:.11e}")


# Why the run and the prediction are what they are
# Checks without occam. The run ends at an interpolant (a minimizer of L):
print(f"interpolation residual of the iterate ||X w_T - y|| = {np.linalg.norm(X @ w - y):.3e}")
# The min-l_P-distance interpolant w* is the one point with X w* = y and
# sign(w* - w0) |w* - w0|^(P-1) in the row space of X (the KKT conditions of
# min 1/P ||w - w0||_P^P subject to X w = y); both residuals are at rounding level
# (~1e-15) when the prediction is right.
P = number("4/3")
kkt = np.sign(prediction - w0) * np.abs(prediction - w0) ** (P - 1)
coefficients = np.linalg.lstsq(X.T, kkt, rcond=None)[0]
interpolation = np.linalg.norm(X @ prediction - y)
row_space = np.linalg.norm(X.T @ coefficients - kkt) / max(np.linalg.norm(kkt), 1e-300)
print(f"interpolation residual of the prediction ||X w* - y|| = {interpolation:.3e}")
print(f"row-space residual of sign(w*-w0)|w*-w0|^(P-1) = {row_space:.3e} (relative)")
