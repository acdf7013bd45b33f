/* test-render.c: every view renders in every format, and the SVG is fit to embed: well-formed XML
 * starting with <svg, role="img", a root <title> and <desc>, a viewBox, an id, a class and a
 * non-empty <title> on every node, edge and table cell, escaped text, and the same bytes twice. */
#include <string.h>

#include <graphviz/cgraph.h>

#include "bloc-init.h"
#include "bloc-load.h"
#include "bloc-render.h"

static BlocDataset *
load (const char *name)
{
    g_autoptr (GError) error = NULL;
    g_autofree char *dir = g_build_filename (BLOC_SOURCE_DIR, name, NULL);
    BlocDataset *ds = bloc_load_dataset (dir, &error);
    g_assert_no_error (error);
    return ds;
}

/* Options for @view that every view accepts on @ds. */
static void
options_for (BlocRenderOptions *o, BlocView view, const BlocDataset *ds, const char *focus,
             GArray **group)
{
    g_autoptr (GError) error = NULL;
    g_autofree char *name = NULL;
    bloc_render_options_init (o, view);
    o->focus = focus;
    const char *spec = bloc_dataset_default_group (ds) ? bloc_dataset_default_group (ds)
                                                       : bloc_dataset_nth_group (ds, 0)->id;
    g_assert_true (bloc_dataset_resolve_group (ds, spec, group, &name, &error));
    o->group = *group;
    o->group_name = "the group";
}

static GBytes *
render (const BlocDataset *ds, const BlocRenderOptions *o, BlocImageFormat format)
{
    g_autoptr (GError) error = NULL;
    GBytes *bytes = bloc_render (ds, o, format, &error);
    g_assert_no_error (error);
    g_assert_nonnull (bytes);
    g_assert_cmpuint (g_bytes_get_size (bytes), >, 100);
    return bytes;
}

/* ---- A small SVG checker on GMarkup ---------------------------------------------------------- */

typedef struct {
    GHashTable *ids;  /* id -> class */
    GPtrArray *stack; /* element names */
    GString *text;    /* text of the current element */
    char *pending;    /* the id of a <g> whose first child must be a non-empty <title> */
    gboolean expect_title;
    int depth;
    gboolean root_ok;
    char *root_title;
    char *root_desc;
    gboolean script;
    GPtrArray *texts; /* every <text> content */
    gboolean has_size;
    char *labelledby;    /* the root's aria-labelledby */
    GHashTable *all_ids; /* the id of every element */
} Svg;

static const char *
attr (const char **names, const char **values, const char *name)
{
    for (int i = 0; names[i] != NULL; i++)
        if (strcmp (names[i], name) == 0)
            return values[i];
    return NULL;
}

static void
svg_start (GMarkupParseContext *ctx, const char *element, const char **names, const char **values,
           gpointer data, GError **error)
{
    Svg *s = data;
    if (s->expect_title && strcmp (element, "title") != 0)
        g_error ("element %s: its first child is <%s>, not <title>", s->pending, element);
    s->expect_title = FALSE;
    if (s->depth == 0) {
        g_assert_cmpstr (element, ==, "svg");
        g_assert_cmpstr (attr (names, values, "role"), ==, "img");
        g_assert_nonnull (attr (names, values, "aria-labelledby"));
        s->labelledby = g_strdup (attr (names, values, "aria-labelledby"));
        g_assert_nonnull (attr (names, values, "viewBox"));
        s->has_size =
            attr (names, values, "width") != NULL || attr (names, values, "height") != NULL;
        s->root_ok = TRUE;
    }
    if (strcmp (element, "script") == 0 || strcmp (element, "foreignObject") == 0)
        s->script = TRUE;
    const char *any_id = attr (names, values, "id");
    if (any_id != NULL) {
        if (g_hash_table_contains (s->all_ids, any_id))
            g_error ("two elements have the id '%s'", any_id);
        g_hash_table_add (s->all_ids, g_strdup (any_id));
    }
    if (strcmp (element, "g") == 0) {
        const char *cls = attr (names, values, "class"), *id = attr (names, values, "id");
        if (cls != NULL && (g_str_has_prefix (cls, "node") || g_str_has_prefix (cls, "edge") ||
                            g_str_has_prefix (cls, "cell"))) {
            g_assert_nonnull (id);
            g_assert_cmpstr (cls, !=, "node");
            g_assert_cmpstr (cls, !=, "edge");
            g_assert_false (g_hash_table_contains (s->ids, id)); /* ids are unique */
            g_hash_table_insert (s->ids, g_strdup (id), g_strdup (cls));
            g_free (s->pending);
            s->pending = g_strdup (id);
            s->expect_title = TRUE;
        }
    }
    g_ptr_array_add (s->stack, g_strdup (element));
    g_string_truncate (s->text, 0);
    s->depth++;
}

