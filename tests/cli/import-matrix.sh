#!/bin/sh
# bloc import matrix: co-memberships a hand count gives, every option, every bad input.
. tests/cli/lib/import.sh

# --- People × groups, CR-only line ends: the co-memberships counted by hand -------------------
# ANA: CHOIR, CHESS. BEN: CHOIR, ROWING (' 0 ' is 0). CAI: CHOIR, CHESS ('member'), ROWING.
# DEV: ROWING (an empty cell is 0). So ANA-BEN share 1 (CHOIR), ANA-CAI 2 (CHOIR, CHESS),
# ANA-DEV none, BEN-CAI 2 (CHOIR, ROWING), BEN-DEV 1 (ROWING), CAI-DEV 1 (ROWING).
imp groups matrix $data/groups-cr.csv --row-kind person
same "$tmp/groups: 7 entities (4 person, 3 organization), 8 ties (8 member)
read: 4 rows by 3 columns of $data/groups-cr.csv, fields separated by ','
skipped: 4 cells, no tie (0 or empty: 4)" "$tmp/groups.out" "groups report"
"$bloc" overlap -d "$tmp/groups" --actors person --format csv > "$tmp/overlap" || fail "overlap"
cut -d, -f1-3 "$tmp/overlap" > "$tmp/shared"
same "a,b,shared
ANA,BEN,1
ANA,CAI,2
BEN,CAI,2
BEN,DEV,1
CAI,DEV,1" "$tmp/shared" "co-memberships by hand"
"$bloc" overlap -d "$tmp/groups" --actors person --between others --format csv > "$tmp/o2" ||
    fail "overlap of groups"
cut -d, -f1-3 "$tmp/o2" > "$tmp/shared2"
# CHESS-CHOIR share ANA and CAI; CHESS-ROWING CAI; CHOIR-ROWING BEN and CAI.
same "a,b,shared
CHESS,CHOIR,2
CHESS,ROWING,1
CHOIR,ROWING,2" "$tmp/shared2" "groups' shared members"

# --- Davis as a matrix, CR-only: the same 89 attendances as the Davis dataset -----------------
imp davis matrix $data/davis-matrix-cr.csv --row-kind person --column-kind forum
tail -n +2 tests/data/davis/ties.csv | cut -d, -f1,2 | sort > "$tmp/pairs"
tail -n +2 "$tmp/davis/ties.csv" | cut -d, -f1,2 > "$tmp/pairs.got"
cmp -s "$tmp/pairs" "$tmp/pairs.got" || fail "Davis pairs: $(diff "$tmp/pairs" "$tmp/pairs.got")"
"$bloc" overlap -d tests/data/davis --actors person --format csv > "$tmp/o-davis" ||
    fail "overlap tests/data/davis"
cut -d, -f1-3 "$tmp/o-davis" > "$tmp/o1"
"$bloc" overlap -d "$tmp/davis" --actors person --format csv > "$tmp/o" || fail "overlap davis"
cut -d, -f1-3 "$tmp/o" > "$tmp/o2"
cmp -s "$tmp/o1" "$tmp/o2" || fail "Davis co-attendance differs"
"$bloc" centrality -d "$tmp/davis" --actors person --format csv > "$tmp/c" || fail "centrality"
grep -q '^EVELYN,Evelyn Jefferson,' "$tmp/c" && fail "names do not come from a matrix" || true
grep -q '^EVELYN,EVELYN,person,' "$tmp/c" || fail "--actors person in centrality: $(head -3 "$tmp/c")"

