/* cmd-export.c: bloc export — the graph in the formats other tools read. */
#include "bloc-export.h"
#include "cli.h"

typedef struct {
    BlocCliCommon common;
    BlocCliScope scope;
    char *type;
    char *graph;
    gboolean all;
} ExportArgs;

/* Checks the parsed command line, exports and writes the file. */
static gboolean
run (ExportArgs *a, GError **error)
{
    g_autoptr (BlocDataset) ds = NULL;
    g_autoptr (GBytes) bytes = NULL;
    BlocExportOptions o;

    bloc_export_options_init (&o);
    if (a->common.format_text != NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "--format is for tables; export takes -T graphml|gexf|gml|pajek|json|edges|"
                     "incidence");
        return FALSE;
    }
    /* The format: -T, else -o's extension, else GraphML on standard output. */
    if (a->type != NULL) {
        if (!bloc_export_format_parse (&o.format, a->type, error))
            return FALSE;
    } else if (a->common.output != NULL && !g_str_equal (a->common.output, "-")) {
        if (!bloc_export_format_from_path (&o.format, a->common.output, error))
            return FALSE;
    }
    if ((a->graph != NULL && !bloc_export_graph_parse (&o.graph, a->graph, error)) ||
        !bloc_cli_scope_resolve (&a->scope, &a->common, &o.scope, error))
        return FALSE;
    if (o.graph == BLOC_EXPORT_TIES && (a->scope.kinds != NULL || a->scope.roles != NULL)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "--graph ties has every tie (expected no --kinds or --roles)");
        return FALSE;
    }
    o.all_years = a->all;
    o.lang = a->common.lang;
    /* A command-line mistake is reported before the data are loaded. */
    if (!bloc_export_options_check (&o, error))
        return FALSE;
    if ((ds = bloc_cli_load (&a->common, error)) == NULL || !bloc_export (&bytes, ds, &o, error))
        return FALSE;
    gsize len;
    const char *data = g_bytes_get_data (bytes, &len);
    return bloc_output_write (a->common.output, data, len, error);
}

gboolean
cmd_export (int argc, char **argv, GError **error)
{
    ExportArgs a = { 0 };
    const GOptionEntry entries[] = {
        { "type", 'T', 0, G_OPTION_ARG_STRING, &a.type,
          "graphml, gexf, gml, pajek, json, edges or incidence; default: from -o's extension "
          "(.graphml .gexf .gml .net .json .csv), else graphml",
          "FORMAT" },
        { "graph", 0, 0, G_OPTION_ARG_STRING, &a.graph,
          "two-mode (default), ties (every tie), actors or others (a projection)", "GRAPH" },
        { "all", 0, 0, G_OPTION_ARG_NONE, &a.all,
          "Every year: since and until on every edge, GEXF with spells; not with --year", NULL },
        { NULL },
    };
    g_autoptr (GOptionContext) context =
        bloc_cli_context_full ("export", NULL, entries, &a.common, BLOC_CLI_NO_FORMAT, NULL);

    bloc_cli_add_scope_options (context, &a.scope, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    gboolean ok = bloc_cli_parse (context, &a.common, &argc, &argv, 0, 0, error) && run (&a, error);
    bloc_cli_common_clear (&a.common);
    bloc_cli_scope_clear (&a.scope);
    g_free (a.type);
    g_free (a.graph);
    return ok;
}
