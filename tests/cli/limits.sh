#!/bin/sh
# Projections that would not fit are refused before they are built, in bloc's words; path-based
# centralities that would run for minutes are refused with the measures that stay cheap. The
# datasets are made here: N countries, all in one organization.
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# generate N DIR: N countries C0 .. C(N-1), each a member of ORG.
generate() {
    mkdir "$2"
    awk -v n="$1" 'BEGIN {
        print "id,kind,name" > "'"$2"'/entities.csv"
        print "ORG,organization,One organization" > "'"$2"'/entities.csv"
        print "from,to,role" > "'"$2"'/ties.csv"
        for (i = 0; i < n; i++) {
            printf "C%d,country,Country %d\n", i, i > "'"$2"'/entities.csv"
            printf "C%d,ORG,member\n", i > "'"$2"'/ties.csv"
        }
    }'
}

# A plain build runs with 2 GB of address space, so that a regression fails fast instead of
# taking the machine's memory; ASan reserves terabytes of address space and cannot.
case "$(ldd "$bloc" 2> /dev/null)" in
*libasan*) limit_memory=: ;;
*) limit_memory="ulimit -v 2000000" ;;
esac

# refused "EXPECTED STDERR" ARGS...: bloc ARGS exits 1 within a minute with that message.
refused() {
    want=$1
    shift
    (eval "$limit_memory"; exec timeout 60 "$bloc" "$@") > "$tmp/out" 2> "$tmp/err"
    status=$?
    [ "$status" -eq 124 ] && fail "$*: still running after a minute"
    [ "$status" -eq 1 ] || fail "$*: exit status $status, expected 1: $(head -c 500 "$tmp/err")"
    [ "$(cat "$tmp/err")" = "$want" ] || fail "$*: got '$(cat "$tmp/err")', expected '$want'"
    [ -s "$tmp/out" ] && fail "$*: wrote to stdout"
    return 0
}

# 10,000 countries in one organization (437 KB): 49,995,000 pairs.
generate 10000 "$tmp/n10000"
[ "$(wc -c < "$tmp/n10000/entities.csv")" -gt 200000 ] || fail "the generator made too little"
pairs="bloc: the projection on countries would hold up to 49995000 pairs, more than the limit of 5000000 (the most, 49995000, from the 10000 members of 'ORG') (expected fewer pairs: narrow the graph with --year, --kinds, --roles or --actors, or raise the limit with BLOC_MAX_PAIRS)"
refused "$pairs" overlap -d "$tmp/n10000" --top 5
refused "$pairs" centrality -d "$tmp/n10000" --graph countries
refused "$pairs" communities -d "$tmp/n10000"
refused "$pairs" render -d "$tmp/n10000" --view overlap -T gv
refused "$pairs" export -d "$tmp/n10000" --graph actors -T edges
# A backbone tests every pair, and NODF compares every pair in each sample: the same limit.
tail="(expected fewer pairs: narrow the graph with --year, --kinds, --roles or --actors, or raise the limit with BLOC_MAX_PAIRS)"
refused "bloc: the backbone on countries would test 49995000 pairs, more than the limit of 5000000 (every pair of the 10000 countries) $tail" \
    backbone -d "$tmp/n10000"
refused "bloc: nestedness would compare 49995000 pairs, more than the limit of 5000000 (the pairs of 10000 rows and of 1 columns; --group keeps fewer rows) $tail" \
    nestedness -d "$tmp/n10000"
# What builds no projection and no list of pairs runs: Barber's communities, the two-mode
# export, nestedness of a few rows, and the backbone of the one organization.
for args in "communities --method barber" "export -T edges" "nestedness --group C1,C2,C3" \
    "backbone --between organizations"; do
    # shellcheck disable=SC2086
    (eval "$limit_memory"; exec timeout 60 "$bloc" $args -d "$tmp/n10000") > "$tmp/out" 2> "$tmp/err" ||
        fail "$args on 10,000 countries: $(cat "$tmp/err")"
