#!/bin/sh
# bloc import table: every option, the shapes people bring, and every kind of bad input.
. tests/cli/lib/import.sh

# --- Davis, Gardner & Gardner: a long table of attendances, names from a column ---------------
imp davis table $data/davis-attendance.csv --from-name name --from-kind person --to-kind forum \
    --title 'Davis, Gardner & Gardner (1941)'
same "$tmp/davis: 32 entities (18 person, 14 forum), 89 ties (89 member)
read: 89 rows of $data/davis-attendance.csv, fields separated by ','" "$tmp/davis.out" "Davis report"
# The women, with their names, as in the Davis dataset; the events named by their ids.
grep ',person,' tests/data/davis/entities.csv | sort > "$tmp/women"
grep ',person,' "$tmp/davis/entities.csv" > "$tmp/women.got"
cmp -s "$tmp/women" "$tmp/women.got" || fail "Davis women: $(diff "$tmp/women" "$tmp/women.got")"
grep -qx 'E1,forum,E1' "$tmp/davis/entities.csv" || fail "E1 is a forum named by its id"
# The same 89 pairs, so the same co-attendance counts.
tail -n +2 tests/data/davis/ties.csv | cut -d, -f1,2 | sort > "$tmp/pairs"
tail -n +2 "$tmp/davis/ties.csv" | cut -d, -f1,2 > "$tmp/pairs.got"
cmp -s "$tmp/pairs" "$tmp/pairs.got" || fail "Davis pairs: $(diff "$tmp/pairs" "$tmp/pairs.got")"
"$bloc" overlap -d tests/data/davis --actors person --format csv > "$tmp/o1" || fail "overlap davis"
"$bloc" overlap -d "$tmp/davis" --actors person --format csv > "$tmp/o2" || fail "overlap import"
cut -d, -f1-3 "$tmp/o1" > "$tmp/o1.shared"
cut -d, -f1-3 "$tmp/o2" > "$tmp/o2.shared"
cmp -s "$tmp/o1.shared" "$tmp/o2.shared" || fail "Davis co-attendance differs"
grep -q '^EVELYN,THERESA,7,' "$tmp/o2" || fail "Evelyn and Theresa share 7 events"
grep -qx 'title=Davis, Gardner & Gardner (1941)' "$tmp/davis/dataset.ini" || fail "--title"

# --- Free-text roles: refused with every value, then mapped ----------------------------------
f=$data/treaty-roles.csv
refused 1 "bloc: $f: 6 values of the column 'status' are not roles of bloc (expected one of: member, associate, observer, partner, signatory, party, participant, donor, implementer, part_of, host; each is listed with its first line and count):
bloc: $f:3: 'full member', 5 times
bloc: $f:8: 'suspended', 1 time
bloc: $f:9: 'observer state', 3 times
bloc: $f:19: 'dialogue partner', 3 times
bloc: $f:24: 'compliant country', 2 times
bloc: $f:26: '' (empty), 1 time
bloc: map them with --role-map VALUE=ROLE (ROLE a role, none or missing), or give them one role with --other-role ROLE, which keeps each value in its tie's note" \
    table $f --role status
imp roles table $f --role status --role-map 'full member=member, observer state = observer' \
    --role-map 'dialogue partner=partner' --other-role participant
same "$tmp/roles: 16 entities (13 country, 3 organization), 25 ties (14 member, 4 observer, 3 partner, 4 participant)
read: 25 rows of $f, fields separated by ','" "$tmp/roles.out" "mapped roles report"
grep -v -e ',member,' -e ',observer,' -e ',partner,' "$tmp/roles/ties.csv" > "$tmp/others"
same "from,to,role,since,until,source,note
TJ,CICA,participant,,,treaty-roles.csv:24,compliant country
TM,CICA,participant,,,treaty-roles.csv:26,
UZ,CICA,participant,,,treaty-roles.csv:25,compliant country
UZ,CSTO,participant,,,treaty-roles.csv:8,suspended" "$tmp/others" "--other-role keeps the value"
grep -qx 'BY,CSTO,member,,,treaty-roles.csv:7,' "$tmp/roles/ties.csv" || fail "'Member' is member"
grep -qx 'RS,CSTO,observer,,,treaty-roles.csv:10,' "$tmp/roles/ties.csv" || fail "observer state"
# The map alone leaves the values it does not name.
refused 1 "bloc: $f: 3 values of the column 'status' are not roles of bloc (expected one of: member, associate, observer, partner, signatory, party, participant, donor, implementer, part_of, host; each is listed with its first line and count):
bloc: $f:8: 'suspended', 1 time
bloc: $f:24: 'compliant country', 2 times
bloc: $f:26: '' (empty), 1 time
bloc: map them with --role-map VALUE=ROLE (ROLE a role, none or missing), or give them one role with --other-role ROLE, which keeps each value in its tie's note" \
    table $f --role status --role-map 'full member=member,observer state=observer,dialogue partner=partner'