# People and events: --actors person works in every command that takes --actors.
run() { # run NAME ARGS...: bloc ARGS -d the Davis import --actors person, into $tmp/NAME
    name=$1
    shift
    "$bloc" "$@" -d "$tmp/davis" --actors person > "$tmp/$name.crlf" 2> "$tmp/err" ||
        fail "$* --actors person: $(cat "$tmp/err")"
    tr -d '\r' < "$tmp/$name.crlf" > "$tmp/$name"
}
run gaps gaps --group EVELYN,LAURA --format csv
grep -q '^E1,E1,forum,1,EVELYN;LAURA,$' "$tmp/gaps" || fail "gaps of Evelyn and Laura: $(head -3 "$tmp/gaps")"
run nesting nesting --format csv
grep -qx 'E1,E3' "$tmp/nesting" || fail "E1's attendees are within E3's: $(head -3 "$tmp/nesting")"
run communities communities --format csv
grep -q 'EVELYN' "$tmp/communities" || fail "communities of women: $(head -3 "$tmp/communities")"
run diff diff --from 1935 --to 1936 --format csv
same "year,from,to,role,change,from_name,to_name" "$tmp/diff" "diff of undated ties"
run svg render --view membership -T svg
grep -q 'Evelyn\|EVELYN' "$tmp/svg" || fail "render --actors person"
run overlap overlap --between others --format csv
grep -q '^E8,E9,9,' "$tmp/overlap" || fail "E8 and E9 share 9 women: $(head -3 "$tmp/overlap")"
run centrality centrality --graph actors --format csv
grep -q '^EVELYN,EVELYN,person,17,' "$tmp/centrality" || fail "Evelyn's degree: $(head -3 "$tmp/centrality")"

# --- The shape bloc export -T incidence writes, with no options -------------------------------
imp incidence matrix $data/incidence.csv
same "from,to,role,since,until,source
AF,CICA,observer,,,incidence.csv:6:14
AF,SCO,observer,,,incidence.csv:6:5
KG,CICA,member,,,incidence.csv:3:18
KG,CSTO,member,,,incidence.csv:3:4
KG,SCO,member,,,incidence.csv:3:11
KZ,CICA,member,,,incidence.csv:2:18
KZ,CSTO,member,,,incidence.csv:2:4
KZ,SCO,member,,,incidence.csv:2:11
TJ,CSTO,member,,,incidence.csv:4:4
TJ,SCO,member,,,incidence.csv:4:11
UZ,SCO,member,,,incidence.csv:5:5" "$tmp/incidence/ties.csv" "incidence ties"

# --- Options ----------------------------------------------------------------------------------
# --transpose: organizations as rows; the countries take part in them. ';' is guessed.
printf 'org;KZ;UZ\nCSTO;1;0\nSCO;1;1\n' > "$tmp/t.csv"
imp t matrix "$tmp/t.csv" --transpose --title 'Transposed'
same "from,to,role,since,until,source
KZ,CSTO,member,,,t.csv:2:6
KZ,SCO,member,,,t.csv:3:5
UZ,SCO,member,,,t.csv:3:7" "$tmp/t/ties.csv" "--transpose ties"
same "id,kind,name
CSTO,organization,CSTO
KZ,country,KZ
SCO,organization,SCO
UZ,country,UZ" "$tmp/t/entities.csv" "--transpose kinds"
grep -qx 'title=Transposed' "$tmp/t/dataset.ini" || fail "--title"
imp t2 matrix "$tmp/t.csv" --transpose --row-kind agreement --column-kind person --delimiter ';'
grep -qx 'CSTO,agreement,CSTO' "$tmp/t2/entities.csv" || fail "--row-kind with --transpose"
grep -qx 'KZ,CSTO,member,,,t.csv:2:6' "$tmp/t2/ties.csv" || fail "--transpose with kinds"
# --role-map: coded cells, with none and missing; tabs.
printf '\tA\tB\tC\nX\tM\tobs\t-9\nY\t.\tM\tM\n' > "$tmp/codes.tsv"
imp codes matrix "$tmp/codes.tsv" --role-map 'M=member,obs=observer,.=none' --role-map=-9=missing
same "$tmp/codes: 5 entities (2 country, 3 organization), 4 ties (3 member, 1 observer)
read: 2 rows by 3 columns of $tmp/codes.tsv, fields separated by a tab
skipped: 2 cells, no tie (0 or empty: 1; missing: 1)
missing: 1 cell coded missing" "$tmp/codes.out" "--role-map report"
grep -qx 'X,B,observer,,,codes.tsv:2:5' "$tmp/codes/ties.csv" || fail "obs=observer"
# The map wins over the built-in meanings of 0 and 1.
printf ',A\nX,1\nY,0\n' > "$tmp/flip.csv"
imp flip matrix "$tmp/flip.csv" --role-map '1=none,0=observer'
same "from,to,role,since,until,source
Y,A,observer,,,flip.csv:3:3" "$tmp/flip/ties.csv" "the map wins"

