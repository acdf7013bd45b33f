/* cmd-render.c: bloc render --view V ... -o FILE — diagrams through Graphviz. */
#include <string.h>

#include "cli.h"

/* The command's own options as given, and the render options check_options() makes of them. */
typedef struct {
    char *view, *type, *focus, *engine, *group, *between, *weight, *size_by, *theme, *title;
    char *id_prefix, *page, *axis;
    gboolean responsive, inline_svg, landscape;
    BlocCliInt depth, min_present, min_members, from, to;
    BlocCliReal min_weight, dpi, width;
    BlocImageFormat format;
    BlocRenderOptions o;
} RenderArgs;

static void
render_args_clear (RenderArgs *r)
{
    char **texts[] = { &r->view,      &r->type,   &r->focus,   &r->engine, &r->group,
                       &r->between,   &r->weight, &r->size_by, &r->theme,  &r->title,
                       &r->id_prefix, &r->page,   &r->axis };
    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        g_clear_pointer (texts[i], g_free);
    BlocCliInt *numbers[] = { &r->depth, &r->min_present, &r->min_members, &r->from, &r->to };
    for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
        bloc_cli_int_clear (numbers[i]);
    bloc_cli_real_clear (&r->min_weight);
    bloc_cli_real_clear (&r->dpi);
    bloc_cli_real_clear (&r->width);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RenderArgs, render_args_clear)

/* The output type from -T, else from the extension of -o, else SVG. */
static gboolean
output_type (BlocImageFormat *out, const char *type, const char *path, GError **error)
{
    if (type != NULL)
        return bloc_image_format_parse (out, type, error);
    const char *dot = path ? strrchr (path, '.') : NULL;
    const char *slash = path ? strrchr (path, '/') : NULL;
    if (dot == NULL || (slash != NULL && slash > dot)) {
        *out = BLOC_IMAGE_SVG;
        return TRUE;
    }
    g_autofree char *extension = g_ascii_strdown (dot + 1, -1);
    if (bloc_image_format_parse (out, extension, NULL))
        return TRUE;
    g_autofree char *types = bloc_enum_list (bloc_image_format_enum ());
    return bloc_cli_usage_error (error,
                                 "cannot tell the type of '%s' from its extension (expected -T "
                                 "TYPE, or an extension among: %s)",
                                 path, types);
}

/* The names: --theme, --between, --weight, --size-by, --engine, --page and --axis. */
static gboolean
parse_names (RenderArgs *r, GError **error)
{
    BlocRenderOptions *o = &r->o;
    return (r->theme == NULL || bloc_theme_parse (&o->theme, r->theme, error)) &&
           (r->between == NULL || bloc_cli_side_parse (&o->between, r->between, error)) &&
           (r->weight == NULL || bloc_overlap_measure_parse (&o->weight, r->weight, error)) &&
           (r->size_by == NULL || bloc_centrality_parse (&o->size_by, r->size_by, error)) &&
           (r->engine == NULL || bloc_layout_parse (&o->engine, r->engine, error)) &&
           (r->page == NULL || bloc_page_parse (&o->page, r->page, error)) &&
           (r->axis == NULL || bloc_axis_parse (&o->axis, r->axis, error));
}

/* --dpi, --width, --page and --landscape: which go with which, and with the output type. */
static gboolean
check_size (const RenderArgs *r, GError **error)
{
    gboolean dpi = r->dpi.text != NULL, width = r->width.text != NULL;
    if (width && r->page != NULL)
        return bloc_cli_usage_error (error,
                                     "--width and --page both set the size (expected one of them)");
    if (r->landscape && r->page == NULL)
        return bloc_cli_usage_error (error, "--landscape turns a page (expected --page a4 or "
                                            "--page letter with it)");
    if (dpi && r->format != BLOC_IMAGE_PNG)
        return bloc_cli_usage_error (error, "--dpi is for PNG (expected -T png)");
    if ((width || r->page != NULL) && r->format != BLOC_IMAGE_SVG && r->format != BLOC_IMAGE_PNG &&
        r->format != BLOC_IMAGE_PDF)
        return bloc_cli_usage_error (error, "--width and --page size a picture (expected -T svg, "
                                            "png or pdf)");
    if (r->axis != NULL && r->o.view != BLOC_VIEW_TIMELINE)
        return bloc_cli_usage_error (error, "--axis is for the timeline (expected --view "
                                            "timeline)");
    return TRUE;
}

