/* bloc-membership.c: builds the two-mode membership graph. */
#include "bloc-analyze.h"

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

void
bloc_membership_free (BlocMembership *m)
{
    if (m == NULL)
        return;
    /* igraph's vector destructors accept a zeroed, never initialised vector. */
    if (m->initialised)
        igraph_destroy (&m->graph);
    igraph_vector_bool_destroy (&m->types);
    igraph_vector_int_destroy (&m->entity);
    igraph_vector_destroy (&m->weight);
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

gboolean
bloc_membership_new (BlocMembership **out, const BlocDataset *ds, const BlocScope *scope,
                     GError **error)
{
    g_autoptr (BlocMembership) m = g_new0 (BlocMembership, 1);
    g_autoptr (GArray) actors = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr (GArray) others = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
    igraph_vector_int_t edges;
    gboolean edges_ready = FALSE;
    gboolean ok = FALSE;
    guint n_entities = ds->entities->len;

    m->ds = ds;
    m->scope = *scope;
    m->vertex = g_new (gint, n_entities + 1);
    for (guint i = 0; i < n_entities; i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, i);
        BlocKind kind = e->kind;
        m->vertex[i] = -1;
        if (!bloc_entity_exists (e, scope->year))
            continue; /* not founded yet, or dissolved */
        if (scope->actors & BLOC_KIND_BIT (kind))
            g_array_append_val (actors, i);
        else if (scope->others & BLOC_KIND_BIT (kind))
            g_array_append_val (others, i);
    }
    bloc_dataset_sort_by_id (ds, actors);
    bloc_dataset_sort_by_id (ds, others);
    m->n_actors = actors->len;
    igraph_integer_t n = actors->len + others->len;

    BLOC_IGRAPH_TRY (igraph_vector_int_init (&edges, 0), error);
    edges_ready = TRUE;
    BLOC_IGRAPH_TRY (igraph_vector_bool_init (&m->types, n), error);
    BLOC_IGRAPH_TRY (igraph_vector_int_init (&m->entity, n), error);
    BLOC_IGRAPH_TRY (igraph_vector_init (&m->weight, 0), error);
    BLOC_IGRAPH_TRY (igraph_vector_int_init (&m->role, 0), error);
    for (guint i = 0; i < actors->len; i++) {
        guint e = g_array_index (actors, guint, i);
        m->vertex[e] = (gint)i;
        VECTOR (m->entity)[i] = e;
    }
    for (guint i = 0; i < others->len; i++) {
        guint e = g_array_index (others, guint, i);
        m->vertex[e] = (gint)(actors->len + i);
        VECTOR (m->entity)[actors->len + i] = e;
        VECTOR (m->types)[actors->len + i] = TRUE;
    }

    /* Candidate edges: active ties with a counted role between an actor and another vertex. */
    for (guint i = 0; i < ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (!(scope->roles & BLOC_ROLE_BIT (t->role)) || !bloc_tie_active (t, scope->year))
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
        sort_candidates (candidates, n);

    /* One edge per pair, with the heaviest role. */
    BLOC_IGRAPH_TRY (igraph_vector_int_reserve (&edges, 2 * (igraph_integer_t)candidates->len),
                     error);
    BLOC_IGRAPH_TRY (igraph_vector_reserve (&m->weight, candidates->len), error);
    BLOC_IGRAPH_TRY (igraph_vector_int_reserve (&m->role, candidates->len), error);
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
        BLOC_IGRAPH_TRY (igraph_vector_int_push_back (&edges, c->actor), error);
        BLOC_IGRAPH_TRY (igraph_vector_int_push_back (&edges, c->other), error);
        BLOC_IGRAPH_TRY (igraph_vector_push_back (&m->weight, ds->weights[role]), error);
        BLOC_IGRAPH_TRY (igraph_vector_int_push_back (&m->role, role), error);
        i = j;
    }

    BLOC_IGRAPH_TRY (igraph_create (&m->graph, &edges, n, IGRAPH_UNDIRECTED), error);
    m->initialised = TRUE;
    build_neighbours (m, &edges);
    ok = TRUE;
out:
    if (edges_ready)
        igraph_vector_int_destroy (&edges);
    if (!ok)
        return FALSE;
    *out = g_steal_pointer (&m);
    return TRUE;
}

gboolean
bloc_membership_group (const BlocMembership *m, const GArray *group, GArray **out, GError **error)
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
