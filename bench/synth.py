#!/usr/bin/python3
"""Write a synthetic bloc dataset shaped like the COW IGO v3 data, K times its size.

    bench/synth.py OUT_DIR --scale K [--seed S] [--global-orgs N]

OUT_DIR gets entities.csv, ties.csv and dataset.ini (bloc dataset format,
docs/data-format.md). At scale K there are round(217*K) countries,
round(534*K) organizations and about K times the COW number of membership
spells (ties rows), over the years 1816-2014. K may be a fraction (0.05) for
quick tests. The same scale and seed always give the same bytes.

The model, calibrated on state_year_formatv3.csv.gz (see bench/README.md):

- States enter the system over time with COW's distribution by decade (23 of
  217 in 1816, bursts in the 1940s-60s and the 1990s); about 10% leave it.
  US, GB, FR, RU (1816) and CN (1860) always exist; the others are S00001...
- Organizations are founded with COW's distribution by decade; about 40%
  end before 2014.
- States sit on a ring. Each organization recruits from the 217 states
  nearest its position on the ring (at scale 1 that is every state) and
  prefers the states near its centre. Its size is skewed: about 4% are
  near-universal within their reach (most states that exist join), the rest
  have log-normal target sizes (median 19). So at scale 1 a few
  organizations take in nearly every state, as the UN does. At scale K the
  data behave like K overlapping COW-sized neighbourhoods: ties, vertices and
  projection pairs all grow about linearly with K. --global-orgs N adds N
  organizations that recruit from the whole ring. Their projections grow
  quadratically with K.
- A member joins when the organization is founded or when the state enters,
  or after a delay. It stays until the organization or the state ends. Some
  members leave early and some of those rejoin, which gives a second row for
  the same pair. Most roles are member, with some associate and observer
  ties. A few observers become members later. A few pairs have an observer
  tie that overlaps a member tie, so one pair can have two active ties in
  the same year.
- Some names contain commas and double quotes, so readers must parse RFC 4180
  quoting. Files use CRLF line ends, as RFC 4180 specifies.
"""

import argparse
import csv
import heapq
import math
import os
import random
import sys

FIRST, LAST = 1816, 2014
OPEN_END = LAST + 1          # "still active at the end of the data": empty until

COW_STATES, COW_ORGS = 217, 534
REACH = COW_STATES           # states an organization can recruit from

# COW IGO v3: states by decade of first appearance, organizations by decade of
# first year of existence (state_year_formatv3.csv.gz).
STATE_DECADES = {1810: 23, 1820: 3, 1830: 6, 1840: 7, 1850: 5, 1860: 3,
                 1870: 3, 1880: 3, 1890: 3, 1900: 5, 1910: 10, 1920: 12,
                 1930: 1, 1940: 14, 1950: 11, 1960: 44, 1970: 24, 1980: 5,
                 1990: 30, 2000: 4, 2010: 1}
ORG_DECADES = {1810: 1, 1830: 1, 1850: 1, 1860: 2, 1870: 4, 1880: 6,
               1890: 6, 1900: 19, 1910: 15, 1920: 28, 1930: 7, 1940: 44,
               1950: 53, 1960: 79, 1970: 95, 1980: 62, 1990: 71, 2000: 39,
               2010: 1}

GROUP = [("US", "United States of America", 1816),
         ("GB", "United Kingdom", 1816),
         ("FR", "France", 1816),
         ("RU", "Russia", 1816),
         ("CN", "China", 1860)]


def decade_year(rng, decades):
    decade = rng.choices(list(decades), weights=list(decades.values()))[0]
    if decade == 1810:
        return FIRST
    return rng.randint(decade, min(decade + 9, LAST))


def make_states(rng, n):
    """(id, name, entry, exit) for n states, in ring order."""
    width = max(4, len(str(n)))
    others = []
    for i in range(1, n - len(GROUP) + 1):
        sid = "S%0*d" % (width, i)
        if i % 41 == 7:
            name = 'Republic of %s, "the Union"' % sid
        elif i % 29 == 3:
            name = "%s, Federation of" % sid
        else:
            name = "State %s" % sid
        entry = decade_year(rng, STATE_DECADES)
        exit_ = OPEN_END
        if rng.random() < 0.10 and entry < LAST - 10:
            exit_ = rng.randint(entry + 5, LAST)
        others.append((sid, name, entry, exit_))
    rng.shuffle(others)
    # The great powers are neighbours on the ring, so the group shares
    # organizations at every scale.
    head = [(gid, name, entry, OPEN_END) for gid, name, entry in GROUP]
    cut = len(others) // 2
    return others[:cut] + head + others[cut:]


def org_size(rng):
    """(target size, near-universal?) of one organization."""
    if rng.random() < 0.04:
        return REACH, True
    return max(2, min(180, int(rng.lognormvariate(math.log(19), 1.0)))), False


