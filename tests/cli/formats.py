"""formats.py BLOC: every command's four formats say the same thing.

For each command line, plain, with --year 2010 and with a what-if, bloc runs in table (--wide),
CSV, JSON and Markdown; each must succeed with nothing on standard error. The CSV is the
reference: the table and the Markdown have its header and the same rows, first column by first
column; the JSON has the same rows (a list of objects keyed by the CSV's columns, or, for the
commands that print one object, the member that lists them); the what-if is named on every row
of CSV and JSON and in the caption of table and Markdown; and CSV comes out byte-identical twice.
"""

import csv
import io
import json
import math
import re
import subprocess
import sys

BLOC = sys.argv[1]
WHAT_IF = "added TM -> TREATY-2000 (signatory)"
COMMANDS = """\
check
summary
members CSTO
memberships TM
overlap
overlap --between organizations --measure cosine --min 0.5
centrality
centrality --graph countries
centrality --graph organizations --weight jaccard
gaps
gaps --group KZ,UZ --kinds organization
nesting
communities
communities --method multilevel
timeline
timeline KZ
diff --from 2005 --to 2015
find uz
show UZ
backbone --alpha 1
nestedness --samples 20 --seed 1
""".splitlines()

failures = []


def fail(message):
    failures.append(message)


def run(args):
    p = subprocess.run([BLOC] + args, capture_output=True, text=True)
    if p.returncode != 0 or p.stderr:
        fail(f"bloc {' '.join(args)}: exit {p.returncode}, stderr {p.stderr!r}")
        return None
    return p.stdout


def same_number(a, b):
    """CSV numbers have up to 10 significant digits; the JSON's are the same values."""
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return str(a) == str(b)
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)


def json_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(json_cell(v) for v in value)
    return str(value)


def check_json(name, line, data, header, rows, what_if):
    """The JSON holds the CSV's rows."""
    columns = [c for c in header if c != "what_if"]
    if isinstance(data, list):
        if len(data) != len(rows):
            return fail(f"{line}: JSON has {len(data)} rows, CSV {len(rows)}")
        for obj, row in zip(data, rows):
            for c, value in zip(header, row):
                if c == "what_if":
                    continue
                if c in obj and not same_number(json_cell(obj[c]), value):
                    fail(f"{line}: JSON {c}={obj[c]!r}, CSV {value!r}")
            if c not in obj and columns[0] not in obj:
                fail(f"{line}: JSON row without {columns[0]}: {obj}")
            if what_if and obj.get("what_if") != WHAT_IF:
                fail(f"{line}: JSON row without what_if: {obj}")
        return
    if what_if and WHAT_IF not in json.dumps(data.get("what_if")):
        fail(f"{line}: JSON object without what_if")
    if name == "check":
        for item, count in ((r[0], r[1]) for r in rows):
            if data.get(item) != int(count):
                fail(f"{line}: JSON {item}={data.get(item)!r}, CSV {count}")
    elif name == "summary":
        for section, key, value in (r[:3] for r in rows):
            if section == "group":
                group = [g for g in data["groups"] if g.get("id") == key]
                if len(group) != 1:
                    fail(f"{line}: JSON has no group {key}")
            elif not same_number(data[section][key], value):
                fail(f"{line}: JSON {section}.{key}={data[section][key]!r}, CSV {value}")
    elif name == "gaps":
        ids = [o["id"] for o in data["organizations"]]
        if ids != [r[0] for r in rows]:
            fail(f"{line}: JSON organizations {ids}, CSV {[r[0] for r in rows]}")
    elif name == "nesting":
        edges = [[e["sub"], e["super"]] for e in data["edges"]]
        if edges != [r[:2] for r in rows]:
            fail(f"{line}: JSON edges {edges}, CSV {[r[:2] for r in rows]}")
    elif name == "communities":
        got = [[str(c["id"]), ";".join(c["members"])] for c in data["communities"]]
        if got != [[r[0], r[2]] for r in rows]:
            fail(f"{line}: JSON communities {got}, CSV {[[r[0], r[2]] for r in rows]}")
    elif name == "nestedness":
        if len(rows) != 1:
            return fail(f"{line}: CSV has {len(rows)} rows")
        for c, value in zip(header, rows[0]):
            if c != "what_if" and not same_number(data[c], value):
                fail(f"{line}: JSON {c}={data[c]!r}, CSV {value}")
    elif name == "show":
        n = len(data["memberships"]) + len(data["members"])
        if n != len(rows):
            fail(f"{line}: JSON has {n} ties, CSV {len(rows)}")
    else:
        fail(f"{line}: no rule for a JSON object")


