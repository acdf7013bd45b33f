"""What the two Python peers of the bloc benchmark share: reading a bloc
dataset folder with bloc's time rule, and the command line that runs one
peer's yearly analysis over the years and prints the per-year digests
(bench/README.md). Only the graph work differs between the peers, and it
stays in each peer's own script.
"""

import argparse
import csv
import hashlib
import os
import sys

ROLES = {"member", "associate", "observer"}
OPEN = 10 ** 9


def read_table(path, columns, optional=()):
    """Rows of a CSV file as tuples of the named columns, in that order. The
    `optional` columns may be missing; they read as empty then."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = csv.reader(f)
        header = next(rows)
        try:
            idx = [header.index(c) for c in columns]
        except ValueError as e:
            sys.exit("%s: missing column (%s)" % (path, e))
        idx += [header.index(c) if c in header else None for c in optional]
        return [tuple(row[i] if i is not None else "" for i in idx)
                for row in rows if row]


def year_of(text, default):
    return int(text[:4]) if text else default


def span(sinces, untils):
    """Active years [first, end) from since and until texts: the latest since
    and the earliest until win, and an interval that begins and ends in the
    same year counts in that year (bloc's time rule, docs/data-format.md)."""
    firsts = [year_of(s, None) for s in sinces if s]
    ends = [year_of(u, None) for u in untils if u]
    first = max(firsts) if firsts else -OPEN
    end = min(ends) if ends else OPEN
    if end == first:
        end = first + 1
    return first, end


def load(folder):
    """Participation ties as (country, organization, first, end) years, and
    the years each entity exists. A tie is active only while both of its
    entities exist."""
    entities = read_table(os.path.join(folder, "entities.csv"), ("id", "kind"),
                          ("since", "until"))
    kind = {e: k for e, k, _, _ in entities}
    life = {e: (s, u) for e, _, s, u in entities}
    exists = {e: span([s], [u]) for e, (s, u) in life.items()}
    ties = []
    for src, dst, role, since, until in read_table(
            os.path.join(folder, "ties.csv"), ("from", "to", "role"),
            ("since", "until")):
        if (role in ROLES and kind.get(src) == "country"
                and kind.get(dst) == "organization"):
            first, end = span([since, life[src][0], life[dst][0]],
                              [until, life[src][1], life[dst][1]])
            ties.append((src, dst, first, end))
    return ties, exists


def year_range(text):
    first, _, last = text.partition("-")
    return range(int(first), int(last or first) + 1)


def main(doc, analyse):
    """The command line of a peer whose docstring is `doc` and whose
    `analyse(ties, year, group)` returns (canonical text, #D, #P)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("dataset")
    ap.add_argument("--group", default="US,GB,FR,RU,CN")
    ap.add_argument("--years", type=year_range, default=year_range("1816-2014"))
    ap.add_argument("--dump", type=int, metavar="YEAR")
    a = ap.parse_args()
    group = {g.strip() for g in a.group.split(",") if g.strip()}

    ties, exists = load(a.dataset)

    def members(year):
        """The group members that exist in `year`."""
        return {m for m in group
                if m in exists and exists[m][0] <= year < exists[m][1]}

    if a.dump is not None:
        sys.stdout.write(analyse(ties, a.dump, members(a.dump))[0])
        return
    for year in a.years:
        text, n_d, n_p = analyse(ties, year, members(year))
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        sys.stdout.write("%d %d %d %s\n" % (year, n_d, n_p, digest))
        sys.stdout.flush()       # so a run cut short by a timeout shows its progress
