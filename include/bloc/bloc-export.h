/* bloc-export.h: the graph bloc analyses, written in the formats other tools read.
 *
 * Seven formats: GraphML and GEXF (written with libxml2's xmlTextWriter), GML, Pajek, node-link
 * JSON as networkx.node_link_data writes it (written with json-glib), a tidy CSV edge list, and
 * an incidence matrix as CSV. Four graphs: the two-mode membership graph exactly as the analyses
 * see it, every tie of the dataset, and the one-mode projection on either side. With every year
 * at once (--all), GraphML, GML and JSON give each edge its since and until, and GEXF is written
 * in dynamic mode with spells.
 *
 * Time: every since and until written is a year, with bloc's rule: an edge is active in year Y
 * when since <= Y < until, a missing bound being open. A tie's years are its effective ones,
 * narrowed by the dates of its two entities (BlocTie's first_year and end_year, bloc-model.h).
 *
 * Determinism: nodes come sorted as the membership graph sorts them (actors by id, then the
 * others by id; every entity by id for the ties), edges by their ends' ids and then by time, and
 * numbers are formatted without the locale. No date or version is written. The same input gives
 * byte-identical output.
 *
 * Ownership: bloc_export() returns a new GBytes the caller unrefs. Nothing else here allocates;
 * the dataset is only read, and must not change while an export runs.
 */
#pragma once

#include <glib.h>

#include "bloc-analyze.h"
#include "bloc-enum.h"

G_BEGIN_DECLS

typedef enum {
    BLOC_EXPORT_GRAPHML,
    BLOC_EXPORT_GEXF,
    BLOC_EXPORT_GML,
    BLOC_EXPORT_PAJEK,
    BLOC_EXPORT_JSON,      /* node-link, as networkx.node_link_data */
    BLOC_EXPORT_EDGES,     /* tidy CSV, one row per tie */
    BLOC_EXPORT_INCIDENCE, /* actors x other side, cells the role */
    BLOC_N_EXPORT_FORMATS
} BlocExportFormat;

typedef enum {
    BLOC_EXPORT_TWO_MODE, /* the membership graph: one edge per actor-entity pair */
    BLOC_EXPORT_TIES,     /* every tie, structural ones included: a directed multigraph */
    BLOC_EXPORT_ACTORS,   /* the projection on the actors */
    BLOC_EXPORT_OTHERS,   /* the projection on the other side */
    BLOC_N_EXPORT_GRAPHS
} BlocExportGraph;

/* Decides whether edge @edge of projection @p is written; TRUE keeps it. The place where a
 * backbone (a test of each pair against a null model) plugs in: read the edge with the
 * bloc_projection_*() accessors. */
typedef gboolean (*BlocExportEdgeFilter) (const BlocProjection *p, guint edge, gpointer user_data);

typedef struct {
    BlocExportFormat format;
    BlocExportGraph graph;
    /* The membership graph's sides and roles, and the snapshot year: BLOC_YEAR_ALL for the
     * current one (every tie that has not ended). The ties graph uses only scope.year and
     * scope.actors (which entities are on side 0). */
    BlocScope scope;
    /* Every year at once: scope.year must be BLOC_YEAR_ALL. GraphML, GML and JSON carry since
     * and until on every edge, GEXF is dynamic, edges lists every tie. Not for projections,
     * Pajek or incidence, which are of one year. */
    gboolean all_years;
    const char *lang; /* the name attribute in this language; NULL for the plain name */
    /* Projections only: keep only the edges @filter accepts. NULL keeps every edge. */
    BlocExportEdgeFilter filter;
    gpointer filter_data;
} BlocExportOptions;

/* Fills @options with the defaults: GraphML of the current two-mode graph, bloc_scope_init()'s
 * scope, plain names, no filter. */
void bloc_export_options_init (BlocExportOptions *options);

/* The formats: graphml, gexf, gml, pajek, json, edges, incidence. Static (see bloc-enum.h). */
const BlocEnum *bloc_export_format_enum (void);

/* The name of @format ("graphml", "pajek", ...). Static storage. */
const char *bloc_export_format_to_string (BlocExportFormat format);

/* Parses a format name: graphml, gexf, gml, pajek, json, edges or incidence. An unknown name is
 * a BLOC_ERROR_USAGE error that suggests the nearest and lists the known ones. */
gboolean bloc_export_format_parse (BlocExportFormat *out, const char *text, GError **error);

/* The format of a file from its extension (.graphml, .gexf, .gml, .net, .json, .csv; any
 * case). A path without an extension, or with another one, is a BLOC_ERROR_USAGE error. */
gboolean bloc_export_format_from_path (BlocExportFormat *out, const char *path, GError **error);

/* The graphs: two-mode, ties, actors (or countries) and others (or organizations,
 * organisations), the sides named as bloc_side_enum() names them. Static. */
const BlocEnum *bloc_export_graph_enum (void);

/* Parses a graph name or alias; an unknown one is a BLOC_ERROR_USAGE error that suggests the
 * nearest and lists the known ones. */
gboolean bloc_export_graph_parse (BlocExportGraph *out, const char *text, GError **error);

/* Checks that @options fit together: BLOC_ERROR_USAGE for all_years with a snapshot year, a
 * projection, Pajek or incidence, and for incidence of anything but the two-mode graph.
 * bloc_export() checks the same; this lets a caller refuse a command line before loading data. */
gboolean bloc_export_options_check (const BlocExportOptions *options, GError **error);

/* Writes the graph of @ds that @options describe in @options->format.
 *
 * @out: (out) (transfer full): the file's bytes; unref with g_bytes_unref().
 * @ds: (transfer none): the dataset, with any what-if scenario already applied.
 * @options: (transfer none): what to write; its strings are only read during the call.
 *
 * Returns FALSE with @error set, and @out untouched, when the options do not fit together
 * (BLOC_ERROR_USAGE: a projection or Pajek with all_years, incidence of anything but the
 * two-mode graph), when a value cannot be written in the format without changing it
 * (BLOC_ERROR_DATA: a Pajek label with both a double quote and a space, text that XML 1.0
 * cannot hold), or when igraph fails (BLOC_ERROR_GRAPH).
 *
 * Time: linear in the entities and ties, plus the projection's cost for --graph actors|others.
 */
gboolean bloc_export (GBytes **out, const BlocDataset *ds, const BlocExportOptions *options,
                      GError **error);

G_END_DECLS
