/* bloc-graphviz.c: Graphviz setup and output: the graph's discipline, the one gvc context, the
 * graph-wide defaults, and layout (with the legend of bloc-legend.c placed above the drawing) and
 * rendering into memory. */
/* newlocale() and uselocale() are POSIX 2008. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include <gvc.h>

#include "bloc-render-private.h"

#define LAYOUT_SEED "20260101"

/* ---- Pages ---------------------------------------------------------------------------------- */

/* BLOC_PAGE_NONE is no page, so it has no name. */
static const BlocEnumName page_names[] = {
    { BLOC_PAGE_A4, "a4", NULL },
    { BLOC_PAGE_LETTER, "letter", BLOC_ENUM_ALIASES ("us-letter") },
    { 0, NULL, NULL },
};
static const BlocEnum page_enum = { "page", page_names };

const BlocEnum *
bloc_page_enum (void)
{
    return &page_enum;
}

gboolean
bloc_page_parse (BlocPage *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &page_enum, text, error))
        return FALSE;
    *out = (BlocPage)value;
    return TRUE;
}

/* A page's size in points (portrait), and the margin a figure keeps from its edges: 1.5 cm. */
static void
page_size (BlocPage page, gboolean landscape, double *out_width, double *out_height)
{
    double w = page == BLOC_PAGE_LETTER ? 612 : 595.28, h = page == BLOC_PAGE_LETTER ? 792 : 841.89;
    const double margin = 72 * 1.5 / 2.54;
    *out_width = (landscape ? h : w) - 2 * margin;
    *out_height = (landscape ? w : h) - 2 * margin;
}

/* ---- Writing DOT into a GString ------------------------------------------------------------- */

static int
string_putstr (void *chan, const char *str)
{
    g_string_append ((GString *)chan, str);
    return 0;
}

static int
string_flush (void *chan)
{
    return 0;
}

static Agiodisc_t string_io = { NULL, string_putstr, string_flush };

/* ---- Object ids in creation order ----------------------------------------------------------- */

/* cgraph's default discipline uses the address of each name as its id, and writes subgraphs in
 * id order, so the order of the DOT output would depend on memory layout. Named objects get even
 * ids, anonymous ones odd ids, as in the default discipline. */
typedef struct {
    Agraph_t *g;
    GPtrArray *names; /* cgraph reference-counted strings: agwrite reads their header */
    GHashTable *ids;
    IDTYPE anonymous;
} IdState;

static void *
id_open (Agraph_t *g, Agdisc_t *disc)
{
    IdState *s = g_new0 (IdState, 1);
    s->g = g;
    s->names = g_ptr_array_new ();
    s->ids = g_hash_table_new (g_str_hash, g_str_equal);
    s->anonymous = 1;
    return s;
}

static long
id_map (void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
    IdState *s = state;
    if (str == NULL) {
        *id = s->anonymous;
        s->anonymous += 2;
        return TRUE;
    }
    gpointer known = g_hash_table_lookup (s->ids, str);
    if (known != NULL) {
        *id = (IDTYPE)GPOINTER_TO_SIZE (known);
        return TRUE;
    }
    if (!createflag)
        return FALSE;
    /* Owned by the graph's string dictionary, freed with the graph. */
    char *copy = agstrdup (s->g, str);
    g_ptr_array_add (s->names, copy);
    *id = 2 * (IDTYPE)s->names->len;
    g_hash_table_insert (s->ids, copy, GSIZE_TO_POINTER ((gsize)*id));
    return TRUE;
}

static long
id_alloc (void *state, int objtype, IDTYPE id)
{
    return FALSE;
}

static void
id_free (void *state, int objtype, IDTYPE id)
{
}

static char *
id_print (void *state, int objtype, IDTYPE id)
{
    IdState *s = state;
    if (id % 2 == 0 && id / 2 >= 1 && id / 2 <= s->names->len)
        return g_ptr_array_index (s->names, id / 2 - 1);
    return NULL;
}

static void
id_close (void *state)
{
    IdState *s = state;
    g_hash_table_unref (s->ids);
    g_ptr_array_unref (s->names);
    g_free (s);
}

static void
id_register (void *state, int objtype, void *obj)
{
}

static Agiddisc_t sequential_ids = { id_open,  id_map,   id_alloc,   id_free,
                                     id_print, id_close, id_register };