# `none` drops rows; `missing` drops them and counts them.
imp none table $f --role status --role-map 'full member=member,observer state=none,dialogue partner=none' \
    --role-map 'suspended=missing,compliant country=observer,=none'
same "$tmp/none: 16 entities (13 country, 3 organization), 17 ties (14 member, 3 observer)
read: 25 rows of $f, fields separated by ','
skipped: 8 rows, no tie (role mapped to missing: 1; role mapped to none: 7)
missing: 1 row coded missing, no tie" "$tmp/none.out" "none and missing report"

# --- A COW-style panel: one row per year, coded statuses --------------------------------------
codes='1=member,2=associate,3=observer,0=none,-9=missing'
imp panel table $data/panel.csv --from state --to org --year year --role status --role-map "$codes"
same "$tmp/panel: 8 entities (6 country, 2 organization), 11 ties (7 member, 3 associate, 1 observer)
read: 35 rows of $data/panel.csv, fields separated by ',', one row per year
skipped: 4 rows, no tie (role mapped to none: 4)
missing: 5 rows coded missing, across which a spell goes on" "$tmp/panel.out" "panel report"
# KZ: 1 1 -9 1 1 is one spell; TJ in the CSTO: 1 -9 2 2 2 is member until the associate years;
# KG: 1 -9 -9 goes on to the end; TJ in the SCO: -9 1 ... starts with the first code; UZ: 0 ends.
same "from,to,role,since,until,source
AF,SCO,observer,2009,2012,panel.csv:18
AF,SCO,associate,2012,,panel.csv:21
KG,SCO,member,2010,,panel.csv:24
KZ,CSTO,member,2008,,panel.csv:2
RU,SCO,member,2008,2010,panel.csv:27
RU,SCO,associate,2010,2012,panel.csv:29
RU,SCO,member,2012,,panel.csv:31
TJ,CSTO,member,2008,2010,panel.csv:12
TJ,CSTO,associate,2010,,panel.csv:14
TJ,SCO,member,2009,,panel.csv:33
UZ,CSTO,member,2008,2012,panel.csv:7" "$tmp/panel/ties.csv" "panel spells"
"$bloc" members CSTO -d "$tmp/panel" --year 2010 --format csv > "$tmp/m" || fail "members"
tail -n +2 "$tmp/m" | cut -d, -f1,4 > "$tmp/m2"
same "KZ,member
TJ,associate
UZ,member" "$tmp/m2" "CSTO in 2010"
imp panel-end table $data/panel.csv --from state --to org --year year --role status \
    --role-map "$codes" --missing end
grep -e '^KZ,' -e '^KG,' -e '^TJ,CSTO' "$tmp/panel-end/ties.csv" > "$tmp/end"
same "KG,SCO,member,2010,2011,panel.csv:24
KZ,CSTO,member,2008,2010,panel.csv:2
KZ,CSTO,member,2011,,panel.csv:5
TJ,CSTO,member,2008,2009,panel.csv:12
TJ,CSTO,associate,2010,,panel.csv:14" "$tmp/end" "--missing end"

# --- The columns bloc export -T edges writes, with no options ---------------------------------
imp edges table $data/edges.csv
same "id,kind,name
AF,country,Afghanistan
CSTO,organization,Collective Security Treaty Organization
KZ,country,Kazakhstan
SCO,organization,Shanghai Cooperation Organisation
SCO-RATS,body,Regional Anti-Terrorist Structure
UZ,country,Uzbekistan" "$tmp/edges/entities.csv" "edges entities"
same "from,to,role,since,until,source
AF,SCO,observer,2012,2021,SCO summit 2012
KZ,CSTO,member,2002,,Charter of 2002
SCO-RATS,SCO,part_of,2004,,SCO Charter
UZ,CSTO,member,2006,2012,\"Protocol, 2006\"
UZ,SCO,member,2001,,SCO Charter" "$tmp/edges/ties.csv" "edges ties"

