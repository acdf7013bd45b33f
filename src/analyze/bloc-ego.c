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

/* The igraph objects of one search, each destroyed only if it was initialised. */
typedef struct {
    igraph_vector_int_t edges, order, layers;
    igraph_t graph;
    gboolean edges_ready, order_ready, layers_ready, graph_ready;
} Search;

static void
search_clear (Search *s)
{
    if (s->graph_ready)
        igraph_destroy (&s->graph);
    if (s->layers_ready)
        igraph_vector_int_destroy (&s->layers);
    if (s->order_ready)
        igraph_vector_int_destroy (&s->order);
    if (s->edges_ready)
        igraph_vector_int_destroy (&s->edges);
    s->graph_ready = s->layers_ready = s->order_ready = s->edges_ready = FALSE;
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Search, search_clear)

/* TRUE when @rc is IGRAPH_SUCCESS; otherwise sets @error naming @what. */
static gboolean
igraph_ok (igraph_error_t rc, const char *what, GError **error)
{
    if (rc == IGRAPH_SUCCESS)
        return TRUE;
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_GRAPH, "igraph: %s (in %s)", igraph_strerror (rc),
                 what);
    return FALSE;
}

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
    g_auto (Search) s = { 0 };

    if (!igraph_ok (igraph_vector_int_init (&s.edges, 2 * (igraph_integer_t)ties->len),
                    "igraph_vector_int_init", error))
        return FALSE;
    s.edges_ready = TRUE;
    for (guint i = 0; i < ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, g_array_index (ties, guint, i));
        VECTOR (s.edges)[2 * i] = t->from;
        VECTOR (s.edges)[2 * i + 1] = t->to;
    }
    if (!igraph_ok (igraph_create (&s.graph, &s.edges, ego->n_entities, IGRAPH_UNDIRECTED),
                    "igraph_create", error))
        return FALSE;
    s.graph_ready = TRUE;
    if (!igraph_ok (igraph_vector_int_init (&s.order, 0), "igraph_vector_int_init", error))
        return FALSE;
    s.order_ready = TRUE;
    if (!igraph_ok (igraph_vector_int_init (&s.layers, 0), "igraph_vector_int_init", error))
        return FALSE;
    s.layers_ready = TRUE;
    if (!igraph_ok (igraph_bfs_simple (&s.graph, focus, IGRAPH_ALL, &s.order, &s.layers, NULL),
                    "igraph_bfs_simple", error))
        return FALSE;

    /* Layer k holds the vertices order[layers[k] .. layers[k + 1]), k steps away. */
    igraph_integer_t n_layers = igraph_vector_int_size (&s.layers) - 1;
    for (igraph_integer_t k = 0; k < n_layers && k <= (igraph_integer_t)depth; k++)
        for (igraph_integer_t i = VECTOR (s.layers)[k]; i < VECTOR (s.layers)[k + 1]; i++) {
            ego->distance[VECTOR (s.order)[i]] = (gint)k;
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

    g_return_val_if_fail (focus < ds->entities->len, FALSE);
    ego->n_entities = ds->entities->len;
    ego->distance = g_new (gint, ego->n_entities + 1);
    for (guint i = 0; i < ego->n_entities; i++)
        ego->distance[i] = -1;
    for (guint i = 0; i < ds->ties->len; i++)
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
