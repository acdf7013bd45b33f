#!/bin/sh
# Tables in every language: every command's table and Markdown output with --lang fa (and ar, ru)
# holds no English word of bloc's own (a word of three letters or more of a msgid in
# po/bloc.pot) once the data's own texts are taken out; CSV and JSON keep their English headers
# and words. The same check on English output finds many, so it can fail.
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

data=tests/data/i18n

# bloc's English words: those of every msgid. NODF and PageRank are names, the same in every
# language.
awk '/^msgid(_plural)? "/ { keep = 1 } /^(msgctxt|msgstr)/ { keep = 0 } /^#/ { keep = 0 }
     keep { sub(/^msgid(_plural)? /, ""); print }' po/bloc.pot |
    sed 's/^"//; s/"$//; s/\\[nt"\\]/ /g; s/%[0-9]*\$*[a-z]*//g' | grep -oE '[A-Za-z]{3,}' |
    tr 'A-Z' 'a-z' | grep -vxE 'pagerank|nodf' | sort -u > "$tmp/english"
[ "$(wc -l < "$tmp/english")" -gt 200 ] || fail "too few English words: $(wc -l < "$tmp/english")"

# The data's own texts, which stay as the data has them: the title, descriptions, group names,
# names in English (show lists every name), notes, sources, and the dataset's folder; and the
# user's own words on the command line.
{
    sed -n 's/^\(title\|description\|name\|sources\)=//p' "$data/dataset.ini"
    awk -F, 'NR > 1 { print $3; if ($9 != "") print $9 }' "$data/entities.csv"
    awk -F, 'NR > 1 { print $6; if ($7 != "") print $7 }' "$data/ties.csv"
    echo "$data"
    # The words bloc find was asked for, which its caption quotes.
    echo "first state"
} | awk '{ print length($0) "\t" $0 }' | sort -rn | cut -f2- > "$tmp/data"

# The English words of bloc in @1, once the data's texts and Markdown's "Table:" are taken out,
# one a line.
english_in() {
    awk -v datafile="$tmp/data" '
        BEGIN { while ((getline s < datafile) > 0) if (s != "") texts[++n] = s }
        {
            line = $0
            # A Markdown table'"'"'s caption line starts with "Table:", which is syntax.
            sub(/^Table: /, "", line)
            for (i = 1; i <= n; i++)
                while ((at = index(line, texts[i])) > 0)
                    line = substr(line, 1, at - 1) " " substr(line, at + length(texts[i]))
            print line
        }' "$1" | grep -oE '[A-Za-z]{3,}' | tr 'A-Z' 'a-z' | sort -u | comm -12 - "$tmp/english"
}

# Every command, with options that reach every caption and cell word: a what-if for the
# captions and --compare tables, a year, a group, both sides, every method.
cat > "$tmp/commands" << 'EOF'
check
summary
summary --year 2006
members O1 --all --notes
members O1 --add DD:O1:member
memberships AA --roles member,host,part_of
memberships FO
overlap
overlap --between organizations --top 3 --min 1
overlap --compare --add DD:O1:member --all --top 4
centrality
centrality --graph countries --measure degree,strength,closeness,harmonic,betweenness,eigenvector,pagerank
centrality --graph two-mode --side countries --top 2
centrality --group zeta
centrality --compare --add DD:O1:member
gaps
gaps --only-gaps --year 2010
gaps --compare --add DD:O1:member --all
gaps --compare --remove AA:O2 --only-gaps
nesting
nesting --group zeta --min-members 1
communities
communities --method multilevel --weight jaccard --group zeta
communities --method barber
timeline
timeline AA
timeline --add DD:O1:member
diff --from 1995 --to 2012
diff --from 1995 --to 2012 --group none
find Alpha
find first state
show AA
show FO
show EX --year 2000
backbone --alpha 1
backbone --alpha 1 --signed --correction none
backbone --method fdsm --samples 30 --alpha 1
nestedness --samples 30
nestedness --group zeta --null equiprobable --samples 30
EOF

checked=0
while read -r line; do
    for lang in fa ar ru en; do
        for format in table markdown; do
            out="$tmp/out"
            # shellcheck disable=SC2086
            "$bloc" $line -d "$data" --lang "$lang" --format "$format" > "$out" 2> "$tmp/err"
            status=$?
            [ $status -eq 0 ] || fail "bloc $line --lang $lang --format $format: exit $status: $(cat "$tmp/err")"
            [ -s "$out" ] || fail "bloc $line --lang $lang --format $format: no output"
            english_in "$out" > "$tmp/found"
            if [ "$lang" = en ]; then
                cat "$tmp/found" >> "$tmp/english-found"
            elif [ -s "$tmp/found" ]; then
                fail "bloc $line --lang $lang --format $format has English words: $(tr '\n' ' ' < "$tmp/found")
$(cat "$out")"
            fi
            checked=$((checked + 1))
        done
    done
done < "$tmp/commands"
[ $checked -eq $((39 * 8)) ] || fail "checked $checked outputs"

# The check sees English where there is some: headings, captions, kinds, roles, changes.
sort -u "$tmp/english-found" > "$tmp/english-all"
[ "$(wc -l < "$tmp/english-all")" -gt 100 ] || fail "the check finds too little English: $(wc -l < "$tmp/english-all")"
for word in observer member country join founding coverage current snapshot total; do
    grep -qx "$word" "$tmp/english-all" || fail "the check does not see '$word' in English output"
done

# Scripts get English identifiers whatever --lang: CSV headers and words, JSON keys and words.
"$bloc" members O1 -d "$data" --lang fa --format csv > "$tmp/fa.csv" || fail "members --format csv"
[ "$(head -n 1 "$tmp/fa.csv")" = "id,name,kind,role,since,until,source$(printf '\r')" ] ||
    fail "CSV header: $(head -n 1 "$tmp/fa.csv")"
grep -q ',country,member,' "$tmp/fa.csv" || fail "CSV words are not English: $(cat "$tmp/fa.csv")"
"$bloc" timeline -d "$data" --lang ar --format json > "$tmp/ar.json" || fail "timeline --format json"
grep -q '"change" : "founding"' "$tmp/ar.json" || fail "JSON words are not English: $(cat "$tmp/ar.json")"
"$bloc" gaps -d "$data" --lang fa --format csv --add DD:O1:member > "$tmp/gaps.csv" || fail "gaps csv"
grep -q 'what_if' "$tmp/gaps.csv" || fail "CSV has no what_if column"
grep -q 'added DD -> O1 (member)' "$tmp/gaps.csv" || fail "the CSV what-if is not English: $(cat "$tmp/gaps.csv")"
exit 0