# --- Every other option -----------------------------------------------------------------------
# Columns by any name, dates, sources and kinds from columns; ';' guessed; cells trimmed.
csv named.csv << 'EOF'
 who ; what ;kind_of_who; how ;joined;left;cite;label
 KZ ; CSTO ;country; member ;2002;;Charter; Kazakhstan 
ANNA;CSTO;person;observer;2010-05;2011-01-31;"a; b";Anna K.
EOF
imp named table "$tmp/named.csv" --from who --to what --role how --since joined --until left \
    --source cite --from-kind kind_of_who --to-kind organization --from-name label
same "id,kind,name
ANNA,person,Anna K.
CSTO,organization,CSTO
KZ,country,Kazakhstan" "$tmp/named/entities.csv" "named entities"
same "from,to,role,since,until,source
ANNA,CSTO,observer,2010-05,2011-01-31,a; b
KZ,CSTO,member,2002,,Charter" "$tmp/named/ties.csv" "named ties"
grep -q "fields separated by ';'" "$tmp/named.out" || fail "';' not guessed: $(cat "$tmp/named.out")"
# Names of the other side, and kinds that are constants.
printf 'who;what;title\nKZ;CSTO;Collective Security\nKG;CSTO;Collective Security\n' > "$tmp/to.csv"
imp to-name table "$tmp/to.csv" --from who --to what --to-name title --from-kind person \
    --to-kind forum --delimiter ';'
same "id,kind,name
CSTO,forum,Collective Security
KG,person,KG
KZ,person,KZ" "$tmp/to-name/entities.csv" "--to-name"
# Tabs, detected and given; a tab-separated file read as ',' says what it looks like.
printf 'country\torg\nKZ\tCSTO\nKG\tCSTO\n' > "$tmp/tabs.tsv"
imp tabs table "$tmp/tabs.tsv"
grep -q "fields separated by a tab" "$tmp/tabs.out" || fail "tab not guessed"
imp tabs2 table "$tmp/tabs.tsv" --delimiter tab
imp tabs3 table "$tmp/tabs.tsv" --delimiter "$(printf '\t')"
imp tabs4 table "$tmp/tabs.tsv" --delimiter '\t'
cmp -s "$tmp/tabs2/ties.csv" "$tmp/tabs3/ties.csv" && cmp -s "$tmp/tabs2/ties.csv" "$tmp/tabs4/ties.csv" ||
    fail "--delimiter tab, a tab and \\t differ"
refused 1 "bloc: $tmp/tabs.tsv:1:8: a tab but no ',' in the first line: the file looks tab-separated (expected fields separated by ',')" \
    table "$tmp/tabs.tsv" --delimiter ,
printf 'country;org\nKZ;CSTO\n' > "$tmp/semi.csv"
refused 1 "bloc: $tmp/semi.csv:1:8: ';' but no ',' in the first line: the file looks ';'-separated (expected fields separated by ',')" \
    table "$tmp/semi.csv" --delimiter ,
# CR-only and CRLF line ends, and a byte-order mark before the header.
printf '\357\273\277from,to\rKZ,CSTO\rKG,CSTO\r' > "$tmp/cr.csv"
imp cr table "$tmp/cr.csv"
same "from,to,role,since,until,source
KG,CSTO,member,,,cr.csv:3
KZ,CSTO,member,,,cr.csv:2" "$tmp/cr/ties.csv" "CR-only with a BOM"
printf 'from,to\r\nKZ,CSTO\r\n' > "$tmp/crlf.csv"
imp crlf table "$tmp/crlf.csv"
grep -qx 'KZ,CSTO,member,,,crlf.csv:2' "$tmp/crlf/ties.csv" || fail "CRLF"
# Ids with inner spaces; --quiet prints nothing.
printf 'member,group\nEvelyn Jefferson,Event 1\n' > "$tmp/spaces.csv"
imp spaces table "$tmp/spaces.csv" --quiet
[ ! -s "$tmp/spaces.out" ] || fail "--quiet printed: $(cat "$tmp/spaces.out")"
grep -qx 'Evelyn Jefferson,Event 1,member,,,spaces.csv:2' "$tmp/spaces/ties.csv" || fail "inner spaces"