Agraph_t *
bloc_graphviz_open (const char *name, gboolean directed)
{
    Agdisc_t disc = { &AgMemDisc, &sequential_ids, &string_io };
    return agopen ((char *)name, directed ? Agdirected : Agundirected, &disc);
}

void
bloc_gv_set_html (void *obj, const char *name, const char *html)
{
    Agraph_t *g = agraphof (obj);
    char *value = agstrdup_html (g, (char *)html);
    agsafeset (obj, (char *)name, value, "");
    agstrfree (g, value);
}

void
bloc_graphviz_defaults (Agraph_t *g, const char *engine, const char *font)
{
    bloc_gv_set (g, "fontname", font);
    bloc_gv_set (g, "fontsize", "11");
    bloc_gv_set (g, "pad", "0.3");
    /* The pad is the only border, in every format: the PDF renderer's own margin would add half
     * an inch around, and make --page and --width miss. */
    bloc_gv_set (g, "margin", "0");
    bloc_gv_set (g, "bgcolor", "white");
    bloc_gv_set (g, "outputorder", "edgesfirst");
    bloc_gv_set (g, "start", LAYOUT_SEED);
    bloc_gv_set (g, "id", "graph0");
    if (strcmp (engine, "dot") != 0) {
        /* Overlap removal by PRISM, which keeps the layout's shape. Graphviz 2.42's Voronoi
         * method crashed (PQinsert) on a node much wider than the others. Edges are routed
         * around the nodes (splines=true), keeping esep points clear of them. */
        bloc_gv_set (g, "overlap", "prism");
        bloc_gv_set (g, "sep", "+4");
        bloc_gv_set (g, "splines", "true");
    }
    /* Graphviz's layout declares this default process-wide; declaring it here keeps the first
     * graph of a process like the next ones. */
    agattr (g, AGNODE, "label", "\\N");
    agattr (g, AGNODE, "fontname", (char *)font);
    agattr (g, AGNODE, "fontsize", "11");
    /* Wide margins: a viewer's fallback font may be wider than the one Graphviz measured. */
    agattr (g, AGNODE, "margin", "0.16,0.08");
    agattr (g, AGNODE, "penwidth", "1.2");
    agattr (g, AGEDGE, "fontname", (char *)font);
    agattr (g, AGEDGE, "fontsize", "9");
}

/* ---- The context and its messages ----------------------------------------------------------- */

/* Graphviz reports problems through cgraph's error function; without one it prints them to
 * standard error and goes on. They are collected here and turned into a GError. */
static GString *graphviz_messages;

static int
collect_graphviz_message (char *text)
{
    if (graphviz_messages != NULL)
        g_string_append (graphviz_messages, text);
    return 0;
}

/* Sets @error when Graphviz reported an error since the last call (warnings are dropped). */
static gboolean
graphviz_failed (GError **error)
{
    gboolean failed = strstr (graphviz_messages->str, "Error") != NULL;
    if (failed) {
        g_strstrip (graphviz_messages->str);
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER, "Graphviz: %s", graphviz_messages->str);
    }
    g_string_truncate (graphviz_messages, 0);
    return failed;
}

/* One Graphviz context for the whole process. Graphviz 2.42's pango plugin keeps a pointer to a
 * font name that gvFreeContext() frees, so a second context would read freed memory. The context
 * is never freed; it holds only the loaded plugins. */
static GVC_t *
graphviz (void)
{
    static gsize once;
    static GVC_t *gvc;
    if (g_once_init_enter (&once)) {
        graphviz_messages = g_string_new (NULL);
        agseterrf (collect_graphviz_message);
        gvc = gvContext ();
        g_once_init_leave (&once, 1);
    }
    return gvc;
}

/* ---- Output --------------------------------------------------------------------------------- */

/* Cairo stamps a PDF with the time it was made, which would make every PDF differ. The date is
 * set instead to SOURCE_DATE_EPOCH (the reproducible-builds convention) or, without a valid one,
 * to 1970-01-01. The PDF is rendered with TZ set to UTC (bloc_pdf_utc_begin()), so the zone is
 * already "Z"; only the 14 digits change, and the PDF's byte offsets stay right. */
