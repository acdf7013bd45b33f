/* test-render.c: every view renders in every format, each the same figure (sizes agree, DOT has
 * positions, GV the same graph without), and the SVG is fit to embed: well-formed XML
 * starting with <svg, role="img", a root <title> and <desc>, a viewBox, an id, a class and a
 * non-empty <title> on every node, edge and table cell, escaped text, and the same bytes twice. */
/* newlocale() and uselocale() are POSIX 2008. */
#define _POSIX_C_SOURCE 200809L

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>
#include <graphviz/cgraph.h>

#include "bloc-render-private.h"
#include "bloc.h"

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

/* Removes @path, and what it holds when it is a folder. */
static void
remove_tree (const char *path)
{
    if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK)) {
        g_autoptr (GDir) d = g_dir_open (path, 0, NULL);
        const char *name;
        while (d != NULL && (name = g_dir_read_name (d)) != NULL) {
            g_autofree char *child = g_build_filename (path, name, NULL);
            remove_tree (child);
        }
    }
    g_remove (path);
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
    GHashTable *titles;  /* id of a node, edge or cell -> the text of its <title> */
    char *prefix;        /* what every id begins with, from aria-labelledby */
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
        const char *title_ref = strstr (s->labelledby, "bloc-title ");
        g_assert_nonnull (title_ref);
        s->prefix = g_strndup (s->labelledby, (gsize)(title_ref - s->labelledby));
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
        if (!g_str_has_prefix (any_id, s->prefix))
            g_error ("the id '%s' does not begin with the figure's prefix '%s'", any_id, s->prefix);
        g_hash_table_add (s->all_ids, g_strdup (any_id));
    }
    if (strcmp (element, "g") == 0) {
        const char *cls = attr (names, values, "class"), *id = attr (names, values, "id");
        if (cls != NULL && (g_str_has_prefix (cls, "node") || g_str_has_prefix (cls, "edge") ||
                            g_str_has_prefix (cls, "cell"))) {
            g_assert_nonnull (id);
            id += strlen (s->prefix); /* kept without the figure's prefix */
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
            g_hash_table_insert (s->titles, g_steal_pointer (&s->pending), g_strdup (s->text->str));
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
    g_hash_table_unref (s->titles);
    g_free (s->prefix);
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
    s->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

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

/* The width and height of @svg's viewBox, in points. */
static void
svg_size (GBytes *svg, double *w, double *h)
{
    gsize len;
    const char *data = g_bytes_get_data (svg, &len);
    g_autofree char *text = g_strndup (data, len);
    const char *box = strstr (text, "viewBox=\"");
    double x, y;
    g_assert_nonnull (box);
    g_assert_cmpint (sscanf (box, "viewBox=\"%lf %lf %lf %lf\"", &x, &y, w, h), ==, 4);
    g_assert_cmpfloat (*w, >, 10);
    g_assert_cmpfloat (*h, >, 10);
}

/* The size in pixels of a PNG, from its IHDR chunk, after checking the signature. */
static void
png_size (GBytes *png, guint32 *w, guint32 *h)
{
    gsize len;
    const guint8 *d = g_bytes_get_data (png, &len);
    g_assert_cmpuint (len, >, 33);
    g_assert_cmpmem (d, 8, "\x89PNG\r\n\x1a\n", 8);
    g_assert_cmpmem (d + 12, 4, "IHDR", 4);
    *w = (guint32)d[16] << 24 | (guint32)d[17] << 16 | (guint32)d[18] << 8 | d[19];
    *h = (guint32)d[20] << 24 | (guint32)d[21] << 16 | (guint32)d[22] << 8 | d[23];
}

/* The page size of a one-page PDF, from its MediaBox, after checking its start and end. */
static void
pdf_size (GBytes *pdf, double *w, double *h)
{
    static const char mediabox[] = "/MediaBox [ 0 0 ";
    gsize len;
    const char *data = g_bytes_get_data (pdf, &len);
    const char *box = NULL;
    g_assert_cmpuint (len, >, 64);
    g_assert_cmpmem (data, 7, "%PDF-1.", 7);
    g_assert_nonnull (g_strstr_len (data + len - 16, 16, "%%EOF"));
    /* The file has binary streams: look for the box byte by byte. */
    for (gsize i = 0; box == NULL && i + sizeof mediabox < len; i++)
        if (memcmp (data + i, mediabox, sizeof mediabox - 1) == 0)
            box = data + i;
    g_assert_nonnull (box);
    g_autofree char *text = g_strndup (box, MIN (64, (gsize)(data + len - box)));
    g_assert_cmpint (sscanf (text, "/MediaBox [ 0 0 %lf %lf ]", w, h), ==, 2);
}

/* The nodes and edges of the figure in a DOT text, and how many nodes carry a position. The
 * legend's nodes and lines ("legend-..."), which the laid-out DOT holds beside the figure's and
 * the GV output has as a second graph, are not counted. */
static void
dot_nodes (GBytes *dot, int *n_nodes, int *n_placed, int *n_edges)
{
    gsize len;
    const char *data = g_bytes_get_data (dot, &len);
    g_autofree char *text = g_strndup (data, len);
    Agraph_t *g = agmemread (text);
    g_assert_nonnull (g);
    *n_nodes = *n_edges = *n_placed = 0;
    for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n)) {
        if (g_str_has_prefix (agnameof (n), "legend-"))
            continue;
        (*n_nodes)++;
        for (Agedge_t *e = agfstout (g, n); e != NULL; e = agnxtout (g, e))
            (*n_edges)++;
        const char *pos = agget (n, "pos");
        if (pos != NULL && pos[0] != 0)
            (*n_placed)++;
    }
    agclose (g);
}

