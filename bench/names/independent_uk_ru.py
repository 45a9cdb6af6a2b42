#!/usr/bin/env python3
"""Builds an independent check set of Ukrainian/Russian name forms from data others made (standard library only).

Source: dchaplinsky/names-translator (MIT licence), file data-src/legacy_ua2ru.csv at commit 73dc7d4: 19,807
Ukrainian name words (surnames, given names, patronymics) from Ukrainian officials' asset declarations, each with the
Russian form its authors recorded (columns uk,ru,count; count 2 = their primary translation). The names-translator
repository is not part of Nadiya; fetch it and point this script at the file:

    python3 bench/names/independent_uk_ru.py legacy_ua2ru.csv > /tmp/uk-ru-pairs.csv
    ./nadiya match pairs --input /tmp/uk-ru-pairs.csv --out /tmp/uk-ru-scored.csv
    python3 ../shared/data/names/score.py /tmp/uk-ru-pairs.csv /tmp/uk-ru-scored.csv

Each person is composed of three of those words: a word as surname, a word as the other name, a patronymic
(-ович/-івна/...). A positive pairs the Ukrainian spelling (`Surname Name Patronymic`) with the Russian forms in
another order (`Name Patronymic Surname` or `Surname, Name Patronymic`); hard negatives keep the surname and change
the other two, or keep name and patronymic and change the surname; random negatives pair two persons. Seeded (19),
1,000 positives and 1,000 negatives. The words are real Ukrainian names and their Russian forms as their authors
wrote them; the persons are composed, so the set checks Ukrainian-Russian forms (Cyrillic to Cyrillic), not press
renderings.
"""
import csv
import random
import re
import sys

PATRONYMIC = re.compile('(ович|евич|івна|ївна|йович)$')
WORD_UK = re.compile("[А-ЯІЇЄҐа-яіїєґ'’-]+")
WORD_RU = re.compile('[А-Яа-яЁё-]+')


def cap(word):
    return '-'.join(p[:1].upper() + p[1:].lower() for p in word.split('-'))


def main():
    rows = [r for r in csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')) if r['count'] == '2']
    patronymics = [(cap(r['uk']), cap(r['ru'])) for r in rows
                   if PATRONYMIC.search(r['uk'].lower()) and WORD_UK.fullmatch(r['uk']) and WORD_RU.fullmatch(r['ru'])]
    words = [(cap(r['uk']), cap(r['ru'])) for r in rows
             if not re.search('(вна|вич)$', r['uk'].lower()) and WORD_UK.fullmatch(r['uk']) and WORD_RU.fullmatch(r['ru'])
             and len(r['uk']) > 2]
    random.seed(19)

    def person():
        return random.choice(words), random.choice(words), random.choice(patronymics)

    def uk(p):
        return f'{p[0][0]} {p[1][0]} {p[2][0]}'

    def ru(p):
        return f'{p[1][1]} {p[2][1]} {p[0][1]}' if random.random() < 0.5 else f'{p[0][1]}, {p[1][1]} {p[2][1]}'

    out = csv.writer(sys.stdout, lineterminator='\n')
    out.writerow(['left', 'right', 'label'])
    pairs = []
    for _ in range(1000):
        p = person()
        pairs.append((uk(p), ru(p), 1))
    for i in range(1000):
        p = person()
        if i % 3 == 0:
            q = (p[0], random.choice(words), random.choice(patronymics))
        elif i % 3 == 1:
            q = (random.choice(words), p[1], p[2])
        else:
            q = person()
        if q != p:
            pairs.append((uk(p), ru(q), 0))
    random.shuffle(pairs)
    for row in pairs:
        out.writerow(row)


if __name__ == '__main__':
    main()
