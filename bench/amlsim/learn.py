#!/usr/bin/env python3
"""Learning from verdicts on the AMLSim development set, measured on groups it never saw (standard library only).

    python3 learn.py labels TRUTH.csv TRANSACTIONS.csv OUTDIR
        writes OUTDIR/labels-even.csv and OUTDIR/labels-odd.csv (account,label,group) for `./nadiya flow learn`:
        the members of the groups with even (odd) alert ids are confirmed, with their group; the active accounts in
        no group are split into the two halves by a hash of the account (not by its number) and dismissed. Members
        of all eight typologies count (the random ones too: they launder). Only active accounts are labelled.
    python3 learn.py topk TRUTH.csv RANKED.json HALF
        precision at the top 50/100 findings of `flow analyze --model` for the held-out HALF (even|odd): the other
        half's group members (the model was trained on them) are left out of the findings' accounts.

The halves are the ones bench/amlsim/halves.py fixed before any tuning; no setting of the model is chosen on either.
"""
import collections, csv, hashlib, json, os, sys


def groups_of(truth):
    groups = collections.defaultdict(set)
    for r in csv.DictReader(open(truth, encoding="utf-8")):
        groups[int(r["alert_id"])].add(r["account"])
    return groups


def half_of_account(account):
    return int(hashlib.sha256(account.encode()).hexdigest(), 16) % 2


def labels(truth, transactions, outdir):
    groups = groups_of(truth)
    active = set()
    for r in csv.DictReader(open(transactions, encoding="utf-8")):
        active.add(r["from_account"]); active.add(r["to_account"])
    members = {a: g for g, accounts in groups.items() for a in accounts}
    for name, parity in (("even", 0), ("odd", 1)):
        with open(os.path.join(outdir, f"labels-{name}.csv"), "w", encoding="utf-8") as out:
            out.write("account,label,group\n")
            n = collections.Counter()
            for a in sorted(active):
                if a in members:
                    if members[a] % 2 == parity:
                        out.write(f"{a},confirmed,group-{members[a]}\n"); n["confirmed"] += 1
                elif half_of_account(a) == parity:
                    out.write(f"{a},dismissed,{a}\n"); n["dismissed"] += 1
        print(f"labels-{name}.csv: {n['confirmed']} confirmed, {n['dismissed']} dismissed")


def topk(truth, ranked, half):
    groups = groups_of(truth)
    parity = 0 if half == "even" else 1
    mine = set().union(*[g for i, g in groups.items() if i % 2 == parity])
    others = set().union(*[g for i, g in groups.items() if i % 2 != parity])
    report = json.load(open(ranked, encoding="utf-8"))
    findings = sorted(report["findings"], key=lambda f: -float(f["score"]))
    for k in (50, 100):
        top = {a for f in findings[:k] for a in f["accounts"]} - others
        if top:
            print(f"held-out {half}: precision at top {k} findings {len(top & mine) / len(top):.2f} ({len(top)} accounts)")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "labels":
        labels(*sys.argv[2:])
    elif len(sys.argv) == 5 and sys.argv[1] == "topk":
        topk(*sys.argv[2:])
    else:
        sys.exit(__doc__)