/* Every view in every type, one figure five ways: a well-formed SVG fit to embed; a PNG of the
 * SVG's size at 96 dpi; a PDF page of the SVG's size (the pad is the only border in every format:
 * bloc-graphviz.c sets no PDF margin); DOT with a position on every node; and the same graph as
 * built (GV), without positions. */
static void
test_every_view_every_format (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");

    for (int v = 0; v < BLOC_N_VIEWS; v++) {
        BlocRenderOptions o;
        g_autoptr (GArray) group = NULL;
        Svg s;
        double w, h, pw, ph;
        guint32 png_w, png_h;
        int n_dot, placed_dot, edges_dot, n_gv, placed_gv, edges_gv;
        options_for (&o, (BlocView)v, ds, "UZ", &group);
        g_autoptr (GBytes) svg = render (ds, &o, BLOC_IMAGE_SVG);
        g_autoptr (GBytes) png = render (ds, &o, BLOC_IMAGE_PNG);
        g_autoptr (GBytes) pdf = render (ds, &o, BLOC_IMAGE_PDF);
        g_autoptr (GBytes) dot = render (ds, &o, BLOC_IMAGE_DOT);
        g_autoptr (GBytes) gv = render (ds, &o, BLOC_IMAGE_GV);

        check_svg (svg, &s);
        svg_clear (&s);
        svg_size (svg, &w, &h);
        png_size (png, &png_w, &png_h);
        g_assert_cmpfloat (fabs (png_w - w * 96 / 72), <=, 1.0);
        g_assert_cmpfloat (fabs (png_h - h * 96 / 72), <=, 1.0);
        pdf_size (pdf, &pw, &ph);
        g_assert_cmpfloat (fabs (pw - w), <=, 1.0);
        g_assert_cmpfloat (fabs (ph - h), <=, 1.0);
        dot_nodes (dot, &n_dot, &placed_dot, &edges_dot);
        dot_nodes (gv, &n_gv, &placed_gv, &edges_gv);
        g_assert_cmpint (n_dot, >, 0);
        g_assert_cmpint (placed_dot, ==, n_dot);
        g_assert_cmpint (placed_gv, ==, 0);
        g_assert_cmpint (n_gv, ==, n_dot);
        g_assert_cmpint (edges_gv, ==, edges_dot);
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
        g_autoptr (GBytes) svg = render (ds, &o, BLOC_IMAGE_SVG);
        check_svg (svg, &s);
        g_assert_true (s.has_size);
        svg_clear (&s);
    }

    /* Stable ids from entity ids, classes from kinds and roles. */
    BlocRenderOptions o;
    g_autoptr (GArray) group = NULL;
    Svg s;
    options_for (&o, BLOC_VIEW_MEMBERSHIP, ds, NULL, &group);
    g_autoptr (GBytes) svg = render (ds, &o, BLOC_IMAGE_SVG);
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
    g_autoptr (GBytes) gaps = render (ds, &o, BLOC_IMAGE_SVG);
    check_svg (gaps, &s);
    g_assert_cmpstr (g_hash_table_lookup (s.ids, "c-CSTO__UZ"), ==, "cell absent");
    g_assert_cmpstr (g_hash_table_lookup (s.ids, "c-CSTO__KZ"), ==, "cell present member");
    g_assert_cmpstr (g_hash_table_lookup (s.ids, "c-TREATY-2000__TM"), ==, "cell absent");
    svg_clear (&s);

    /* In 2010 Uzbekistan was in the CSTO. */
    options_for (&o, BLOC_VIEW_MEMBERSHIP, ds, NULL, &group);
    o.scope.year = 2010;
    g_autoptr (GBytes) y2010 = render (ds, &o, BLOC_IMAGE_SVG);
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
    g_autoptr (GBytes) svg = render (ds, &o, BLOC_IMAGE_SVG);
    check_svg (svg, &s);
    g_assert_false (s.has_size);
    svg_clear (&s);
}

/* With an id prefix, every id of the figure carries it instead of the default one; the ids are
 * the same behind either. */
