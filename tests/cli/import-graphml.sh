#!/bin/sh
# bloc import graphml: what a GraphML writer, yEd, Gephi, NetworkX and igraph write; bad input.
. tests/cli/lib/import.sh

# --- Kinds, labels, roles, dates and sources from attributes ----------------------------------
f=$data/kinds.graphml
refused 1 "bloc: $f: 1 value of the edge attribute 'role' is not a role of bloc (expected one of: member, associate, observer, partner, signatory, party, participant, donor, implementer, part_of, host; each is listed with its first line and count):
bloc: $f:29: 'dialogue partner', 1 time
bloc: map them with --role-map VALUE=ROLE (ROLE a role, none or missing), or give them one role with --other-role ROLE, which keeps each value in its tie's note" \
    graphml $f
imp kinds graphml $f --role-map 'dialogue partner=partner' --title 'From GraphML'
same "$tmp/kinds: 6 entities (3 country, 2 organization, 1 body), 5 ties (3 member, 1 partner, 1 part_of)
read: 6 nodes and 5 edges of $f, kinds from 'kind'" "$tmp/kinds.out" "kinds report"
# The kind's <default> (organization) for CSTO and SCO; an entity and a CDATA section in a label.
same 'id,kind,name
AF,country,Afghanistan
CSTO,organization,Collective Security Treaty Organization
KZ,country,Kazakhstan
SCO,organization,Shanghai Cooperation Organisation
SCO-RATS,body,SCO-RATS
UZ,country,"Uzbekistan & its ""regions"""' "$tmp/kinds/entities.csv" "kinds entities"
same 'from,to,role,since,until,source
AF,SCO,partner,,,kinds.graphml:29
KZ,CSTO,member,2002,,kinds.graphml:23
SCO-RATS,SCO,part_of,,,kinds.graphml:30
UZ,CSTO,member,2006,2012,"Protocol, 2006"
UZ,SCO,member,,,kinds.graphml:28' "$tmp/kinds/ties.csv" "kinds ties"
grep -qx 'title=From GraphML' "$tmp/kinds/dataset.ini" || fail "--title"
imp other graphml $f --other-role observer
grep -qx 'AF,SCO,observer,,,kinds.graphml:29,dialogue partner' "$tmp/other/ties.csv" ||
    fail "--other-role keeps the value in the note: $(cat "$tmp/other/ties.csv")"
imp none graphml $f --role-map 'dialogue partner=none'
grep -q '^skipped: 1 edge, no tie (role mapped to none: 1)$' "$tmp/none.out" || fail "none"

# --- yEd: names from the node graphics' first label -------------------------------------------
imp yed graphml $data/yed.graphml --actor-kind person
same 'id,kind,name
n0,person,Evelyn Jefferson
n1,person,Laura Mandeville
n2,forum,Event 1' "$tmp/yed/entities.csv" "yEd labels"

# --- Gephi: undirected edges go from the actors' side, whichever way they are written ---------
imp gephi graphml $data/gephi.graphml
same 'from,to,role,since,until,source
0,2,member,,,gephi.graphml:13
1,2,member,,,gephi.graphml:14' "$tmp/gephi/ties.csv" "Gephi orientation"

# --- What NetworkX and python-igraph write (Debian's packages) --------------------------------
if /usr/bin/python3 -c 'import networkx, igraph' 2> /dev/null; then
    /usr/bin/python3 - "$tmp" << 'EOF' || fail "writing GraphML with NetworkX and igraph"
import sys, networkx as nx, igraph as ig
tmp = sys.argv[1]
g = nx.davis_southern_women_graph()
g.graph.clear()  # lists, which GraphML cannot hold
nx.write_graphml(g, tmp + "/davis-nx.graphml")
b = ig.Graph.Bipartite([0, 0, 1, 1], [(0, 2), (1, 2), (0, 3)])
b.vs["name"] = ["KZ", "KG", "CSTO", "SCO"]
b.write_graphml(tmp + "/igraph.graphml")
EOF
    imp nx graphml "$tmp/davis-nx.graphml" --actor-kind person --other-kind forum
    same "$tmp/nx: 32 entities (18 person, 14 forum), 89 ties (89 member)
read: 32 nodes and 89 edges of $tmp/davis-nx.graphml, kinds from 'bipartite'" "$tmp/nx.out" "NetworkX"
    # NetworkX names the women in full; the co-attendance counts are those of the Davis dataset.
    "$bloc" overlap -d "$tmp/nx" --actors person --format csv > "$tmp/o" || fail "overlap nx"
    grep -q '^Evelyn Jefferson,Theresa Anderson,7,' "$tmp/o" || fail "Evelyn and Theresa share 7"
    cut -d, -f3 "$tmp/o" | sort > "$tmp/counts"
    "$bloc" overlap -d tests/data/davis --actors person --format csv > "$tmp/o-davis" ||
        fail "overlap davis"
    cut -d, -f3 "$tmp/o-davis" | sort > "$tmp/counts1"
    cmp -s "$tmp/counts" "$tmp/counts1" || fail "the co-attendance counts differ from Davis"
    imp ig graphml "$tmp/igraph.graphml" --kind-attribute type
    same 'id,kind,name
