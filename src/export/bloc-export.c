/* bloc-export.c: format and graph names, checks of the options, and dispatch to the writers. */
#include "bloc-export-private.h"

#include <string.h>

#include "bloc-model-private.h" /* bloc_name_lookup() */

static const char *const format_names[BLOC_N_EXPORT_FORMATS] = {
    "graphml", "gexf", "gml", "pajek", "json", "edges", "incidence",
};

/* The extension of each format's files, in format order. */
static const char *const format_extensions[BLOC_N_EXPORT_FORMATS] = {
    "graphml", "gexf", "gml", "net", "json", "csv", NULL,
};

static const char *const graph_names[BLOC_N_EXPORT_GRAPHS] = {
    "two-mode",
    "ties",
    "actors",
    "others",
};

void
bloc_export_options_init (BlocExportOptions *options)
{
    memset (options, 0, sizeof *options);
    options->format = BLOC_EXPORT_GRAPHML;
    options->graph = BLOC_EXPORT_TWO_MODE;
    bloc_scope_init (&options->scope);
}

const char *
bloc_export_format_to_string (BlocExportFormat format)
{
    return format_names[format];
}

gboolean
bloc_export_format_parse (BlocExportFormat *out, const char *text, GError **error)
{
    int i = bloc_name_lookup (format_names, BLOC_N_EXPORT_FORMATS, text);
    if (i >= 0) {
        *out = (BlocExportFormat)i;
        return TRUE;
    }
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                 "unknown format '%s' (expected graphml, gexf, gml, pajek, json, edges or "
                 "incidence)",
                 text);
    return FALSE;
}

gboolean
bloc_export_format_from_path (BlocExportFormat *out, const char *path, GError **error)
{
    const char *dot = strrchr (path, '.');
    const char *slash = strrchr (path, '/');

    if (dot != NULL && (slash == NULL || dot > slash)) {
        g_autofree char *extension = g_ascii_strdown (dot + 1, -1);
        for (int i = 0; i < BLOC_N_EXPORT_FORMATS; i++) {
            if (format_extensions[i] != NULL && g_str_equal (extension, format_extensions[i])) {
                *out = (BlocExportFormat)i;
                return TRUE;
            }
        }
    }
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                 "cannot tell the format of '%s' (expected .graphml, .gexf, .gml, .net, .json or "
                 ".csv, or -T FORMAT)",
                 path);
    return FALSE;
}

gboolean
bloc_export_graph_parse (BlocExportGraph *out, const char *text, GError **error)
{
    int i = bloc_name_lookup (graph_names, BLOC_N_EXPORT_GRAPHS, text);
    if (i >= 0) {
        *out = (BlocExportGraph)i;
        return TRUE;
    }
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                 "unknown graph '%s' (expected two-mode, ties, actors or others)", text);
    return FALSE;
}

gboolean
bloc_export_options_check (const BlocExportOptions *o, GError **error)
{
    gboolean projection = o->graph == BLOC_EXPORT_ACTORS || o->graph == BLOC_EXPORT_OTHERS;

    if (o->all_years && o->scope.year != BLOC_YEAR_ALL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "--all and --year exclude each other (expected one of them)");
        return FALSE;
    }
    if (o->all_years && projection) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "a projection is of one year (expected --year Y, or no --all for the "
                     "current one)");
        return FALSE;
    }
    if (o->all_years && (o->format == BLOC_EXPORT_PAJEK || o->format == BLOC_EXPORT_INCIDENCE)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "%s has no time (expected --year Y, or no --all for the current snapshot; "
                     "graphml, gexf, gml, json and edges take --all)",
                     format_names[o->format]);
        return FALSE;
    }
    if (o->format == BLOC_EXPORT_INCIDENCE && o->graph != BLOC_EXPORT_TWO_MODE) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "the incidence matrix is of the two-mode graph (expected --graph two-mode)");
        return FALSE;
    }
    return TRUE;
}

gboolean
bloc_export (GBytes **out, const BlocDataset *ds, const BlocExportOptions *options, GError **error)
{
    g_autoptr (BlocExportModel) m = NULL;
    g_autoptr (GString) text = g_string_new (NULL);
    gboolean ok = FALSE;

    if (!bloc_export_options_check (options, error))
        return FALSE;
    /* The edge list of a two-mode or ties graph is the ties themselves, not the model's edges. */
    if (options->format == BLOC_EXPORT_EDGES &&
        (options->graph == BLOC_EXPORT_TWO_MODE || options->graph == BLOC_EXPORT_TIES)) {
        ok = bloc_export_write_ties_csv (text, ds, options, error);
    } else {
        gboolean dynamic = options->format == BLOC_EXPORT_GEXF && options->all_years;
        if (!bloc_export_model_new (&m, ds, options, dynamic, error))
            return FALSE;
        switch (options->format) {
        case BLOC_EXPORT_GRAPHML:
            ok = bloc_export_write_graphml (text, m, error);
            break;
        case BLOC_EXPORT_GEXF:
            ok = bloc_export_write_gexf (text, m, error);
            break;
        case BLOC_EXPORT_GML:
            ok = bloc_export_write_gml (text, m, error);
            break;
        case BLOC_EXPORT_PAJEK:
            ok = bloc_export_write_pajek (text, m, error);
            break;
        case BLOC_EXPORT_JSON:
            ok = bloc_export_write_json (text, m, error);
            break;
        case BLOC_EXPORT_EDGES:
            ok = bloc_export_write_edge_table (text, m, error);
            break;
        case BLOC_EXPORT_INCIDENCE:
            ok = bloc_export_write_incidence (text, m, error);
            break;
        case BLOC_N_EXPORT_FORMATS:
            g_assert_not_reached ();
        }
    }
    if (!ok)
        return FALSE;
    *out = g_string_free_to_bytes (g_steal_pointer (&text));
    return TRUE;
}
