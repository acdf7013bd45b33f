/* bloc-export.c: format and graph names, checks of the options, and dispatch to the writers. */
#include "bloc-export-private.h"

#include <string.h>

static const BlocEnumName format_names[] = {
    { BLOC_EXPORT_GRAPHML, "graphml", NULL },
    { BLOC_EXPORT_GEXF, "gexf", NULL },
    { BLOC_EXPORT_GML, "gml", NULL },
    { BLOC_EXPORT_PAJEK, "pajek", NULL },
    { BLOC_EXPORT_JSON, "json", NULL },
    { BLOC_EXPORT_EDGES, "edges", NULL },
    { BLOC_EXPORT_INCIDENCE, "incidence", NULL },
    { 0, NULL, NULL },
};
static const BlocEnum format_enum = { "format", format_names };

/* The extension of each format's files, in format order. */
static const char *const format_extensions[BLOC_N_EXPORT_FORMATS] = {
    "graphml", "gexf", "gml", "net", "json", "csv", NULL,
};

/* The projections take the names of the sides as bloc_side_enum() gives them as aliases. */
static const BlocEnumName graph_names[] = {
    { BLOC_EXPORT_TWO_MODE, "two-mode", NULL },
    { BLOC_EXPORT_TIES, "ties", NULL },
    { BLOC_EXPORT_ACTORS, "actors", BLOC_ENUM_ALIASES ("countries") },
    { BLOC_EXPORT_OTHERS, "others", BLOC_ENUM_ALIASES ("organizations", "organisations") },
    { 0, NULL, NULL },
};
static const BlocEnum graph_enum = { "graph", graph_names };

void
bloc_export_options_init (BlocExportOptions *options)
{
    memset (options, 0, sizeof *options);
    options->format = BLOC_EXPORT_GRAPHML;
    options->graph = BLOC_EXPORT_TWO_MODE;
    bloc_scope_init (&options->scope);
}

const BlocEnum *
bloc_export_format_enum (void)
{
    return &format_enum;
}

const char *
bloc_export_format_to_string (BlocExportFormat format)
{
    return bloc_enum_to_string (&format_enum, (int)format);
}

gboolean
bloc_export_format_parse (BlocExportFormat *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &format_enum, text, error))
        return FALSE;
    *out = (BlocExportFormat)value;
    return TRUE;
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

const BlocEnum *
bloc_export_graph_enum (void)
{
    return &graph_enum;
}

gboolean
bloc_export_graph_parse (BlocExportGraph *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &graph_enum, text, error))
        return FALSE;
    *out = (BlocExportGraph)value;
    return TRUE;
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
                     bloc_export_format_to_string (o->format));
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