def spell_rows(rng, sid, oid, start, end):
    """Ties rows (from, to, role, since, until) for one membership."""
    if start >= end:
        return []
    r = rng.random()
    role = "member" if r < 0.95 else ("associate" if r < 0.97 else "observer")
    spells = []
    if role == "member" and end - start > 4 and rng.random() < 0.02:
        # observer first, member later
        switch = rng.randint(start + 1, end - 2)
        spells.append(("observer", start, switch))
        start = switch
    if end - start > 6 and rng.random() < 0.12:
        # leaves early, and may come back
        leave = rng.randint(start + 1, end - 3)
        spells.append((role, start, leave))
        back = leave + 1 + int(rng.expovariate(1 / 6))
        if rng.random() < 0.4 and back < end:
            spells.append((role, back, end))
    else:
        spells.append((role, start, end))
    if role == "member" and end - start > 2 and rng.random() < 0.01:
        # an observer tie that overlaps the membership (two roles at once)
        a = rng.randint(start, end - 2)
        spells.append(("observer", a, rng.randint(a + 1, end)))
    rows = []
    for role_, since, until in spells:
        rows.append((sid, oid, role_, str(since),
                     "" if until >= OPEN_END else str(until)))
    return rows


def generate(scale, seed, global_orgs):
    rng = random.Random(seed)
    n_states = max(len(GROUP) + 1, round(COW_STATES * scale))
    n_orgs = max(1, round(COW_ORGS * scale))
    states = make_states(rng, n_states)
    reach = min(REACH, n_states)

    owidth = max(4, len(str(n_orgs + global_orgs)))
    orgs, ties = [], []
    for i in range(1, n_orgs + global_orgs + 1):
        oid = "O%0*d" % (owidth, i)
        if i % 37 == 5:
            name = 'Commission for %s, "Joint"' % oid
        elif i % 23 == 2:
            name = "%s, International Union of" % oid
        else:
            name = "Organization %s" % oid
        founded = decade_year(rng, ORG_DECADES)
        ends = OPEN_END
        if rng.random() < 0.42 and founded < LAST - 3:
            ends = min(LAST, founded + 3 + int(rng.expovariate(1 / 25)))
        orgs.append((oid, name, founded, ends))

        is_global = i > n_orgs
        size, universal = org_size(rng)
        if is_global:
            window = range(n_states)
            size, universal = n_states, True
            centre = 0
        else:
            centre = rng.randrange(n_states)
            lo = centre - reach // 2
            window = [(lo + k) % n_states for k in range(reach)]
        # states whose life overlaps the organization's
        cands = []
        for pos in window:
            sid, _, entry, exit_ = states[pos]
            if entry < ends and founded < exit_:
                off = abs(pos - centre)
                off = min(off, n_states - off)
                # states that already exist are the likely founders
                w = math.exp(-off / (0.75 * size + 5))
                if entry <= founded + 10:
                    w *= 4
                cands.append((pos, w))
        if universal:
            chosen = [pos for pos, _ in cands if rng.random() < 0.96]
        else:
            # weighted sample without replacement (Efraimidis-Spirakis),
            # favouring states near the centre
            keyed = [(rng.random() ** (1.0 / w), pos) for pos, w in cands]
            chosen = [pos for _, pos in heapq.nlargest(size, keyed)]
        for pos in sorted(chosen):
            sid, _, entry, exit_ = states[pos]
            start = max(founded, entry)
            founding = entry <= founded and rng.random() < 0.6
            if not founding:
                start += int(rng.expovariate(1 / (4 if universal else 7)))
            ties.extend(spell_rows(rng, sid, oid, start, min(ends, exit_)))
    return states, orgs, ties


def year_text(y):
    return "" if y >= OPEN_END else str(y)


def write(out, scale, seed, global_orgs, states, orgs, ties):
    os.makedirs(out, exist_ok=True)

    def dump(name, header, rows):
        tmp = os.path.join(out, name + ".tmp")
        with open(tmp, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)           # RFC 4180: minimal quoting, CRLF
            w.writerow(header)
            w.writerows(rows)
        os.replace(tmp, os.path.join(out, name))

    ents = [(sid, "country", name, str(entry), year_text(exit_))
            for sid, name, entry, exit_ in sorted(states)]
    ents += [(oid, "organization", name, str(founded), year_text(ends))
             for oid, name, founded, ends in orgs]
    dump("entities.csv", ["id", "kind", "name", "since", "until"], ents)
    src = "bench/synth.py --scale %g --seed %d" % (scale, seed)
    if global_orgs:
        src += " --global-orgs %d" % global_orgs
    dump("ties.csv", ["from", "to", "role", "since", "until", "source"],
         [t + ("bench/synth.py",) for t in ties])
    with open(os.path.join(out, "dataset.ini"), "w", encoding="utf-8") as f:
        f.write("[dataset]\n"
                "title=Synthetic affiliation data, %gx COW IGO v3\n"
                "description=Generated by %s\n\n"
                "[group:p5]\n"
                "name=Permanent five\n"
                "members=US;GB;FR;RU;CN\n" % (scale, src))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--scale", type=float, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--global-orgs", type=int, default=0)
    a = ap.parse_args()
    if not a.scale > 0:
        ap.error("--scale must be positive")
    states, orgs, ties = generate(a.scale, a.seed, a.global_orgs)
    write(a.out, a.scale, a.seed, a.global_orgs, states, orgs, ties)
    print("%s: %d countries, %d organizations, %d ties"
          % (a.out, len(states), len(orgs), len(ties)), file=sys.stderr)


if __name__ == "__main__":
    main()
