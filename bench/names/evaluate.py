#!/usr/bin/env python3
"""Evaluates name-pair scores against the development set (standard library only).

    ./nadiya match pairs --input ../shared/data/names/names-dev-pairs.csv --out /tmp/scored.csv
    python3 bench/names/evaluate.py ../shared/data/names/names-dev-pairs.csv /tmp/scored.csv [--baseline]

Prints, for the whole set, the tuning part and the held-out part (split below): precision, recall and F1 of
the `match` column, F1 by language-pair kind (Cyrillic-Latin, Latin-Latin, Cyrillic-Cyrillic), and a
reliability table of `score` (does a pair scored 0.9 turn out the same person about 90 % of the time?).
With --baseline it also scores the same rows with the data set's baseline.py (its threshold fitted on the
tuning part only, then applied to each part), so the two can be read side by side.

Held-out split: names joined by positive pairs form a person; 30 % of persons, chosen by a hash of the
person's alphabetically first spelling, are held out with every positive pair of theirs and every negative
pair whose alphabetically first name is theirs. Nothing (rules, constants, the threshold, the calibration)
is tuned on the held-out part; it is evaluated once a change is settled.
"""
import csv
import hashlib
import os
import re
import sys
from collections import defaultdict


def held_out_flags(rows):
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in rows:
        a, b = find(r['left']), find(r['right'])
        if r['label'] == '1' and a != b:
            parent[max(a, b)] = min(a, b)
    first = defaultdict(lambda: None)
    for name in list(parent):
        root = find(name)
        if first[root] is None or name < first[root]:
            first[root] = name

    def held(name):
        return int(hashlib.sha256(first[find(name)].encode('utf-8')).hexdigest()[:8], 16) % 10 < 3

    return [held(r['left']) if r['label'] == '1' else held(min(r['left'], r['right'])) for r in rows]


def kind(left, right):
    cyr = [bool(re.search('[\u0400-\u04ff]', x)) for x in (left, right)]
    return 'Cyrl-Latn' if cyr[0] != cyr[1] else ('Cyrl-Cyrl' if cyr[0] else 'Latn-Latn')


def prf(items):
    tp = sum(1 for g, t in items if g and t)
    fp = sum(1 for g, t in items if g and not t)
    fn = sum(1 for g, t in items if t and not g)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp, fp, fn


def report(title, rows, got):
    print(f'## {title}: {len(rows)} pairs, {sum(r["label"] == "1" for r in rows)} same person')
    p, r, f, tp, fp, fn = prf([(g, x['label'] == '1') for g, x in zip(got, rows)])
    print(f'   all        P {p:.4f}  R {r:.4f}  F1 {f:.4f}   (fp {fp}, fn {fn})')
    for k in ('Cyrl-Latn', 'Latn-Latn', 'Cyrl-Cyrl'):
        sub = [(g, x['label'] == '1') for g, x in zip(got, rows) if kind(x['left'], x['right']) == k]
        p, r, f, tp, fp, fn = prf(sub)
        print(f'   {k:10} P {p:.4f}  R {r:.4f}  F1 {f:.4f}   ({len(sub)} pairs, fp {fp}, fn {fn})')


def reliability(title, scores, truth):
    print(f'   reliability ({title}): score band, pairs, share same person, mean score')
    bands = [(0.0, 0.1), (0.1, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 0.99),
             (0.99, 1.01)]
    for lo, hi in bands:
        sel = [(s, t) for s, t in zip(scores, truth) if lo <= s < hi]
        if sel:
            share = sum(t for _, t in sel) / len(sel)
            mean = sum(s for s, _ in sel) / len(sel)
            print(f'     [{lo:.2f}, {min(hi, 1.0):.2f}{"]" if hi > 1 else ")"}  {len(sel):5}  {share:.3f}  {mean:.3f}')


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if len(args) != 2:
        sys.exit(__doc__)
    truth_rows = list(csv.DictReader(open(args[0], encoding='utf-8', newline='')))
    scored = list(csv.DictReader(open(args[1], encoding='utf-8', newline='')))
    if len(scored) != len(truth_rows):
        sys.exit(f'{args[1]}: {len(scored)} rows, expected {len(truth_rows)}')
    held = held_out_flags(truth_rows)
    got = [s['match'].strip().lower() == 'true' for s in scored]
    scores = [float(s['score']) for s in scored]
    parts = [('whole set', [True] * len(truth_rows)), ('tuning part', [not h for h in held]),
             ('held-out part', held)]
    for title, mask in parts:
        rows = [r for r, m in zip(truth_rows, mask) if m]
        report(title, rows, [g for g, m in zip(got, mask) if m])
        reliability(title, [s for s, m in zip(scores, mask) if m],
                    [r['label'] == '1' for r, m in zip(truth_rows, mask) if m])
    if '--baseline' in sys.argv:
        sys.path.insert(0, os.path.dirname(os.path.abspath(args[0])))
        import baseline
        base = [baseline.score(r['left'], r['right']) for r in truth_rows]
        f1, t, _, _ = baseline.best_threshold([(s, int(r['label'])) for s, r, h in zip(base, truth_rows, held) if not h])
        print(f'\n# baseline.py, threshold {t:.4f} fitted on the tuning part')
        for title, mask in parts:
            rows = [r for r, m in zip(truth_rows, mask) if m]
            report(title, rows, [s >= t for s, m in zip(base, mask) if m])


if __name__ == '__main__':
    main()