void
bloc_pdf_set_date (guint8 *pdf, gsize len)
{
    static const char key[] = "/CreationDate (D:";
    gsize n = sizeof key - 1;
    guint8 *p = NULL;
    /* A PDF holds NUL bytes, so no string search: compare at every offset. */
    for (gsize i = 0; i + n + 14 <= len && p == NULL; i++)
        if (pdf[i] == '/' && memcmp (pdf + i, key, n) == 0)
            p = pdf + i + n;
    if (p == NULL)
        return;
    for (int i = 0; i < 14; i++)
        if (!g_ascii_isdigit (p[i]))
            return;

    gint64 seconds = 0;
    const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
    if (epoch != NULL && *epoch != '\0' && strspn (epoch, "0123456789") == strlen (epoch) &&
        strlen (epoch) <= 11)
        seconds = g_ascii_strtoll (epoch, NULL, 10);
    g_autoptr (GDateTime) when = g_date_time_new_from_unix_utc (seconds);
    if (when == NULL || g_date_time_get_year (when) < 1000 || g_date_time_get_year (when) > 9999) {
        g_clear_pointer (&when, g_date_time_unref);
        when = g_date_time_new_from_unix_utc (0);
    }
    g_autofree char *stamp = g_date_time_format (when, "%Y%m%d%H%M%S");
    memcpy (p, stamp, 14);
}

char *
bloc_pdf_utc_begin (void)
{
    char *saved_tz = g_strdup (g_getenv ("TZ"));
    g_setenv ("TZ", "UTC", TRUE);
    tzset ();
    return saved_tz;
}

void
bloc_pdf_utc_end (char *saved_tz)
{
    if (saved_tz != NULL)
        g_setenv ("TZ", saved_tz, TRUE);
    else
        g_unsetenv ("TZ");
    tzset ();
    g_free (saved_tz);
}

/* Renders the laid-out graph @g as @format. */
static GBytes *
render_laid_out (GVC_t *gvc, Agraph_t *g, BlocImageFormat format, GError **error)
{
    static const char *const renderers[] = { "svg", "png:cairo", "pdf:cairo", "dot" };
    char *data = NULL;
    unsigned int len = 0;
    char *saved_tz = NULL;

    /* Cairo dates a PDF in local time, as "Z" or as an offset like "+03'30": render it in UTC so
     * that the bytes do not depend on the time zone (bloc_pdf_set_date() then sets the date). */
    if (format == BLOC_IMAGE_PDF)
        saved_tz = bloc_pdf_utc_begin ();
    int rendered = gvRenderData (gvc, g, renderers[format], &data, &len);
    if (format == BLOC_IMAGE_PDF)
        bloc_pdf_utc_end (saved_tz);
    if (rendered != 0 || data == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER, "Graphviz could not render %s",
                     renderers[format]);
        if (data != NULL)
            gvFreeRenderData (data);
        return NULL;
    }
    if (graphviz_failed (error)) {
        gvFreeRenderData (data);
        return NULL;
    }
    if (format == BLOC_IMAGE_PDF)
        bloc_pdf_set_date ((guint8 *)data, len);
    GBytes *result = g_bytes_new (data, len);
    gvFreeRenderData (data);
    return result;
}

/* ---- A C numeric locale for Graphviz ------------------------------------------------------ */

/* Graphviz reads and writes numbers with the C library (strtod, printf): under a locale with a
 * decimal comma it would read pad="0.3" as 0 and write positions as "12,5". While it works, the
 * calling thread uses a copy of its own locale with a C LC_NUMERIC (uselocale is per thread, so
 * neither the process's locale nor other threads change); the caller's comes back after. */
typedef struct {
    locale_t numeric_c;
    locale_t previous;
} CNumeric;

static gboolean
c_numeric_begin (CNumeric *s, GError **error)
{
    locale_t copy = duplocale (uselocale ((locale_t)0));
    s->numeric_c = copy != (locale_t)0 ? newlocale (LC_NUMERIC_MASK, "C", copy) : (locale_t)0;
    if (s->numeric_c == (locale_t)0) {
        if (copy != (locale_t)0)
            freelocale (copy);
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER,
                     "cannot set the C numeric locale Graphviz needs: %s", g_strerror (errno));
        return FALSE;
    }
    s->previous = uselocale (s->numeric_c);
    return TRUE;
}

static void
c_numeric_end (CNumeric *s)
{
    if (s->numeric_c == (locale_t)0)
        return;
    uselocale (s->previous);
    freelocale (s->numeric_c);
    s->numeric_c = (locale_t)0;
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CNumeric, c_numeric_end)

