/* bloc-render.c: the view table, the options, and bloc_render(): build the view as a cgraph
 * graph, lay it out and render it with gvc, and finish the SVG. */
#include "bloc-render-private.h"

#include <stdlib.h>
#include <string.h>

#include "bloc-canvas-private.h"

/* The sets an UpSet plot intersects without --focus or --top. */
#define UPSET_DEFAULT_TOP 6

#include "bloc-enum.h"
#include "bloc-text.h"

static const BlocEnumName view_names[] = {
    { BLOC_VIEW_MEMBERSHIP, "membership", NULL },
    { BLOC_VIEW_OVERLAP, "overlap", NULL },
    { BLOC_VIEW_EGO, "ego", NULL },
    { BLOC_VIEW_GAPS, "gaps", NULL },
    { BLOC_VIEW_NESTING, "nesting", NULL },
    { BLOC_VIEW_TIMELINE, "timeline", NULL },
    { BLOC_VIEW_MATRIX, "matrix", BLOC_ENUM_ALIASES ("heatmap") },
    { BLOC_VIEW_INCIDENCE, "incidence", NULL },
    { BLOC_VIEW_UPSET, "upset", BLOC_ENUM_ALIASES ("intersections") },
    { 0, NULL, NULL },
};
static const BlocEnum view_enum = { "view", view_names };

static const BlocEnumName theme_names[] = {
    { BLOC_THEME_DEFAULT, "default", NULL },
    { BLOC_THEME_PRINT, "print", NULL },
    { BLOC_THEME_MONO, "mono", NULL },
    { 0, NULL, NULL },
};
static const BlocEnum theme_enum = { "theme", theme_names };

static const BlocEnumName image_format_names[] = {
    { BLOC_IMAGE_SVG, "svg", NULL }, { BLOC_IMAGE_PNG, "png", NULL },
    { BLOC_IMAGE_PDF, "pdf", NULL }, { BLOC_IMAGE_DOT, "dot", NULL },
    { BLOC_IMAGE_GV, "gv", NULL },   { 0, NULL, NULL },
};
static const BlocEnum image_format_enum = { "output type", image_format_names };

/* BLOC_LAYOUT_VIEW is no engine of its own, so it has no name. */
static const BlocEnumName layout_names[] = {
    { BLOC_LAYOUT_DOT, "dot", NULL },
    { BLOC_LAYOUT_NEATO, "neato", NULL },
    { BLOC_LAYOUT_TWOPI, "twopi", NULL },
    { BLOC_LAYOUT_CIRCO, "circo", NULL },
    { BLOC_LAYOUT_FDP, "fdp", NULL },
    { BLOC_LAYOUT_SFDP, "sfdp", NULL },
    { 0, NULL, NULL },
};
static const BlocEnum layout_enum = { "engine", layout_names };

/* Indexed by BlocView. */
static const BlocViewClass view_classes[BLOC_N_VIEWS] = {
    { bloc_view_membership_draw, BLOC_LAYOUT_DOT, FALSE, N_ ("who belongs to what"),
      "--group, --kinds or --year", FALSE, BLOC_TOP_ACTORS, TRUE },
    { bloc_view_overlap_draw, BLOC_LAYOUT_NEATO, FALSE, N_ ("overlap"), "--min, --kinds or --year",
      FALSE, BLOC_TOP_BETWEEN, TRUE },
    { bloc_view_ego_draw, BLOC_LAYOUT_TWOPI, FALSE, N_ ("ties"), "--depth 1, --roles or --year",
      FALSE, BLOC_TOP_EGO, TRUE },
    { bloc_view_gaps_draw, BLOC_LAYOUT_DOT, FALSE, N_ ("participation gaps"),
      "--kinds or --min-present", FALSE, BLOC_TOP_OTHERS, TRUE },
    { bloc_view_nesting_draw, BLOC_LAYOUT_DOT, TRUE, N_ ("nesting of member sets"),
      "--min-members or --kinds", FALSE, BLOC_TOP_OTHERS, TRUE },
    { bloc_view_timeline_draw, BLOC_LAYOUT_DOT, TRUE, N_ ("timeline"),
      "--focus, --group, --top, --from or --to", FALSE, BLOC_TOP_ACTORS, TRUE },
    { bloc_view_matrix_draw, BLOC_LAYOUT_VIEW, FALSE, N_ ("co-membership matrix"), "--top or --min",
      TRUE, BLOC_TOP_BETWEEN, TRUE },
    { bloc_view_incidence_draw, BLOC_LAYOUT_VIEW, FALSE, N_ ("who takes part in what"),
      "--top, --group or --kinds", TRUE, BLOC_TOP_ACTORS, TRUE },
    { bloc_view_upset_draw, BLOC_LAYOUT_VIEW, FALSE, N_ ("intersections of member sets"),
      "--top or --focus", TRUE, BLOC_TOP_OTHERS, TRUE },
};