static void
svg_end (GMarkupParseContext *ctx, const char *element, gpointer data, GError **error)
{
    Svg *s = data;
    s->depth--;
    if (strcmp (element, "title") == 0) {
        if (s->depth == 1 && s->root_title == NULL)
            s->root_title = g_strdup (s->text->str);
        if (s->pending != NULL) {
            if (s->text->len == 0)
                g_error ("element %s has an empty <title>", s->pending);
            g_clear_pointer (&s->pending, g_free);
        }
    } else if (strcmp (element, "desc") == 0 && s->depth == 1) {
        s->root_desc = g_strdup (s->text->str);
    } else if (strcmp (element, "text") == 0) {
        g_ptr_array_add (s->texts, g_strdup (s->text->str));
    }
    g_ptr_array_remove_index (s->stack, s->stack->len - 1);
}

static void
svg_text (GMarkupParseContext *ctx, const char *text, gsize len, gpointer data, GError **error)
{
    Svg *s = data;
    g_string_append_len (s->text, text, (gssize)len);
}

static void
svg_clear (Svg *s)
{
    g_hash_table_unref (s->ids);
    g_ptr_array_unref (s->stack);
    g_string_free (s->text, TRUE);
    g_free (s->pending);
    g_free (s->root_title);
    g_free (s->root_desc);
    g_ptr_array_unref (s->texts);
    g_free (s->labelledby);
    g_hash_table_unref (s->all_ids);
}

/* Parses @svg as XML and checks the structure; fills @s for further checks. */
static void
check_svg (GBytes *svg, Svg *s)
{
    static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
    g_autoptr (GError) error = NULL;
    gsize len;
    const char *data = g_bytes_get_data (svg, &len);

    memset (s, 0, sizeof *s);
    s->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    s->stack = g_ptr_array_new_with_free_func (g_free);
    s->text = g_string_new (NULL);
    s->texts = g_ptr_array_new_with_free_func (g_free);
    s->all_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    g_assert_true (g_str_has_prefix (data, "<svg"));
    g_autoptr (GMarkupParseContext) ctx = g_markup_parse_context_new (&parser, 0, s, NULL);
    if (!g_markup_parse_context_parse (ctx, data, (gssize)len, &error) ||
        !g_markup_parse_context_end_parse (ctx, &error))
        g_error ("the SVG is not well-formed XML: %s", error->message);
    g_assert_true (s->root_ok);
    g_assert_false (s->script);
    /* aria-labelledby names the root <title> and <desc>, which exist. */
    g_auto (GStrv) refs = g_strsplit (s->labelledby, " ", -1);
    g_assert_cmpuint (g_strv_length (refs), ==, 2);
    for (int i = 0; refs[i] != NULL; i++)
        if (!g_hash_table_contains (s->all_ids, refs[i]))
            g_error ("aria-labelledby names '%s', which no element has", refs[i]);
    g_assert_nonnull (s->root_title);
    g_assert_cmpuint (strlen (s->root_title), >, 0);
    g_assert_nonnull (s->root_desc);
    g_assert_cmpuint (strlen (s->root_desc), >, 10);
    g_assert_cmpuint (g_hash_table_size (s->ids), >, 0);
}

static gboolean
has_text (const Svg *s, const char *text)
{
    for (guint i = 0; i < s->texts->len; i++)
        if (strstr (g_ptr_array_index (s->texts, i), text) != NULL)
            return TRUE;
    return FALSE;
}

/* ---- Tests --------------------------------------------------------------------------------- */