/* ---- Lines clear of nodes -------------------------------------------------------------------- */

/* TRUE when the point (@x, @y) lies inside @n as drawn: its ellipse, or its box. */
static gboolean
inside_node (Agnode_t *n, double x, double y)
{
    double hw = ND_width (n) * 72 / 2, hh = ND_height (n) * 72 / 2;
    double dx = x - ND_coord (n).x, dy = y - ND_coord (n).y;
    if (fabs (dx) >= hw || fabs (dy) >= hh)
        return FALSE;
    const char *shape = agget (n, "shape");
    if (shape != NULL && (strcmp (shape, "ellipse") == 0 || strcmp (shape, "oval") == 0 ||
                          strcmp (shape, "circle") == 0))
        return (dx * dx) / (hw * hw) + (dy * dy) / (hh * hh) < 1;
    return TRUE;
}

/* TRUE when the spline of @e passes inside @n: 24 points on each Bezier piece. */
static gboolean
edge_under_node (Agedge_t *e, Agnode_t *n)
{
    const splines *spl = ED_spl (e);
    double hw = ND_width (n) * 72 / 2, hh = ND_height (n) * 72 / 2;
    if (spl == NULL)
        return FALSE;
    /* The spline's box misses the node's: nothing to sample. */
    if (spl->bb.UR.x > spl->bb.LL.x &&
        (spl->bb.LL.x > ND_coord (n).x + hw || spl->bb.UR.x < ND_coord (n).x - hw ||
         spl->bb.LL.y > ND_coord (n).y + hh || spl->bb.UR.y < ND_coord (n).y - hh))
        return FALSE;
    for (int b = 0; b < spl->size; b++) {
        const bezier *bz = &spl->list[b];
        for (int i = 0; i + 3 < bz->size; i += 3) {
            const pointf *p = &bz->list[i];
            for (int k = 0; k <= 24; k++) {
                double t = k / 24.0, u = 1 - t;
                double x = u * u * u * p[0].x + 3 * t * u * u * p[1].x + 3 * t * t * u * p[2].x +
                           t * t * t * p[3].x;
                double y = u * u * u * p[0].y + 3 * t * u * u * p[1].y + 3 * t * t * u * p[2].y +
                           t * t * t * p[3].y;
                if (inside_node (n, x, y))
                    return TRUE;
            }
        }
    }
    return FALSE;
}

guint
bloc_graphviz_edges_under_nodes (Agraph_t *g)
{
    guint count = 0;
    for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n))
        for (Agedge_t *e = agfstout (g, n); e != NULL; e = agnxtout (g, e))
            for (Agnode_t *m = agfstnode (g); m != NULL; m = agnxtnode (g, m))
                if (m != agtail (e) && m != aghead (e) &&
                    !g_str_has_prefix (agnameof (m), "legend-") && edge_under_node (e, m))
                    count++;
    return count;
}

/* The layouts tried, in order, for a figure whose lines must stay clear of nodes: the engine
 * asked for, then with more room around the nodes (sep) and for the routing (esep, kept below
 * sep so that the routing's obstacles do not touch), then neato and fdp, which route every line
 * around the nodes. An engine of NULL is the one asked for; a sep of NULL, the figure's own. */
typedef struct {
    const char *engine, *sep, *esep;
} Layout;

static const Layout clear_layouts[] = {
    { NULL, NULL, NULL },      { NULL, "+12", "+8" },   { "neato", "+12", "+8" },
    { "neato", "+24", "+16" }, { "fdp", "+16", "+10" },
};
/* When the user chose the engine: only more room. */
static const Layout clear_layouts_chosen[] = {
    { NULL, NULL, NULL },
    { NULL, "+12", "+8" },
    { NULL, "+24", "+16" },
};

/* Lays @g out as @layout says, with @engine for a NULL engine and @own's sep and esep for a
 * NULL sep. */