gboolean
bloc_view_is_canvas (BlocView view)
{
    g_return_val_if_fail (view < BLOC_N_VIEWS, FALSE);
    return view_classes[view].canvas;
}

gboolean
bloc_view_takes_group (BlocView view)
{
    g_return_val_if_fail (view < BLOC_N_VIEWS, FALSE);
    return view_classes[view].group;
}

gboolean
bloc_view_takes_top (BlocView view)
{
    g_return_val_if_fail (view < BLOC_N_VIEWS, FALSE);
    return view_classes[view].top != BLOC_TOP_NONE;
}

const BlocEnum *
bloc_view_enum (void)
{
    return &view_enum;
}

/* The tables list the values in enum order, so a value is its index. */
const char *
bloc_view_to_string (BlocView view)
{
    g_return_val_if_fail (view < BLOC_N_VIEWS, "?");
    return view_names[view].name;
}

gboolean
bloc_view_parse (BlocView *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &view_enum, text, error))
        return FALSE;
    *out = (BlocView)value;
    return TRUE;
}

const BlocEnum *
bloc_theme_enum (void)
{
    return &theme_enum;
}

gboolean
bloc_theme_parse (BlocTheme *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &theme_enum, text, error))
        return FALSE;
    *out = (BlocTheme)value;
    return TRUE;
}

const BlocEnum *
bloc_image_format_enum (void)
{
    return &image_format_enum;
}

const char *
bloc_image_format_to_string (BlocImageFormat format)
{
    g_return_val_if_fail (format < BLOC_N_IMAGE_FORMATS, "?");
    return image_format_names[format].name;
}

gboolean
bloc_image_format_parse (BlocImageFormat *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &image_format_enum, text, error))
        return FALSE;
    *out = (BlocImageFormat)value;
    return TRUE;
}

const BlocEnum *
bloc_layout_enum (void)
{
    return &layout_enum;
}

const char *
bloc_layout_to_string (BlocLayout layout)
{
    return bloc_enum_to_string (&layout_enum, (int)layout);
}

gboolean
bloc_layout_parse (BlocLayout *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &layout_enum, text, error))
        return FALSE;
    *out = (BlocLayout)value;
    return TRUE;
}

void
bloc_render_options_init (BlocRenderOptions *o, BlocView view)
{
    memset (o, 0, sizeof *o);
    o->view = view;
    bloc_scope_init (&o->scope);
    o->depth = 1;
    o->min_present = 2;
    o->between = BLOC_SIDE_ACTORS;
    o->weight = BLOC_OVERLAP_COUNT;
    o->size_by = BLOC_CENTRALITY_DEGREE;
    o->min_members = 2;
    o->order = BLOC_ORDER_COMMUNITY;
}