static void
test_every_view_every_format (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");
    static const char *const magic[] = { "<svg", "\x89PNG", "%PDF", NULL, NULL };

    for (int v = 0; v < BLOC_N_VIEWS; v++) {
        BlocRenderOptions o;
        g_autoptr (GArray) group = NULL;
        options_for (&o, (BlocView)v, ds, "UZ", &group);
        for (int f = BLOC_FORMAT_SVG; f <= BLOC_FORMAT_GV; f++) {
            g_autoptr (GBytes) out = render (ds, &o, (BlocImageFormat)f);
            gsize len;
            const char *data = g_bytes_get_data (out, &len);
            if (magic[f] != NULL)
                g_assert_cmpmem (data, strlen (magic[f]), magic[f], strlen (magic[f]));
            if (f == BLOC_FORMAT_DOT)
                g_assert_nonnull (g_strstr_len (data, (gssize)len, "pos="));
            if (f == BLOC_FORMAT_GV)
                g_assert_null (g_strstr_len (data, (gssize)len, "pos="));
        }
    }
}

static void
test_svg_structure (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");

    for (int v = 0; v < BLOC_N_VIEWS; v++) {
        BlocRenderOptions o;
        g_autoptr (GArray) group = NULL;
        Svg s;
        options_for (&o, (BlocView)v, ds, "UZ", &group);
        g_autoptr (GBytes) svg = render (ds, &o, BLOC_FORMAT_SVG);
        check_svg (svg, &s);
        g_assert_true (s.has_size);
        svg_clear (&s);
    }

    /* Stable ids from entity ids, classes from kinds and roles. */
    BlocRenderOptions o;
    g_autoptr (GArray) group = NULL;
    Svg s;
    options_for (&o, BLOC_VIEW_MEMBERSHIP, ds, NULL, &group);
    g_autoptr (GBytes) svg = render (ds, &o, BLOC_FORMAT_SVG);
    check_svg (svg, &s);
    g_assert_cmpstr (g_hash_table_lookup (s.ids, "n-KZ"), ==, "node country group-member");
    g_assert_cmpstr (g_hash_table_lookup (s.ids, "n-CSTO"), ==, "node organization");
    g_assert_cmpstr (g_hash_table_lookup (s.ids, "e-KZ__CSTO__member"), ==, "edge member");
    g_assert_cmpstr (g_hash_table_lookup (s.ids, "e-TM__CIS__associate"), ==, "edge associate");
    g_assert_cmpstr (g_hash_table_lookup (s.ids, "e-CSTO-CRRF__CSTO__part_5fof"), ==,
                     "edge part_of");
    g_assert_false (g_hash_table_contains (s.ids, "e-UZ__CSTO__member")); /* left in 2012 */
    g_assert_true (has_text (&s, "Kazakhstan"));
    svg_clear (&s);

    /* The gaps matrix: a cell per member and entity, absent ones marked. */
    options_for (&o, BLOC_VIEW_GAPS, ds, NULL, &group);
    g_autoptr (GBytes) gaps = render (ds, &o, BLOC_FORMAT_SVG);
    check_svg (gaps, &s);
    g_assert_cmpstr (g_hash_table_lookup (s.ids, "c-CSTO__UZ"), ==, "cell absent");
    g_assert_cmpstr (g_hash_table_lookup (s.ids, "c-CSTO__KZ"), ==, "cell present member");
    g_assert_cmpstr (g_hash_table_lookup (s.ids, "c-TREATY-2000__TM"), ==, "cell absent");
    svg_clear (&s);

    /* In 2010 Uzbekistan was in the CSTO. */
    options_for (&o, BLOC_VIEW_MEMBERSHIP, ds, NULL, &group);
    o.scope.year = 2010;
    g_autoptr (GBytes) y2010 = render (ds, &o, BLOC_FORMAT_SVG);
    check_svg (y2010, &s);
    g_assert_true (g_hash_table_contains (s.ids, "e-UZ__CSTO__member"));
    svg_clear (&s);
}

static void
test_responsive (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");
    BlocRenderOptions o;
    g_autoptr (GArray) group = NULL;
    Svg s;

    options_for (&o, BLOC_VIEW_NESTING, ds, NULL, &group);
    o.responsive = TRUE;
    g_autoptr (GBytes) svg = render (ds, &o, BLOC_FORMAT_SVG);
    check_svg (svg, &s);
    g_assert_false (s.has_size);
    svg_clear (&s);
}