static gboolean
lay_out_once (GVC_t *gvc, const BlocFigure *figure, const Layout *layout, const char *engine,
              const Layout *own, GError **error)
{
    Agraph_t *g = figure->g;
    const char *use = layout->engine ? layout->engine : engine;
    const Layout *room = layout->sep != NULL ? layout : own;
    if (room->sep != NULL || agget (g, "sep") != NULL)
        bloc_gv_set (g, "sep", room->sep ? room->sep : "");
    if (room->esep != NULL || agget (g, "esep") != NULL)
        bloc_gv_set (g, "esep", room->esep ? room->esep : "");
    if (gvLayout (gvc, g, use) != 0 || graphviz_failed (error)) {
        if (error != NULL && *error == NULL)
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER,
                         "Graphviz could not lay out the %s view with the engine '%s'",
                         bloc_view_to_string (figure->o->view), use);
        return FALSE;
    }
    return TRUE;
}

/* Lays @figure's graph out with @engine; with figure->edges_clear, tries the layouts above until
 * one leaves no line under a node that is not one of its ends, and keeps the first such, or else
 * the one with the fewest. FALSE with @error set when Graphviz fails. */
static gboolean
lay_out (GVC_t *gvc, const BlocFigure *figure, const char *engine, GError **error)
{
    gboolean chosen = figure->o->engine != BLOC_LAYOUT_VIEW;
    const Layout *layouts = chosen ? clear_layouts_chosen : clear_layouts;
    guint n = chosen ? G_N_ELEMENTS (clear_layouts_chosen) : G_N_ELEMENTS (clear_layouts);
    guint best = 0, best_count = G_MAXUINT;
    g_autofree char *sep = g_strdup (agget (figure->g, "sep"));
    g_autofree char *esep = g_strdup (agget (figure->g, "esep"));
    const Layout own = { NULL, sep, esep };

    if (!figure->edges_clear)
        return lay_out_once (gvc, figure, &layouts[0], engine, &own, error);
    for (guint i = 0; i < n; i++) {
        if (i > 0)
            gvFreeLayout (gvc, figure->g);
        if (!lay_out_once (gvc, figure, &layouts[i], engine, &own, error))
            return FALSE;
        guint count = bloc_graphviz_edges_under_nodes (figure->g);
        if (count == 0)
            return TRUE;
        if (count < best_count) {
            best = i;
            best_count = count;
        }
    }
    if (best == n - 1)
        return TRUE;
    gvFreeLayout (gvc, figure->g);
    return lay_out_once (gvc, figure, &layouts[best], engine, &own, error);
}

/* ---- The legend in place ------------------------------------------------------------------ */

/* The sizes of the legend's nodes in creation order (heading, then swatch and text of each row),
 * as Graphviz measures them. NULL with @error set when it cannot. */
static BlocLegendSize *
legend_measure (GVC_t *gvc, BlocFigure *figure, GError **error)
{
    Agraph_t *g = bloc_legend_graph (figure);
    if (g == NULL || gvLayout (gvc, g, "dot") != 0 || graphviz_failed (error)) {
        if (error != NULL && *error == NULL)
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER,
                         "Graphviz could not lay out the legend");
        if (g != NULL)
            agclose (g);
        return NULL;
    }
    BlocLegendSize *sizes = g_new0 (BlocLegendSize, 1 + 2 * figure->legend->len);
    guint k = 0;
    /* Nodes in creation order: the discipline numbers them so (see id_map). */
    for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n)) {
        if (g_str_has_suffix (agnameof (n), "-end"))
            continue;
        if (k < 1 + 2 * figure->legend->len) {
            sizes[k].width = ND_width (n) * 72;
            sizes[k].height = ND_height (n) * 72;
        }
        k++;
    }
    gvFreeLayout (gvc, g);
    agclose (g);
    return sizes;
}

/* The box the laid-out drawing of @g takes (nodes and lines, not the graph label). */
static boxf
drawing_box (Agraph_t *g)
{
    boxf bb = { { G_MAXDOUBLE, G_MAXDOUBLE }, { -G_MAXDOUBLE, -G_MAXDOUBLE } };
    for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n)) {
        double hw = ND_width (n) * 36, hh = ND_height (n) * 36;
        bb.LL.x = MIN (bb.LL.x, ND_coord (n).x - hw);
        bb.LL.y = MIN (bb.LL.y, ND_coord (n).y - hh);
        bb.UR.x = MAX (bb.UR.x, ND_coord (n).x + hw);
        bb.UR.y = MAX (bb.UR.y, ND_coord (n).y + hh);
        for (Agedge_t *e = agfstout (g, n); e != NULL; e = agnxtout (g, e)) {
            const splines *spl = ED_spl (e);
            for (int b = 0; spl != NULL && b < spl->size; b++)
                for (int i = 0; i < spl->list[b].size; i++) {
                    pointf p = spl->list[b].list[i];
                    bb.LL.x = MIN (bb.LL.x, p.x);
                    bb.LL.y = MIN (bb.LL.y, p.y);
                    bb.UR.x = MAX (bb.UR.x, p.x);
                    bb.UR.y = MAX (bb.UR.y, p.y);
                }
        }
    }
    if (bb.LL.x > bb.UR.x)
        bb = (boxf){ { 0, 0 }, { 0, 0 } };
    return bb;
}

