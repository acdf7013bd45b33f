/* test-export.c: bloc export through the library: names and options, the history of each pair
 * against the membership graph of every year, the projection against the overlap analysis, XML
 * that libxml2 parses back with every hostile name intact, Pajek labels, and byte-identical
 * output.
 *
 * It reads the export model (bloc-export-private.h), and the edges of the membership graph,
 * which have no public accessors, from bloc-analyze-private.h; everything else through the
 * public API. */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "bloc-analyze-private.h"
#include "bloc-export-private.h"
#include "bloc.h"

static BlocDataset *
load_fixture (const char *name)
{
    g_autoptr (GError) error = NULL;
    g_autofree char *dir =
        name ? g_build_filename (BLOC_SOURCE_DIR, "tests", "data", name, NULL) : NULL;
    BlocDataset *ds = bloc_load_dataset (dir, &error);
    g_assert_no_error (error);
    return ds;
}

static char *
export_text (const BlocDataset *ds, const BlocExportOptions *o)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (GBytes) bytes = NULL;
    g_assert_true (bloc_export (&bytes, ds, o, &error));
    g_assert_no_error (error);
    gsize len;
    const char *data = g_bytes_get_data (bytes, &len);
    g_assert_cmpuint (strlen (data), ==, len); /* no NUL inside, and terminated */
    return g_strndup (data, len);
}

/* ---- Names and options ------------------------------------------------------------------- */

