/* bloc-membership.c: builds the two-mode membership graph. */
#include "bloc-analyze-private.h"
#include "bloc-init.h"

#include <string.h>

void
bloc_scope_init (BlocScope *scope)
{
    scope->year = BLOC_YEAR_ALL;
    scope->actors = BLOC_KIND_BIT (BLOC_KIND_COUNTRY);
    scope->others = BLOC_ALL_KINDS & ~scope->actors;
    scope->roles = BLOC_PARTICIPATION_ROLES;
}

/* A candidate edge: actor vertex, other vertex, role. */
typedef struct {
    igraph_integer_t actor;
    igraph_integer_t other;
    BlocRole role;
} Candidate;

/* Sorts @c by (actor, other, role) in linear time: stable counting sorts by role, then other,
 * then actor. */
static void
sort_candidates (GArray *c, igraph_integer_t n_vertices)
{
    guint n = c->len;
    g_autofree Candidate *tmp = g_new (Candidate, n + 1);
    g_autofree guint *count = g_new (guint, (gsize)MAX (n_vertices, BLOC_N_ROLES) + 2);
    Candidate *a = (Candidate *)c->data, *b = tmp;

    for (int pass = 0; pass < 3; pass++) {
        gsize buckets = pass == 0 ? BLOC_N_ROLES : (gsize)n_vertices;
        memset (count, 0, sizeof (guint) * (buckets + 1));
        for (guint i = 0; i < n; i++) {
            gsize k = pass == 0   ? (gsize)a[i].role
                      : pass == 1 ? (gsize)a[i].other
                                  : (gsize)a[i].actor;
            count[k + 1]++;
        }
        for (gsize k = 0; k < buckets; k++)
            count[k + 1] += count[k];
        for (guint i = 0; i < n; i++) {
            gsize k = pass == 0   ? (gsize)a[i].role
                      : pass == 1 ? (gsize)a[i].other
                                  : (gsize)a[i].actor;
            b[count[k]++] = a[i];
        }
        Candidate *swap = a;
        a = b;
        b = swap;
    }
    /* Three passes: the result is in tmp. */
    memcpy (c->data, a, sizeof (Candidate) * n);
}

/* TRUE when role @a outweighs role @b: a heavier weight, or the same weight and earlier. */
static gboolean
heavier (const BlocDataset *ds, BlocRole a, BlocRole b)
{
    if (ds->weights[a] != ds->weights[b])
        return ds->weights[a] > ds->weights[b];
    return a < b;
}

/* The igraph members of a BlocMembership that igraph initialised. */
enum {
    MEMBERSHIP_GRAPH = 1 << 0,
    MEMBERSHIP_TYPES = 1 << 1,
    MEMBERSHIP_ENTITY = 1 << 2,
    MEMBERSHIP_WEIGHT = 1 << 3,
    MEMBERSHIP_ROLE = 1 << 4,
};

void
bloc_membership_free (BlocMembership *m)
{
    if (m == NULL)
        return;
    if (m->ready & MEMBERSHIP_GRAPH)
        igraph_destroy (&m->graph);
    if (m->ready & MEMBERSHIP_TYPES)
        igraph_vector_bool_destroy (&m->types);
    if (m->ready & MEMBERSHIP_ENTITY)
        igraph_vector_int_destroy (&m->entity);
    if (m->ready & MEMBERSHIP_WEIGHT)
        igraph_vector_destroy (&m->weight);
    if (m->ready & MEMBERSHIP_ROLE)
        igraph_vector_int_destroy (&m->role);
    g_free (m->vertex);
    g_free (m->nbr_start);
    g_free (m->nbr);
    g_free (m->nbr_edge);
    g_free (m);
}

/* Fills the sorted neighbour lists from the edges, which are sorted by (actor, other). */
static void
build_neighbours (BlocMembership *m, const igraph_vector_int_t *edges)
{
    igraph_integer_t n = igraph_vector_int_size (&m->entity);
    igraph_integer_t n_edges = igraph_vector_int_size (edges) / 2;
    g_autofree igraph_integer_t *fill = g_new0 (igraph_integer_t, n + 1);

    m->nbr_start = g_new0 (igraph_integer_t, n + 1);
    m->nbr = g_new (igraph_integer_t, 2 * n_edges + 1);
    m->nbr_edge = g_new (igraph_integer_t, 2 * n_edges + 1);
    for (igraph_integer_t e = 0; e < n_edges; e++) {
        m->nbr_start[VECTOR (*edges)[2 * e] + 1]++;
        m->nbr_start[VECTOR (*edges)[2 * e + 1] + 1]++;
    }
    for (igraph_integer_t v = 0; v < n; v++)
        m->nbr_start[v + 1] += m->nbr_start[v];
    memcpy (fill, m->nbr_start, sizeof (igraph_integer_t) * (size_t)(n + 1));
    /* Edges are sorted by actor then other: actors receive their others in order. Others
     * receive actors in order too, because the outer order is by actor. */
    for (igraph_integer_t e = 0; e < n_edges; e++) {
        igraph_integer_t a = VECTOR (*edges)[2 * e], o = VECTOR (*edges)[2 * e + 1];
        m->nbr[fill[a]] = o;
        m->nbr_edge[fill[a]++] = e;
        m->nbr[fill[o]] = a;
        m->nbr_edge[fill[o]++] = e;
    }
}

