#!/bin/bash
# completion.sh BLOC: the bash completion (completion/bloc.bash), run by bash itself: the words
# bash splits a line into are set in COMP_WORDS and COMP_CWORD, _bloc is called, and COMPREPLY
# must hold exactly the expected words. Then, for every command and every option whose values
# bloc completes, the first and the last value offered are accepted by the command.
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# shellcheck source=../../completion/bloc.bash
source completion/bloc.bash
complete -p bloc > "$tmp/registered" || fail "no completion registered for bloc"
COMP_WORDBREAKS=$' \t\n"\'><=;|&(:'

# expect 'LINE' WORD... -- EXPECTED...: completes at the end of LINE, which bash splits into the
# WORDs (the first is the program), and compares COMPREPLY, sorted, with the EXPECTED words.
expect() {
    local line=$1 words=() want=()
    shift
    while [[ $1 != -- ]]; do words+=("$1"); shift; done
    shift
    want=("$@")
    COMP_LINE="$bloc $line"
    COMP_POINT=${#COMP_LINE}
    COMP_WORDS=("$bloc" "${words[@]}")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _bloc || fail "_bloc failed on '$line'"
    local got want_sorted
    got=$(printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort)
    want_sorted=$(printf '%s\n' "${want[@]}" | LC_ALL=C sort)
    [[ $got == "$want_sorted" ]] || fail "'$line': got [$got], expected [$want_sorted]"
}

expect "ga" ga -- gaps
expect "he" he -- help
expect "--v" --v -- --version
expect "help ov" help ov -- overlap
expect "xyz " xyz "" -- ""
# Options of a command, and values of enumerated options, in both spellings.
expect "render --vi" render --vi -- --view
expect "render --view " render --view "" -- membership overlap ego gaps nesting timeline
expect "render --view=ne" render --view = ne -- nesting
expect "render -V g" render -V g -- gaps
expect "render -T p" render -T p -- png pdf
expect "export -T g" export -T g -- graphml gexf gml
expect "export --graph t" export --graph t -- two-mode ties
expect "centrality --graph " centrality --graph "" -- two-mode countries organizations
expect "overlap --measure c" overlap --measure c -- count cosine
expect "backbone --correction " backbone --correction "" -- holm bonferroni fdr none
expect "communities --method " communities --method "" -- leiden multilevel barber
expect "nestedness --null " nestedness --null "" -- fixed equiprobable
expect "gaps --format m" gaps --format m -- markdown
expect "import " import "" -- cow-igo table matrix graphml
expect "import table --delimiter " import table --delimiter "" -- comma semicolon tab
expect "import cow-igo --missing " import cow-igo --missing "" -- carry end
# Lists: the names not given yet, after the comma.
expect "centrality --measure degree,p" centrality --measure degree,p -- degree,pagerank
expect "gaps --roles member,o" gaps --roles member,o -- member,observer
expect "find --kind country,or" find --kind country,or -- country,organization
# Ids, groups, regions and languages of the embedded dataset.
expect "members CST" members CST -- CSTO CSTO-COBALT CSTO-CRDF-CA CSTO-CRRF CSTO-DEFENCE-MINISTERS \
    CSTO-INTERACTION CSTO-JOINT-STAFF CSTO-MILITARY-COMMITTEE CSTO-RUBEZH CSTO-UNBREAKABLE-BROTHERHOOD
expect "show UZ" show UZ -- UZ UZ-UNOCT-ROADMAP-2022 UZ-UNOCT-ROADMAP-2024
expect "members CSTO " members CSTO "" --
expect "gaps --group " gaps --group "" -- ca-csto ca-sco central-asia external-powers treaty-2000
expect "gaps --group KZ,K" gaps --group KZ,K -- KZ,KG
expect "render --focus T" render --focus T -- TJ TM TR TREATY-2000 TASHKENT-DECLARATION-2022 \
    TASHKENT-CT-2022
expect "gaps --region Central\\ " gaps --region 'Central\ ' -- 'Central\ Asia'
expect "gaps --region \"So" gaps --region '"So' -- 'South Asia'
expect "gaps --lang " gaps --lang "" -- en ru fa ar
expect "gaps --add TM:SCO-" gaps --add TM : SCO- -- SCO-RATS
expect "gaps --add TM:SCO:ob" gaps --add TM : SCO : ob -- observer
"$bloc" __complete members "" > "$tmp/ids" || fail "__complete members"
expect "gaps --remove UZ:" gaps --remove UZ : -- $(tail -n +2 "$tmp/ids")
# The dataset of -d.
expect "members -d tests/data/small C" members -d tests/data/small C -- CSTO CSTO-JS
expect "gaps --data=tests/data/small --group " gaps --data = tests/data/small --group "" -- central-asia csto-ca
expect "gaps -d tests/data/nothing --group " gaps -d tests/data/nothing --group "" --
# Files and folders, completed by bash.
expect "gaps -d tests/data/sma" gaps -d tests/data/sma -- tests/data/small
expect "gaps --data=tests/data/sma" gaps --data = tests/data/sma -- tests/data/small
expect "import table -o tests/data/sma" import table -o tests/data/sma -- tests/data/small
expect "import matrix tests/data/import/matrix-b" import matrix tests/data/import/matrix-b -- \
    $(compgen -f -- tests/data/import/matrix-b)

# Every value offered for an option is one the command knows. The options whose values the data
# gives are checked with the data and must succeed; the others with a dataset folder that does
# not exist, so that the command checks its options and stops before any work: it must not say
# that the value is unknown.
"$bloc" __complete "" > "$tmp/commands" || fail "__complete"
n=0
for command in $(grep -v -e '^words$' -e '^--' -e '^help$' -e '^import$' "$tmp/commands"); do
    "$bloc" __complete "$command" -- > "$tmp/options" || fail "__complete $command --"
    "$bloc" __complete "$command" "" > "$tmp/arguments" || fail "__complete $command"
    for option in $(grep '^--' "$tmp/options"); do
        "$bloc" __complete "$command" "$option" "" > "$tmp/values" || fail "__complete $command $option"
        [[ $(head -1 "$tmp/values") == words ]] || continue
        # An option without a value: what follows it is an argument.
        cmp -s "$tmp/values" "$tmp/arguments" && continue
        tail -n +2 "$tmp/values" > "$tmp/list"
        [[ -s $tmp/list ]] || continue
        case $option in --add | --remove) continue ;; esac
        for value in "$(head -1 "$tmp/list")" "$(tail -1 "$tmp/list")"; do
            case $command in
            members) extra=(CSTO) ;;
            memberships | show) extra=(UZ) ;;
            find) extra=(uz) ;;
            render) extra=(--view ego --focus UZ) ;;
            diff) extra=(--from 2005 --to 2010) ;;
            *) extra=() ;;
            esac
            [[ $option == --view ]] && extra=()
            [[ $option == --focus ]] && extra=(--view ego)
            case $option in
            --group | --region | --focus | --lang) data=() ;;
            *) data=(-d "$tmp/none") ;;
            esac
            case $command in export) out=$tmp/out.json ;; render) out=$tmp/out.svg ;; *) out=$tmp/out.txt ;; esac
            "$bloc" "$command" "$option" "$value" "${extra[@]}" "${data[@]}" -o "$out" > /dev/null 2> "$tmp/err"
            status=$?
            # The value is known; the command may still refuse it in its context (pagerank on
            # the two-mode graph): that is no "unknown" value, and no suggestion.
            if grep -q -e "unknown [a-z ]*'" -e "did you mean" "$tmp/err"; then
                fail "bloc $command $option $value: $(cat "$tmp/err")"
            elif [[ ${#data[@]} -gt 0 ]]; then
                [[ $status == 1 || $status == 2 ]] || fail "bloc $command $option $value: exit $status"
            else
                [[ $status == 0 ]] || fail "bloc $command $option '$value': exit $status: $(cat "$tmp/err")"
            fi
            n=$((n + 1))
        done
    done
done
# import: each format's options, on an input file that does not exist.
"$bloc" __complete import "" > "$tmp/formats" || fail "__complete import"
for format in $(tail -n +2 "$tmp/formats"); do
    "$bloc" __complete import "$format" -- > "$tmp/options" || fail "__complete import $format --"
    for option in $(grep '^--' "$tmp/options"); do
        "$bloc" __complete import "$format" "$option" "" > "$tmp/values" || fail "__complete import"
        [[ $(head -1 "$tmp/values") == words ]] || continue
        tail -n +2 "$tmp/values" > "$tmp/list"
        while read -r value; do
            "$bloc" import "$format" "$tmp/none.csv" -o "$tmp/imported" "$option" "$value" \
                > /dev/null 2> "$tmp/err"
            status=$?
            [[ $status == 1 ]] || fail "bloc import $format $option $value: exit $status: $(cat "$tmp/err")"
            grep -q "$tmp/none.csv" "$tmp/err" || fail "bloc import $format $option $value: $(cat "$tmp/err")"
            n=$((n + 1))
        done < "$tmp/list"
    done
done
[[ $n -ge 150 ]] || fail "only $n option values checked"
exit 0