/* Checks the command line and turns it into r->o and r->format, before the data is loaded. */
static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    RenderArgs *r = data;
    BlocView view;

    if (common->format_text != NULL) {
        g_autofree char *types = bloc_enum_list (bloc_image_format_enum ());
        return bloc_cli_usage_error (error, "--format is for tables; render takes -T, one of: %s",
                                     types);
    }
    if (r->view == NULL) {
        g_autofree char *views = bloc_enum_list (bloc_view_enum ());
        return bloc_cli_usage_error (error, "missing --view (expected one of: %s)", views);
    }
    if (!bloc_view_parse (&view, r->view, error) ||
        !output_type (&r->format, r->type, common->output, error))
        return FALSE;
    bloc_render_options_init (&r->o, view);
    if (!parse_names (r, error))
        return FALSE;
    if (!check_size (r, error))
        return FALSE;
    if (r->id_prefix != NULL && !bloc_svg_id_prefix_valid (r->id_prefix))
        return bloc_cli_usage_error (error,
                                     "bad --id-prefix '%s' (expected a letter, then letters, "
                                     "digits, '-' or '_', like fig1-)",
                                     r->id_prefix);

    BlocRenderOptions *o = &r->o;
    o->scope = common->scope;
    o->lang = common->lang;
    o->responsive = r->responsive || r->inline_svg;
    o->id_prefix = r->id_prefix;
    o->title = r->title;
    o->focus = r->focus;
    o->depth = (int)r->depth.value;
    o->min_present = (guint)r->min_present.value;
    o->min_weight = r->min_weight.value;
    o->min_members = (guint)r->min_members.value;
    o->from_year = (int)r->from.value;
    o->to_year = (int)r->to.value;
    /* Not given: 0, the drawing's own resolution and size. */
    o->dpi = r->dpi.text != NULL ? r->dpi.value : 0;
    o->width = r->width.text != NULL ? r->width.value : 0;
    o->landscape = r->landscape;
    return TRUE;
}

