/* cmd-render.c: bloc render --view V ... -o FILE — diagrams through Graphviz. */
#include <string.h>

#include "bloc-render.h"
#include "cli.h"

/* The output type from -T, else from the extension of -o, else SVG. */
static gboolean
output_type (BlocImageFormat *out, const char *type, const char *path, GError **error)
{
    if (type != NULL)
        return bloc_image_format_parse (out, type, error);
    const char *dot = path ? strrchr (path, '.') : NULL;
    const char *slash = path ? strrchr (path, '/') : NULL;
    if (dot == NULL || (slash != NULL && slash > dot)) {
        *out = BLOC_FORMAT_SVG;
        return TRUE;
    }
    g_autofree char *extension = g_ascii_strdown (dot + 1, -1);
    if (bloc_image_format_parse (out, extension, NULL))
        return TRUE;
    g_set_error (
        error, BLOC_ERROR, BLOC_ERROR_USAGE,
        "cannot tell the type of '%s' (expected .svg, .png, .pdf, .dot or .gv, or -T TYPE)", path);
    return FALSE;
}

gboolean
cmd_render (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_autofree char *view_text = NULL, *focus = NULL, *engine = NULL, *type = NULL, *group = NULL;
    g_autofree char *between = NULL, *size_by = NULL, *weight = NULL, *theme = NULL, *title = NULL;
    g_autofree char *id_prefix = NULL;
    gboolean responsive = FALSE, inline_svg = FALSE;
    g_auto (BlocCliInt) depth = BLOC_CLI_INT ("--depth", 1, 1, 2);
    g_auto (BlocCliInt) min_present = BLOC_CLI_INT ("--min-present", 2, 1, G_MAXINT);
    g_auto (BlocCliInt) min_members = BLOC_CLI_INT ("--min-members", 2, 1, G_MAXINT);
    g_auto (BlocCliInt) from = BLOC_CLI_YEAR ("--from");
    g_auto (BlocCliInt) to = BLOC_CLI_YEAR ("--to");
    g_auto (BlocCliReal) min_weight = BLOC_CLI_REAL ("--min", 0);
    const GOptionEntry entries[] = {
        { "view", 'V', 0, G_OPTION_ARG_STRING, &view_text,
          "membership, overlap, ego, gaps, nesting or timeline (required)", "VIEW" },
        { "type", 'T', 0, G_OPTION_ARG_STRING, &type,
          "svg, png, pdf, dot (laid out) or gv (as built); default: from -o, else svg", "TYPE" },
        { "focus", 0, 0, G_OPTION_ARG_STRING, &focus, "The entity of the ego view (or timeline)",
          "ID" },
        { "depth", 0, 0, G_OPTION_ARG_STRING, &depth.text, "Ego: 1 (default) or 2 rings", "N" },
        { "group", 'G', 0, G_OPTION_ARG_STRING, &group,
          "Membership: keep this group's countries; gaps: whose gaps (default: the dataset's)",
          "ID|ID,ID,..." },
        { "min-present", 'n', 0, G_OPTION_ARG_STRING, &min_present.text,
          "Gaps: at least N present (2)", "N" },
        { "between", 0, 0, G_OPTION_ARG_STRING, &between,
          "Overlap: countries (default) or organizations", "SIDE" },
        { "weight", 'w', 0, G_OPTION_ARG_STRING, &weight,
          "Overlap: count (default), weighted, jaccard, overlap, cosine", "MEASURE" },
        { "min", 0, 0, G_OPTION_ARG_STRING, &min_weight.text,
          "Overlap: drop edges whose weight is below N", "N" },
        { "size-by", 0, 0, G_OPTION_ARG_STRING, &size_by,
          "Overlap: node size by degree (default), strength, betweenness, ...", "MEASURE" },
        { "min-members", 0, 0, G_OPTION_ARG_STRING, &min_members.text,
          "Nesting: leave out smaller entities (2)", "N" },
        { "from", 0, 0, G_OPTION_ARG_STRING, &from.text, "Timeline: from year Y", "Y" },
        { "to", 0, 0, G_OPTION_ARG_STRING, &to.text, "Timeline: to year Y", "Y" },
        { "engine", 'K', 0, G_OPTION_ARG_STRING, &engine,
          "Graphviz layout engine (default: the view's)", "ENGINE" },
        { "theme", 0, 0, G_OPTION_ARG_STRING, &theme, "default, print or mono", "THEME" },
        { "title", 0, 0, G_OPTION_ARG_STRING, &title, "The figure's title", "TEXT" },
        { "responsive", 0, 0, G_OPTION_ARG_NONE, &responsive,
          "SVG without a fixed width and height", NULL },
        { "inline", 0, 0, G_OPTION_ARG_NONE, &inline_svg,
          "SVG to inline in HTML: --responsive, and ids prefixed with the view's name", NULL },
        { "id-prefix", 0, 0, G_OPTION_ARG_STRING, &id_prefix,
          "SVG: put PREFIX before every id, for several figures on one page", "PREFIX" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context_full (
        "render", NULL, entries, &common, BLOC_CLI_NO_FORMAT,
        "Snapshot: ties active in year Y (the timeline view: its story up to Y)");
    const BlocCliSteps steps = {
        .scope = &scope_options,
        .ints = (BlocCliInt *const[]){ &depth, &min_present, &min_members, &from, &to, NULL },
        .reals = (BlocCliReal *const[]){ &min_weight, NULL },
    };
    g_autoptr (GArray) members = NULL;
    g_autoptr (GBytes) image = NULL;
    g_autofree char *group_id = NULL, *group_name = NULL;
    BlocRenderOptions o;
    BlocImageFormat format;
    BlocView view;

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error))
        return FALSE;
    if (common.format_text != NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "--format is for tables; render takes -T svg|png|pdf|dot|gv");
        return FALSE;
    }
    if (view_text == NULL) {
        g_set_error (
            error, BLOC_ERROR, BLOC_ERROR_USAGE,
            "missing --view (expected membership, overlap, ego, gaps, nesting or timeline)");
        return FALSE;
    }
    if (!bloc_view_parse (&view, view_text, error) ||
        !output_type (&format, type, common.output, error))
        return FALSE;
    bloc_render_options_init (&o, view);
    o.scope = common.scope;
    if ((theme && !bloc_theme_parse (&o.theme, theme, error)) ||
        (between && !bloc_cli_side_parse (&o.between, between, error)) ||
        (weight && !bloc_overlap_measure_parse (&o.weight, weight, error)))
        return FALSE;
    if (size_by != NULL) {
        BlocCentralitySet set;
        if (!bloc_centrality_set_parse (&set, size_by, error))
            return FALSE;
        o.size_by = (BlocCentralityMeasure)g_bit_nth_lsf (set, -1);
    }
    if (id_prefix != NULL && !bloc_svg_id_prefix_valid (id_prefix)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "bad --id-prefix '%s' (expected a letter, then letters, digits, '-' or '_', "
                     "like fig1-)",
                     id_prefix);
        return FALSE;
    }
    if (engine != NULL) {
        static const char *const engines[] = {
            "dot", "neato", "twopi", "circo", "fdp", "sfdp", NULL
        };
        if (!g_strv_contains (engines, engine)) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                         "unknown engine '%s' (expected dot, neato, twopi, circo, fdp or sfdp)",
                         engine);
            return FALSE;
        }
    }
    if (!bloc_cli_load (&common, error))
        return FALSE;
    if (group != NULL || view == BLOC_VIEW_GAPS) {
        if (!bloc_cli_group (common.ds, group, &members, &group_id, &group_name, error))
            return FALSE;
    }
    o.lang = common.lang;
    o.engine = engine;
    o.responsive = responsive || inline_svg;
    if (id_prefix == NULL && inline_svg)
        id_prefix = g_strdup_printf ("%s-", bloc_view_to_string (view));
    o.id_prefix = id_prefix;
    o.title = title;
    o.focus = focus;
    o.depth = (int)depth.value;
    o.group = members;
    o.group_name = group_name;
    o.min_present = (guint)min_present.value;
    o.min_weight = min_weight.value;
    o.min_members = (guint)min_members.value;
    o.from_year = (int)from.value;
    o.to_year = (int)to.value;

    if ((image = bloc_render (common.ds, &o, format, error)) == NULL)
        return FALSE;
    gsize len;
    const char *data = g_bytes_get_data (image, &len);
    return bloc_output_write (common.output, data, len, error);
}
