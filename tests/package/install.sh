#!/bin/sh
# install.sh BLOC BUILD_DIR: cmake --install into a temporary prefix gives exactly the files bloc
# installs; the installed bloc runs from there (it finds its library by its run path); the
# library exports only the public API; the example builds against the installed library through
# pkg-config, runs and prints the gaps of Central Asia; the library finds the installed catalogs
# beside itself, wherever the tree is moved; and bloc help CMD opens the installed manual page on
# a terminal, and prints --help elsewhere.
# BLOC_LIBDIR, BLOC_INCLUDEDIR, BLOC_MANDIR and BLOC_DATADIR are GNUInstallDirs' folders and
# BLOC_SOVERSION the library's version (tests/CMakeLists.txt).
set -u
bloc=$1
build=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
p=$tmp/prefix
lib=$p/$BLOC_LIBDIR

cmake --install "$build" --prefix "$p" > "$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "cmake --install"; }

# The files: the program, the library and its links, the public headers, bloc.pc, a manual page
# for bloc and one per command, and the completion.
"$bloc" __complete "" > "$tmp/commands" || fail "bloc __complete"
{
    echo "bin/bloc"
    echo "$BLOC_LIBDIR/libbloc.so"
    echo "$BLOC_LIBDIR/libbloc.so.${BLOC_SOVERSION%%.*}"
    echo "$BLOC_LIBDIR/libbloc.so.$BLOC_SOVERSION"
    echo "$BLOC_LIBDIR/pkgconfig/bloc.pc"
    for h in include/bloc/*.h; do echo "$BLOC_INCLUDEDIR/bloc/${h##*/}"; done
    echo "$BLOC_MANDIR/man1/bloc.1"
    grep -v -e '^words$' -e '^--' "$tmp/commands" | sed "s|.*|$BLOC_MANDIR/man1/bloc-&.1|"
    echo "$BLOC_DATADIR/bash-completion/completions/bloc"
} | LC_ALL=C sort > "$tmp/expected"
(cd "$p" && find . ! -type d) | sed 's|^\./||' | LC_ALL=C sort > "$tmp/found"
# Message catalogs (share/locale) are installed by the translations' own rules.
grep -v "^$BLOC_DATADIR/locale/" "$tmp/found" > "$tmp/actual"
diff -u "$tmp/expected" "$tmp/actual" || fail "the installed files differ"
cmp completion/bloc.bash "$p/$BLOC_DATADIR/bash-completion/completions/bloc" || fail "completion"

# The installed bloc finds the installed library, without LD_LIBRARY_PATH.
env -u LD_LIBRARY_PATH "$p/bin/bloc" check > "$tmp/check" 2>&1 || { cat "$tmp/check"; fail "installed bloc check"; }
grep -q '^embedded:central-asia-security: ok' "$tmp/check" || fail "check printed: $(cat "$tmp/check")"
env -u LD_LIBRARY_PATH ldd "$p/bin/bloc" > "$tmp/ldd" || fail "ldd"
found=$(awk '$1 ~ /^libbloc\.so/ { print $3 }' "$tmp/ldd")
[ -n "$found" ] && [ "$(readlink -f "$found")" = "$(readlink -f "$lib/libbloc.so.$BLOC_SOVERSION")" ] ||
    fail "bloc does not use the installed library: $(cat "$tmp/ldd")"
readelf -d "$lib/libbloc.so.$BLOC_SOVERSION" > "$tmp/dynamic" || fail "readelf"
grep -q "SONAME.*\[libbloc.so.${BLOC_SOVERSION%%.*}\]" "$tmp/dynamic" || fail "no SONAME libbloc.so.${BLOC_SOVERSION%%.*}"