/* Numbers the vertices: the actors that exist in the scope's year, sorted by id, then the
 * others that exist then, sorted by id; sets m->vertex and m->n_actors. */
static void
number_vertices (BlocMembership *m, GArray *actors, GArray *others)
{
    const BlocDataset *ds = m->ds;
    guint n_entities = ds->entities->len;

    m->vertex = g_new (gint, n_entities + 1);
    for (guint i = 0; i < n_entities; i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, i);
        m->vertex[i] = -1;
        if (!bloc_entity_exists (e, m->scope.year))
            continue; /* not founded yet, or dissolved */
        if (m->scope.actors & BLOC_KIND_BIT (e->kind))
            g_array_append_val (actors, i);
        else if (m->scope.others & BLOC_KIND_BIT (e->kind))
            g_array_append_val (others, i);
    }
    bloc_dataset_sort_by_id (ds, actors);
    bloc_dataset_sort_by_id (ds, others);
    m->n_actors = actors->len;
    for (guint i = 0; i < actors->len; i++)
        m->vertex[g_array_index (actors, guint, i)] = (gint)i;
    for (guint i = 0; i < others->len; i++)
        m->vertex[g_array_index (others, guint, i)] = (gint)(actors->len + i);
}

/* Initialises the vertex vectors: entity and types. */
static gboolean
init_vertices (BlocMembership *m, const GArray *actors, const GArray *others, GError **error)
{
    igraph_integer_t n = actors->len + others->len;

    if (!bloc_igraph_ok (igraph_vector_bool_init (&m->types, n), "igraph_vector_bool_init", error))
        return FALSE;
    m->ready |= MEMBERSHIP_TYPES;
    if (!bloc_igraph_ok (igraph_vector_int_init (&m->entity, n), "igraph_vector_int_init", error))
        return FALSE;
    m->ready |= MEMBERSHIP_ENTITY;
    for (guint i = 0; i < actors->len; i++)
        VECTOR (m->entity)[i] = g_array_index (actors, guint, i);
    for (guint i = 0; i < others->len; i++) {
        VECTOR (m->entity)[actors->len + i] = g_array_index (others, guint, i);
        VECTOR (m->types)[actors->len + i] = TRUE;
    }
    return TRUE;
}

/* The candidate edges, sorted: active ties with a counted role between an actor and another
 * vertex. */
static GArray *
candidate_edges (const BlocMembership *m)
{
    const BlocDataset *ds = m->ds;
    GArray *candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

    for (guint i = 0; i < ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (!(m->scope.roles & BLOC_ROLE_BIT (t->role)) || !bloc_tie_active (t, m->scope.year))
            continue;
        gint vf = m->vertex[t->from], vt = m->vertex[t->to];
        if (vf < 0 || vt < 0)
            continue;
        gboolean af = vf < m->n_actors, at = vt < m->n_actors;
        if (af == at)
            continue; /* both actors, or neither: not a membership */
        Candidate c = { af ? vf : vt, af ? vt : vf, t->role };
        g_array_append_val (candidates, c);
    }
    if (candidates->len > 1)
        sort_candidates (candidates, igraph_vector_int_size (&m->entity));
    return candidates;
}

/* Fills @edges (actor, other pairs) and the edge vectors weight and role from the sorted
 * @candidates: one edge per pair, with the heaviest role. */