static void
test_id_prefix (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");
    for (int v = 0; v < BLOC_N_VIEWS; v++) {
        BlocRenderOptions o;
        g_autoptr (GArray) group = NULL;
        Svg plain, prefixed;
        options_for (&o, (BlocView)v, ds, "UZ", &group);
        g_autoptr (GBytes) a = render (ds, &o, BLOC_IMAGE_SVG);
        o.id_prefix = "fig2-";
        g_autoptr (GBytes) b = render (ds, &o, BLOC_IMAGE_SVG);
        check_svg (a, &plain);
        check_svg (b, &prefixed);
        g_assert_cmpstr (prefixed.prefix, ==, "fig2-");
        g_assert_cmpuint (g_hash_table_size (prefixed.all_ids), ==,
                          g_hash_table_size (plain.all_ids));
        GHashTableIter it;
        gpointer id;
        g_hash_table_iter_init (&it, prefixed.all_ids);
        while (g_hash_table_iter_next (&it, &id, NULL)) {
            g_autofree char *same = g_strconcat (plain.prefix, (char *)id + 5, NULL);
            g_assert_true (g_hash_table_contains (plain.all_ids, same));
        }
        svg_clear (&plain);
        svg_clear (&prefixed);
    }
}

/* Default ids: each figure's prefix is its view's name and 8 hex digits, two figures that differ
 * in view, options or data share no id (so they can be inlined in one page), and the same input
 * gives the same bytes. */
static void
test_default_ids (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");
    g_autoptr (BlocDataset) blocs = load ("tests/data/blocs");
    g_autoptr (GPtrArray) figures = g_ptr_array_new_with_free_func (g_free);
    g_autoptr (GHashTable) owner = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    for (int k = 0; k < 4 * BLOC_N_VIEWS; k++) {
        BlocView v = (BlocView)(k % BLOC_N_VIEWS);
        int variant = k / BLOC_N_VIEWS;
        const BlocDataset *d = variant == 3 ? blocs : ds;
        BlocRenderOptions o;
        g_autoptr (GArray) group = NULL;
        options_for (&o, v, d, variant == 3 ? "A" : variant == 2 ? "KZ" : "UZ", &group);
        if (variant == 1)
            o.scope.year = 2010; /* the same view, another year */
        if (variant == 2)
            o.theme = BLOC_THEME_MONO; /* ... another theme and focus */
        g_autoptr (GBytes) svg = render (d, &o, BLOC_IMAGE_SVG);
        g_autoptr (GBytes) again = render (d, &o, BLOC_IMAGE_SVG);
        g_assert_true (g_bytes_equal (svg, again));
        Svg s;
        check_svg (svg, &s);
        g_autofree char *name =
            g_strdup_printf ("%s (variant %d)", bloc_view_to_string (v), variant);
        /* view-XXXXXXXX- */
        g_assert_true (g_str_has_prefix (s.prefix, bloc_view_to_string (v)));
        const char *hash = s.prefix + strlen (bloc_view_to_string (v));
        g_assert_cmpuint (strlen (hash), ==, 10);
        g_assert_true (hash[0] == '-' && hash[9] == '-');
        for (int i = 1; i < 9; i++)
            g_assert_true (g_ascii_isxdigit (hash[i]) && !g_ascii_isupper (hash[i]));
        GHashTableIter it;
        gpointer id;
        g_hash_table_iter_init (&it, s.all_ids);
        while (g_hash_table_iter_next (&it, &id, NULL)) {
            const char *other = g_hash_table_lookup (owner, id);
            if (other != NULL)
                g_error ("%s and %s share the id '%s'", other, name, (char *)id);
            g_hash_table_insert (owner, g_strdup (id), name);
        }
        g_ptr_array_add (figures, g_steal_pointer (&name));
        svg_clear (&s);
    }
    g_assert_cmpuint (g_hash_table_size (owner), >, 1000);
}

static void
test_deterministic (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");

    for (int v = 0; v < BLOC_N_VIEWS; v++) {
        BlocRenderOptions o;
        g_autoptr (GArray) group = NULL;
        options_for (&o, (BlocView)v, ds, "CSTO", &group);
        const BlocImageFormat formats[] = { BLOC_IMAGE_SVG, BLOC_IMAGE_DOT, BLOC_IMAGE_GV };
        for (guint f = 0; f < G_N_ELEMENTS (formats); f++) {
            g_autoptr (GBytes) a = render (ds, &o, formats[f]);
            g_autoptr (GBytes) b = render (ds, &o, formats[f]);
            if (!g_bytes_equal (a, b))
                g_error ("view %s, format %u: two renderings differ",
                         bloc_view_to_string ((BlocView)v), formats[f]);
        }
    }
}

/* The engine: BLOC_LAYOUT_VIEW is the view's own (dot for membership, neato for overlap), and
 * another engine lays the same graph out elsewhere. */
