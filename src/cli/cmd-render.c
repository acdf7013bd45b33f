/* cmd-render.c: bloc render --view V ... -o FILE — diagrams through Graphviz. */
#include <string.h>

#include "cli-backbone.h"
#include "cli.h"

/* The command's own options as given, and the render options check_options() makes of them. */
typedef struct {
    char *view, *type, *focus, *engine, *group, *between, *weight, *size_by, *theme, *title;
    char *id_prefix, *measure, *order, *region, *page, *axis;
    gboolean responsive, inline_svg, landscape;
    BlocCliInt depth, min_present, min_members, from, to, top;
    BlocCliReal min_weight, dpi, width;
    BlocCliBackbone backbone;
    BlocImageFormat format;
    BlocRenderOptions o;
} RenderArgs;

static void
render_args_clear (RenderArgs *r)
{
    char **texts[] = { &r->view,   &r->type,    &r->focus, &r->engine, &r->group,     &r->between,
                       &r->weight, &r->size_by, &r->theme, &r->title,  &r->id_prefix, &r->measure,
                       &r->order,  &r->region,  &r->page,  &r->axis };
    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        g_clear_pointer (texts[i], g_free);
    BlocCliInt *numbers[] = {
        &r->depth, &r->min_present, &r->min_members, &r->from, &r->to, &r->top
    };
    for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
        bloc_cli_int_clear (numbers[i]);
    bloc_cli_real_clear (&r->min_weight);
    bloc_cli_real_clear (&r->dpi);
    bloc_cli_real_clear (&r->width);
    bloc_cli_backbone_clear (&r->backbone);
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

/* The names: --theme, --between, --measure (or --weight), --size-by, --order, --engine, --page
 * and --axis. */
static gboolean
parse_names (RenderArgs *r, GError **error)
{
    BlocRenderOptions *o = &r->o;
    if (r->weight != NULL && r->measure != NULL && strcmp (r->weight, r->measure) != 0)
        return bloc_cli_usage_error (error,
                                     "--weight '%s' and --measure '%s' differ (expected one of "
                                     "them: --weight is the older name of --measure)",
                                     r->weight, r->measure);
    const char *measure = r->measure ? r->measure : r->weight;
    return (r->theme == NULL || bloc_theme_parse (&o->theme, r->theme, error)) &&
           (r->between == NULL || bloc_cli_side_parse (&o->between, r->between, error)) &&
           (measure == NULL || bloc_overlap_measure_parse (&o->weight, measure, error)) &&
           (r->size_by == NULL || bloc_centrality_parse (&o->size_by, r->size_by, error)) &&
           (r->order == NULL || bloc_order_parse (&o->order, r->order, error)) &&
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

/* Options that only some views take are refused by the others, never ignored. */
static gboolean
check_view_options (const RenderArgs *r, BlocView view, GError **error)
{
    const char *name = bloc_view_to_string (view);
    if (r->group != NULL && !bloc_view_takes_group (view))
        return bloc_cli_usage_error (error, "--group does not apply to the %s view", name);
    if (r->region != NULL && !bloc_view_takes_group (view))
        return bloc_cli_usage_error (error, "--region does not apply to the %s view", name);
    if (r->top.text != NULL && !bloc_view_takes_top (view))
        return bloc_cli_usage_error (error, "--top does not apply to the %s view", name);
    if (r->engine != NULL && bloc_view_is_canvas (view))
        return bloc_cli_usage_error (error,
                                     "--engine does not apply to the %s view, which bloc places "
                                     "itself",
                                     name);
    if (r->focus != NULL && view != BLOC_VIEW_EGO && view != BLOC_VIEW_TIMELINE &&
        view != BLOC_VIEW_UPSET)
        return bloc_cli_usage_error (error, "--focus applies to the ego, timeline and upset views");
    if (r->order != NULL && view != BLOC_VIEW_MATRIX)
        return bloc_cli_usage_error (error, "--order applies to the matrix view only");
    if (view == BLOC_VIEW_UPSET && r->focus != NULL && r->top.text != NULL)
        return bloc_cli_usage_error (error,
                                     "--focus and --top both choose the sets of the upset view "
                                     "(expected one of them)");
    if (r->between != NULL && view != BLOC_VIEW_OVERLAP && view != BLOC_VIEW_MATRIX)
        return bloc_cli_usage_error (error, "--between applies to the overlap and matrix views");
    if ((r->weight != NULL || r->measure != NULL) && view != BLOC_VIEW_OVERLAP &&
        view != BLOC_VIEW_MATRIX)
        return bloc_cli_usage_error (error, "--measure applies to the overlap and matrix views");
    if (r->min_weight.text != NULL && view != BLOC_VIEW_OVERLAP && view != BLOC_VIEW_MATRIX)
        return bloc_cli_usage_error (error, "--min applies to the overlap and matrix views");
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
    if (!parse_names (r, error) || !check_view_options (r, view, error))
        return FALSE;
    if (!check_size (r, error))
        return FALSE;
    if (r->backbone.method != NULL && view != BLOC_VIEW_OVERLAP)
        return bloc_cli_usage_error (error, "--backbone is for the overlap view (expected --view "
                                            "overlap)");
    if (!bloc_cli_backbone_check (&r->backbone, error))
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
    o->top = (guint)r->top.value;
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
        .top = BLOC_CLI_INT ("--top", 0, 1, G_MAXINT),
        .min_weight = BLOC_CLI_REAL ("--min", 0),
        /* The values a message gives as examples when a bad one is given. */
        .dpi = { "--dpi", 10, 2400, FALSE, 96, NULL },
        .width = { "--width", 16, 100000, FALSE, 600, NULL },
        .backbone = BLOC_CLI_BACKBONE_INIT,
    };
    const GOptionEntry entries[] = {
        { "view", 'V', 0, G_OPTION_ARG_STRING, &r.view,
          "membership, overlap, ego, gaps, nesting, timeline, matrix, incidence or upset "
          "(required)",
          "VIEW" },
        { "type", 'T', 0, G_OPTION_ARG_STRING, &r.type,
          "svg, png, pdf, dot (laid out) or gv (as built); default: from -o, else svg", "TYPE" },
        { "focus", 0, 0, G_OPTION_ARG_STRING, &r.focus,
          "The entity of the ego view (or timeline); upset: the sets to intersect",
          "ID|ID,ID,..." },
        { "depth", 0, 0, G_OPTION_ARG_STRING, &r.depth.text, "Ego: 1 (default) or 2 rings", "N" },
        { "group", 'G', 0, G_OPTION_ARG_STRING, &r.group,
          "Only this group's countries (gaps: whose gaps, default: the dataset's; timeline: the "
          "changes of their ties)",
          "ID|ID,ID,..." },
        { "region", 0, 0, G_OPTION_ARG_STRING, &r.region,
          "Only the countries of this region (with --group, the group's)", "REGION" },
        { "top", 0, 0, G_OPTION_ARG_STRING, &r.top.text,
          "Only the N countries with the most memberships, or (nesting, gaps, upset, --between "
          "organizations) the N organizations with the most members; ego: the N neighbours with "
          "the most ties",
          "N" },
        { "min-present", 'n', 0, G_OPTION_ARG_STRING, &r.min_present.text,
          "Gaps: at least N present (2)", "N" },
        { "between", 0, 0, G_OPTION_ARG_STRING, &r.between,
          "Overlap, matrix: countries (or actors; the default) or organizations (or others, "
          "organisations)",
          "SIDE" },
        { "measure", 'w', 0, G_OPTION_ARG_STRING, &r.measure,
          "Overlap, matrix: count (default), weighted, jaccard, overlap, cosine", "MEASURE" },
        { "weight", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &r.weight,
          "The same as --measure", "MEASURE" },
        { "min", 0, 0, G_OPTION_ARG_STRING, &r.min_weight.text,
          "Overlap, matrix: leave out pairs whose measure is below N", "N" },
        { "order", 0, 0, G_OPTION_ARG_STRING, &r.order,
          "Matrix: community (default: by Leiden community, then strength), seriation or id",
          "ORDER" },
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
        .ints = (BlocCliInt *const[]){ &r.depth, &r.min_present, &r.min_members, &r.from, &r.to,
                                       &r.top, &r.backbone.samples, &r.backbone.seed, NULL },
        .reals = (BlocCliReal *const[]){ &r.min_weight, &r.dpi, &r.width, &r.backbone.alpha, NULL },
    };
    g_autoptr (GArray) members = NULL;
    g_autofree char *group_id = NULL, *group_name = NULL;

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    bloc_cli_add_backbone_options (context, &r.backbone, "backbone",
                                   "Overlap: only the pairs that share more than chance, by the "
                                   "null model hypergeometric, sdsm or fdsm (see bloc backbone)");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error))
        return FALSE;
    /* --group, narrowed by --region, or the region's actors; gaps needs a group. */
    if ((r.group != NULL || r.region != NULL || r.o.view == BLOC_VIEW_GAPS) &&
        !bloc_cli_group_in_region (&common, r.group, r.region, &members, &group_id, &group_name,
                                   error))
        return FALSE;
    r.o.group = members;
    r.o.group_name = group_name;
    r.o.backbone = bloc_cli_backbone_options (&r.backbone, common.quiet);

    /* The figure's words fall back to English in a language bloc has no words for: say so. */
    if (!bloc_i18n_has_language (r.o.lang))
        g_printerr ("bloc: warning: no translation of bloc's words into '%s' (figure words stay "
                    "in English; labels use the name@%s column where there is one)\n",
                    r.o.lang, r.o.lang);
    g_auto (GStrv) notes = NULL;
    g_autoptr (GBytes) image = bloc_render_full (common.ds, &r.o, r.format, &notes, error);
    if (image == NULL)
        return FALSE;
    for (guint i = 0; notes != NULL && notes[i] != NULL && !common.quiet; i++)
        g_printerr ("bloc: note: %s\n", notes[i]);
    gsize len;
    const char *data = g_bytes_get_data (image, &len);
    return bloc_output_write (common.output, data, len, error);
}
