#!/usr/bin/env python3
"""Scores `./nadiya flow analyze` output on the AMLSim development set's two halves (standard library only).

    python3 halves.py TRUTH.csv ALERTS.json

The truth groups are split by their alert id: even ids are the tuning half, odd ids the held-out half (the
split was fixed before any tuning; nothing is fitted to either). Per half: group recall over the seven structural
typologies (a group is found when at least half of its accounts are in alerts, as in score.py) and account
precision as if only that half's groups existed (accounts of the other half's groups are left out of the flagged
set; accounts in no group count against both halves).
"""
import csv, json, sys, collections
truth, alerts = sys.argv[1], sys.argv[2]
groups, kind = collections.defaultdict(set), {}
for r in csv.DictReader(open(truth)):
    groups[int(r['alert_id'])].add(r['account']); kind[int(r['alert_id'])] = r['alert_type']
rep = json.load(open(alerts)); flagged = {a for x in rep['alerts'] for a in x['accounts']}
for name, par in (('tuning (even ids)', 0), ('held-out (odd ids)', 1)):
    gs = [g for g in groups if g % 2 == par and kind[g] != 'random']
    members = set().union(*[groups[g] for g in groups if g % 2 == par])
    others = set().union(*[groups[g] for g in groups if g % 2 != par])
    found = collections.Counter(); total = collections.Counter()
    for g in gs:
        total[kind[g]] += 1
        if len(groups[g] & flagged) >= 0.5 * len(groups[g]): found[kind[g]] += 1
    f = flagged - others  # precision within the half: accounts of the other half's groups are left out
    print(f"{name}: recall {sum(found.values())}/{sum(total.values())} = {sum(found.values())/sum(total.values()):.2f};",
          ' '.join(f"{k} {found[k]}/{total[k]}" for k in sorted(total)),
          f"; precision {len(f & members)/max(1,len(f)):.2f} ({len(f)} flagged)")