/* Lays @figure out and puts its legend under the title: the drawing is laid out without the
 * graph label; then every node and line keeps its place (written into its pos attribute), the
 * legend's nodes go above the drawing, the label comes back, and Graphviz's nop2 layout, which
 * takes the positions as they are, places the label above everything. */
static gboolean
lay_out_with_legend (GVC_t *gvc, BlocFigure *figure, const char *engine, GError **error)
{
    Agraph_t *g = figure->g;
    char *label = agget (g, "label");
    g_autofree char *html = label && aghtmlstr (label) ? g_strdup (label) : NULL;

    if (figure->legend->len == 0)
        return lay_out (gvc, figure, engine, error);
    g_autofree BlocLegendSize *sizes = legend_measure (gvc, figure, error);
    if (sizes == NULL)
        return FALSE;
    bloc_gv_set (g, "label", "");
    if (!lay_out (gvc, figure, engine, error))
        return FALSE;
    boxf bb = drawing_box (g);
    attach_attrs (g);
    gvFreeLayout (gvc, g);
    double top = bb.UR.y + 18;
    top += bloc_legend_height (figure, sizes);
    bloc_legend_place (figure, sizes, figure->rtl ? bb.UR.x : bb.LL.x, top);
    if (html != NULL)
        bloc_gv_set_html (g, "label", html);
    bloc_gv_set (g, "bb", "");
    if (gvLayout (gvc, g, "nop2") != 0 || graphviz_failed (error)) {
        if (error != NULL && *error == NULL)
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER,
                         "Graphviz could not place the legend of the %s view",
                         bloc_view_to_string (figure->o->view));
        return FALSE;
    }
    return TRUE;
}

double
bloc_figure_size_scale (const BlocFigure *figure, BlocImageFormat format, double width,
                        double height)
{
    const BlocRenderOptions *o = figure->o;
    double dpi = o->dpi > 0 ? o->dpi : 96;
    if (width <= 0 || height <= 0)
        return 1;
    if (o->page != BLOC_PAGE_NONE) {
        double page_w, page_h;
        page_size (o->page, o->landscape, &page_w, &page_h);
        return MIN (page_w / width, page_h / height);
    }
    if (o->width > 0)
        /* SVG and PDF in points; a PNG in pixels at its resolution. */
        return format == BLOC_IMAGE_PNG ? o->width / (width * dpi / 72) : o->width / width;
    return 1;
}

/* Cairo's image surfaces are at most this many pixels a side; Graphviz rounds a side up by a
 * pixel or two, which the margin leaves room for. */
#define BITMAP_MAX_SIDE (32767.0 - 4)
/* A bitmap of more pixels would take more than 400 MB of memory. */
#define BITMAP_MAX_PIXELS 1e8

double
bloc_figure_bitmap_dpi (const BlocFigure *figure, double width, double height, double dpi)
{
    if (width <= 0 || height <= 0)
        return dpi;
    double most = BITMAP_MAX_SIDE * 72 / MAX (width, height);
    most = MIN (most, 72 * sqrt (BITMAP_MAX_PIXELS / (width * height)));
    return MIN (dpi, most);
}

void
bloc_figure_note_smaller_png (BlocFigure *figure, GBytes *png, double full_width,
                              double full_height)
{
    gsize len;
    const guchar *data = g_bytes_get_data (png, &len);
    if (len < 24 || memcmp (data + 1, "PNG", 3) != 0)
        return;
    guint32 width =
        (guint32)data[16] << 24 | (guint32)data[17] << 16 | (guint32)data[18] << 8 | data[19];
    guint32 height =
        (guint32)data[20] << 24 | (guint32)data[21] << 16 | (guint32)data[22] << 8 | data[23];
    bloc_figure_note (figure,
                      g_strdup_printf ("the PNG was drawn smaller, %u by %u pixels, to stay within "
                                       "what cairo draws (32,767 pixels a side, 100 million in "
                                       "all); at full size it would be %.0f by %.0f (SVG and PDF "
                                       "keep the full size)",
                                       width, height, ceil (full_width), ceil (full_height)));
}