static void
test_engine (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");
    const struct {
        BlocView view;
        BlocLayout own, other;
    } cases[] = {
        { BLOC_VIEW_MEMBERSHIP, BLOC_LAYOUT_DOT, BLOC_LAYOUT_CIRCO },
        { BLOC_VIEW_OVERLAP, BLOC_LAYOUT_NEATO, BLOC_LAYOUT_FDP },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        BlocRenderOptions o;
        g_autoptr (GArray) group = NULL;
        options_for (&o, cases[i].view, ds, "CSTO", &group);
        g_assert_cmpint (o.engine, ==, BLOC_LAYOUT_VIEW);
        g_autoptr (GBytes) by_view = render (ds, &o, BLOC_IMAGE_DOT);
        o.engine = cases[i].own;
        g_autoptr (GBytes) own = render (ds, &o, BLOC_IMAGE_DOT);
        o.engine = cases[i].other;
        g_autoptr (GBytes) other = render (ds, &o, BLOC_IMAGE_DOT);
        g_assert_true (g_bytes_equal (by_view, own));
        g_assert_false (g_bytes_equal (by_view, other));
    }
    g_assert_null (bloc_layout_to_string (BLOC_LAYOUT_VIEW));
    g_assert_cmpstr (bloc_layout_to_string (BLOC_LAYOUT_SFDP), ==, "sfdp");
}

/* Reads DOT @bytes back with cgraph as a file (agread, as the dot command reads it, which takes
 * at most 16,384 bytes of text in one run), every graph it holds (the DOT as built has the
 * figure's graph, then its legend's): each must parse, every node must carry its own name as its
 * id, and the counts over all graphs are returned to compare the DOT as built with the laid-out
 * one, where the legend is part of the figure's graph. */
static void
read_back (GBytes *bytes, int *n_nodes, int *n_edges, const char *must_have)
{
    gsize len;
    const char *data = g_bytes_get_data (bytes, &len);
    g_autofree char *text = g_strndup (data, len);
    FILE *file = fmemopen (text, len, "r");
    g_assert_nonnull (file);
    gboolean found = must_have == NULL;
    int graphs = 0;
    Agraph_t *g;
    *n_nodes = *n_edges = 0;
    while ((g = agread (file, NULL)) != NULL) {
        graphs++;
        for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n))
            g_assert_cmpstr (agget (n, "id"), ==, agnameof (n));
        if (must_have != NULL && agnode (g, (char *)must_have, 0) != NULL)
            found = TRUE;
        *n_nodes += agnnodes (g);
        *n_edges += agnedges (g);
        agclose (g);
    }
    fclose (file);
    if (graphs == 0)
        g_error ("the DOT does not read back from a file");
    g_assert_true (found);
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
        g_autoptr (GBytes) svg = render (ds, &o, BLOC_IMAGE_SVG);
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
        g_autoptr (GBytes) titled = render (ds, &o, BLOC_IMAGE_SVG);
        check_svg (titled, &s);
        g_assert_true (g_str_has_prefix (s.root_title, "Figure\xef\xbf\xbd 1\xef\xbf\xbd[31m ("));
        svg_clear (&s);
        o.title = NULL;
        /* The DOT as built and the laid-out DOT read back in Graphviz's own syntax, with the same
         * nodes and edges, whatever quotes and backslashes the ids and names hold. */
        g_autoptr (GBytes) gv = render (ds, &o, BLOC_IMAGE_GV);
        g_autoptr (GBytes) dot = render (ds, &o, BLOC_IMAGE_DOT);
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
    g_autoptr (GBytes) svg = render (ds, &o, BLOC_IMAGE_SVG);
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
    g_autoptr (GBytes) fa_dot = render (ds, &t, BLOC_IMAGE_GV);
    t.lang = NULL;
    g_autoptr (GBytes) en_dot = render (ds, &t, BLOC_IMAGE_GV);
    static const char spacer[] = "<BR/><FONT POINT-SIZE=\"4\"> </FONT><BR/>";
    gsize fa_len, en_len;
    const char *fa_text = g_bytes_get_data (fa_dot, &fa_len);
    const char *en_text = g_bytes_get_data (en_dot, &en_len);
    g_assert_nonnull (g_strstr_len (fa_text, (gssize)fa_len, spacer));
    g_assert_null (g_strstr_len (en_text, (gssize)en_len, spacer));
}

/* ---- Long names and ids ------------------------------------------------------------------- */

/* The longest run of the byte @c in @text. */
static guint
longest_run (const char *text, char c)
{
    guint best = 0, run = 0;
    for (const char *p = text; *p; p++) {
        run = *p == c ? run + 1 : 0;
        best = MAX (best, run);
    }
    return best;
}

