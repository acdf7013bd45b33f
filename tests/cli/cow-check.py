"""cow-check.py BLOC COW_DIR DATASET: bloc's analyses of the COW IGO v3 state-year file, imported
into DATASET, in 2014, against the same facts counted here from the file itself.

A state takes part in an IGO in 2014 when its status is 1, 2 or 3 that year, or -9 (missing)
with a spell that began earlier and has not ended (the importer's default, --missing carry). Ids
are those of the importer: ISO 3166-1 alpha-2 (src/load/cow-states.csv) or the COW abbreviation
for states; the upper-case IGO abbreviation for IGOs, with -IGO when a state has that id.
"""

import csv
import gzip
import io
import json
import subprocess
import sys
from itertools import combinations

BLOC, COW, DATASET = sys.argv[1:4]
YEAR = 2014
failures = []


def fail(message):
    failures.append(message)


def bloc(*args):
    p = subprocess.run([BLOC, *args, "-d", DATASET, "--year", str(YEAR)], capture_output=True,
                       text=True)
    if p.returncode != 0:
        fail(f"bloc {' '.join(args)}: exit {p.returncode}: {p.stderr}")
        return None
    return p.stdout


def bloc_csv(*args):
    out = bloc(*args, "--format", "csv")
    return list(csv.DictReader(io.StringIO(out))) if out is not None else []


# The states' ids.
state_id = {}
with open("src/load/cow-states.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        state_id[int(row["ccode"])] = row["iso2"] or row["abb"]
state_ids = set(state_id.values())

# Who takes part in what in 2014, spell by spell through -9.
status = {}  # (ccode, igo) -> {year: code}
in_system = set()
with gzip.open(f"{COW}/state_year_formatv3.csv.gz", "rt", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    igos = header[3:]
    for row in reader:
        ccode, year = int(row[0]), int(row[1])
        if year > YEAR:
            continue
        if year == YEAR and any(cell != "-1" for cell in row[3:]):
            in_system.add(ccode)
        for igo, cell in zip(igos, row[3:]):
            if cell not in ("0", "-1", "NA", ""):
                status.setdefault((ccode, igo), {})[year] = int(cell)
            else:
                status.setdefault((ccode, igo), {})[year] = 0


def active(years):
    on = False
    for year in sorted(years):
        code = years[year]
        if code in (1, 2, 3):
            on = True
        elif code != -9:
            on = False
    return on and YEAR in years


def igo_id(igo):
    name = igo.upper()
    return name + "-IGO" if name in state_ids else name


members = {}  # igo id -> set of state ids
for (ccode, igo), years in status.items():
    if active(years):
        members.setdefault(igo_id(igo), set()).add(state_id[ccode])
joined = {}  # state id -> set of igo ids
for igo, states in members.items():
    for s in states:
        joined.setdefault(s, set()).add(igo)

# members UN: exactly the states counted here.
got = {r["id"] for r in bloc_csv("members", "UN")}
if got != members["UN"]:
    fail(f"members UN: {sorted(got ^ members['UN'])} differ")
if len(got) < 190:
    fail(f"members UN: only {len(got)}")

# memberships US: as many as counted here, the same ids.
got = {r["id"] for r in bloc_csv("memberships", "US")}
if got != joined["US"]:
    fail(f"memberships US: {sorted(got ^ joined['US'])} differ")

# gaps of the five Central Asian states: every IGO two of them take part in, who is present.
five = {"KZ", "KG", "TJ", "TM", "UZ"}
rows = bloc_csv("gaps", "--group", "KZ,KG,TJ,TM,UZ")
want = {igo: states & five for igo, states in members.items() if len(states & five) >= 2}
got = {r["id"]: {p.split(" ")[0] for p in r["present"].split(";")} for r in rows}
if got != want:
    fail(f"gaps: {sorted(set(got.items()) ^ set(want.items()), key=str)[:5]} differ")

# overlap: the pair that shares the most, and how many.
top = bloc_csv("overlap", "--top", "1")
best = max(len(joined[a] & joined[b]) for a, b in combinations(sorted(joined), 2))
if not top or int(top[0]["shared"]) != best:
    fail(f"overlap --top 1: {top[:1]}, expected {best} shared")
elif len(joined[top[0]["a"]] & joined[top[0]["b"]]) != best:
    fail(f"overlap --top 1: {top[0]['a']} and {top[0]['b']} do not share {best}")

# communities: a partition of the states of 2014.
rows = bloc_csv("communities")
seen = [m for r in rows for m in r["members"].split(";") if m]
if len(seen) != len(set(seen)):
    fail("communities: a state in two communities")
if set(seen) != {state_id[c] for c in in_system}:
    fail(f"communities: {sorted(set(seen) ^ {state_id[c] for c in in_system})} differ")
if any(int(r["size"]) != len(r["members"].split(";")) for r in rows):
    fail("communities: a size that is not the number of members")

# nesting: each class's members are those counted here, and each edge is a strict inclusion.
out = bloc("nesting", "--min-members", "60", "--format", "json")
if out is not None:
    data = json.loads(out)
    sets = {}
    for c in data["classes"]:
        for igo in c["equal"]:
            if set(c["members"]) != members[igo]:
                fail(f"nesting: members of {igo} differ")
        sets[c["id"]] = set(c["members"])
    for e in data["edges"]:
        if not sets[e["sub"]] < sets[e["super"]]:
            fail(f"nesting: {e['sub']} is not inside {e['super']}")
    if len(data["edges"]) < 5:
        fail(f"nesting: only {len(data['edges'])} edges")

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
