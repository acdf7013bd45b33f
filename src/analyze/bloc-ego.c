/* bloc-ego.c: an entity's neighbourhood: a breadth-first search in igraph over the ties the ego
 * figure follows. */
#include "bloc-analyze-private.h"

struct _BlocEgo {
    gint *distance; /* entity index -> steps from the focus, or -1 beyond the depth */
    guint n_entities;
    guint n_within;
    GArray *ties; /* guint tie indices, in dataset order */
};

void
bloc_ego_free (BlocEgo *ego)
{
    if (ego == NULL)
        return;
    g_free (ego->distance);
    g_clear_pointer (&ego->ties, g_array_unref);
    g_free (ego);
}

/* The graph of one search, destroyed only if igraph created it. */
typedef struct {
    igraph_t graph;
    gboolean ready;
} SearchGraph;

static void
search_graph_clear (SearchGraph *g)
{
    if (g->ready)
        igraph_destroy (&g->graph);
    g->ready = FALSE;
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SearchGraph, search_graph_clear)

/* Whether the neighbourhood follows @t. */
static gboolean
followed (const BlocDataset *ds, const BlocScope *scope, const BlocTie *t)
{
    BlocKindSet kinds = scope->actors | scope->others;
    BlocRoleSet roles =
        scope->roles | BLOC_ROLE_BIT (BLOC_ROLE_PART_OF) | BLOC_ROLE_BIT (BLOC_ROLE_HOST);
    return bloc_tie_active (t, scope->year) && (roles & BLOC_ROLE_BIT (t->role)) &&
           (kinds & BLOC_KIND_BIT (bloc_dataset_entity (ds, t->from)->kind)) &&
           (kinds & BLOC_KIND_BIT (bloc_dataset_entity (ds, t->to)->kind));
}

/* Sets ego->distance of every entity within @depth steps of @focus over the ties @ties. */
static gboolean
search (BlocEgo *ego, const BlocDataset *ds, const GArray *ties, guint focus, guint depth,
        GError **error)
{
    g_auto (BlocIgraphIntVector) edges = { 0 };
    g_auto (BlocIgraphIntVector) order = { 0 };
    g_auto (BlocIgraphIntVector) layers = { 0 };
    g_auto (SearchGraph) g = { 0 };

    if (!bloc_igraph_int_vector_init (&edges, 2 * (igraph_integer_t)ties->len, error))
        return FALSE;
    for (guint i = 0; i < ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, g_array_index (ties, guint, i));
        VECTOR (edges.v)[2 * i] = t->from;
        VECTOR (edges.v)[2 * i + 1] = t->to;
    }
    g.ready =
        bloc_igraph_ok (igraph_create (&g.graph, &edges.v, ego->n_entities, IGRAPH_UNDIRECTED),
                        "igraph_create", error);
    if (!g.ready || !bloc_igraph_int_vector_init (&order, 0, error) ||
        !bloc_igraph_int_vector_init (&layers, 0, error) ||
        !bloc_igraph_ok (igraph_bfs_simple (&g.graph, focus, IGRAPH_ALL, &order.v, &layers.v, NULL),
                         "igraph_bfs_simple", error))
        return FALSE;

    /* Layer k holds the vertices order[layers[k] .. layers[k + 1]), k steps away. */
    igraph_integer_t n_layers = igraph_vector_int_size (&layers.v) - 1;
    for (igraph_integer_t k = 0; k < n_layers && k <= (igraph_integer_t)depth; k++)
        for (igraph_integer_t i = VECTOR (layers.v)[k]; i < VECTOR (layers.v)[k + 1]; i++) {
            ego->distance[VECTOR (order.v)[i]] = (gint)k;
            ego->n_within++;
        }
    return TRUE;
}

gboolean
bloc_ego_compute (BlocEgo **out, const BlocDataset *ds, const BlocScope *scope, guint focus,
                  guint depth, GError **error)
{
    g_autoptr (BlocEgo) ego = g_new0 (BlocEgo, 1);
    g_autoptr (GArray) all = g_array_new (FALSE, FALSE, sizeof (guint));

    g_return_val_if_fail (focus < bloc_dataset_n_entities (ds), FALSE);
    ego->n_entities = bloc_dataset_n_entities (ds);
    ego->distance = g_new (gint, ego->n_entities + 1);
    for (guint i = 0; i < ego->n_entities; i++)
        ego->distance[i] = -1;
    for (guint i = 0; i < bloc_dataset_n_ties (ds); i++)
        if (followed (ds, scope, bloc_dataset_tie (ds, i)))
            g_array_append_val (all, i);
    if (!search (ego, ds, all, focus, depth, error))
        return FALSE;

    /* The ties from the focus and, at depth 2, from the first ring. */
    ego->ties = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint i = 0; i < all->len; i++) {
        guint tie = g_array_index (all, guint, i);
        const BlocTie *t = bloc_dataset_tie (ds, tie);
        gint a = ego->distance[t->from], b = ego->distance[t->to];
        if (a >= 0 && b >= 0 && MIN (a, b) < (gint)depth)
            g_array_append_val (ego->ties, tie);
    }
    *out = g_steal_pointer (&ego);
    return TRUE;
}

int
bloc_ego_distance (const BlocEgo *ego, guint entity)
{
    return entity < ego->n_entities ? ego->distance[entity] : -1;
}

guint
bloc_ego_n_entities (const BlocEgo *ego)
{
    return ego->n_within;
}

const GArray *
bloc_ego_ties (const BlocEgo *ego)
{
    return ego->ties;
}