/* A dataset, written into @dir, whose country L... has an id of 17,000 letters. */
static BlocDataset *
long_id_dataset (const char *dir)
{
    g_autoptr (GError) error = NULL;
    g_autofree char *id = g_strnfill (17000, 'L');
    g_autofree char *entities = g_strdup_printf ("id,kind,name\n%s,country,Long id\n"
                                                 "B,country,Country B\nX,organization,Org X\n",
                                                 id);
    g_autofree char *ties = g_strdup_printf ("from,to,role,since\n%s,X,member,2001\n"
                                             "B,X,member,2002\n",
                                             id);
    g_autofree char *ini =
        g_strdup_printf ("[dataset]\ntitle=Long id\ndefault-group=all\n[group:all]\n"
                         "members=%s;B\n",
                         id);
    const char *files[][2] = { { "entities.csv", entities },
                               { "ties.csv", ties },
                               { "dataset.ini", ini } };
    for (guint i = 0; i < G_N_ELEMENTS (files); i++) {
        g_autofree char *path = g_build_filename (dir, files[i][0], NULL);
        g_assert_true (g_file_set_contents (path, files[i][1], -1, &error));
    }
    BlocDataset *ds = bloc_load_dataset (dir, &error);
    g_assert_no_error (error);
    return ds;
}

/* Every view of @ds, around @focus at depth 2, as built (GV) and laid out (DOT) reads back in
 * Graphviz's own syntax with the same nodes and edges. */
static void
check_reads_back (const BlocDataset *ds, const char *focus)
{
    for (int v = 0; v < BLOC_N_VIEWS; v++) {
        BlocRenderOptions o;
        g_autoptr (GArray) group = NULL;
        options_for (&o, (BlocView)v, ds, focus, &group);
        o.depth = 2;
        g_autoptr (GBytes) gv = render (ds, &o, BLOC_IMAGE_GV);
        g_autoptr (GBytes) dot = render (ds, &o, BLOC_IMAGE_DOT);
        int nodes_gv, edges_gv, nodes_dot, edges_dot;
        read_back (gv, &nodes_gv, &edges_gv, NULL);
        read_back (dot, &nodes_dot, &edges_dot, NULL);
        g_assert_cmpint (nodes_gv, >, 0);
        g_assert_cmpint (nodes_gv, ==, nodes_dot);
        g_assert_cmpint (edges_gv, ==, edges_dot);
    }
}

/* The DOT of every view reads back, for the embedded data, hostile names, names of 20 KB and
 * words of 300 letters, and an id of 17,000 letters. */
static void
test_dot_reads_back (void)
{
    g_autoptr (BlocDataset) central = load ("graphs/central-asia-security");
    check_reads_back (central, "UZ");
    g_autoptr (BlocDataset) escape = load ("tests/data/escape");
    check_reads_back (escape, "X");
    g_autoptr (BlocDataset) names = load ("tests/data/long-names");
    check_reads_back (names, "C0");
    check_reads_back (names, "Z");

    g_autoptr (GError) error = NULL;
    g_autofree char *dir = g_dir_make_tmp ("bloc-long-id-XXXXXX", &error);
    g_assert_no_error (error);
    g_autoptr (BlocDataset) ids = long_id_dataset (dir);
    g_autofree char *id = g_strnfill (17000, 'L');
    check_reads_back (ids, id);
    /* Its element ids are cut and hashed: short, and still unique. 8ea5289c5928fbef begins the
     * SHA-256 of the 17,000 letters. */
    BlocRenderOptions o;
    g_autoptr (GArray) group = NULL;
    Svg s;
    options_for (&o, BLOC_VIEW_GAPS, ids, id, &group);
    g_autoptr (GBytes) svg = render (ids, &o, BLOC_IMAGE_SVG);
    check_svg (svg, &s);
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init (&it, s.all_ids);
    while (g_hash_table_iter_next (&it, &key, NULL))
        g_assert_cmpuint (strlen (key), <, 160);
    g_assert_true (g_hash_table_contains (s.ids, "c-X__LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL_h"
                                                 "8ea5289c5928fbef"));
    svg_clear (&s);
    remove_tree (dir);
}

/* Words of 300 letters are broken and a name of 20 KB is cut in every label, the full names stay
 * in the tooltips, and no view crashes Graphviz's layout (the overlap view and the ego view of
 * C0 at depth 2 did, in its Voronoi overlap removal), in any type. */
