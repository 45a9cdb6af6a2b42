#!/usr/bin/env python3
"""Fits the name score's calibration: a logistic model over the scorer's evidence (standard library only).

    ./nadiya match pairs --input ../shared/data/names/names-dev-pairs.csv --out /tmp/features.csv --features
    python3 bench/names/calibrate.py ../shared/data/names/names-dev-pairs.csv /tmp/features.csv [PRECISION]

Fits on the tuning part only (the held-out split of evaluate.py is never read for fitting), by Newton's method
with a small ridge penalty (1e-3, intercept unpenalised). Then picks the threshold: the lowest score at which the
tuning part's pairs scoring at least that are the same person with the stated precision (default 0.995).
Prints the intercept, weights and threshold as Java for match/.../names/Calibration.java.
"""
import csv
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate import held_out_flags  # noqa: E402

# The model's inputs, made from the evidence columns: the words' agreement (half the mean, half the weakest word
# pair), how far the patronymics fall below 0.8, a patronymic on one side only, words without a counterpart.
INPUTS = ['words', 'patronymic_below_08', 'one_patronymic', 'unpaired']
RIDGE = 1e-3
# Signs the inputs must keep, so that the score never falls when the words agree more: an input whose fitted weight
# takes the wrong sign is left out (weight 0) and the model refitted.
SIGNS = {'words': 1, 'patronymic_below_08': -1, 'unpaired': -1}
# Rows decided by a fixed rule, not by the model: one word compared, an initial or a diminutive (Calibration.WEAK_CAP).
RULED = ('one_word', 'weak', 'empty')
WEAK_CAP = 0.5


def inputs(row):
    return [(float(row['mean']) + float(row['weakest'])) / 2, float(row['patronymic_below_08']),
            float(row['one_patronymic']), float(row['unpaired'])]


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[col][col]:
                f = m[r][col] / m[col][col]
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def fit(xs, ys, iterations=50):
    k = len(xs[0]) + 1
    w = [0.0] * k
    for _ in range(iterations):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y in zip(xs, ys):
            v = [1.0] + x
            z = sum(wi * vi for wi, vi in zip(w, v))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for i in range(k):
                grad[i] += (p - y) * v[i]
                for j in range(k):
                    hess[i][j] += p * (1 - p) * v[i] * v[j]
        for i in range(1, k):
            grad[i] += RIDGE * w[i]
            hess[i][i] += RIDGE
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    precision = float(sys.argv[3]) if len(sys.argv) > 3 else 0.995
    truth = list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))
    rows = list(csv.DictReader(open(sys.argv[2], encoding='utf-8', newline='')))
    held = held_out_flags(truth)
    fitted = [not h and not any(float(r[f]) for f in RULED) for r, h in zip(rows, held)]
    xs = [inputs(r) for r, use in zip(rows, fitted) if use]
    ys = [int(t['label']) for t, use in zip(truth, fitted) if use]
    active = list(range(len(INPUTS)))
    while True:
        sub = fit([[x[i] for i in active] for x in xs], ys)
        wrong = [i for i, v in zip(active, sub[1:]) if SIGNS.get(INPUTS[i], 0) * v < 0]
        if not wrong:
            break
        worst = max(wrong, key=lambda i: abs(sub[1 + active.index(i)]))
        print(f'left out {INPUTS[worst]}: its weight took the wrong sign')
        active.remove(worst)
    w = [sub[0]] + [sub[1 + active.index(i)] if i in active else 0.0 for i in range(len(INPUTS))]
    probs = [1 / (1 + math.exp(-max(-30, min(30, w[0] + sum(a * b for a, b in zip(w[1:], x)))))) for x in xs]
    ranked = sorted(zip(probs, ys), reverse=True)
    tp = fp = 0
    threshold = 1.0
    for i, (p, y) in enumerate(ranked):
        tp += y
        fp += 1 - y
        if i + 1 < len(ranked) and ranked[i + 1][0] == p:
            continue
        if tp / (tp + fp) >= precision:
            threshold = p
    # Round down to 4 decimals, as the CLI prints scores.
    threshold = math.floor(threshold * 10000) / 10000
    # Never at or below the weak cap (Calibration.WEAK_CAP): a one-word name, an initial or a diminutive must not
    # match on its own, whatever the tuning part's precision allows (decision 0056).
    if threshold <= WEAK_CAP:
        print(f'threshold {threshold} is at or below the weak cap {WEAK_CAP}: raised above it')
        threshold = WEAK_CAP + 0.0001
    pos = sum(ys)
    got = [(p >= threshold, y) for p, y in zip(probs, ys)]
    tp = sum(1 for g, y in got if g and y)
    fp = sum(1 for g, y in got if g and not y)
    print(f'    tuning part: {len(ys)} pairs; at threshold {threshold}: precision {tp / (tp + fp):.4f}, '
          f'recall {tp / pos:.4f}')
    print(f'    static final double INTERCEPT = {w[0]!r};')
    print('    static final double[] WEIGHTS = {' + ', '.join(repr(round(v, 6)) for v in w[1:]) + '};')
    print(f'    static final double THRESHOLD = {threshold};')


if __name__ == '__main__':
    main()