def markdown_tables(text):
    """The caption and the tables of Markdown output: [(header, rows)], cells unescaped."""
    lines = text.splitlines()
    caption = next((l for l in lines if l.startswith("Table: ")), "")
    tables, current = [], None
    for l in lines + [""]:
        if l.startswith("|"):
            parts = re.split(r"(?<!\\)\|", l.strip())[1:-1]
            cells = [re.sub(r"\\(.)", r"\1", p.strip()) for p in parts]
            if current is None:
                current = (cells, [])
                tables.append(current)
            elif not all(re.fullmatch(r":?-+:?", c) for c in cells):
                current[1].append(cells)
        else:
            current = None
    return caption, tables


def text_tables(text):
    """The caption (first line) and the tables of --wide table output: blocks of lines between
    blank lines, of two lines or more, whose columns are separated by two spaces or more."""
    lines = text.splitlines()
    blocks, block = [], []
    for l in lines + [""]:
        if l == "":
            if block:
                blocks.append(block)
            block = []
        else:
            block.append(l)
    tables = [(re.split(r"  +", b[0].strip()), [re.split(r"  +", r.strip()) for r in b[1:]])
              for b in blocks if len(re.split(r"  +", b[0].strip())) >= 2]
    return (lines[0] if lines else ""), tables


def check_tables(kind, shown, name, tables, header, rows):
    """The tables of table or Markdown output hold the CSV's rows."""
    columns = [c for c in header if c != "what_if"]
    if name == "summary":
        for section, key, value in (r[:3] for r in rows):
            if section not in ("entities", "ties") or value == "0":
                continue
            table = [t for t in tables if len(t[0]) == 2 and t[0][1] == section]
            found = {r[0]: r[1] for r in table[0][1]} if table else {}
            if found.get(key) != value:
                fail(f"{shown}: {kind} {section} {key}={found.get(key)!r}, CSV {value}")
        return
    if name == "show":
        n = sum(len(t[1]) for t in tables if t[0][0] == "id")
        if n != len(rows):
            fail(f"{shown}: {kind} has {n} ties, CSV {len(rows)}")
        return
    # The table with the CSV's columns; find's table joins the last three in one.
    match = [t for t in tables if t[0] == columns] or [
        t for t in tables if len(t[0]) > 2 and t[0][:-1] == columns[:len(t[0]) - 1]]
    if len(match) != 1:
        return fail(f"{shown}: {kind} has no table {columns}: {[t[0] for t in tables]}")
    got = sorted(match[0][1], key=lambda r: r[0])
    want = sorted(rows, key=lambda r: r[0])
    if len(got) != len(want) or not all(same_shown(a[0], b[0]) for a, b in zip(got, want)):
        fail(f"{shown}: {kind} first column {[r[0] for r in got]}, CSV {[r[0] for r in want]}")


def same_shown(shown, value):
    """A cell as people see it: numbers with 3 decimals."""
    if shown == value:
        return True
    try:
        return abs(float(shown) - float(value)) <= 0.0005 + 1e-12
    except ValueError:
        return False


for line in COMMANDS:
    args = line.split()
    name = args[0]
    for extra in ([], ["--year", "2010"], ["--add", "TM:TREATY-2000"]):
        if name == "diff" and extra and extra[0] == "--year":
            continue
        what_if = bool(extra) and extra[0] == "--add"
        shown = " ".join(args + extra)
        out = {f: run(args + extra + ["--format", f] + (["--wide"] if f == "table" else []))
               for f in ("table", "csv", "json", "markdown")}
        if None in out.values():
            continue
        if run(args + extra + ["--format", "csv"]) != out["csv"]:
            fail(f"{shown}: CSV differs from one run to the next")
        parsed = list(csv.reader(io.StringIO(out["csv"])))
        header, rows = parsed[0], parsed[1:]
        if any(len(r) != len(header) for r in rows):
            fail(f"{shown}: CSV rows of uneven length")
        if what_if != (header[-1] == "what_if") or any(what_if and r[-1] != WHAT_IF for r in rows):
            fail(f"{shown}: CSV what_if column: {header}")

        check_json(name, shown, json.loads(out["json"]), header, rows, what_if)

        caption, tables = markdown_tables(out["markdown"])
        check_tables("Markdown", shown, name, tables, header, rows)
        if what_if and not caption.endswith("; what-if: added TM -\\> TREATY-2000 (signatory)"):
            fail(f"{shown}: Markdown caption {caption!r}")

        caption, tables = text_tables(out["table"])
        check_tables("table", shown, name, tables, header, rows)
        if what_if and WHAT_IF not in out["table"]:
            fail(f"{shown}: the table does not name the what-if")

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
