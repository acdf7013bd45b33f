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
exit 0