static char *
default_title (const BlocDataset *ds, const BlocRenderOptions *o)
{
    const char *lang = o->lang;
    guint focus;
    if ((o->view == BLOC_VIEW_EGO || o->view == BLOC_VIEW_TIMELINE) && o->focus != NULL &&
        bloc_dataset_lookup (ds, o->focus, &focus)) {
        g_autofree char *name = bloc_text_isolate_rtl (
            bloc_entity_label (ds, bloc_dataset_entity (ds, focus), o->lang));
        if (o->view == BLOC_VIEW_EGO)
            /* TRANSLATORS: a figure's title: the dataset's title, then whose ties it draws. */
            return g_strdup_printf (bloc_i18n_gettext (lang, "%1$s: ties of %2$s"), ds->title,
                                    name);
        /* TRANSLATORS: a figure's title: the dataset's title, then whose timeline it draws. */
        return g_strdup_printf (bloc_i18n_gettext (lang, "%1$s: timeline of %2$s"), ds->title,
                                name);
    }
    if (o->view == BLOC_VIEW_GAPS && o->group_name != NULL) {
        g_autofree char *group = bloc_text_isolate_rtl (o->group_name);
        /* TRANSLATORS: a figure's title: the dataset's title, then the group. */
        return g_strdup_printf (bloc_i18n_gettext (lang, "%1$s: participation gaps of %2$s"),
                                ds->title, group);
    }
    /* TRANSLATORS: what the matrix of the organizations (--between organizations) shows, in a
     * figure's title after the dataset's title. */
    const char *what = o->view == BLOC_VIEW_MATRIX && o->between == BLOC_SIDE_OTHERS
                           ? N_ ("shared members")
                       : o->view == BLOC_VIEW_OVERLAP && o->backbone != NULL
                           /* TRANSLATORS: what the overlap figure with --backbone shows (only
                            * the pairs that share more than chance), after the dataset's title. */
                           ? N_ ("backbone of the overlap")
                           : view_classes[o->view].what;
    /* TRANSLATORS: a figure's title: the dataset's title, then what the figure shows. */
    return g_strdup_printf (bloc_i18n_gettext (lang, "%1$s: %2$s"), ds->title,
                            bloc_i18n_gettext (lang, what));
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
    return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* Feeds @table to @sum, sorted by key: "key\0value\0" for each entry. */
static void
checksum_table (GChecksum *sum, GHashTable *table)
{
    guint n;
    g_autofree gpointer *keys = g_hash_table_get_keys_as_array (table, &n);
    qsort (keys, n, sizeof (gpointer), compare_strings);
    for (guint i = 0; i < n; i++) {
        const char *value = g_hash_table_lookup (table, keys[i]);
        g_checksum_update (sum, keys[i], (gssize)strlen (keys[i]) + 1);
        g_checksum_update (sum, (const guchar *)value, (gssize)strlen (value) + 1);
    }
}

/* The id prefix of a figure whose caller chose none: the view's name and 8 hex digits of the
 * SHA-256 of everything the SVG shows but its layout (the graph as built, the title, the
 * description, every element's <title> and class, the size option), so that two figures that
 * differ in view, options or data have different ids, and the same figure the same ones. */
static char *
default_id_prefix (const BlocFigure *figure, const char *title, GError **error)
{
    g_autoptr (GBytes) gv =
        bloc_graphviz_render ((BlocFigure *)figure, NULL, BLOC_IMAGE_GV, NULL, error);
    if (gv == NULL)
        return NULL;
    g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
    gsize len;
    const guchar *data = g_bytes_get_data (gv, &len);
    g_checksum_update (sum, data, (gssize)len);
    g_checksum_update (sum, (const guchar *)title, (gssize)strlen (title) + 1);
    g_checksum_update (sum, (const guchar *)figure->desc->str, (gssize)figure->desc->len + 1);
    g_checksum_update (sum, (const guchar *)(figure->o->responsive ? "r" : "f"), 1);
    checksum_table (sum, figure->titles);
    checksum_table (sum, figure->classes);
    return g_strdup_printf ("%s-%.8s-", bloc_view_to_string (figure->o->view),
                            g_checksum_get_string (sum));
}

/* Makes Graphviz's SVG of @figure fit to embed. */
static GBytes *
finish_svg (const BlocFigure *figure, GBytes *svg, const char *full_title, const char *id_prefix,
            const BlocGraphvizSize *size, GError **error)
{
    const BlocSvgInfo info = {
        .title = full_title,
        .desc = figure->desc->str,
        .responsive = figure->o->responsive,
        .id_prefix = id_prefix,
        .titles = figure->titles,
        .classes = figure->classes,
        .rtl = figure->rtl,
        .width = size->width,
        .height = size->height,
    };
    gsize len;
    const char *data = g_bytes_get_data (svg, &len);
    GBytes *finished = NULL;
    if (!bloc_svg_finish (&finished, data, len, &info, error))
        return NULL;
    return finished;
}

/* The id prefix of a canvas figure: as default_id_prefix(), from what its elements show. */
static char *
canvas_id_prefix (const BlocFigure *figure, const char *title)
{
    g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
    bloc_canvas_checksum (figure->canvas, sum);
    g_checksum_update (sum, (const guchar *)title, (gssize)strlen (title) + 1);
    g_checksum_update (sum, (const guchar *)figure->desc->str, (gssize)figure->desc->len + 1);
    g_checksum_update (sum, (const guchar *)(figure->o->responsive ? "r" : "f"), 1);
    return g_strdup_printf ("%s-%.8s-", bloc_view_to_string (figure->o->view),
                            g_checksum_get_string (sum));
}

/* The output of a canvas figure, sized by --dpi, --width and --page as the Graphviz views are. */
static GBytes *
render_canvas (BlocFigure *figure, BlocImageFormat format, const char *full_title, GError **error)
{
    const BlocRenderOptions *o = figure->o;
    if (format == BLOC_IMAGE_GV || format == BLOC_IMAGE_DOT) {
        bloc_canvas_to_graph (figure->canvas, figure->g, format == BLOC_IMAGE_DOT);
        return bloc_graphviz_render (figure, NULL, BLOC_IMAGE_GV, NULL, error);
    }
    double width, height;
    bloc_canvas_size (figure->canvas, &width, &height);
    double scale = bloc_figure_size_scale (figure, format, width, height);
    double full[2] = { 0, 0 };
    if (format == BLOC_IMAGE_PNG) {
        /* Pixels per point, within cairo's limits once --width or --page has scaled it. */
        double wanted = (o->dpi > 0 ? o->dpi : 96) * scale;
        double drawn = bloc_figure_bitmap_dpi (figure, width, height, wanted);
        if (drawn < wanted) {
            full[0] = width * wanted / 72;
            full[1] = height * wanted / 72;
        }
        scale = drawn / 72;
    }
    g_autoptr (GBytes) bytes =
        bloc_canvas_render (figure->canvas, format, agnameof (figure->g), full_title, scale, error);
    if (bytes != NULL && full[0] > 0)
        bloc_figure_note_smaller_png (figure, bytes, full[0], full[1]);
    if (bytes == NULL || format != BLOC_IMAGE_SVG)
        return g_steal_pointer (&bytes);
    g_autofree char *id_prefix =
        o->id_prefix ? g_strdup (o->id_prefix) : canvas_id_prefix (figure, full_title);
    BlocGraphvizSize size = { 0, 0 };
    if (scale != 1)
        size = (BlocGraphvizSize){ width * scale, height * scale };
    return finish_svg (figure, bytes, full_title, id_prefix, &size, error);
}

GBytes *
bloc_render_full (const BlocDataset *ds, const BlocRenderOptions *options, BlocImageFormat format,
                  char ***out_notes, GError **error)
{
    g_auto (BlocFigure) figure = { 0 };
    BlocRenderOptions o = *options; /* its scope follows --group and --top */

    if (out_notes != NULL)
        *out_notes = NULL;
    g_return_val_if_fail ((guint)o.view < BLOC_N_VIEWS, NULL);
    g_return_val_if_fail ((guint)o.engine < BLOC_N_LAYOUTS, NULL);
    g_return_val_if_fail ((guint)format < BLOC_N_IMAGE_FORMATS, NULL);
    const BlocViewClass *view = &view_classes[o.view];
    if (view->canvas && o.engine != BLOC_LAYOUT_VIEW) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "the %s view is placed by bloc, not laid out by Graphviz (expected it "
                     "without --engine)",
                     bloc_view_to_string (o.view));
        return NULL;
    }
    const char *engine = bloc_layout_to_string (o.engine != BLOC_LAYOUT_VIEW ? o.engine
                                                : view->canvas               ? BLOC_LAYOUT_DOT
                                                                             : view->engine);

    if (!bloc_figure_init (&figure, view, ds, &o, engine, error))
        return NULL;
    figure.format = format;
    /* The sets of an UpSet plot: --focus A,B,C, or the --top largest (six by default). */
    if (o.view == BLOC_VIEW_UPSET && o.focus == NULL && o.top == 0)
        o.top = UPSET_DEFAULT_TOP;
    if (!bloc_figure_scope (&figure, &o, error))
        return NULL;
    figure.title = o.title ? g_strdup (o.title) : default_title (ds, &o);
    if (view->canvas)
        figure.canvas = bloc_canvas_new (figure.rtl ? BLOC_RENDER_FONT_RTL : BLOC_RENDER_FONT);
    if (!view->draw (&figure, error))
        return NULL;
    /* A figure in a right-to-left language reads from the right: its first column at the right,
     * its labels' column right of the cells. */
    if (view->canvas && figure.rtl)
        bloc_canvas_mirror (figure.canvas);
    bloc_figure_describe_limits (&figure);

    /* The accessible title says what the visible subtitle says: the year or the scenario. */
    g_autofree char *sub = bloc_figure_subtitle (&figure);
    /* TRANSLATORS: the accessible title of a figure: its title, then its subtitle. */
    g_autofree char *full_title = g_strdup_printf (T_ (&figure, "%1$s (%2$s)"), figure.title, sub);
    g_autoptr (GBytes) bytes = NULL;
    if (view->canvas) {
        bytes = render_canvas (&figure, format, full_title, error);
    } else {
        bloc_figure_finish_label (&figure);
        bloc_figure_add_title (&figure, "graph0", g_strdup (figure.title));
        g_autofree char *id_prefix = NULL;
        if (format == BLOC_IMAGE_SVG) {
            id_prefix = o.id_prefix ? g_strdup (o.id_prefix)
                                    : default_id_prefix (&figure, full_title, error);
            if (id_prefix == NULL)
                return NULL;
        }
        if (format != BLOC_IMAGE_GV)
            bloc_figure_plan_layout (&figure, &engine);
        BlocGraphvizSize size;
        bytes = bloc_graphviz_render (&figure, engine, format, &size, error);
        if (bytes != NULL && format == BLOC_IMAGE_SVG) {
            GBytes *finished = finish_svg (&figure, bytes, full_title, id_prefix, &size, error);
            g_clear_pointer (&bytes, g_bytes_unref);
            bytes = finished;
        }
    }
    if (bytes == NULL)
        return NULL;
    if (out_notes != NULL && figure.notes->len > 0) {
        g_ptr_array_add (figure.notes, NULL);
        *out_notes = (char **)g_ptr_array_steal (figure.notes, NULL);
    }
    return g_steal_pointer (&bytes);
}

GBytes *
bloc_render (const BlocDataset *ds, const BlocRenderOptions *options, BlocImageFormat format,
             GError **error)
{
    return bloc_render_full (ds, options, format, NULL, error);
}
