#!/bin/sh
# backbone, nestedness and communities --method barber: every format, what-if scenarios, atomic
# output, and p-values checked against independent computations in Python: exact fractions
# (math.comb, fractions.Fraction) for the hypergeometric tails and the corrections, and a BiCM
# solved in plain Python for the sdsm, on Davis, and on COW 2014 when the data are there.
set -u
bloc=$1
py=/usr/bin/python3
[ -x "$py" ] || { echo "skip: $py is missing (apt-get install python3)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# Every command in every format, with a year and a what-if scenario; nothing on stderr.
while read -r cmd; do
    for fmt in table csv json markdown; do
        for extra in "" "--year 2010" "--add TM:TREATY-2000"; do
            # shellcheck disable=SC2086
            "$bloc" $cmd --format $fmt $extra > "$tmp/out" 2> "$tmp/err" ||
                fail "bloc $cmd --format $fmt $extra: $(cat "$tmp/err")"
            [ -s "$tmp/out" ] || fail "bloc $cmd --format $fmt $extra printed nothing"
            [ -s "$tmp/err" ] && fail "bloc $cmd --format $fmt $extra wrote to stderr: $(cat "$tmp/err")"
            if [ "$extra" = "--add TM:TREATY-2000" ]; then
                case $fmt in
                table) head -1 "$tmp/out" | grep -q ' — .*; what-if: added TM -> TREATY-2000 (signatory)$' || fail "bloc $cmd: no what-if in the caption" ;;
                markdown) head -1 "$tmp/out" | grep -q '^Table: .*; what-if: added TM -\\> TREATY-2000 (signatory)$' || fail "bloc $cmd: no what-if in the caption" ;;
                csv) head -1 "$tmp/out" | grep -q ',what_if' || fail "bloc $cmd: no what_if column" ;;
                # (a list of rows has no member to hold it when it is empty)
                json) grep -q '"what_if" : ' "$tmp/out" || [ "$(cat "$tmp/out")" = "[]" ] || fail "bloc $cmd: no what_if member" ;;
                esac
            fi
        done
    done
done <<'EOF'
backbone
backbone --method sdsm --between others --alpha 1
backbone --method fdsm --samples 50 --signed --correction fdr --alpha 0.5
nestedness --samples 50
nestedness --group central-asia --null equiprobable --samples 50
communities --method barber
EOF

# -o writes the file; a bad option writes nothing.
"$bloc" backbone -d tests/data/davis --actors person --alpha 1 -o "$tmp/all.csv" --format csv ||
    fail "backbone -o"
[ "$(wc -l < "$tmp/all.csv")" -eq 154 ] || fail "--alpha 1 should keep all 153 Davis pairs: $(wc -l < "$tmp/all.csv") lines"
"$bloc" backbone --alpha 2 -o "$tmp/none.csv" 2> "$tmp/err"
[ $? -eq 2 ] || fail "--alpha 2 should exit 2"
[ -e "$tmp/none.csv" ] && fail "--alpha 2 wrote its output file"

# The same seed gives the same bytes; the progress bar never reaches a file.
"$bloc" backbone -d tests/data/davis --actors person --method fdsm --alpha 1 --samples 300 > "$tmp/a" 2> "$tmp/err.a" || fail "fdsm"
"$bloc" backbone -d tests/data/davis --actors person --method fdsm --alpha 1 --samples 300 > "$tmp/b" 2> "$tmp/err.b" || fail "fdsm"
cmp -s "$tmp/a" "$tmp/b" || fail "fdsm with one seed gave two answers"
[ -s "$tmp/err.a" ] && fail "fdsm wrote to stderr when it is not a terminal"

# Davis: every pair, both tails, raw and corrected.
davis() { # davis NAME ARGS...: all pairs as JSON in $tmp/NAME.json
    name=$1
    shift
    "$bloc" backbone -d tests/data/davis --actors person --alpha 1 --format json "$@" > "$tmp/$name.json" ||
        fail "backbone $*"
}
davis hyper-signed --method hypergeometric --signed --correction none
davis hyper-holm --method hypergeometric --correction holm
davis hyper-fdr --method hypergeometric --correction fdr
davis sdsm-signed --method sdsm --signed --correction none

