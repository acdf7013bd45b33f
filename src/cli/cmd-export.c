/* cmd-export.c: bloc export — the graph in the formats other tools read. */
#include "cli.h"

typedef struct {
    const BlocCliScope *scope;
    char *type;
    char *graph;
    gboolean all;
    BlocExportOptions export;
} ExportOptions;

static void
export_options_clear (ExportOptions *o)
{
    g_clear_pointer (&o->type, g_free);
    g_clear_pointer (&o->graph, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportOptions, export_options_clear)

/* Turns the command line into BlocExportOptions, so that a mistake is reported before the data
 * are loaded. */
static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    ExportOptions *o = data;
    BlocExportOptions *e = &o->export;

    if (common->format_text != NULL)
        return bloc_cli_usage_error (error,
                                     "--format is for tables; export takes -T graphml|gexf|gml|"
                                     "pajek|json|edges|incidence");
    /* The format: -T, else -o's extension, else GraphML on standard output. */
    if (o->type != NULL) {
        if (!bloc_export_format_parse (&e->format, o->type, error))
            return FALSE;
    } else if (common->output != NULL && !g_str_equal (common->output, "-")) {
        if (!bloc_export_format_from_path (&e->format, common->output, error))
            return FALSE;
    }
    if (o->graph != NULL && !bloc_export_graph_parse (&e->graph, o->graph, error))
        return FALSE;
    if (e->graph == BLOC_EXPORT_TIES && (o->scope->kinds != NULL || o->scope->roles != NULL))
        return bloc_cli_usage_error (error,
                                     "--graph ties has every tie (expected no --kinds or --roles)");
    e->scope = common->scope;
    e->all_years = o->all;
    e->lang = common->lang;
    return bloc_export_options_check (e, error);
}

gboolean
cmd_export (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_auto (ExportOptions) o = { .scope = &scope_options };
    const GOptionEntry entries[] = {
        { "type", 'T', 0, G_OPTION_ARG_STRING, &o.type,
          "graphml, gexf, gml, pajek, json, edges or incidence; default: from -o's extension "
          "(.graphml .gexf .gml .net .json .csv), else graphml",
          "FORMAT" },
        { "graph", 0, 0, G_OPTION_ARG_STRING, &o.graph,
          "two-mode (default), ties (every tie), or the projection on actors (or countries) or "
          "on others (or organizations, organisations)",
          "GRAPH" },
        { "all", 0, 0, G_OPTION_ARG_NONE, &o.all,
          "Every year: since and until on every edge, GEXF with spells; not with --year", NULL },
        { NULL },
    };
    g_autoptr (GOptionContext) context =
        bloc_cli_context_full ("export", NULL, entries, &common, BLOC_CLI_NO_FORMAT, NULL);
    const BlocCliSteps steps = {
        .scope = &scope_options, .check = check_options, .options = &o, .load = TRUE
    };
    g_autoptr (GBytes) bytes = NULL;

    bloc_export_options_init (&o.export);
    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error) ||
        !bloc_export (&bytes, common.ds, &o.export, error))
        return FALSE;
    gsize len;
    const char *data = g_bytes_get_data (bytes, &len);
    return bloc_output_write (common.output, data, len, error);
}
