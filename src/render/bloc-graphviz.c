/* bloc-graphviz.c: Graphviz setup and output: the graph's discipline, the one gvc context, the
 * graph-wide defaults, and layout and rendering into memory. */
/* newlocale() and uselocale() are POSIX 2008. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <locale.h>
#include <string.h>
#include <time.h>

#include <gvc.h>

#include "bloc-render-private.h"

#define LAYOUT_SEED "20260101"

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
bloc_graphviz_defaults (Agraph_t *g, const char *engine)
{
    bloc_gv_set (g, "fontname", BLOC_RENDER_FONT);
    bloc_gv_set (g, "fontsize", "11");
    bloc_gv_set (g, "pad", "0.3");
    bloc_gv_set (g, "bgcolor", "white");
    bloc_gv_set (g, "outputorder", "edgesfirst");
    bloc_gv_set (g, "start", LAYOUT_SEED);
    bloc_gv_set (g, "id", "graph0");
    if (strcmp (engine, "dot") != 0) {
        /* Overlap removal by PRISM, which keeps the layout's shape. Graphviz 2.42's Voronoi
         * method crashed (PQinsert) on a node much wider than the others. */
        bloc_gv_set (g, "overlap", "prism");
        bloc_gv_set (g, "sep", "+4");
        bloc_gv_set (g, "splines", "true");
    }
    /* Graphviz's layout declares this default process-wide; declaring it here keeps the first
     * graph of a process like the next ones. */
    agattr (g, AGNODE, "label", "\\N");
    agattr (g, AGNODE, "fontname", BLOC_RENDER_FONT);
    agattr (g, AGNODE, "fontsize", "11");
    /* Wide margins: a viewer's fallback font may be wider than DejaVu Sans. */
    agattr (g, AGNODE, "margin", "0.16,0.08");
    agattr (g, AGNODE, "penwidth", "1.2");
    agattr (g, AGEDGE, "fontname", BLOC_RENDER_FONT);
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
 * to 1970-01-01. The PDF is rendered with TZ set to UTC (see render_laid_out), so the zone is
 * already "Z"; only the 14 digits change, and the PDF's byte offsets stay right. */
static void
fix_pdf_date (char *pdf, gsize len)
{
    static const char key[] = "/CreationDate (D:";
    gsize n = sizeof key - 1;
    char *p = NULL;
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

/* Renders the laid-out graph @g as @format. */
static GBytes *
render_laid_out (GVC_t *gvc, Agraph_t *g, BlocImageFormat format, GError **error)
{
    static const char *const renderers[] = { "svg", "png:cairo", "pdf:cairo", "dot" };
    char *data = NULL;
    unsigned int len = 0;
    g_autofree char *saved_tz = NULL;

    /* Cairo dates a PDF in local time, as "Z" or as an offset like "+03'30": render it in UTC so
     * that the bytes do not depend on the time zone (fix_pdf_date then sets the date). */
    if (format == BLOC_IMAGE_PDF) {
        saved_tz = g_strdup (g_getenv ("TZ"));
        g_setenv ("TZ", "UTC", TRUE);
        tzset ();
    }
    int rendered = gvRenderData (gvc, g, renderers[format], &data, &len);
    if (format == BLOC_IMAGE_PDF) {
        if (saved_tz != NULL)
            g_setenv ("TZ", saved_tz, TRUE);
        else
            g_unsetenv ("TZ");
        tzset ();
    }
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
        fix_pdf_date (data, len);
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

GBytes *
bloc_graphviz_render (const BlocFigure *figure, const char *engine, BlocImageFormat format,
                      GError **error)
{
    g_auto (CNumeric) numeric = { 0 };
    if (!c_numeric_begin (&numeric, error))
        return NULL;

    if (format == BLOC_IMAGE_GV) {
        g_autoptr (GString) dot = g_string_new (NULL);
        if (agwrite (figure->g, dot) != 0) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER,
                         "Graphviz could not write the graph");
            return NULL;
        }
        return g_string_free_to_bytes (g_steal_pointer (&dot));
    }

    GVC_t *gvc = graphviz ();
    if (gvc == NULL || gvLayout (gvc, figure->g, engine) != 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER,
                     "Graphviz could not lay out the %s view with the engine '%s'",
                     bloc_view_to_string (figure->o->view), engine);
        return NULL;
    }
    GBytes *result = NULL;
    if (!graphviz_failed (error))
        result = render_laid_out (gvc, figure->g, format, error);
    gvFreeLayout (gvc, figure->g);
    return result;
}