n0,country,KZ
n1,country,KG
n2,organization,CSTO
n3,organization,SCO' "$tmp/ig/entities.csv" "igraph node ids and names"
    refused 2 "bloc: $tmp/igraph.graphml: the nodes have neither a 'kind' nor a 'bipartite' attribute (expected --kind-attribute NAME, an attribute whose values are kinds, or 0 and 1; the node attributes are: type, name)
Try 'bloc import --help'." graphml "$tmp/igraph.graphml"
else
    echo "note: /usr/bin/python3 has no networkx or igraph; their GraphML is not tried"
fi

# --- A byte-order mark, and old Mac line ends, counted as lines -------------------------------
printf '\357\273\277<?xml version="1.0" encoding="UTF-8"?>\r<graphml>\r<key id="k" for="node" attr.name="kind"/>\r<graph edgedefault="directed">\r<node id="KZ"><data key="k">country</data></node>\r<node id="CSTO"><data key="k">organization</data></node>\r<edge source="KZ" target="CSTO"/>\r</graph>\r</graphml>\r' > "$tmp/cr.graphml"
imp cr graphml "$tmp/cr.graphml"
same 'from,to,role,since,until,source
KZ,CSTO,member,,,cr.graphml:7' "$tmp/cr/ties.csv" "CR-only GraphML"