/* The scale that --width or --page asks of the laid-out @g (1 for none), its natural size in
 * points (the drawing and its pad) in @out_width and @out_height. */
static double
size_scale (const BlocFigure *figure, Agraph_t *g, BlocImageFormat format, double *out_width,
            double *out_height)
{
    boxf bb = GD_bb (g);
    double pad = 72 * g_ascii_strtod (agget (g, "pad"), NULL);
    double width = bb.UR.x - bb.LL.x + 2 * pad, height = bb.UR.y - bb.LL.y + 2 * pad;
    *out_width = width;
    *out_height = height;
    return bloc_figure_size_scale (figure, format, width, height);
}

/* Applies --dpi, --width and --page to the laid-out figure: a PNG's resolution (within cairo's
 * limits, in @out_full the PNG's size in pixels when it had to be drawn smaller), a PDF's scale
 * (the drawing's size, which Graphviz scales the drawing to, up or down, when "filled"), the
 * size an SVG declares. Graphviz reads its dpi and size attributes when it lays a graph out; the
 * scale is known only after, so they are set in the layout's record, which it renders from. */
static void
apply_size (const BlocFigure *figure, BlocImageFormat format, BlocGraphvizSize *size,
            double out_full[2])
{
    Agraph_t *g = figure->g;
    double width, height, scale = size_scale (figure, g, format, &width, &height);
    double dpi = figure->o->dpi > 0 ? figure->o->dpi : 96;

    switch (format) {
    case BLOC_IMAGE_PNG: {
        double wanted = dpi * scale;
        double drawn = bloc_figure_bitmap_dpi (figure, width, height, wanted);
        GD_drawing (g)->dpi = drawn;
        if (drawn < wanted) {
            out_full[0] = width * wanted / 72;
            out_full[1] = height * wanted / 72;
        }
        break;
    }
    case BLOC_IMAGE_PDF:
        if (scale != 1) {
            /* Graphviz scales the drawing with its pad to fit this size. */
            GD_drawing (g)->size.x = width * scale;
            GD_drawing (g)->size.y = height * scale;
            GD_drawing (g)->filled = TRUE;
        }
        break;
    case BLOC_IMAGE_SVG:
        if (size != NULL && scale != 1)
            *size = (BlocGraphvizSize){ width * scale, height * scale };
        break;
    default:
        break;
    }
}

GBytes *
bloc_graphviz_render (BlocFigure *figure, const char *engine, BlocImageFormat format,
                      BlocGraphvizSize *size, GError **error)
{
    g_auto (CNumeric) numeric = { 0 };
    if (size != NULL)
        *size = (BlocGraphvizSize){ 0, 0 };
    if (!c_numeric_begin (&numeric, error))
        return NULL;

    if (format == BLOC_IMAGE_GV) {
        /* The figure's graph, then its legend as a graph of its own. */
        g_autoptr (GString) dot = g_string_new (NULL);
        Agraph_t *legend = figure->legend->len > 0 ? bloc_legend_graph (figure) : NULL;
        if (agwrite (figure->g, dot) != 0 || (legend != NULL && agwrite (legend, dot) != 0)) {
            if (legend != NULL)
                agclose (legend);
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER,
                         "Graphviz could not write the graph");
            return NULL;
        }
        if (legend != NULL)
            agclose (legend);
        return g_string_free_to_bytes (g_steal_pointer (&dot));
    }

    GVC_t *gvc = graphviz ();
    if (gvc == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER, "Graphviz could not start");
        return NULL;
    }
    if (!lay_out_with_legend (gvc, figure, engine, error)) {
        gvFreeLayout (gvc, figure->g);
        return NULL;
    }
    double full[2] = { 0, 0 };
    apply_size (figure, format, size, full);
    GBytes *result = render_laid_out (gvc, figure->g, format, error);
    gvFreeLayout (gvc, figure->g);
    if (result != NULL && full[0] > 0)
        bloc_figure_note_smaller_png (figure, result, full[0], full[1]);
    return result;
}
