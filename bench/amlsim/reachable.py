#!/usr/bin/env python3
"""Upper bound on group recall for any detector whose alerts list only accounts linked by transfers to the group.

    python3 reachable.py TRANSACTIONS.csv TRUTH.csv

For each group: its accounts that take part in a transfer with another account of the same group. A group can be
"found" (at least half of its accounts flagged) by such a detector only if those are at least half of it.
"""
import collections
import csv
import sys


def main(transactions, truth):
    groups, kind = collections.defaultdict(set), {}
    for row in csv.DictReader(open(truth, encoding="utf-8")):
        groups[row["alert_id"]].add(row["account"])
        kind[row["alert_id"]] = row["alert_type"]
    member = {a: g for g, accounts in groups.items() for a in accounts}
    linked = collections.defaultdict(set)
    for row in csv.DictReader(open(transactions, encoding="utf-8")):
        a, b = row["from_account"], row["to_account"]
        if a in member and member.get(b) == member[a]:
            linked[member[a]] |= {a, b}
    reachable = collections.Counter()
    total = collections.Counter()
    for g, accounts in groups.items():
        total[kind[g]] += 1
        if len(linked[g]) >= 0.5 * len(accounts):
            reachable[kind[g]] += 1
    for k in sorted(total):
        print(f"{k:16s} groups whose linked members are at least half: {reachable[k]:3d} / {total[k]:3d}")
    structural = [k for k in total if k != "random"]
    r, t = sum(reachable[k] for k in structural), sum(total[k] for k in structural)
    print(f"{'seven structural':16s} upper bound on group recall: {r} / {t} = {r / t:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