done
# The other side is one organization: nothing to refuse.
"$bloc" overlap -d "$tmp/n10000" --between organizations > "$tmp/out" 2> "$tmp/err" ||
    fail "overlap --between organizations: $(cat "$tmp/err")"
# The two-mode graph has 10,000 edges: its centralities are cheap.
(eval "$limit_memory"; exec timeout 60 "$bloc" centrality -d "$tmp/n10000" --top 1) > "$tmp/out" 2> "$tmp/err" ||
    fail "two-mode centrality on 10,000 countries: $(cat "$tmp/err")"

# The limit can be lowered and raised; a bad one is a usage error.
BLOC_MAX_PAIRS=3 "$bloc" overlap -d tests/data/blocs > "$tmp/out" 2> "$tmp/err"
[ $? -eq 1 ] || fail "BLOC_MAX_PAIRS=3 should refuse the blocs' 5 pairs"
grep -q "more than the limit of 3 " "$tmp/err" || fail "BLOC_MAX_PAIRS=3: $(cat "$tmp/err")"
BLOC_MAX_PAIRS=5 "$bloc" overlap -d tests/data/blocs > "$tmp/out" 2> "$tmp/err" ||
    fail "BLOC_MAX_PAIRS=5: $(cat "$tmp/err")"
generate 100 "$tmp/n100"
BLOC_MAX_PAIRS=4950 "$bloc" overlap -d "$tmp/n100" --top 1 --format csv > "$tmp/out" 2> "$tmp/err" ||
    fail "BLOC_MAX_PAIRS=4950 on 100 countries: $(cat "$tmp/err")"
[ "$(sed -n 2p "$tmp/out" | tr -d '\r')" = "C0,C1,1,1,1,1,1,ORG" ] || fail "overlap --top 1 on 100 countries: $(cat "$tmp/out")"
BLOC_MAX_PAIRS=4949 "$bloc" overlap -d "$tmp/n100" --top 1 > "$tmp/out" 2> "$tmp/err"
[ $? -eq 1 ] || fail "BLOC_MAX_PAIRS=4949 should refuse 4950 pairs"
BLOC_MAX_PAIRS=4950 "$bloc" backbone -d "$tmp/n100" > "$tmp/out" 2> "$tmp/err" ||
    fail "backbone with BLOC_MAX_PAIRS=4950 on 100 countries: $(cat "$tmp/err")"
grep -q "of 4950 pairs kept" "$tmp/out" || fail "backbone on 100 countries: $(head -1 "$tmp/out")"
BLOC_MAX_PAIRS=4949 "$bloc" backbone -d "$tmp/n100" > "$tmp/out" 2> "$tmp/err"
[ $? -eq 1 ] || fail "BLOC_MAX_PAIRS=4949 should refuse a backbone of 4950 pairs"
BLOC_MAX_PAIRS=4950 "$bloc" nestedness -d "$tmp/n100" --samples 1 > "$tmp/out" 2> "$tmp/err" ||
    fail "nestedness with BLOC_MAX_PAIRS=4950 on 100 countries: $(cat "$tmp/err")"
BLOC_MAX_PAIRS=4949 "$bloc" nestedness -d "$tmp/n100" > "$tmp/out" 2> "$tmp/err"
[ $? -eq 1 ] || fail "BLOC_MAX_PAIRS=4949 should refuse NODF over 4950 pairs"
for bad in abc 0 -5 0x10 ''; do
    BLOC_MAX_PAIRS="$bad" "$bloc" overlap -d tests/data/blocs > "$tmp/out" 2> "$tmp/err"
    [ $? -eq 2 ] || fail "BLOC_MAX_PAIRS='$bad' should exit 2"
    [ "$(head -1 "$tmp/err")" = "bloc: bad BLOC_MAX_PAIRS '$bad' in the environment (expected an integer >= 1)" ] ||
        fail "BLOC_MAX_PAIRS='$bad': $(cat "$tmp/err")"