static gboolean
add_edges (BlocMembership *m, const GArray *candidates, igraph_vector_int_t *edges, GError **error)
{
    const BlocDataset *ds = m->ds;
    igraph_integer_t n = (igraph_integer_t)candidates->len;

    if (!bloc_igraph_ok (igraph_vector_init (&m->weight, 0), "igraph_vector_init", error))
        return FALSE;
    m->ready |= MEMBERSHIP_WEIGHT;
    if (!bloc_igraph_ok (igraph_vector_int_init (&m->role, 0), "igraph_vector_int_init", error))
        return FALSE;
    m->ready |= MEMBERSHIP_ROLE;
    if (!bloc_igraph_ok (igraph_vector_int_reserve (edges, 2 * n), "igraph_vector_int_reserve",
                         error) ||
        !bloc_igraph_ok (igraph_vector_reserve (&m->weight, n), "igraph_vector_reserve", error) ||
        !bloc_igraph_ok (igraph_vector_int_reserve (&m->role, n), "igraph_vector_int_reserve",
                         error))
        return FALSE;
    for (guint i = 0; i < candidates->len;) {
        const Candidate *c = &g_array_index (candidates, Candidate, i);
        BlocRole role = c->role;
        guint j = i + 1;
        for (; j < candidates->len; j++) {
            const Candidate *d = &g_array_index (candidates, Candidate, j);
            if (d->actor != c->actor || d->other != c->other)
                break;
            if (heavier (ds, d->role, role))
                role = d->role;
        }
        if (!bloc_igraph_ok (igraph_vector_int_push_back (edges, c->actor),
                             "igraph_vector_int_push_back", error) ||
            !bloc_igraph_ok (igraph_vector_int_push_back (edges, c->other),
                             "igraph_vector_int_push_back", error) ||
            !bloc_igraph_ok (igraph_vector_push_back (&m->weight, ds->weights[role]),
                             "igraph_vector_push_back", error) ||
            !bloc_igraph_ok (igraph_vector_int_push_back (&m->role, role),
                             "igraph_vector_int_push_back", error))
            return FALSE;
        i = j;
    }
    return TRUE;
}

gboolean
bloc_membership_new (BlocMembership **out, const BlocDataset *ds, const BlocScope *scope,
                     GError **error)
{
    g_autoptr (BlocMembership) m = g_new0 (BlocMembership, 1);
    g_autoptr (GArray) actors = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr (GArray) others = g_array_new (FALSE, FALSE, sizeof (guint));
    g_auto (BlocIgraphIntVector) edges = { 0 };

    bloc_init ();
    m->ds = ds;
    m->scope = *scope;
    number_vertices (m, actors, others);
    if (!init_vertices (m, actors, others, error))
        return FALSE;
    g_autoptr (GArray) candidates = candidate_edges (m);
    if (!bloc_igraph_int_vector_init (&edges, 0, error) ||
        !add_edges (m, candidates, &edges.v, error))
        return FALSE;
    if (!bloc_igraph_ok (igraph_create (&m->graph, &edges.v, igraph_vector_int_size (&m->entity),
                                        IGRAPH_UNDIRECTED),
                         "igraph_create", error))
        return FALSE;
    m->ready |= MEMBERSHIP_GRAPH;
    build_neighbours (m, &edges.v);
    *out = g_steal_pointer (&m);
    return TRUE;
}

const BlocDataset *
bloc_membership_dataset (const BlocMembership *m)
{
    return m->ds;
}

const BlocScope *
bloc_membership_scope (const BlocMembership *m)
{
    return &m->scope;
}

guint
bloc_membership_n_vertices (const BlocMembership *m)
{
    return (guint)igraph_vcount (&m->graph);
}

guint
bloc_membership_n_actors (const BlocMembership *m)
{
    return (guint)m->n_actors;
}

guint
bloc_membership_n_edges (const BlocMembership *m)
{
    return (guint)igraph_ecount (&m->graph);
}

guint
bloc_membership_entity (const BlocMembership *m, guint vertex)
{
    g_return_val_if_fail (vertex < bloc_membership_n_vertices (m), 0);
    return (guint)VECTOR (m->entity)[vertex];
}

gint
bloc_membership_vertex (const BlocMembership *m, guint entity)
{
    g_return_val_if_fail (entity < m->ds->entities->len, -1);
    return m->vertex[entity];
}

guint
bloc_membership_degree (const BlocMembership *m, guint vertex)
{
    g_return_val_if_fail (vertex < bloc_membership_n_vertices (m), 0);
    return (guint)(m->nbr_start[vertex + 1] - m->nbr_start[vertex]);
}

gboolean
bloc_membership_group (GArray **out, const BlocMembership *m, const GArray *group, GError **error)
{
    g_autoptr (GArray) present = g_array_new (FALSE, FALSE, sizeof (guint));

    for (guint i = 0; i < group->len; i++) {
        guint e = g_array_index (group, guint, i);
        const BlocEntity *entity = bloc_dataset_entity (m->ds, e);
        if (!(m->scope.actors & BLOC_KIND_BIT (entity->kind))) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                         "group member '%s' (%s) is not an actor (expected entities of the actor "
                         "kinds; see --actors)",
                         entity->id, bloc_kind_to_string (entity->kind));
            return FALSE;
        }
        if (m->vertex[e] >= 0)
            g_array_append_val (present, e); /* else it does not exist that year */
    }
    bloc_dataset_sort_by_id (m->ds, present);
    *out = g_steal_pointer (&present);
    return TRUE;
}