# --- Bad input --------------------------------------------------------------------------------
try="Try 'bloc import --help'."
refused 2 "bloc: --row-kind: unknown kind 'people' (expected one of: country, person, organization, body, agreement, programme, forum, exercise)
$try" matrix $data/groups-cr.csv --row-kind people
refused 2 "bloc: --role-map 'y=yes': unknown role 'yes' (expected one of: member, associate, observer, partner, signatory, party, participant, donor, implementer, part_of, host, none, missing)
$try" matrix $data/groups-cr.csv --role-map y=yes
csv bad.csv << 'EOF'
,CSTO,SCO,CSTO,K;G
KZ,1,2,0,1
KG,1,yes
KZ,0,0,0,0
,1,1,1,1
UZ,1,1,0,1,1
EOF
refused 1 "bloc: $tmp/bad.csv:1:11: duplicate column 'CSTO' (expected each entity once; first at column 2)
bloc: $tmp/bad.csv:1:16: id with ',', ':', ';' or a control character (expected an id without them)
bloc: $tmp/bad.csv:2:6: bad cell '2' (expected 0, 1, empty, a role (member, associate, observer, partner, signatory, party, participant, donor, implementer, part_of, host) or a value given with --role-map)
bloc: $tmp/bad.csv:3:9: 3 fields (expected 5, as in the header)
bloc: $tmp/bad.csv:4:1: duplicate row 'KZ' (expected each entity once; first at line 2)
bloc: $tmp/bad.csv:5:1: empty id (expected an id like KZ or CSTO)
bloc: $tmp/bad.csv:6:12: 6 fields (expected 5, as in the header)" matrix "$tmp/bad.csv"
: > "$tmp/empty.csv"
refused 1 "bloc: $tmp/empty.csv:1:1: empty file (expected a header line: a corner cell, then the ids of the columns)" \
    matrix "$tmp/empty.csv"
printf 'KZ\nKG\n' > "$tmp/one.csv"
refused 1 "bloc: $tmp/one.csv:1:1: one column (expected a corner cell, then the ids of the columns, separated by ',')" \
    matrix "$tmp/one.csv"
printf ';CSTO;SCO\nKZ;1;1\n' > "$tmp/semi.csv"
refused 1 "bloc: $tmp/semi.csv:1:1: ';' but no ',' in the first line: the file looks ';'-separated (expected fields separated by ',')" \
    matrix "$tmp/semi.csv" --delimiter ,
printf ',CSTO\nR\351union,1\n' > "$tmp/latin1.csv"
refused 1 "bloc: $tmp/latin1.csv:2:2: invalid UTF-8: byte 0xE9, 'é' in Latin-1 (expected text encoded as UTF-8; convert the file from Latin-1 or Windows-1252)" \
    matrix "$tmp/latin1.csv"
# A row id that is also a column id: one entity cannot be both kinds.
printf ',KZ\nKZ,1\n' > "$tmp/both.csv"
refused 1 "bloc: $tmp/both.csv:2:1: 'KZ' is a country here but an organization at line 1 (expected one kind for each id)" \
    matrix "$tmp/both.csv"
no_hidden
exit 0