done
BLOC_MAX_STEPS=x "$bloc" centrality -d tests/data/blocs > "$tmp/out" 2> "$tmp/err"
[ $? -eq 2 ] || fail "BLOC_MAX_STEPS=x should exit 2"

# 3,000 countries in one organization: 4,498,500 pairs, under the limit, but closeness and
# betweenness on them would take some 1.3 * 10^10 steps, many minutes. Refused at once; the
# measures that stay cheap still run.
generate 3000 "$tmp/n3000"
refused "bloc: closeness, harmonic and betweenness on 3000 countries joined by 4498500 pairs would take some 13495500000 steps, more than the limit of 500000000 (expected a smaller graph: narrow it with --year, --kinds, --roles or --actors; or only degree, strength, eigenvector and pagerank; or raise the limit with BLOC_MAX_STEPS)" \
    centrality -d "$tmp/n3000" --graph countries --top 3
(eval "$limit_memory"; exec timeout 60 "$bloc" centrality -d "$tmp/n3000" --graph countries --measure degree,strength --top 1 --format csv) > "$tmp/out" 2> "$tmp/err" ||
    fail "degree and strength on 3,000 countries: $(cat "$tmp/err")"
[ "$(tr -d '\r' < "$tmp/out")" = "$(printf 'id,name,kind,degree,strength\nC0,Country 0,country,2999,2999')" ] ||
    fail "degree on 3,000 countries: $(cat "$tmp/out")"
# 200,000 countries and 200,000 organizations, of which 20 of each have ties (an 8 MB file):
# nestedness works on those with ties, not on a matrix of every entity (5 GB).
mkdir "$tmp/sparse"
awk 'BEGIN {
    print "id,kind,name" > "'"$tmp"'/sparse/entities.csv"
    print "from,to,role" > "'"$tmp"'/sparse/ties.csv"
    for (i = 0; i < 200000; i++)
        printf "C%d,country,C\nO%d,organization,O\n", i, i > "'"$tmp"'/sparse/entities.csv"
    for (i = 0; i < 20; i++)
        for (j = 0; j <= i; j++)
            printf "C%d,O%d,member\n", i, j > "'"$tmp"'/sparse/ties.csv"
}'
(eval "$limit_memory"; exec timeout 60 "$bloc" nestedness -d "$tmp/sparse" --samples 10 --format csv) > "$tmp/out" 2> "$tmp/err" ||
    fail "nestedness of 20 rows among 200,000 countries: $(cat "$tmp/err")"
[ "$(tr -d '\r' < "$tmp/out" | sed -n 2p | cut -d, -f1,10,11)" = "100,20,20" ] || fail "nestedness of a staircase: $(cat "$tmp/out")"
# 3,000 countries, each in one of 20 organizations, and 500,000 organizations without ties: the
# backbone's 4,498,500 pairs are compared over the 20 columns with ties, not over 500,020.
mkdir "$tmp/wide"
awk 'BEGIN {
    print "id,kind,name" > "'"$tmp"'/wide/entities.csv"
    print "from,to,role" > "'"$tmp"'/wide/ties.csv"
    for (i = 0; i < 3000; i++) {
        printf "C%d,country,C\n", i > "'"$tmp"'/wide/entities.csv"
        printf "C%d,O%d,member\n", i, i % 20 > "'"$tmp"'/wide/ties.csv"
    }
    for (i = 0; i < 500020; i++)
        printf "O%d,organization,O\n", i > "'"$tmp"'/wide/entities.csv"
}'
(eval "$limit_memory"; exec timeout 60 "$bloc" backbone -d "$tmp/wide") > "$tmp/out" 2> "$tmp/err" ||
    fail "backbone of 3,000 countries beside 500,000 organizations without ties: $(cat "$tmp/err")"
[ "$(head -1 "$tmp/out")" = "backbone of countries — wide, current, hypergeometric, p_adjusted <= 0.05, holm, 0 of 4498500 pairs kept" ] ||
    fail "backbone of 3,000 countries: $(head -1 "$tmp/out")"
exit 0
