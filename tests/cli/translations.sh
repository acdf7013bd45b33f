#!/bin/sh
# bloc's catalogs of words: po/bloc.pot holds every word the sources mark, every po/LANG.po
# translates all of them and compiles; and a figure asked for in a language without a catalog
# is drawn in English with a warning that names the language.
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

command -v xgettext > /dev/null || { echo "xgettext is missing (make deps installs gettext)"; exit 77; }
./scripts/update-po --check > "$tmp/check" 2>&1 || fail "catalogs: $(cat "$tmp/check")"

# The check fails on a word marked in the sources but missing from the template.
mkdir -p "$tmp/copy"
cp -R scripts po src "$tmp/copy/"
printf 'static const char *x = N_ ("a word no catalog has");\n' >> "$tmp/copy/src/render/bloc-label.c"
(cd "$tmp/copy" && ./scripts/update-po --check > "$tmp/stale" 2>&1) && fail "a stale bloc.pot passed the check"
grep -q 'a word no catalog has' "$tmp/stale" || fail "the check does not name the new word: $(cat "$tmp/stale")"

# A language without a catalog: a warning naming it, an English figure, exit 0.
"$bloc" render --view gaps --lang de -T gv > "$tmp/de.gv" 2> "$tmp/de.err"
status=$?
[ $status -eq 0 ] || fail "--lang de: exit $status"
[ "$(cat "$tmp/de.err")" = "bloc: warning: no translation of bloc's words into 'de' (figure words stay in English; labels use the name@de column where there is one)" ] ||
    fail "--lang de: $(cat "$tmp/de.err")"
grep -q 'current ties' "$tmp/de.gv" || fail "--lang de: the figure is not in English"
# A language with one: no warning, its words.
"$bloc" render --view gaps --lang ru -T gv > "$tmp/ru.gv" 2> "$tmp/ru.err"
[ $? -eq 0 ] || fail "--lang ru failed"
[ ! -s "$tmp/ru.err" ] || fail "--lang ru warned: $(cat "$tmp/ru.err")"
grep -q 'текущие связи' "$tmp/ru.gv" || fail "--lang ru: the figure is not in Russian"
# Without a catalog folder, the warning names the language too.
BLOC_LOCALEDIR="$tmp/nowhere" "$bloc" render --view gaps --lang fa -T gv > "$tmp/fa.gv" 2> "$tmp/fa.err"
[ $? -eq 0 ] || fail "--lang fa without catalogs failed"
grep -q "no translation of bloc's words into 'fa'" "$tmp/fa.err" || fail "no warning without catalogs: $(cat "$tmp/fa.err")"
exit 0
