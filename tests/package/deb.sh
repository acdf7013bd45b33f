#!/bin/sh
# deb.sh BLOC BUILD_DIR: CPack makes a Debian package of the build (as make deb does of its own
# build, configured for /usr): its control fields, its Depends (a package for every library the
# program and libbloc load, as dpkg-shlibdeps found them), its shlibs, its files, and the
# program run from the unpacked package.
set -u
bloc=$1
build=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
command -v dpkg-shlibdeps > /dev/null || { echo "skip: no dpkg-shlibdeps (apt-get install dpkg-dev)"; exit 77; }

(cd "$build" && cpack -G DEB -B "$tmp/out") > "$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; fail "cpack"; }
arch=$(dpkg --print-architecture)
deb=$tmp/out/bloc_${BLOC_VERSION}_$arch.deb
[ -f "$deb" ] || fail "no $deb: $(ls "$tmp/out")"

dpkg-deb -f "$deb" Package Version Architecture Section > "$tmp/fields" || fail "dpkg-deb -f"
printf 'Package: bloc\nVersion: %s\nArchitecture: %s\nSection: science\n' "$BLOC_VERSION" "$arch" > "$tmp/expected"
diff -u "$tmp/expected" "$tmp/fields" || fail "control fields"
dpkg-deb -f "$deb" Depends > "$tmp/depends" || fail "no Depends"
dpkg-deb -I "$deb" shlibs > "$tmp/shlibs" || fail "no shlibs"
echo "libbloc ${BLOC_VERSION%%.*} bloc (>= $BLOC_VERSION)" > "$tmp/expected"
diff -u "$tmp/expected" "$tmp/shlibs" || fail "shlibs"
dpkg-deb -I "$deb" triggers > "$tmp/triggers" 2>/dev/null || dpkg-deb -I "$deb" postinst > "$tmp/triggers" ||
    fail "neither triggers nor postinst"
grep -q ldconfig "$tmp/triggers" || fail "libbloc is not followed by ldconfig: $(cat "$tmp/triggers")"

# The files, all under /usr.
dpkg-deb -c "$deb" > "$tmp/contents" || fail "dpkg-deb -c"
awk '{ print $6 }' "$tmp/contents" > "$tmp/paths"
grep -v '^\./usr/' "$tmp/paths" | grep -v '^\./$' > "$tmp/outside" && fail "files outside /usr: $(cat "$tmp/outside")"
for path in ./usr/bin/bloc ./usr/include/bloc/bloc.h ./usr/share/man/man1/bloc.1 \
    ./usr/share/man/man1/bloc-gaps.1 ./usr/share/bash-completion/completions/bloc; do
    grep -q -x "$path" "$tmp/paths" || fail "no $path in the package"
done
grep -q -x '\./usr/lib/\(.*/\)\{0,1\}libbloc\.so\.'"${BLOC_VERSION%%.*}" "$tmp/paths" || fail "no libbloc.so.${BLOC_VERSION%%.*}"
grep -q -x '\./usr/lib/\(.*/\)\{0,1\}pkgconfig/bloc\.pc' "$tmp/paths" || fail "no bloc.pc"
[ "$(grep -c '^\./usr/share/man/man1/bloc.*\.1' "$tmp/paths")" -ge 20 ] || fail "manual pages missing"

# Depends names the package of every library that bloc and libbloc load (but libbloc itself).
dpkg-deb -x "$deb" "$tmp/root" || fail "dpkg-deb -x"
libbloc=$(find "$tmp/root/usr/lib" -name "libbloc.so.$BLOC_VERSION")
for elf in "$tmp/root/usr/bin/bloc" "$libbloc"; do
    readelf -d "$elf" > "$tmp/dynamic" || fail "readelf $elf"
    sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' "$tmp/dynamic" > "$tmp/needed"
    while read -r soname; do
        case $soname in libbloc.so.*) continue ;; esac
        path=$(ldconfig -p | awk -v s="$soname" '$1 == s { print $NF; exit }')
        [ -n "$path" ] || fail "$soname is not installed"
        package=$(dpkg -S "$(readlink -f "$path")" 2> /dev/null | head -1 | cut -d: -f1)
        [ -n "$package" ] || package=$(dpkg -S "$path" | head -1 | cut -d: -f1)
        grep -q -e "\(^\|, \)$package\( (\|,\|$\)" "$tmp/depends" ||
            fail "$soname ($package) is not in Depends: $(cat "$tmp/depends")"
    done < "$tmp/needed"
done

# The unpacked program runs, with the unpacked library.
LD_LIBRARY_PATH=$(dirname "$libbloc") "$tmp/root/usr/bin/bloc" check > "$tmp/check" 2>&1 ||
    fail "the packaged bloc: $(cat "$tmp/check")"
grep -q '^embedded:central-asia-security: ok' "$tmp/check" || fail "check printed $(cat "$tmp/check")"
exit 0