static void
test_names (void)
{
    g_autoptr (GError) error = NULL;
    BlocExportFormat f;
    BlocExportGraph g;

    g_assert_true (bloc_export_format_parse (&f, "pajek", &error));
    g_assert_cmpint (f, ==, BLOC_EXPORT_PAJEK);
    for (int i = 0; i < BLOC_N_EXPORT_FORMATS; i++) {
        g_assert_true (bloc_export_format_parse (&f, bloc_export_format_to_string (i), &error));
        g_assert_cmpint (f, ==, i);
    }
    g_assert_cmpuint (bloc_enum_n_values (bloc_export_format_enum ()), ==, BLOC_N_EXPORT_FORMATS);
    g_assert_false (bloc_export_format_parse (&f, "svg", &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_assert_cmpstr (
        error->message, ==,
        "unknown format 'svg' (expected one of: graphml, gexf, gml, pajek, json, edges, "
        "incidence)");
    g_clear_error (&error);
    g_assert_false (bloc_export_format_parse (&f, "grapml", &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_assert_nonnull (strstr (error->message, "did you mean 'graphml'?"));
    g_clear_error (&error);

    static const struct {
        const char *path;
        BlocExportFormat format;
    } paths[] = {
        { "out.graphml", BLOC_EXPORT_GRAPHML }, { "a/b.GEXF", BLOC_EXPORT_GEXF },
        { "x.gml", BLOC_EXPORT_GML },           { "x.net", BLOC_EXPORT_PAJEK },
        { "x.json", BLOC_EXPORT_JSON },         { "dir.d/x.csv", BLOC_EXPORT_EDGES },
    };
    for (guint i = 0; i < G_N_ELEMENTS (paths); i++) {
        g_assert_true (bloc_export_format_from_path (&f, paths[i].path, &error));
        g_assert_no_error (error);
        g_assert_cmpint (f, ==, paths[i].format);
    }
    static const char *const bad[] = { "out", "out.svg", "dir.graphml/out", "out.", NULL };
    for (guint i = 0; bad[i] != NULL; i++) {
        g_assert_false (bloc_export_format_from_path (&f, bad[i], &error));
        g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
        g_clear_error (&error);
    }

    g_assert_true (bloc_export_graph_parse (&g, "others", &error));
    g_assert_cmpint (g, ==, BLOC_EXPORT_OTHERS);
    /* The sides' names, as --between and centrality --graph take them. */
    static const struct {
        const char *name;
        BlocExportGraph graph;
    } aliases[] = {
        { "countries", BLOC_EXPORT_ACTORS },
        { "organizations", BLOC_EXPORT_OTHERS },
        { "organisations", BLOC_EXPORT_OTHERS },
        { "two-mode", BLOC_EXPORT_TWO_MODE },
        { "ties", BLOC_EXPORT_TIES },
    };
    for (guint i = 0; i < G_N_ELEMENTS (aliases); i++) {
        g_assert_true (bloc_export_graph_parse (&g, aliases[i].name, &error));
        g_assert_no_error (error);
        g_assert_cmpint (g, ==, aliases[i].graph);
    }
    g_assert_false (bloc_export_graph_parse (&g, "actor", &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_assert_cmpstr (error->message, ==,
                     "unknown graph 'actor'; did you mean 'actors'? (expected one of: two-mode, "
                     "ties, actors, others)");
}

static void
test_options (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("blocs");
    struct {
        BlocExportFormat format;
        BlocExportGraph graph;
        int year;
        gboolean all;
    } refused[] = {
        { BLOC_EXPORT_GRAPHML, BLOC_EXPORT_TWO_MODE, 2000, TRUE },
        { BLOC_EXPORT_JSON, BLOC_EXPORT_ACTORS, BLOC_YEAR_ALL, TRUE },
        { BLOC_EXPORT_PAJEK, BLOC_EXPORT_TWO_MODE, BLOC_YEAR_ALL, TRUE },
        { BLOC_EXPORT_INCIDENCE, BLOC_EXPORT_TWO_MODE, BLOC_YEAR_ALL, TRUE },
        { BLOC_EXPORT_INCIDENCE, BLOC_EXPORT_TIES, 2000, FALSE },
    };
    for (guint i = 0; i < G_N_ELEMENTS (refused); i++) {
        g_autoptr (GError) error = NULL;
        g_autoptr (GBytes) bytes = NULL;
        BlocExportOptions o;
        bloc_export_options_init (&o);
        o.format = refused[i].format;
        o.graph = refused[i].graph;
        o.scope.year = refused[i].year;
        o.all_years = refused[i].all;
        g_assert_false (bloc_export (&bytes, ds, &o, &error));
        g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
        g_assert_null (bytes);
    }
}

/* ---- Time --------------------------------------------------------------------------------- */

/* The stretches of one pair, as "role start-end;..." with open bounds empty. */
static char *
pair_history (const BlocDataset *ds, const GArray *segments, const char *actor, const char *other)
{
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < segments->len; i++) {
        const BlocExportSegment *seg = &g_array_index (segments, BlocExportSegment, i);
        if (strcmp (bloc_dataset_entity (ds, seg->actor)->id, actor) != 0 ||
            strcmp (bloc_dataset_entity (ds, seg->other)->id, other) != 0)
            continue;
        if (s->len > 0)
            g_string_append_c (s, ';');
        g_string_append_printf (s, "%s ", bloc_role_to_string (seg->role));
        if (seg->start != 0)
            g_string_append_printf (s, "%d", seg->start);
        g_string_append_c (s, '-');
        if (seg->end != 0)
            g_string_append_printf (s, "%d", seg->end);
        g_string_append_printf (s, " [%s]", seg->source ? seg->source : "");
    }
    return g_string_free (s, FALSE);
}

static void
test_segments (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("export-history");
    g_autofree guint *rank = bloc_export_id_ranks (ds);
    GStringChunk *strings = g_string_chunk_new (256);
    BlocScope scope;

    bloc_scope_init (&scope);
    g_autoptr (GArray) segments = bloc_export_segments (ds, &scope, rank, strings);
    static const char *const expected[][3] = {
        /* Left, then rejoined and left again: two stretches. */
        { "UZ", "CSTO", "member 1992-1999 [Treaty text];member 2006-2012 [Protocol; press]" },
        { "KZ", "CSTO", "member 1992- [Treaty text]" },
        /* Observer, then member: the role changes in 2010. */
        { "TM", "SCO", "observer 2005-2010 [Summit record];member 2010- [Summit record]" },
        /* The overlapping observer tie never outweighs the membership; host does not count. */
        { "UZ", "SCO", "member 2001- [Charter]" },
        /* An undated tie takes the years of the body it ties to, and of its state. */
        { "KZ", "OLD", "member 1995-2005 [Founding act]" },
        { "YU", "OLD", "member 1995-2003 [Founding act]" },
        /* part_of joins two entities of the other side: not a membership. */
        { "RATS", "SCO", "" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++) {
        g_autofree char *h = pair_history (ds, segments, expected[i][0], expected[i][1]);
        g_assert_cmpstr (h, ==, expected[i][2]);
    }
    g_assert_cmpuint (segments->len, ==, 9);
    g_string_chunk_free (strings);
}

/* The edges of the membership graph of @year as "actor other role" lines. */
static char *
snapshot_edges (const BlocDataset *ds, int year)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocMembership) m = NULL;
    BlocScope scope;
    GString *s = g_string_new (NULL);

    bloc_scope_init (&scope);
    scope.year = year;
    g_assert_true (bloc_membership_new (&m, ds, &scope, &error));
    g_assert_cmpint (igraph_ecount (&m->graph), ==, bloc_membership_n_edges (m));
    for (igraph_integer_t e = 0; e < igraph_ecount (&m->graph); e++) {
        igraph_integer_t a = IGRAPH_FROM (&m->graph, e), b = IGRAPH_TO (&m->graph, e);
        guint actor = bloc_membership_entity (m, (guint)MIN (a, b));
        guint other = bloc_membership_entity (m, (guint)MAX (a, b));
        g_string_append_printf (s, "%s %s %s\n", bloc_dataset_entity (ds, actor)->id,
                                bloc_dataset_entity (ds, other)->id,
                                bloc_role_to_string ((BlocRole)VECTOR (m->role)[e]));
    }
    return g_string_free (s, FALSE);
}

/* The edges of an every-year model active in @year, in the same form. */
static char *
history_edges (const BlocExportModel *m, int year)
{
    int since = -1, until = -1, role = -1;
    GString *s = g_string_new (NULL);

    for (guint a = 0; a < m->edge_attrs->len; a++) {
        const char *name = g_array_index (m->edge_attrs, BlocExportAttr, a).name;
        if (g_str_equal (name, "since"))
            since = (int)a;
        else if (g_str_equal (name, "until"))
            until = (int)a;
        else if (g_str_equal (name, "role"))
            role = (int)a;
    }
    g_assert_true (since >= 0 && until >= 0 && role >= 0);
    for (guint i = 0; i < m->edges->len; i++) {
        const BlocExportEdge *e = &g_array_index (m->edges, BlocExportEdge, i);
        const BlocExportValue *from = bloc_export_edge_value (m, i, (guint)since);
        const BlocExportValue *to = bloc_export_edge_value (m, i, (guint)until);
        if ((from->set && from->i > year) || (to->set && year >= to->i))
            continue;
        g_string_append_printf (s, "%s %s %s\n",
                                g_array_index (m->nodes, BlocExportNode, e->source).id,
                                g_array_index (m->nodes, BlocExportNode, e->target).id,
                                bloc_export_edge_value (m, i, (guint)role)->s);
    }
    return g_string_free (s, FALSE);
}

/* Filtering the every-year export by since <= Y < until gives the membership graph of year Y,
 * edge for edge and role for role, in every year the data cover and around them. */
static void
check_history (const char *fixture)
{
    g_autoptr (BlocDataset) ds = load_fixture (fixture);
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocExportModel) m = NULL;
    BlocExportOptions o;
    BlocCounts counts;
    guint years_with_edges = 0;

    bloc_export_options_init (&o);
    o.all_years = TRUE;
    g_assert_true (bloc_export_model_new (&m, ds, &o, FALSE, &error));
    g_assert_no_error (error);
    bloc_dataset_count (ds, BLOC_YEAR_ALL, &counts);
    g_assert_cmpint (counts.first_year, >, 0);
    for (int year = counts.first_year - 2; year <= counts.last_year + 2; year++) {
        g_autofree char *want = snapshot_edges (ds, year);
        g_autofree char *got = history_edges (m, year);
        g_assert_cmpstr (got, ==, want);
        years_with_edges += want[0] != '\0';
    }
    g_assert_cmpuint (years_with_edges, >, 3);
}

static void
test_history (void)
{
    check_history ("export-history");
    check_history ("blocs");
    check_history (NULL); /* the embedded dataset */
}

/* ---- Projections --------------------------------------------------------------------------- */

static void
test_projection (void)
{
    g_autoptr (BlocDataset) ds = load_fixture (NULL);
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocProjection) p = NULL;
    g_autoptr (JsonParser) parser = json_parser_new ();
    BlocExportOptions o;

    bloc_export_options_init (&o);
    o.format = BLOC_EXPORT_JSON;
    o.graph = BLOC_EXPORT_ACTORS;
    o.scope.year = 2010;
    g_autofree char *text = export_text (ds, &o);
    g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
    JsonObject *root = json_node_get_object (json_parser_get_root (parser));
    JsonArray *links = json_object_get_array_member (root, "links");

    g_assert_true (bloc_membership_new (&m, ds, &o.scope, &error));
    g_assert_true (bloc_projection_new (&p, m, BLOC_SIDE_ACTORS, TRUE, &error));
    g_autoptr (GArray) edges = bloc_projection_sorted_edges (p);
    g_assert_cmpuint (json_array_get_length (links), ==, edges->len);
    g_assert_cmpuint (edges->len, >, 10);
    for (guint i = 0; i < edges->len; i++) {
        guint e = g_array_index (edges, guint, i);
        JsonObject *link = json_array_get_object_element (links, i);
        guint a, b;
        bloc_projection_edge (p, e, &a, &b);
        g_assert_cmpstr (json_object_get_string_member (link, "source"), ==,
                         bloc_dataset_entity (ds, a)->id);
        g_assert_cmpstr (json_object_get_string_member (link, "target"), ==,
                         bloc_dataset_entity (ds, b)->id);
        g_assert_cmpint (json_object_get_int_member (link, "weight"), ==,
                         bloc_projection_shared (p, e));
        for (int k = BLOC_OVERLAP_WEIGHTED; k < BLOC_N_OVERLAP_MEASURES; k++)
            g_assert_cmpfloat_with_epsilon (
                json_object_get_double_member (link, bloc_overlap_measure_to_string (k)),
                bloc_projection_value (p, e, (BlocOverlapMeasure)k), 1e-9);
        g_autofree char *via = bloc_dataset_join_ids (ds, bloc_projection_via (p, e), ";", 0);
        g_assert_cmpstr (json_object_get_string_member (link, "via"), ==, via);
    }
}

/* A filter that keeps the pairs sharing at least three. */
static gboolean
keep_three (const BlocProjection *p, guint edge, gpointer user_data)
{
    (*(guint *)user_data)++;
    return bloc_projection_shared (p, edge) >= 3;
}

static void
test_projection_filter (void)
{
    g_autoptr (BlocDataset) ds = load_fixture (NULL);
    BlocExportOptions o;
    guint asked = 0;

    bloc_export_options_init (&o);
    o.format = BLOC_EXPORT_EDGES;
    o.graph = BLOC_EXPORT_ACTORS;
    o.scope.year = 2010;
    g_autofree char *all = export_text (ds, &o);
    o.filter = keep_three;
    o.filter_data = &asked;
    g_autofree char *kept = export_text (ds, &o);
    g_auto (GStrv) all_rows = g_strsplit (all, "\r\n", -1);
    g_auto (GStrv) kept_rows = g_strsplit (kept, "\r\n", -1);
    guint expected = 1; /* the header */
    for (guint i = 1; all_rows[i] != NULL && all_rows[i][0] != '\0'; i++) {
        g_auto (GStrv) cells = g_strsplit (all_rows[i], ",", -1);
        expected += atoi (cells[6]) >= 3;
    }
    g_assert_cmpuint (asked, ==, g_strv_length (all_rows) - 2);
    g_assert_cmpuint (g_strv_length (kept_rows) - 1, ==, expected);
    g_assert_cmpuint (expected, >, 1);
    g_assert_cmpuint (expected, <, g_strv_length (all_rows) - 1);
}

/* ---- XML ------------------------------------------------------------------------------ */

static const char *
prop (xmlNode *n, const char *name)
{
    static char value[1024];
    xmlChar *v = xmlGetProp (n, (const xmlChar *)name);
    if (v == NULL)
        return NULL;
    g_strlcpy (value, (const char *)v, sizeof value);
    xmlFree (v);
    return value;
}

/* Checks every <node> under @n: GraphML's name data (key v0) or GEXF's label is the entity's
 * name. Returns the number of nodes. */
static guint
check_xml_nodes (const BlocDataset *ds, xmlNode *n, gboolean gexf)
{
    guint count = 0;
    for (; n != NULL; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (strcmp ((const char *)n->name, "node") == 0) {
            guint entity;
            g_autofree char *id = g_strdup (prop (n, "id"));
            g_assert_true (bloc_dataset_lookup (ds, id, &entity));
            const char *name = bloc_dataset_entity (ds, entity)->name;
            if (gexf) {
                g_assert_cmpstr (prop (n, "label"), ==, name);
            } else {
                gboolean seen = FALSE;
                for (xmlNode *d = n->children; d != NULL; d = d->next) {
                    if (d->type != XML_ELEMENT_NODE || g_strcmp0 (prop (d, "key"), "v0") != 0)
                        continue;
                    xmlChar *text = xmlNodeGetContent (d);
                    g_assert_cmpstr ((const char *)text, ==, name);
                    xmlFree (text);
                    seen = TRUE;
                }
                g_assert_true (seen);
            }
            count++;
        }
        count += check_xml_nodes (ds, n->children, gexf);
    }
    return count;
}

static void
test_xml_hostile (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("escape");
    BlocExportOptions o;

    for (int graph = 0; graph < BLOC_N_EXPORT_GRAPHS; graph++) {
        for (int format = BLOC_EXPORT_GRAPHML; format <= BLOC_EXPORT_GEXF; format++) {
            bloc_export_options_init (&o);
            o.format = (BlocExportFormat)format;
            o.graph = (BlocExportGraph)graph;
            g_autofree char *text = export_text (ds, &o);
            xmlDoc *doc = xmlReadMemory (text, (int)strlen (text), "export.xml", NULL,
                                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
            g_assert_nonnull (doc);
            guint n = check_xml_nodes (ds, xmlDocGetRootElement (doc), format == BLOC_EXPORT_GEXF);
            g_assert_cmpuint (n, ==,
                              graph == BLOC_EXPORT_ACTORS   ? 6
                              : graph == BLOC_EXPORT_OTHERS ? 4
                                                            : bloc_dataset_n_entities (ds));
            xmlFreeDoc (doc);
        }
    }
}

/* Text XML 1.0 cannot hold is refused, with an error naming it, and nothing is written. The
 * loader lets no such text into a dataset (it refuses control characters and noncharacters), so
 * the writers' guard is tested on the export model, with a hostile label or attribute value put
 * in place of a loaded one. */
typedef gboolean (*XmlWriter) (GString *out, const BlocExportModel *m, GError **error);

static void
check_xml_refuses (const BlocExportModel *m, const char *shown)
{
    static const XmlWriter writers[] = { bloc_export_write_graphml, bloc_export_write_gexf };

    for (guint w = 0; w < G_N_ELEMENTS (writers); w++) {
        g_autoptr (GError) error = NULL;
        g_autoptr (GString) out = g_string_new (NULL);
        g_assert_false (writers[w](out, m, &error));
        g_assert_error (error, BLOC_ERROR, BLOC_ERROR_DATA);
        g_assert_nonnull (strstr (error->message, shown));
        g_assert_cmpuint (out->len, ==, 0);
    }
}

static void
test_xml_refuses_control (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("export-history");
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocExportModel) m = NULL;
    BlocExportOptions o;

    bloc_export_options_init (&o);
    g_assert_true (bloc_export_model_new (&m, ds, &o, FALSE, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (m->nodes->len, >, 0);
    g_assert_cmpuint (m->edges->len, >, 0);

    /* As loaded, both write. */
    for (int format = BLOC_EXPORT_GRAPHML; format <= BLOC_EXPORT_GEXF; format++) {
        g_autoptr (GString) out = g_string_new (NULL);
        g_assert_true (format == BLOC_EXPORT_GRAPHML ? bloc_export_write_graphml (out, m, &error)
                                                     : bloc_export_write_gexf (out, m, &error));
        g_assert_no_error (error);
    }

    /* A control character in a name (GraphML's name data, GEXF's label). */
    BlocExportNode *node = &g_array_index (m->nodes, BlocExportNode, 0);
    const char *label = node->label;
    node->label = "Bell\aname";
    check_xml_refuses (m, "Bell");
    node->label = label;

    /* U+FFFF in a string attribute value: the first edge's role (its values come first). */
    guint role = 0;
    while (!g_str_equal (g_array_index (m->edge_attrs, BlocExportAttr, role).name, "role"))
        role++;
    BlocExportValue *v = &g_array_index (m->edge_values, BlocExportValue, role);
    g_assert_true (v->set);
    v->s = "member\xef\xbf\xbf";
    check_xml_refuses (m, "member");

    /* Invalid UTF-8: a lead byte without its continuation. */
    v->s = "mem\xc3(ber";
    check_xml_refuses (m, "mem");
}

/* ---- Pajek and GML -------------------------------------------------------------------------- */

static void
test_pajek_labels (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("escape");
    g_autoptr (GError) error = NULL;
    g_autoptr (GBytes) bytes = NULL;
    BlocExportOptions o;

    bloc_export_options_init (&o);
    o.format = BLOC_EXPORT_PAJEK;
    g_autofree char *text = export_text (ds, &o);
    /* Quoted, but for the id with a quote in it, which goes bare. */
    g_assert_nonnull (strstr (text, "*Vertices 10 6\r\n1 \"A\"\r\n"));
    g_assert_nonnull (strstr (text, "\r\n6 Q\"Z\\\r\n"));
    g_assert_nonnull (strstr (text, "\r\n9 \"ОДКБ\"\r\n"));

    /* A quote and a space: no way to write it in Pajek. */
    g_autoptr (BlocDataset) quoted = load_fixture ("export-pajek-quote");
    guint q;
    g_assert_true (bloc_dataset_lookup (quoted, "Q \"Z", &q));
    g_assert_false (bloc_export (&bytes, quoted, &o, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_DATA);
    g_assert_nonnull (strstr (error->message, "'Q \"Z'"));
    g_assert_null (bytes);
}

static void
test_gml_values (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("export-history");
    BlocExportOptions o;

    bloc_export_options_init (&o);
    o.format = BLOC_EXPORT_GML;
    o.graph = BLOC_EXPORT_TIES;
    o.all_years = TRUE;
    g_autofree char *text = export_text (ds, &o);
    /* Reals keep a point; "source" is the endpoint in GML, so the citation is "citation";
     * names in other languages take a key GML allows. */
    g_assert_nonnull (strstr (text, "    weight 0.25\n"));
    g_assert_nonnull (strstr (text, "    weight 1.0\n"));
    g_assert_nonnull (strstr (text, "    citation \"Protocol; press\"\n"));
    g_assert_nonnull (strstr (text, "    name_fa \"قزاقستان\"\n"));
    g_assert_nonnull (strstr (text, "    since_date \"2001-06-15\"\n"));
    g_assert_nonnull (strstr (text, "  directed 1\n  multigraph 1\n"));
    g_assert_null (strstr (text, "name@"));
}

/* ---- Determinism ------------------------------------------------------------------------- */

static void
test_deterministic (void)
{
    g_autoptr (BlocDataset) ds = load_fixture (NULL);
    BlocExportOptions o;

    for (int format = 0; format < BLOC_N_EXPORT_FORMATS; format++) {
        for (int graph = 0; graph < BLOC_N_EXPORT_GRAPHS; graph++) {
            bloc_export_options_init (&o);
            o.format = (BlocExportFormat)format;
            o.graph = (BlocExportGraph)graph;
            if (!bloc_export_options_check (&o, NULL))
                continue;
            g_autofree char *first = export_text (ds, &o);
            g_autofree char *second = export_text (ds, &o);
            g_assert_cmpstr (first, ==, second);
            g_assert_cmpuint (strlen (first), >, 100);
        }
    }
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/export/names", test_names);
    g_test_add_func ("/export/options", test_options);
    g_test_add_func ("/export/segments", test_segments);
    g_test_add_func ("/export/history", test_history);
    g_test_add_func ("/export/projection", test_projection);
    g_test_add_func ("/export/projection-filter", test_projection_filter);
    g_test_add_func ("/export/xml-hostile", test_xml_hostile);
    g_test_add_func ("/export/xml-refuses-control", test_xml_refuses_control);
    g_test_add_func ("/export/pajek-labels", test_pajek_labels);
    g_test_add_func ("/export/gml-values", test_gml_values);
    g_test_add_func ("/export/deterministic", test_deterministic);
    return g_test_run ();
}