# The library exports the functions of the public headers and nothing else.
nm -D --defined-only "$lib/libbloc.so" > "$tmp/nm" || fail "nm"
awk '($2 == "T" || $2 == "D" || $2 == "B" || $2 == "R") && $3 != "BLOC_0" { sub(/@.*/, "", $3); print $3 }' "$tmp/nm" > "$tmp/exported"
[ -s "$tmp/exported" ] || fail "nothing exported"
while read -r symbol; do
    grep -q "[ *]$symbol (" "$p/$BLOC_INCLUDEDIR"/bloc/*.h || fail "exported but not public: $symbol"
done < "$tmp/exported"
[ "$(wc -l < "$tmp/exported")" -gt 200 ] || fail "only $(wc -l < "$tmp/exported") functions exported"
# The public headers need GLib, GIO and json-glib, not igraph, Graphviz or libxml2.
if grep -l -e '#include.*igraph' -e '#include.*graphviz' -e '#include.*cgraph' -e '#include.*libxml' \
    "$p/$BLOC_INCLUDEDIR"/bloc/*.h > "$tmp/private"; then
    fail "public headers include private dependencies: $(cat "$tmp/private")"
fi

# The example, against the installed library only.
PKG_CONFIG_PATH=$lib/pkgconfig pkg-config --cflags --libs bloc > "$tmp/flags" || fail "pkg-config bloc"
grep -q -e '-I/' "$tmp/flags" || fail "pkg-config: $(cat "$tmp/flags")"
grep -q -e 'igraph' -e 'graphviz' "$tmp/flags" && fail "pkg-config names private dependencies: $(cat "$tmp/flags")"
# shellcheck disable=SC2046
cc -Wall -Wextra -Werror -o "$tmp/gaps" examples/gaps.c $(cat "$tmp/flags") 2> "$tmp/cc" || { cat "$tmp/cc"; fail "the example does not build"; }
LD_LIBRARY_PATH=$lib "$tmp/gaps" > "$tmp/gaps.out" 2> "$tmp/gaps.err" || { cat "$tmp/gaps.err"; fail "the example failed"; }
cat > "$tmp/gaps.expected" <<'EOT'
Gaps of Central Asia, in Central Asia security mechanisms:
CIS-TJ-BORDER-2014   3 of 5 take part; absent: TM UZ
CSTO                 3 of 5 take part; absent: TM UZ
CSTO-CRDF-CA         3 of 5 take part; absent: TM UZ
CSTO-CRRF            3 of 5 take part; absent: TM UZ
SCO                  4 of 5 take part; absent: TM
SCO-RATS             4 of 5 take part; absent: TM
TREATY-2000          4 of 5 take part; absent: TM
EOT
diff -u "$tmp/gaps.expected" "$tmp/gaps.out" || fail "the example's output"
[ -s "$tmp/gaps.err" ] && fail "the example wrote to stderr: $(cat "$tmp/gaps.err")"

# The installed catalogs: the library finds them beside itself (not in the build tree, nor in the
# prefix it was configured for), also once the installed tree is moved; the installed bloc
# writes a Persian table with them.
for lang in $(grep '^[a-zA-Z]' po/LINGUAS); do
    [ -f "$p/$BLOC_DATADIR/locale/$lang/LC_MESSAGES/bloc.mo" ] || fail "no $lang catalog installed"
done
cat > "$tmp/localedir.c" <<'EOT'
#include <stdio.h>
#include <bloc.h>
int
main (void)
{
    bloc_init ();
    printf ("%s\n", bloc_i18n_localedir ());
    return 0;
}
EOT
# shellcheck disable=SC2046
cc -Wall -Werror -o "$tmp/localedir" "$tmp/localedir.c" $(cat "$tmp/flags") 2> "$tmp/cc" || { cat "$tmp/cc"; fail "localedir.c does not build"; }
mv "$p" "$tmp/moved"
p=$tmp/moved
found=$(env -u BLOC_LOCALEDIR LD_LIBRARY_PATH="$p/$BLOC_LIBDIR" "$tmp/localedir") || fail "localedir"
[ "$found" = "$(cd "$p/$BLOC_DATADIR/locale" && pwd -P)" ] || fail "the library reads its catalogs from '$found', not from $p/$BLOC_DATADIR/locale"
env -u BLOC_LOCALEDIR -u LD_LIBRARY_PATH "$p/bin/bloc" members SCO --lang fa > "$tmp/fa" 2>&1 || fail "installed bloc --lang fa: $(cat "$tmp/fa")"
sed -n 3p "$tmp/fa" | grep -q '^شناسه  *نام ' || fail "the installed bloc's table is not Persian: $(cat "$tmp/fa")"

# bloc help gaps: --help on a pipe; the installed page on a terminal (script(1) gives one).
"$p/bin/bloc" help gaps > "$tmp/help" 2>&1 || fail "bloc help gaps"
"$p/bin/bloc" gaps --help > "$tmp/gaps-help" 2>&1 || fail "bloc gaps --help"
cmp "$tmp/help" "$tmp/gaps-help" || fail "bloc help gaps on a pipe is not bloc gaps --help"
if command -v man > /dev/null && command -v script > /dev/null; then
    MANPAGER=cat PAGER=cat MANWIDTH=80 MANPATH=/nonexistent \
        script -qec "'$p/bin/bloc' help gaps" /dev/null > "$tmp/man.tty" 2>&1 ||
        fail "bloc help gaps on a terminal: $(cat "$tmp/man.tty")"
    # Without the overstrikes of bold and underlined text.
    bs=$(printf '\b')
    sed "s/.$bs//g" "$tmp/man.tty" > "$tmp/man"
    grep -q 'bloc-gaps - Who in a group stays out of what' "$tmp/man" || fail "bloc help gaps on a terminal showed: $(head -5 "$tmp/man")"
    grep -q 'COMMON OPTIONS' "$tmp/man" || fail "no COMMON OPTIONS in the page shown"
fi
exit 0