/* With an id prefix, every id of the figure carries it, so two figures can share a page; the
 * ids are the unprefixed ones behind the prefix. */
static void
test_id_prefix (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");
    for (int v = 0; v < BLOC_N_VIEWS; v++) {
        BlocRenderOptions o;
        g_autoptr (GArray) group = NULL;
        Svg plain, prefixed;
        options_for (&o, (BlocView)v, ds, "UZ", &group);
        g_autoptr (GBytes) a = render (ds, &o, BLOC_FORMAT_SVG);
        o.id_prefix = "fig2-";
        g_autoptr (GBytes) b = render (ds, &o, BLOC_FORMAT_SVG);
        check_svg (a, &plain);
        check_svg (b, &prefixed);
        g_assert_cmpuint (g_hash_table_size (prefixed.all_ids), ==,
                          g_hash_table_size (plain.all_ids));
        GHashTableIter it;
        gpointer id;
        g_hash_table_iter_init (&it, prefixed.all_ids);
        while (g_hash_table_iter_next (&it, &id, NULL)) {
            if (!g_str_has_prefix (id, "fig2-"))
                g_error ("%s view: id '%s' without the prefix", bloc_view_to_string (v),
                         (char *)id);
            g_assert_true (g_hash_table_contains (plain.all_ids, (char *)id + 5));
        }
        svg_clear (&plain);
        svg_clear (&prefixed);
    }
}

static void
test_deterministic (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");

    for (int v = 0; v < BLOC_N_VIEWS; v++) {
        BlocRenderOptions o;
        g_autoptr (GArray) group = NULL;
        options_for (&o, (BlocView)v, ds, "CSTO", &group);
        const BlocImageFormat formats[] = { BLOC_FORMAT_SVG, BLOC_FORMAT_DOT, BLOC_FORMAT_GV };
        for (guint f = 0; f < G_N_ELEMENTS (formats); f++) {
            g_autoptr (GBytes) a = render (ds, &o, formats[f]);
            g_autoptr (GBytes) b = render (ds, &o, formats[f]);
            if (!g_bytes_equal (a, b))
                g_error ("view %s, format %u: two renderings differ",
                         bloc_view_to_string ((BlocView)v), formats[f]);
        }
    }
}

/* Reads DOT @bytes back with cgraph: it must parse, every node must carry its own name as its
 * id, and the counts are returned to compare the DOT as built with the laid-out one. */
static void
read_back (GBytes *bytes, int *n_nodes, int *n_edges, const char *must_have)
{
    gsize len;
    const char *data = g_bytes_get_data (bytes, &len);
    g_autofree char *text = g_strndup (data, len);
    Agraph_t *g = agmemread (text);
    g_assert_nonnull (g);
    for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n))
        g_assert_cmpstr (agget (n, "id"), ==, agnameof (n));
    if (must_have != NULL)
        g_assert_nonnull (agnode (g, (char *)must_have, 0));
    *n_nodes = agnnodes (g);
    *n_edges = agnedges (g);
    agclose (g);
}