# --- Bad input --------------------------------------------------------------------------------
try="Try 'bloc import --help'."
refused 2 "bloc: --kind-attribute 'sort': no node attribute of that name in $f (expected one of: kind, label)
$try" graphml $f --kind-attribute sort
refused 2 "bloc: --actor-kind: unknown kind 'people' (expected one of: country, person, organization, body, agreement, programme, forum, exercise)
$try" graphml $f --actor-kind people
head='<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="k" for="node" attr.name="kind"/>'
csv bad.graphml << EOF
$head
<graph edgedefault="undirected">
<node id="KZ"><data key="k">country</data></node>
<node id="KZ"><data key="k">country</data></node>
<node id="CSTO"><data key="k">bloc</data></node>
<node id="SCO"/>
<node id="A;B"><data key="k">country</data></node>
<node id="X"><data key="nope">1</data></node>
<edge source="KZ" target="UN"/>
<edge source="KZ"/>
<hyperedge><endpoint node="KZ"/></hyperedge>
<edge source="KZ" target="KZ"/>
</graph>
</graphml>
EOF
refused 1 "bloc: $tmp/bad.graphml:6: a second node 'KZ' (expected each node id once; first at line 5)
bloc: $tmp/bad.graphml:10: <data> for the key 'nope', which no <key> declares (expected the id of a <key>)
bloc: $tmp/bad.graphml:12: <edge> without a target (expected <edge source=\"...\" target=\"...\">)
bloc: $tmp/bad.graphml:13: a hyperedge (expected edges between two nodes)
bloc: $tmp/bad.graphml:7: node 'CSTO': kind 'bloc' is not a kind (expected one of: country, person, organization, body, agreement, programme, forum, exercise; or 0 and 1, for --actor-kind and --other-kind)
bloc: $tmp/bad.graphml:8: node 'SCO' has no 'kind' (expected a kind, or 0 or 1, for every node)
bloc: $tmp/bad.graphml:9: id with ',', ':', ';' or a control character (expected an id without them)
bloc: $tmp/bad.graphml:10: node 'X' has no 'kind' (expected a kind, or 0 or 1, for every node)
bloc: $tmp/bad.graphml:11: edge target 'UN' is not a node (expected the id of a node)
bloc: $tmp/bad.graphml:14: tie from 'KZ' to itself (expected two different entities)" graphml "$tmp/bad.graphml"
csv nested.graphml << EOF
$head
<graph edgedefault="directed">
<node id="KZ"><graph edgedefault="directed"/></node>
</graph>
</graphml>
EOF
refused 1 "bloc: $tmp/nested.graphml:5: a nested graph (expected one flat graph)" graphml "$tmp/nested.graphml"
# 0 and 1 are decimal numbers ("1.0" too), as every number bloc reads: not hexadecimal.
csv hexkind.graphml << EOF
$head
<graph edgedefault="undirected">
<node id="KZ"><data key="k">0</data></node>
<node id="CSTO"><data key="k">0x1</data></node>
<node id="SCO"><data key="k">1.0</data></node>
<edge source="KZ" target="CSTO"/>
<edge source="KZ" target="SCO"/>
</graph>
</graphml>
EOF
refused 1 "bloc: $tmp/hexkind.graphml:6: node 'CSTO': kind '0x1' is not a kind (expected one of: country, person, organization, body, agreement, programme, forum, exercise; or 0 and 1, for --actor-kind and --other-kind)" graphml "$tmp/hexkind.graphml"
csv two.graphml << EOF
$head
<graph edgedefault="directed"/>
<graph edgedefault="directed"/>
</graphml>
EOF
refused 1 "bloc: $tmp/two.graphml:5: a second graph (expected one flat graph)" graphml "$tmp/two.graphml"
# A misspelt kind gets the nearest names.
printf '%s\n<graph edgedefault="directed">
<node id="KZ"><data key="k">contry</data></node>
</graph>\n</graphml>\n' "$head" > "$tmp/typo.graphml"
refused 1 "bloc: $tmp/typo.graphml:5: node 'KZ': kind 'contry' is not a kind; did you mean 'country'? (expected one of: country, person, organization, body, agreement, programme, forum, exercise; or 0 and 1, for --actor-kind and --other-kind)" \
    graphml "$tmp/typo.graphml"
# XML lets C1 controls and noncharacters through; a dataset may not hold them.
printf '%s\n<key id="n" for="all" attr.name="name"/>\n<graph edgedefault="directed">
<node id="KZ"><data key="k">country</data><data key="n">Ka\302\205z</data></node>
<node id="CS\357\267\220TO"><data key="k">organization</data></node>
<edge source="KZ" target="SCO\302\237"/>
</graph>\n</graphml>\n' "$head" > "$tmp/c1.graphml"
refused 1 "bloc: $tmp/c1.graphml:6: the value of 'name': control character U+0085 (expected text)
bloc: $tmp/c1.graphml:7: the node's id: noncharacter U+FDD0 (expected text)
bloc: $tmp/c1.graphml:8: the edge's target: control character U+009F (expected text)" graphml "$tmp/c1.graphml"
csv broken.graphml << EOF
$head
<graph edgedefault="directed">
<node id="KZ">
</graph>
</graphml>
EOF
refused 1 "bloc: $tmp/broken.graphml:6:9: Opening and ending tag mismatch: node line 5 and graph (expected well-formed XML)" \
    graphml "$tmp/broken.graphml"
# Entities that expand without end are stopped by libxml2, and said once.
csv laughs.graphml << 'EOF'
<?xml version="1.0"?>
<!DOCTYPE graphml [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<graphml><key id="k" for="node" attr.name="kind"/><graph>
<node id="&g;"><data key="k">country</data></node>
</graph></graphml>
EOF
refused 1 "bloc: $tmp/laughs.graphml:12:14: Detected an entity reference loop (expected well-formed XML)" \
    graphml "$tmp/laughs.graphml"
printf '<?xml version="1.0"?>\n<gexf><graph/></gexf>\n' > "$tmp/gexf.graphml"
refused 1 "bloc: $tmp/gexf.graphml:2: root element <gexf> (expected <graphml>)" graphml "$tmp/gexf.graphml"
printf '<?xml version="1.0"?>\n<graphml>\n</graphml>\n' > "$tmp/nograph.graphml"
refused 1 "bloc: $tmp/nograph.graphml: no <graph> (expected one)" graphml "$tmp/nograph.graphml"
: > "$tmp/empty.graphml"
refused 1 "bloc: $tmp/empty.graphml:1:1: empty file (expected GraphML)" graphml "$tmp/empty.graphml"
# Encodings: Latin-1 bytes, a declared Latin-1, UTF-16.
printf '<?xml version="1.0"?>\n<graphml>\n<node id="R\351union"/>\n</graphml>\n' > "$tmp/latin1.graphml"
refused 1 "bloc: $tmp/latin1.graphml:3:12: invalid UTF-8: byte 0xE9, 'é' in Latin-1 (expected text encoded as UTF-8; convert the file from Latin-1 or Windows-1252)" \
    graphml "$tmp/latin1.graphml"
printf '<?xml version="1.0" encoding="ISO-8859-1"?>\n<graphml><graph/></graphml>\n' > "$tmp/declared.graphml"
refused 1 "bloc: $tmp/declared.graphml:1:1: encoding 'ISO-8859-1' (expected text encoded as UTF-8; convert the file to UTF-8)" \
    graphml "$tmp/declared.graphml"
printf '\376\377\000<\000g' > "$tmp/utf16.graphml"
refused 1 "bloc: $tmp/utf16.graphml:1:1: UTF-16 (big-endian) text (expected text encoded as UTF-8; convert the file to UTF-8)" \
    graphml "$tmp/utf16.graphml"
no_hidden
exit 0