"$py" - tests/data/davis "$tmp" <<'EOF' || fail "Davis p-values differ from the independent computation"
import csv, json, sys
from fractions import Fraction
from math import comb

folder, tmp = sys.argv[1], sys.argv[2]
rows = {}
for t in csv.DictReader(open(folder + "/ties.csv", newline="")):
    rows.setdefault(t["from"], set()).add(t["to"])
women = sorted(rows)
events = sorted(set().union(*rows.values()))
N = len(events)
bad = []

def close(got, want, tol, what):
    if abs(got - want) > tol * abs(want):
        bad.append("%s: %r, expected %r" % (what, got, want))

def tails(K, n, s):
    f = lambda y: comb(K, y) * comb(N - K, n - y)
    hi = min(K, n)
    return (Fraction(sum(f(y) for y in range(s, hi + 1)), comb(N, n)),
            Fraction(sum(f(y) for y in range(0, s + 1)), comb(N, n)))

def load(name):
    got = json.load(open("%s/%s.json" % (tmp, name)))
    pairs = [(a, b) for i, a in enumerate(women) for b in women[i + 1:]]
    if [(r["a"], r["b"]) for r in got] != pairs:
        bad.append("%s: not every pair of women once, sorted by id" % name)
    return {(r["a"], r["b"]): r for r in got}

# Hypergeometric, two-sided, uncorrected: p and p_low exact to 1e-9 relative (the JSON keeps 10
# significant digits), p_adjusted = min(1, 2 min(p, p_low)), and the sign.
exact = {}
for (a, b), r in load("hyper-signed").items():
    A, B = rows[a], rows[b]
    s = len(A & B)
    if r["shared"] != s:
        bad.append("%s %s shared %s, expected %d" % (a, b, r["shared"], s))
    up, low = tails(len(A), len(B), s)
    exact[(a, b)] = up
    close(r["p"], float(up), 1e-9, "p %s %s" % (a, b))
    close(r["p_low"], float(low), 1e-9, "p_low %s %s" % (a, b))
    close(r["expected"], len(A) * len(B) / N, 1e-9, "expected %s %s" % (a, b))
    close(r["p_adjusted"], float(min(1, 2 * min(up, low))), 1e-9, "two-sided %s %s" % (a, b))
    if r["sign"] != (-1 if low < up else 1):
        bad.append("sign %s %s" % (a, b))

# Holm and Benjamini-Hochberg over the 153 exact p-values. Tied p-values get the same adjusted
# value in both procedures whatever their order, so Python's sort order does not matter.
order = sorted(exact, key=lambda k: exact[k])
m = len(order)
holm, run = {}, Fraction(0)
for i, k in enumerate(order):
    run = max(run, min(Fraction(1), (m - i) * exact[k]))
    holm[k] = run
bh, run = {}, Fraction(1)
for i in range(m - 1, -1, -1):
    run = min(run, m * exact[order[i]] / (i + 1))
    bh[order[i]] = run
for name, ref in (("hyper-holm", holm), ("hyper-fdr", bh)):
    for k, r in load(name).items():
        close(r["p"], float(exact[k]), 1e-9, "%s p %s %s" % (name, *k))
        close(r["p_adjusted"], float(ref[k]), 1e-9, "%s p_adjusted %s %s" % (name, *k))

# sdsm: the BiCM solved again here, by plain Jacobi sweeps over every woman and event (bloc
# groups equal degrees and sweeps Gauss-Seidel), and the Poisson-binomial by full convolution
# (bloc truncates it).
k = [len(rows[w]) for w in women]
d = [sum(e in rows[w] for w in women) for e in events]
L = sum(k)
x = [ki / L ** 0.5 for ki in k]
y = [dj / L ** 0.5 for dj in d]
for sweep in range(100000):
    x2 = [k[i] / sum(y[j] / (1 + x[i] * y[j]) for j in range(N)) for i in range(len(k))]
    y2 = [d[j] / sum(x[i] / (1 + x[i] * y[j]) for i in range(len(k))) for j in range(N)]
    x, y = x2, y2
    err = max(abs(sum(x[i] * y[j] / (1 + x[i] * y[j]) for j in range(N)) - k[i])
              for i in range(len(k)))
    if err < 1e-13:
        break