static void
test_long_names (void)
{
    g_autoptr (BlocDataset) ds = load ("tests/data/long-names");
    g_autofree char *word = g_strnfill (300, 'W');
    static const char *const focus[] = { "C0", "Z" };

    for (guint k = 0; k < G_N_ELEMENTS (focus); k++)
        for (int v = 0; v < BLOC_N_VIEWS; v++) {
            BlocRenderOptions o;
            g_autoptr (GArray) group = NULL;
            options_for (&o, (BlocView)v, ds, focus[k], &group);
            o.depth = 2;
            for (int f = BLOC_IMAGE_PNG; f <= BLOC_IMAGE_GV; f++) {
                g_autoptr (GBytes) out = render (ds, &o, (BlocImageFormat)f);
            }
            g_autoptr (GBytes) svg = render (ds, &o, BLOC_IMAGE_SVG);
            Svg s;
            check_svg (svg, &s);
            for (guint i = 0; i < s.texts->len; i++) {
                const char *text = g_ptr_array_index (s.texts, i);
                g_assert_cmpuint (g_utf8_strlen (text, -1), <=, 202); /* 200 and an isolate */
                g_assert_cmpuint (longest_run (text, 'W'), <=, 30);
                g_assert_null (strstr (text, "word2599"));
            }
            if (v == BLOC_VIEW_MEMBERSHIP) {
                /* The tooltips hold the whole names; the 20 KB label ends with an ellipsis. */
                g_autofree char *c0 = g_strdup_printf ("%s (C0, country)", word);
                g_assert_cmpstr (g_hash_table_lookup (s.titles, "n-C0"), ==, c0);
                const char *z = g_hash_table_lookup (s.titles, "n-Z");
                g_assert_nonnull (z);
                g_assert_true (g_str_has_prefix (z, "Agreement word0 word1 "));
                g_assert_true (g_str_has_suffix (z, " word2598 word2599 (Z, agreement)"));
                gboolean cut = FALSE;
                for (guint i = 0; i < s.texts->len; i++)
                    cut |= g_str_has_suffix (g_ptr_array_index (s.texts, i), "\xe2\x80\xa6");
                g_assert_true (cut);
            }
            svg_clear (&s);
        }
}

/* ---- A decimal comma --------------------------------------------------------------------- */

/* Sets LC_NUMERIC to a locale whose decimal point is a comma: de_DE.UTF-8 or another one when
 * installed; otherwise de_DE.UTF-8 compiled with localedef (from Debian's "locales" package)
 * into @dir, which glibc finds through LOCPATH. LOCPATH then stays set until the test ends:
 * Graphviz's renderer sets LC_NUMERIC to C and back with setlocale(), which must find the
 * locale again. Returns FALSE when there is no way to get one. */
static gboolean
set_comma_locale (const char *dir)
{
    static const char *const names[] = { "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8",
                                         "nl_NL.UTF-8" };
    for (int attempt = 0; attempt < 2; attempt++) {
        for (guint i = 0; i < G_N_ELEMENTS (names); i++)
            if (setlocale (LC_NUMERIC, names[i]) != NULL &&
                strcmp (localeconv ()->decimal_point, ",") == 0)
                return TRUE;
        if (attempt > 0)
            break;
        g_autofree char *localedef = g_find_program_in_path ("localedef");
        g_autofree char *target = g_build_filename (dir, "de_DE.UTF-8", NULL);
        const char *argv[] = { localedef, "-c", "-i", "de_DE", "-f", "UTF-8", target, NULL };
        if (localedef == NULL ||
            !g_spawn_sync (NULL, (char **)argv, NULL,
                           G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                           NULL, NULL, NULL, NULL))
            break;
        g_setenv ("LOCPATH", dir, TRUE);
    }
    g_unsetenv ("LOCPATH");
    setlocale (LC_NUMERIC, "C");
    return FALSE;
}

/* Graphviz reads and writes numbers with the C library, so under a decimal comma it would read
 * pad="0.3" as 0 and write "12,5". Render sets a C numeric locale for its own thread while
 * Graphviz works: every view comes out byte for byte as under C, whatever the process's
 * locale (set with setlocale) or the thread's (set with uselocale). */
