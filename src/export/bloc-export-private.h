/* bloc-export-private.h: the graph to write, once, for every format (internal to src/export/).
 *
 * bloc_export() builds one BlocExportModel from the dataset and the options: its nodes and edges
 * in output order, each with typed attribute values, and, for a dynamic GEXF, the years each
 * element is active in. Each writer then only serialises it. Ownership: the model owns its
 * arrays; its strings live in the dataset or in the model's string chunk, and stay valid until
 * bloc_export_model_free().
 */
#pragma once

#include <glib.h>

#include "bloc-export.h"

G_BEGIN_DECLS

typedef enum {
    BLOC_EXPORT_STRING,
    BLOC_EXPORT_INT,
    BLOC_EXPORT_DOUBLE,
} BlocExportType;

/* An attribute every node (or every edge) may carry. */
typedef struct {
    const char *name; /* bloc's name for it: "kind", "name@fa", "source", ... */
    BlocExportType type;
} BlocExportAttr;

/* One value of an attribute; unset values are left out of every format. */
typedef struct {
    gboolean set;
    const char *s;
    gint64 i;
    double d;
} BlocExportValue;

/* The years [start, end) an element is active in; 0 is an open bound. */
typedef struct {
    int start;
    int end;
} BlocExportSpan;

typedef struct {
    const char *id;      /* the entity id */
    const char *label;   /* the name, in the language asked for */
    guint entity;        /* entity index in the dataset */
    gboolean actor;      /* on the actors' side (bipartite 0) */
    BlocExportSpan span; /* the entity's own years */
} BlocExportNode;

typedef struct {
    guint source; /* node indices */
    guint target;
    guint first_span; /* dynamic models: the edge's spans are spans[first_span ..+ n_spans) */
    guint n_spans;
} BlocExportEdge;

typedef struct {
    const BlocDataset *ds;
    BlocExportGraph graph;
    gboolean directed;
    gboolean multigraph; /* edges may join the same two nodes */
    gboolean dynamic;    /* GEXF with spells: no since/until attributes, spans instead */
    guint n_first_mode;  /* two-mode graphs: nodes [0, n_first_mode) are the actors; else 0 */
    int weight_attr;     /* the edge attribute that is the edge's weight, or -1 */

    GArray *graph_attrs; /* BlocExportAttr */
    GArray *graph_values;
    GArray *node_attrs; /* BlocExportAttr; the name is not one of them, see label */
    GArray *edge_attrs;
    GArray *nodes;       /* BlocExportNode */
    GArray *edges;       /* BlocExportEdge */
    GArray *node_values; /* BlocExportValue: node_attrs->len per node, node after node */
    GArray *edge_values; /* BlocExportValue: edge_attrs->len per edge */
    GArray *spans;       /* BlocExportSpan, of dynamic edges */

    /* The earliest and latest year the dataset's dates name (ends included), 0 when it has
     * none: open bounds of spells are written as first_year and last_year + 1. */
    int first_year;
    int last_year;
    GStringChunk *strings;
} BlocExportModel;

/* Builds the model of @options (see bloc_export()). @dynamic asks for spans instead of since
 * and until (a GEXF with all_years). Free with bloc_export_model_free(). */
gboolean bloc_export_model_new (BlocExportModel **out, const BlocDataset *ds,
                                const BlocExportOptions *options, gboolean dynamic, GError **error);
/* Frees @m and everything it owns. NULL-safe. */
void bloc_export_model_free (BlocExportModel *m);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocExportModel, bloc_export_model_free)

static inline const BlocExportValue *
bloc_export_node_value (const BlocExportModel *m, guint node, guint attr)
{
    return &g_array_index (m->node_values, BlocExportValue, node * m->node_attrs->len + attr);
}

static inline const BlocExportValue *
bloc_export_edge_value (const BlocExportModel *m, guint edge, guint attr)
{
    return &g_array_index (m->edge_values, BlocExportValue, edge * m->edge_attrs->len + attr);
}

/* The text of @v as every format but JSON writes it: integers in decimal, reals with at most 10
 * significant digits and '.', whatever the locale. Writes into @buf for numbers. */
const char *bloc_export_value_text (char buf[G_ASCII_DTOSTR_BUF_SIZE], const BlocExportValue *v,
                                    BlocExportType type);

/* ---- Time --------------------------------------------------------------------------------- */

/* One stretch of an actor-entity pair's history: the years [start, end) in which the pair's
 * strongest active role (as bloc_membership_new() chooses it) is @role, without a break. */
typedef struct {
    guint actor; /* entity indices */
    guint other;
    int start; /* 0: open */
    int end;   /* 0: open */
    BlocRole role;
    const char *source; /* the sources of the ties with that role, distinct, joined by "; " */
} BlocExportSegment;

/* The history of every actor-entity pair of @scope (its year is ignored): a GArray of
 * BlocExportSegment sorted by actor id, other id, then start (an open start first). @rank gives
 * each entity's position in id order. Strings go into @strings. */
GArray *bloc_export_segments (const BlocDataset *ds, const BlocScope *scope, const guint *rank,
                              GStringChunk *strings);

/* Each entity's position when all are sorted by id: rank[entity]. Caller frees. */
guint *bloc_export_id_ranks (const BlocDataset *ds);

/* The years an entity exists in by its own since and until, as bloc_entity_exists() reads them:
 * an interval within one year counts in that year. */
BlocExportSpan bloc_export_entity_span (const BlocEntity *e);

/* The ties to write, sorted by from id, to id, first year (open first), role, then dataset order:
 * with
 * @two_mode those that make the membership graph of @scope, else every tie; active in
 * scope->year, or with @all_years in any year. Ties that are never active are left out. Returns
 * tie indices; caller frees with g_array_unref(). */
GArray *bloc_export_select_ties (const BlocDataset *ds, const BlocScope *scope, gboolean two_mode,
                                 gboolean all_years, const guint *rank);

/* TRUE when tie @t can be active in some year (its dates and its entities' overlap). */
gboolean bloc_export_tie_ever_active (const BlocTie *t);

/* ---- Writers: each appends the whole file to @out ------------------------------------------ */

gboolean bloc_export_write_graphml (GString *out, const BlocExportModel *m, GError **error);
gboolean bloc_export_write_gexf (GString *out, const BlocExportModel *m, GError **error);
gboolean bloc_export_write_gml (GString *out, const BlocExportModel *m, GError **error);
gboolean bloc_export_write_pajek (GString *out, const BlocExportModel *m, GError **error);
gboolean bloc_export_write_json (GString *out, const BlocExportModel *m, GError **error);
/* The model's edges as CSV rows (the projections' edge list). */
gboolean bloc_export_write_edge_table (GString *out, const BlocExportModel *m, GError **error);
/* The actors x other side matrix of a two-mode snapshot model. */
gboolean bloc_export_write_incidence (GString *out, const BlocExportModel *m, GError **error);
/* Ties of @ds as CSV, one row per tie: those of the membership graph of @options (two-mode), or
 * every tie (ties), active in the snapshot year or, with all_years, in any year. */
gboolean bloc_export_write_ties_csv (GString *out, const BlocDataset *ds,
                                     const BlocExportOptions *options, GError **error);

G_END_DECLS