gboolean
cmd_render (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_auto (RenderArgs) r = {
        .depth = BLOC_CLI_INT ("--depth", 1, 1, 2),
        .min_present = BLOC_CLI_INT ("--min-present", 2, 1, G_MAXINT),
        .min_members = BLOC_CLI_INT ("--min-members", 2, 1, G_MAXINT),
        .from = BLOC_CLI_YEAR ("--from"),
        .to = BLOC_CLI_YEAR ("--to"),
        .min_weight = BLOC_CLI_REAL ("--min", 0),
        /* The values a message gives as examples when a bad one is given. */
        .dpi = { "--dpi", 10, 2400, FALSE, 96, NULL },
        .width = { "--width", 16, 100000, FALSE, 600, NULL },
    };
    const GOptionEntry entries[] = {
        { "view", 'V', 0, G_OPTION_ARG_STRING, &r.view,
          "membership, overlap, ego, gaps, nesting or timeline (required)", "VIEW" },
        { "type", 'T', 0, G_OPTION_ARG_STRING, &r.type,
          "svg, png, pdf, dot (laid out) or gv (as built); default: from -o, else svg", "TYPE" },
        { "focus", 0, 0, G_OPTION_ARG_STRING, &r.focus, "The entity of the ego view (or timeline)",
          "ID" },
        { "depth", 0, 0, G_OPTION_ARG_STRING, &r.depth.text, "Ego: 1 (default) or 2 rings", "N" },
        { "group", 'G', 0, G_OPTION_ARG_STRING, &r.group,
          "Membership: keep this group's countries; gaps: whose gaps (default: the dataset's)",
          "ID|ID,ID,..." },
        { "min-present", 'n', 0, G_OPTION_ARG_STRING, &r.min_present.text,
          "Gaps: at least N present (2)", "N" },
        { "between", 0, 0, G_OPTION_ARG_STRING, &r.between,
          "Overlap: countries (or actors; the default) or organizations (or others, "
          "organisations)",
          "SIDE" },
        { "weight", 'w', 0, G_OPTION_ARG_STRING, &r.weight,
          "Overlap: count (default), weighted, jaccard, overlap, cosine", "MEASURE" },
        { "min", 0, 0, G_OPTION_ARG_STRING, &r.min_weight.text,
          "Overlap: drop edges whose weight is below N", "N" },
        { "size-by", 0, 0, G_OPTION_ARG_STRING, &r.size_by,
          "Overlap: node size by degree (default), strength, betweenness, ...", "MEASURE" },
        { "min-members", 0, 0, G_OPTION_ARG_STRING, &r.min_members.text,
          "Nesting: leave out smaller entities (2)", "N" },
        { "from", 0, 0, G_OPTION_ARG_STRING, &r.from.text, "Timeline: from year Y", "Y" },
        { "to", 0, 0, G_OPTION_ARG_STRING, &r.to.text, "Timeline: to year Y", "Y" },
        { "engine", 'K', 0, G_OPTION_ARG_STRING, &r.engine,
          "Graphviz layout: dot, neato, twopi, circo, fdp or sfdp (default: the view's)",
          "ENGINE" },
        { "theme", 0, 0, G_OPTION_ARG_STRING, &r.theme, "default, print or mono", "THEME" },
        { "title", 0, 0, G_OPTION_ARG_STRING, &r.title, "The figure's title", "TEXT" },
        { "responsive", 0, 0, G_OPTION_ARG_NONE, &r.responsive,
          "SVG without a fixed width and height", NULL },
        { "inline", 0, 0, G_OPTION_ARG_NONE, &r.inline_svg,
          "SVG to inline in HTML: the same as --responsive", NULL },
        { "id-prefix", 0, 0, G_OPTION_ARG_STRING, &r.id_prefix,
          "SVG: put PREFIX before every id (default: the view's name and a hash of the figure)",
          "PREFIX" },
        { "dpi", 0, 0, G_OPTION_ARG_STRING, &r.dpi.text,
          "PNG: dots per inch, from 10 to 2400 (default 96)", "N" },
        { "width", 0, 0, G_OPTION_ARG_STRING, &r.width.text,
          "The figure's width, from 16 to 100000: SVG and PDF in points, PNG in pixels", "N" },
        { "page", 0, 0, G_OPTION_ARG_STRING, &r.page,
          "Fit the figure to a page, within 1.5 cm margins: a4 or letter", "PAGE" },
        { "landscape", 0, 0, G_OPTION_ARG_NONE, &r.landscape, "With --page: the page turned",
          NULL },
        { "axis", 0, 0, G_OPTION_ARG_STRING, &r.axis,
          "Timeline: compact (a step per year with a change; the default) or proportional",
          "AXIS" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context_full (
        "render", NULL, entries, &common, BLOC_CLI_NO_FORMAT,
        "Snapshot: ties active in year Y (the timeline view: its story up to Y)");
    const BlocCliSteps steps = {
        .scope = &scope_options,
        .check = check_options,
        .options = &r,
        .load = TRUE,
        .ints =
            (BlocCliInt *const[]){ &r.depth, &r.min_present, &r.min_members, &r.from, &r.to, NULL },
        .reals = (BlocCliReal *const[]){ &r.min_weight, &r.dpi, &r.width, NULL },
    };
    g_autoptr (GArray) members = NULL;
    g_autofree char *group_id = NULL, *group_name = NULL;

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error))
        return FALSE;
    if ((r.group != NULL || r.o.view == BLOC_VIEW_GAPS) &&
        !bloc_cli_group (common.ds, r.group, &members, &group_id, &group_name, error))
        return FALSE;
    r.o.group = members;
    r.o.group_name = group_name;

    /* The figure's words fall back to English in a language bloc has no words for: say so. */
    if (!bloc_i18n_has_language (r.o.lang))
        g_printerr ("bloc: warning: no translation of bloc's words into '%s' (figure words stay "
                    "in English; labels use the name@%s column where there is one)\n",
                    r.o.lang, r.o.lang);
    g_autoptr (GBytes) image = bloc_render (common.ds, &r.o, r.format, error);
    if (image == NULL)
        return FALSE;
    gsize len;
    const char *data = g_bytes_get_data (image, &len);
    return bloc_output_write (common.output, data, len, error);
}