static void
test_decimal_comma (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");
    g_autoptr (GError) error = NULL;
    g_autofree char *dir = g_dir_make_tmp ("bloc-locale-XXXXXX", &error);
    g_assert_no_error (error);
    static const BlocImageFormat formats[] = { BLOC_IMAGE_SVG, BLOC_IMAGE_DOT, BLOC_IMAGE_PNG };
    GBytes *reference[BLOC_N_VIEWS][G_N_ELEMENTS (formats)];
    BlocRenderOptions o[BLOC_N_VIEWS];
    GArray *groups[BLOC_N_VIEWS];

    for (int v = 0; v < BLOC_N_VIEWS; v++) {
        options_for (&o[v], (BlocView)v, ds, "UZ", &groups[v]);
        for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
            reference[v][f] = render (ds, &o[v], formats[f]);
    }
    /* "pos" and "width" in the DOT hold decimals: with a point. */
    gsize len;
    const char *dot = g_bytes_get_data (reference[BLOC_VIEW_OVERLAP][1], &len);
    g_assert_nonnull (g_strstr_len (dot, (gssize)len, "pad=0.3"));

    if (!set_comma_locale (dir)) {
        remove_tree (dir);
        for (int v = 0; v < BLOC_N_VIEWS; v++) {
            for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
                g_bytes_unref (reference[v][f]);
            g_array_unref (groups[v]);
        }
        g_test_skip ("no locale with a decimal comma, and localedef could not make de_DE.UTF-8");
        return;
    }
    char buf[16];
    g_snprintf (buf, sizeof buf, "%.1f", 0.5);
    g_assert_cmpstr (buf, ==, "0,5"); /* the comma is in force */

    for (int pass = 0; pass < 2; pass++) {
        /* Pass 0: the process's locale; pass 1: only this thread's. */
        locale_t comma = (locale_t)0, previous = (locale_t)0;
        if (pass == 1) {
            comma = duplocale (LC_GLOBAL_LOCALE);
            g_assert_true (comma != (locale_t)0);
            setlocale (LC_NUMERIC, "C");
            previous = uselocale (comma);
        }
        for (int v = 0; v < BLOC_N_VIEWS; v++)
            for (guint f = 0; f < G_N_ELEMENTS (formats); f++) {
                g_autoptr (GBytes) out = render (ds, &o[v], formats[f]);
                if (!g_bytes_equal (out, reference[v][f]))
                    g_error ("%s view, type %d, %s: not the bytes of the C locale",
                             bloc_view_to_string ((BlocView)v), formats[f],
                             pass == 0 ? "setlocale" : "uselocale");
            }
        /* The locale in force is the caller's again. */
        g_snprintf (buf, sizeof buf, "%.1f", 0.5);
        g_assert_cmpstr (buf, ==, "0,5");
        if (pass == 1) {
            uselocale (previous);
            freelocale (comma);
        }
    }
    setlocale (LC_NUMERIC, "C");
    g_unsetenv ("LOCPATH");
    remove_tree (dir);
    for (int v = 0; v < BLOC_N_VIEWS; v++) {
        for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
            g_bytes_unref (reference[v][f]);
        g_array_unref (groups[v]);
    }
}

/* ---- The SVG post-processing on its own ---------------------------------------------------- */

static char *
finish (const char *svg, const char *prefix)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
    g_autoptr (GHashTable) classes = g_hash_table_new (g_str_hash, g_str_equal);
    g_hash_table_insert (titles, "n-X", "the full name of X");
    g_hash_table_insert (classes, "c-1", "cell present member");
    const BlocSvgInfo info = {
        "Title", "A description long enough.", FALSE, prefix, titles, classes, FALSE, 0, 0
    };
    g_autoptr (GBytes) out = NULL;
    g_assert_true (bloc_svg_finish (&out, svg, strlen (svg), &info, &error));
    g_assert_no_error (error);
    gsize len;
    const char *data = g_bytes_get_data (out, &len);
    g_assert_cmpuint (strlen (data), ==, len); /* no NUL inside */
    return g_strndup (data, len);
}

/* What Graphviz writes, in small: a prolog, comments, a node, a table cell with a tooltip, a
 * node with a real link, entities in text and attributes, and a gradient used by url(#...). */