/* Names with markup, quotes and Graphviz escapes show as written and break nothing. */
static void
test_escaping (void)
{
    g_autoptr (BlocDataset) ds = load ("tests/data/escape");

    for (int v = 0; v < BLOC_N_VIEWS; v++) {
        BlocRenderOptions o;
        g_autoptr (GArray) group = NULL;
        Svg s;
        options_for (&o, (BlocView)v, ds, "X", &group);
        g_autoptr (GBytes) svg = render (ds, &o, BLOC_FORMAT_SVG);
        check_svg (svg, &s);
        if (v == BLOC_VIEW_MEMBERSHIP) {
            g_assert_true (has_text (&s, "<b>\"x\"&"));
            g_assert_true (has_text (&s, "<script>alert(1)</script>"));
            /* Labels wrap at spaces; each piece shows as written. */
            g_assert_true (has_text (&s, "Back\\Nslash \\G \\L"));
            g_assert_true (has_text (&s, "Org \"quoted\" & <tag>"));
            g_assert_true (has_text (&s, "]]> --> <!-- {braces}"));
            g_assert_true (has_text (&s, "|pipes|"));
        }
        g_assert_true (strstr (s.root_title, "Escaping <test> & \"quotes\"") != NULL);
        svg_clear (&s);
        /* A title from the command line may hold characters XML forbids. */
        o.title = "Figure\001 1\033[31m";
        g_autoptr (GBytes) titled = render (ds, &o, BLOC_FORMAT_SVG);
        check_svg (titled, &s);
        g_assert_true (g_str_has_prefix (s.root_title, "Figure\xef\xbf\xbd 1\xef\xbf\xbd[31m ("));
        svg_clear (&s);
        o.title = NULL;
        /* The DOT as built and the laid-out DOT read back in Graphviz's own syntax, with the same
         * nodes and edges, whatever quotes and backslashes the ids and names hold. */
        g_autoptr (GBytes) gv = render (ds, &o, BLOC_FORMAT_GV);
        g_autoptr (GBytes) dot = render (ds, &o, BLOC_FORMAT_DOT);
        gsize len;
        const char *text = g_bytes_get_data (gv, &len);
        g_assert_null (g_strstr_len (text, (gssize)len, "<script>"));
        int nodes_gv, edges_gv, nodes_dot, edges_dot;
        /* The entity Q"Z\ is named by its SVG id, n- and the id with " and \ as _22 and _5c. */
        const char *awkward = v == BLOC_VIEW_MEMBERSHIP ? "n-Q_22Z_5c" : NULL;
        read_back (gv, &nodes_gv, &edges_gv, awkward);
        read_back (dot, &nodes_dot, &edges_dot, awkward);
        g_assert_cmpint (nodes_gv, >, 0);
        g_assert_cmpint (nodes_gv, ==, nodes_dot);
        g_assert_cmpint (edges_gv, ==, edges_dot);
    }
}

/* Persian labels: the article's wording, in a right-to-left isolate. */
static void
test_persian (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");
    BlocRenderOptions o;
    g_autoptr (GArray) group = NULL;
    Svg s;

    options_for (&o, BLOC_VIEW_GAPS, ds, NULL, &group);
    o.lang = "fa";
    g_autoptr (GBytes) svg = render (ds, &o, BLOC_FORMAT_SVG);
    check_svg (svg, &s);
    guint index;
    g_assert_true (bloc_dataset_lookup (ds, "KZ", &index));
    const char *fa = bloc_entity_cell (ds, bloc_dataset_entity (ds, index), "name@fa");
    g_assert_cmpstr (fa, !=, "");
    g_autofree char *isolated = g_strdup_printf ("\xe2\x81\xa7%s\xe2\x81\xa9", fa);
    g_assert_true (has_text (&s, isolated));
    svg_clear (&s);

    /* A Persian label that wraps gets a thin empty line between its lines, which Graphviz would
     * otherwise set as close as Latin ones; an English one does not. */
    BlocRenderOptions t;
    g_autoptr (GArray) no_group = NULL;
    options_for (&t, BLOC_VIEW_TIMELINE, ds, "UZ", &no_group);
    t.lang = "fa";
    g_autoptr (GBytes) fa_dot = render (ds, &t, BLOC_FORMAT_GV);
    t.lang = NULL;
    g_autoptr (GBytes) en_dot = render (ds, &t, BLOC_FORMAT_GV);
    static const char spacer[] = "<BR/><FONT POINT-SIZE=\"4\"> </FONT><BR/>";
    gsize fa_len, en_len;
    const char *fa_text = g_bytes_get_data (fa_dot, &fa_len);
    const char *en_text = g_bytes_get_data (en_dot, &en_len);
    g_assert_nonnull (g_strstr_len (fa_text, (gssize)fa_len, spacer));
    g_assert_null (g_strstr_len (en_text, (gssize)en_len, spacer));
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/render/every-view-every-format", test_every_view_every_format);
    g_test_add_func ("/render/svg-structure", test_svg_structure);
    g_test_add_func ("/render/responsive", test_responsive);
    g_test_add_func ("/render/id-prefix", test_id_prefix);
    g_test_add_func ("/render/deterministic", test_deterministic);
    g_test_add_func ("/render/escaping", test_escaping);
    g_test_add_func ("/render/persian", test_persian);
    return g_test_run ();
}