P = [[x[i] * y[j] / (1 + x[i] * y[j]) for j in range(N)] for i in range(len(k))]
for (a, b), r in load("sdsm-signed").items():
    i, j = women.index(a), women.index(b)
    q = [P[i][c] * P[j][c] for c in range(N)]
    dist = [1.0]
    for qc in q:
        dist = [(dist[t] if t < len(dist) else 0) * (1 - qc) + (dist[t - 1] * qc if t > 0 else 0)
                for t in range(len(dist) + 1)]
    s = len(rows[a] & rows[b])
    close(r["expected"], sum(q), 1e-8, "sdsm expected %s %s" % (a, b))
    close(r["p"], sum(dist[s:]) if s > 0 else 1.0, 1e-8, "sdsm p %s %s" % (a, b))
    close(r["p_low"], sum(dist[:s + 1]), 1e-8, "sdsm p_low %s %s" % (a, b))

for line in bad[:20]:
    print(line)
sys.exit(1 if bad else 0)
EOF

# COW 2014, when the reference data are there: shared counts from the raw state-year file, and
# exact hypergeometric tails for every fifth pair of states. The data are looked for where the
# other tests look, in ../shared/data beside the project (cow-igo-v3/ in it); BLOC_REFERENCE_DATA
# names another folder that holds cow-igo-v3/. Without them this part is left out.
data=${BLOC_REFERENCE_DATA:-../shared/data}/cow-igo-v3
if [ -d "$data" ]; then
    "$bloc" import cow-igo "$data/state_year_formatv3.csv.gz" --years 2014-2014 -o "$tmp/cow" -q ||
        fail "import COW 2014"
    "$bloc" backbone -d "$tmp/cow" --year 2014 --alpha 1 --correction none --signed --format csv \
        > "$tmp/cow.csv" || fail "backbone COW"
    "$bloc" backbone -d "$tmp/cow" --year 2014 --method sdsm --format csv > "$tmp/cow-sdsm.csv" ||
        fail "sdsm COW"
    "$py" - "$data/state_year_formatv3.csv.gz" src/load/cow-states.csv "$tmp/cow.csv" <<'EOF' ||
import csv, gzip, sys
from fractions import Fraction
from math import comb

raw, states, got = sys.argv[1:]
iso = {r["ccode"]: r["iso2"] or r["abb"] for r in csv.DictReader(open(states, newline=""))}
sets = {}
with gzip.open(raw, "rt", newline="") as f:
    rd = csv.reader(f)
    head = next(rd)
    for row in rd:
        if row[1] == "2014":
            sets[iso[row[0]]] = {head[i] for i in range(3, len(head)) if row[i] in ("1", "2", "3")}
N = len(set().union(*sets.values()))
rows = list(csv.DictReader(open(got, newline="")))
bad = []
if len(rows) != len(sets) * (len(sets) - 1) // 2:
    bad.append("%d pairs for %d states" % (len(rows), len(sets)))
for n, r in enumerate(rows):
    A, B = sets[r["a"]], sets[r["b"]]
    s = len(A & B)
    if int(r["shared"]) != s:
        bad.append("%s %s shared %s, expected %d" % (r["a"], r["b"], r["shared"], s))
    if n % 5:
        continue
    K, m = len(A), len(B)
    f = lambda y: comb(K, y) * comb(N - K, m - y)
    for key, lo, hi in (("p", s, min(K, m)), ("p_low", 0, s)):
        want = float(Fraction(sum(f(y) for y in range(lo, hi + 1)), comb(N, m)))
        if abs(float(r[key]) - want) > 1e-9 * want:
            bad.append("%s %s %s: %s, expected %r" % (key, r["a"], r["b"], r[key], want))
for line in bad[:20]:
    print(line)
sys.exit(1 if bad else 0)
EOF
        fail "COW 2014 p-values differ from the exact ones"
    [ "$(wc -l < "$tmp/cow-sdsm.csv")" -gt 1 ] || fail "sdsm kept no pair of states in 2014"
fi
exit 0