static const char graphviz_svg[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
    "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\"\n"
    " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
    "<!-- Generated by graphviz -->\n"
    "<svg width=\"100pt\" height=\"50pt\"\n viewBox=\"0 0 100 50\" "
    "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
    "<g id=\"graph0\" class=\"graph\">\n<title>g</title>\n"
    "<defs><linearGradient id=\"l_1\"><stop offset=\"0\"/></linearGradient></defs>\n"
    "<!-- n&#45;X -->\n"
    "<g id=\"n&#45;X\" class=\"node country\">\n<title>n&#45;X</title>\n"
    "<polygon fill=\"url(#l_1)\" points=\"0,0 1,1\"/>\n"
    "<text>caf&#233; &#x1F600; &amp; &lt;b&gt; &quot;q&quot; &apos;s&#45;</text>\n</g>\n"
    "<g id=\"a_c&#45;1\"><a xlink:href=\"#\" xlink:title=\"c&#45;1\">\n"
    "<text>member</text>\n</a>\n</g>\n"
    "<g id=\"a_c&#45;2\"><a xlink:href=\"#\" xlink:title=\"Caf&#233; &#x1F600; &amp; "
    "&lt;b&gt; &quot;q&quot; &apos;s\">\n<text>absent</text>\n</a>\n</g>\n"
    "<g id=\"a_n&#45;L\"><a xlink:href=\"https://example.org/?a=1&amp;b=2\" "
    "xlink:title=\"a link\">\n<text>linked</text>\n</a>\n</g>\n"
    "<g id=\"n&#45;Y\"><a xlink:href=\"#n&#45;X\"><text>to X</text></a></g>\n"
    "</g>\n</svg>\n";

/* Entities in text and attributes come out as the same characters; comments and the prolog go;
 * titles come from the table; a tooltip cell becomes a group; a real link stays a link. */
static void
test_svg_finish (void)
{
    g_autofree char *svg = finish (graphviz_svg, NULL);
    g_autoptr (GBytes) bytes = g_bytes_new (svg, strlen (svg));
    Svg s;
    check_svg (bytes, &s);
    g_assert_true (g_str_has_prefix (svg, "<svg "));
    g_assert_null (strstr (svg, "<!--"));
    g_assert_null (strstr (svg, "DOCTYPE"));
    g_assert_cmpstr (s.root_title, ==, "Title");
    g_assert_cmpstr (s.root_desc, ==, "A description long enough.");
    g_assert_true (has_text (&s, "caf\xc3\xa9 \xf0\x9f\x98\x80 & <b> \"q\" 's-"));
    g_assert_cmpstr (g_hash_table_lookup (s.ids, "c-1"), ==, "cell present member");
    g_assert_cmpstr (g_hash_table_lookup (s.ids, "c-2"), ==, "cell");
    g_assert_true (strstr (svg,
                           "<g id=\"c-2\" class=\"cell\">\n<title>Caf\xc3\xa9 \xf0\x9f\x98\x80 "
                           "&amp; &lt;b&gt; \"q\" 's</title>\n<text>absent</text>\n</g>") != NULL);
    g_assert_true (strstr (svg, "<title>the full name of X</title>") != NULL);
    /* The link to elsewhere keeps its anchor, start and end. */
    g_assert_true (strstr (svg,
                           "<g id=\"a_n-L\"><a xlink:href=\"https://example.org/?a=1&amp;b=2\" "
                           "xlink:title=\"a link\">\n<text>linked</text>\n</a>\n</g>") != NULL);
    g_assert_true (strstr (svg, "<a xlink:href=\"#n-X\"><text>to X</text></a>") != NULL);
    /* Exactly the anchors that were links stay. */
    guint starts = 0, ends = 0;
    for (const char *p = svg; (p = strstr (p, "<a ")) != NULL; p++)
        starts++;
    for (const char *p = svg; (p = strstr (p, "</a>")) != NULL; p++)
        ends++;
    g_assert_cmpuint (starts, ==, 2);
    g_assert_cmpuint (ends, ==, 2);
    svg_clear (&s);

    /* The same input gives the same bytes. */
    g_autofree char *again = finish (graphviz_svg, NULL);
    g_assert_cmpstr (svg, ==, again);
}

/* With a prefix, every id and every reference to one carries it. */
static void
test_svg_finish_prefix (void)
{
    g_autofree char *svg = finish (graphviz_svg, "p1-");
    g_autoptr (GBytes) bytes = g_bytes_new (svg, strlen (svg));
    Svg s;
    check_svg (bytes, &s);
    GHashTableIter it;
    gpointer id;
    g_hash_table_iter_init (&it, s.all_ids);
    while (g_hash_table_iter_next (&it, &id, NULL))
        g_assert_true (g_str_has_prefix (id, "p1-"));
    g_assert_true (g_hash_table_contains (s.all_ids, "p1-graph0"));
    g_assert_true (g_hash_table_contains (s.all_ids, "p1-l_1"));
    g_assert_true (strstr (svg, "fill=\"url(#p1-l_1)\"") != NULL);
    g_assert_true (strstr (svg, "xlink:href=\"#p1-n-X\"") != NULL);
    g_assert_true (strstr (svg, "xlink:href=\"https://example.org/?a=1&amp;b=2\"") != NULL);
    svg_clear (&s);
}

/* What is not XML is an error, not a crash or a half-written figure. */
static void
test_svg_finish_bad (void)
{
    static const char *const bad[] = { "", "<svg><g></svg>", "<html/>", "<svg>&nbsp;</svg>" };
    const BlocSvgInfo info = { "T", "D", FALSE, NULL, NULL, NULL, FALSE, 0, 0 };
    for (guint i = 0; i < G_N_ELEMENTS (bad); i++) {
        g_autoptr (GError) error = NULL;
        g_autoptr (GBytes) out = NULL;
        g_assert_false (bloc_svg_finish (&out, bad[i], strlen (bad[i]), &info, &error));
        g_assert_error (error, BLOC_ERROR, BLOC_ERROR_RENDER);
        g_assert_null (out);
    }
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
    g_test_add_func ("/render/default-ids", test_default_ids);
    g_test_add_func ("/render/deterministic", test_deterministic);
    g_test_add_func ("/render/engine", test_engine);
    g_test_add_func ("/render/escaping", test_escaping);
    g_test_add_func ("/render/persian", test_persian);
    g_test_add_func ("/render/decimal-comma", test_decimal_comma);
    g_test_add_func ("/render/long-names", test_long_names);
    g_test_add_func ("/render/dot-reads-back", test_dot_reads_back);
    g_test_add_func ("/render/svg-finish", test_svg_finish);
    g_test_add_func ("/render/svg-finish-prefix", test_svg_finish_prefix);
    g_test_add_func ("/render/svg-finish-bad", test_svg_finish_bad);
    return g_test_run ();
}
