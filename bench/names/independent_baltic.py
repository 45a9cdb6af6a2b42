#!/usr/bin/env python3
"""Builds an independent name-pair set from the Estonian and Latvian parliaments' names (standard library only).

Source: everypolitician/everypolitician-data (CC0; the names are Wikidata labels, CC0), `names.csv` of
data/Estonia/Riigikogu (stored version 031c8d7d) and data/Latvia/Saeima (stored version 01443712), transcribed
into bench/names/everypolitician/ with the rows in Latin and Cyrillic script only (see its README).
Nothing of the scorer was fitted on these names; they were read first when this set was made (2026-12-07).

    python3 bench/names/independent_baltic.py > /tmp/baltic-pairs.csv
    ./nadiya match pairs --input /tmp/baltic-pairs.csv --out /tmp/baltic-scored.csv
    python3 ../shared/data/names/score.py /tmp/baltic-pairs.csv /tmp/baltic-scored.csv

What it checks: the same person's name as the Baltic, Polish, German, … press and the Russian, Ukrainian and
Belarusian Wikipedias write it — Estonian and Latvian names in Cyrillic (`Таави Рыйвас` / `Taavi Rõivas`), and the
Russian names of Russian-speaking members in Latvian, Estonian and Polish spelling (`Siergiej Dołgopołow` /
`Sergejs Dolgopolovs` / `Долгополов, Сергей Леонидович`). A person is an EveryPolitician id.

Pairs: every two spellings of one person that differ in more than case, punctuation or word order (at most 10 a
person, seeded); as many negatives, 60 % hard — two persons with the same or a similar first word or last word
(similar: a crude Latin skeleton with edit similarity ≥ 0.7) — and 40 % random. Seed 22. Dropped before pairing:
one-word names, names with a parenthesised disambiguator or a title (`MEP`), spellings listed under two ids.
Labels come from the ids: a few positives are a name changed by marriage or a pseudonym (`Elīna Treija` /
`Elīna Siliņa`), which no name matcher should match; they are kept.
"""
import csv
import difflib
import os
import random
import re
import sys
import unicodedata
from collections import defaultdict
from itertools import combinations

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'everypolitician')
FILES = {'Estonia': 'estonia-riigikogu.csv', 'Latvia': 'latvia-saeima.csv'}
CRUDE = dict(zip('абвгґдеєжзиіїйклмнопрстуўфхцчшщъыьэюяё',
                 ['a', 'b', 'v', 'g', 'g', 'd', 'e', 'ie', 'zh', 'z', 'i', 'i', 'i', 'i', 'k', 'l', 'm', 'n', 'o',
                  'p', 'r', 's', 't', 'u', 'u', 'f', 'h', 'ts', 'ch', 'sh', 'shch', '', 'y', '', 'e', 'iu', 'ia',
                  'e']))


def skeleton(word):
    word = ''.join(CRUDE.get(c, c) for c in word.lower())
    word = unicodedata.normalize('NFKD', word)
    return re.sub('[^a-z]', '', word)


def words(name):
    return [w for w in re.split(r'[\s,]+', name) if w]


def same_but_form(a, b):
    def form(x):
        return sorted(re.sub(r'\W', '', w.casefold()) for w in words(x))
    return form(a) == form(b)


def persons():
    spellings = defaultdict(set)
    ids_of = defaultdict(set)
    for legislature, file in FILES.items():
        with open(os.path.join(HERE, file), encoding='utf-8', newline='') as f:
            for row in csv.DictReader(f):
                name = row['name'].strip()
                if len(words(name)) < 2 or '(' in name or re.search(r'\bMEP\b', name):
                    continue
                spellings[(legislature, row['id'])].add(name)
                ids_of[name].add((legislature, row['id']))
    return {pid: sorted(n for n in names if len(ids_of[n]) == 1) for pid, names in spellings.items()}


def main():
    random.seed(22)
    people = {pid: names for pid, names in persons().items() if names}
    ids = sorted(people)
    rows = []
    for pid in ids:
        pairs = [(a, b) for a, b in combinations(people[pid], 2) if not same_but_form(a, b)]
        random.shuffle(pairs)
        rows += [(a, b, 1, pid[0]) for a, b in pairs[:10]]
    positives = len(rows)

    def first_last(name):
        ws = words(name)
        return skeleton(ws[0]), skeleton(ws[-1])

    hard = []
    for p, q in combinations(ids, 2):
        if p[0] != q[0] and random.random() < 0.5:
            continue
        a, b = random.choice(people[p]), random.choice(people[q])
        (fa, la), (fb, lb) = first_last(a), first_last(b)
        if {fa, la} & {fb, lb} or max(difflib.SequenceMatcher(None, x, y).ratio()
                                      for x in (fa, la) for y in (fb, lb)) >= 0.7:
            hard.append((a, b, 0, p[0] if p[0] == q[0] else 'both'))
    random.shuffle(hard)
    rows += hard[:int(positives * 0.6)]
    while len(rows) < 2 * positives:
        p, q = random.sample(ids, 2)
        rows.append((random.choice(people[p]), random.choice(people[q]), 0, p[0] if p[0] == q[0] else 'both'))
    random.shuffle(rows)
    out = csv.writer(sys.stdout, lineterminator='\n')
    out.writerow(['left', 'right', 'label', 'legislature'])
    for a, b, label, legislature in rows:
        out.writerow([a, b, label, legislature] if random.random() < 0.5 else [b, a, label, legislature])


if __name__ == '__main__':
    main()