# --- Options that name what is not there: exit 2, in bloc's words -----------------------------
try="Try 'bloc import --help'."
refused 2 "bloc: --role 'kind': no such column in $f (expected one of: country, organization, status)
$try" table $f --role kind
refused 2 "bloc: --from 'iso': no such column in $f (expected one of: country, organization, status)
$try" table $f --from iso
refused 2 "bloc: --from-kind 'nation': neither a kind nor a column of $f (expected one of: country, person, organization, body, agreement, programme, forum, exercise; or one of the columns: country, organization, status)
$try" table $f --from-kind nation
printf 'a,b\nx,y\n' > "$tmp/ab.csv"
refused 2 "bloc: $tmp/ab.csv: no column of participants (expected --from COL, or a column named from, country, state, member, actor, person or iso2); the columns are: a, b
$try" table "$tmp/ab.csv"
refused 2 "bloc: $tmp/ab.csv: no column of what they take part in (expected --to COL, or a column named to, organization, org, organisation, group or event); the columns are: a, b
$try" table "$tmp/ab.csv" --from a
printf 'Country,State,org\nx,y,z\n' > "$tmp/both.csv"
refused 2 "bloc: $tmp/both.csv: both 'Country' and 'State' could be the column --from names (expected --from COL to say which)
$try" table "$tmp/both.csv"
refused 2 "bloc: --year with --since or --until (expected either one row per year, or dates)
$try" table $f --year a --since b
refused 2 "bloc: --role-map and --other-role map the values of a role column, and $tmp/ab.csv has none (expected --role COL)
$try" table "$tmp/ab.csv" --from a --to b --other-role member
refused 2 "bloc: --role-map 'full': no '=' (expected VALUE=ROLE, like 1=member)
$try" table $f --role status --role-map full
refused 2 "bloc: --role-map 'x=boss': unknown role 'boss' (expected one of: member, associate, observer, partner, signatory, party, participant, donor, implementer, part_of, host, none, missing)
$try" table $f --role status --role-map x=boss
refused 2 "bloc: --role-map maps 'x' twice, to two roles (expected one role for each value)
$try" table $f --role status --role-map x=member --role-map x=none
refused 2 "bloc: --other-role: unknown role 'boss' (expected one of: member, associate, observer, partner, signatory, party, participant, donor, implementer, part_of, host)
$try" table $f --role status --other-role boss
R="member, associate, observer, partner, signatory, party, participant, donor, implementer, part_of, host"
refused 2 "bloc: unknown delimiter '|'; did you mean ',' or ';'? (expected one of: comma, semicolon, tab)
$try" table $f --delimiter '|'
refused 2 "bloc: unknown delimiter 'tabs'; did you mean 'tab'? (expected one of: comma, semicolon, tab)
$try" table $f --delimiter tabs
refused 2 "bloc: unknown missing-value rule 'skip' (expected one of: carry, end)
$try" table $data/panel.csv --year year --missing skip
refused 2 "bloc: unknown missing-value rule 'cary'; did you mean 'carry'? (expected one of: carry, end)
$try" table $data/panel.csv --year year --missing cary
refused 2 "bloc: --role-map 'x=obsever': unknown role 'obsever'; did you mean 'observer'? (expected one of: $R, none, missing)
$try" table $f --role status --role-map x=obsever
refused 2 "bloc: --other-role: unknown role 'partnr'; did you mean 'partner'? (expected one of: $R)
$try" table $f --role status --other-role partnr
refused 2 "bloc: --to-kind 'forums': neither a kind nor a column of $f (expected one of: country, person, organization, body, agreement, programme, forum, exercise; or one of the columns: country, organization, status)
$try" table $f --to-kind forums
refused 2 "bloc: 2 input files (expected one FILE for import table)
$try" table $f $f

# --- Bad data: every problem with its position, up to 20, then a count; nothing written -------
printf 'from,to,role,from,To\nKZ,CSTO,member,x,y\n' > "$tmp/dup.csv"
refused 1 "bloc: $tmp/dup.csv:1:14: duplicate column 'from' (expected each column once; first at column 1)
bloc: $tmp/dup.csv:1:19: duplicate column 'To' (expected each column once; first at column 6)" table "$tmp/dup.csv"
: > "$tmp/empty.csv"
refused 1 "bloc: $tmp/empty.csv:1:1: empty file (expected a header line, such as from,to,role)" \
    table "$tmp/empty.csv"
csv bad.csv << 'EOF'
from,to,role,since,until
KZ,CSTO,member,2002
KG,CSTO,member,2002,,extra
"K,Z",CSTO,member,,
KZ:1,CSTO,member,,
,CSTO,member,,
KZ,CSTO,member,20O2,
KZ,CSTO,member,2010,2002
KZ,KZ,member,,
CSTO,SCO,member,,
KZ,CSTO,member,2002,
KZ,SCO,member,2001-02-30,
KZ,CSTO,member,2002,
EOF
refused 1 "bloc: $tmp/bad.csv:2:20: 4 fields (expected 5, as in the header)
bloc: $tmp/bad.csv:3:22: 6 fields (expected 5, as in the header)
bloc: $tmp/bad.csv:4:1: id with ',', ':', ';' or a control character (expected an id without them)
bloc: $tmp/bad.csv:5:1: id with ',', ':', ';' or a control character (expected an id without them)
bloc: $tmp/bad.csv:6:1: empty id (expected an id like KZ or CSTO)
bloc: $tmp/bad.csv:7:16: bad date '20O2': not a year (expected YYYY, YYYY-MM or YYYY-MM-DD)
bloc: $tmp/bad.csv:8:21: until 2002 is before since 2010 (expected since <= until)
bloc: $tmp/bad.csv:9:4: 'KZ' is an organization here but a country at line 7 (expected one kind for each id)
bloc: $tmp/bad.csv:10:1: 'CSTO' is a country here but an organization at line 4 (expected one kind for each id)
bloc: $tmp/bad.csv:12:15: bad date '2001-02-30': not a day of that month (expected YYYY, YYYY-MM or YYYY-MM-DD)
bloc: $tmp/bad.csv:13: tie KZ -> CSTO (member, since 2002) again (expected each tie once; first at line 11)" \
    table "$tmp/bad.csv"
csv names.csv << 'EOF'
from,from_name,to,to_kind
KZ,Kazakhstan,CSTO,organization
KZ,Kazakstan,SCO,nation
EOF
refused 1 "bloc: $tmp/names.csv:3:4: 'KZ' is named 'Kazakstan' here but 'Kazakhstan' at line 2 (expected one name for each id)
bloc: $tmp/names.csv:3:18: unknown kind 'nation' (expected one of: country, person, organization, body, agreement, programme, forum, exercise)" \
    table "$tmp/names.csv"
csv years.csv << 'EOF'
state,org,year
KZ,CSTO,2002
KZ,CSTO,2002
KZ,CSTO,999
KZ,CSTO,soon
EOF
refused 1 "bloc: $tmp/years.csv:4:9: bad year '999' (expected a year from 1000 to 9999, like 1990)
bloc: $tmp/years.csv:5:9: bad year 'soon' (expected a year from 1000 to 9999, like 1990)
bloc: $tmp/years.csv:3: a second row for KZ -> CSTO in 2002 (expected one row for each pair and year; first at line 2)" \
    table "$tmp/years.csv" --year year
# Encodings: Latin-1 and Windows-1252 letters, and UTF-16, are named.
printf 'from,to\nR\351union,UN\n' > "$tmp/latin1.csv"
refused 1 "bloc: $tmp/latin1.csv:2:2: invalid UTF-8: byte 0xE9, 'é' in Latin-1 (expected text encoded as UTF-8; convert the file from Latin-1 or Windows-1252)" \
    table "$tmp/latin1.csv"
printf '\377\376f\000r\000o\000m\000' > "$tmp/utf16.csv"
refused 1 "bloc: $tmp/utf16.csv:1:1: UTF-16 (little-endian) text (expected text encoded as UTF-8; convert the file to UTF-8)" \
    table "$tmp/utf16.csv"
# Past 20 problems, a count.
{
    echo 'from,to,since'
    i=0
    while [ $i -lt 25 ]; do
        echo "KZ,CSTO,bad$i"
        i=$((i + 1))
    done
} > "$tmp/many.csv"
refused 1 "$(i=0; while [ $i -lt 20 ]; do
    echo "bloc: $tmp/many.csv:$((i + 2)):9: bad date 'bad$i': not a year (expected YYYY, YYYY-MM or YYYY-MM-DD)"
    i=$((i + 1))
done)
bloc: and 5 more problems (25 in all; the first 20 are shown)" table "$tmp/many.csv"
no_hidden
exit 0
