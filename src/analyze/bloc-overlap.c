/* bloc-overlap.c: the bipartite projection and its overlap measures. */
#include "bloc-analyze-private.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

static const BlocEnumName measure_names[] = {
    { BLOC_OVERLAP_COUNT, NC_ ("measure", "count"), NULL },
    { BLOC_OVERLAP_WEIGHTED, NC_ ("measure", "weighted"), NULL },
    { BLOC_OVERLAP_JACCARD, NC_ ("measure", "jaccard"), NULL },
    { BLOC_OVERLAP_OVERLAP, NC_ ("measure", "overlap"), NULL },
    { BLOC_OVERLAP_COSINE, NC_ ("measure", "cosine"), NULL },
    { 0, NULL, NULL },
};
static const BlocEnum measure_enum = { "measure", measure_names };

/* "actors" and "others" say what the sides are whatever --actors chooses; "countries" and
 * "organizations" what they usually are. */
static const BlocEnumName side_names[] = {
    { BLOC_SIDE_ACTORS, "countries", BLOC_ENUM_ALIASES ("actors") },
    { BLOC_SIDE_OTHERS, "organizations", BLOC_ENUM_ALIASES ("organisations", "others") },
    { 0, NULL, NULL },
};
static const BlocEnum side_enum = { "side", side_names };

const BlocEnum *
bloc_overlap_measure_enum (void)
{
    return &measure_enum;
}

const char *
bloc_overlap_measure_to_string (BlocOverlapMeasure measure)
{
    g_return_val_if_fail (measure < BLOC_N_OVERLAP_MEASURES, "?");
    return measure_names[measure].name;
}

gboolean
bloc_overlap_measure_parse (BlocOverlapMeasure *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &measure_enum, text, error))
        return FALSE;
    *out = (BlocOverlapMeasure)value;
    return TRUE;
}

const BlocEnum *
bloc_side_enum (void)
{
    return &side_enum;
}

gboolean
bloc_side_parse (BlocSide *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &side_enum, text, error))
        return FALSE;
    *out = (BlocSide)value;
    return TRUE;
}

/* The igraph members of a BlocProjection that igraph initialised; PROJECTION_VALUES << i for
 * values[i]. */
enum {
    PROJECTION_GRAPH = 1 << 0,
    PROJECTION_ENTITY = 1 << 1,
    PROJECTION_SHARED = 1 << 2,
    PROJECTION_VALUES = 1 << 3,
};

void
bloc_projection_free (BlocProjection *p)
{
    if (p == NULL)
        return;
    if (p->ready & PROJECTION_GRAPH)
        igraph_destroy (&p->graph);
    if (p->ready & PROJECTION_ENTITY)
        igraph_vector_int_destroy (&p->entity);
    if (p->ready & PROJECTION_SHARED)
        igraph_vector_int_destroy (&p->shared);
    for (int i = 0; i < BLOC_N_OVERLAP_MEASURES; i++)
        if (p->ready & (PROJECTION_VALUES << i))
            igraph_vector_destroy (&p->values[i]);
    if (p->via != NULL)
        g_ptr_array_unref (p->via);
    g_free (p);
}

/* Intersects the sorted neighbour lists of membership vertices @u and @v: fills @via (when not
 * NULL) with the shared neighbours' entities, and returns the sum over them of the product of
 * the two edges' role weights. */
static double
intersect (const BlocMembership *m, igraph_integer_t u, igraph_integer_t v, GArray *via)
{
    igraph_integer_t i = m->nbr_start[u], iend = m->nbr_start[u + 1];
    igraph_integer_t j = m->nbr_start[v], jend = m->nbr_start[v + 1];
    double weighted = 0.0;

    while (i < iend && j < jend) {
        if (m->nbr[i] < m->nbr[j]) {
            i++;
        } else if (m->nbr[i] > m->nbr[j]) {
            j++;
        } else {
            weighted += VECTOR (m->weight)[m->nbr_edge[i]] * VECTOR (m->weight)[m->nbr_edge[j]];
            if (via != NULL) {
                guint e = (guint)VECTOR (m->entity)[m->nbr[i]];
                g_array_append_val (via, e);
            }
            i++;
            j++;
        }
    }
    return weighted;
}

/* Projects @m on @p->side: the graph, with the shared counts, and each vertex's entity. */
static gboolean
project (BlocProjection *p, const BlocMembership *m, GError **error)
{
    gboolean side_actors = (p->side == BLOC_SIDE_ACTORS);
    igraph_integer_t first = side_actors ? 0 : m->n_actors;
    igraph_integer_t n = side_actors ? m->n_actors : bloc_membership_n_vertices (m) - m->n_actors;

    if (!bloc_igraph_ok (igraph_vector_int_init (&p->shared, 0), "igraph_vector_int_init", error))
        return FALSE;
    p->ready |= PROJECTION_SHARED;
    if (!bloc_igraph_ok (igraph_bipartite_projection (
                             &m->graph, &m->types, side_actors ? &p->graph : NULL,
                             side_actors ? NULL : &p->graph, side_actors ? &p->shared : NULL,
                             side_actors ? NULL : &p->shared, -1),
                         "igraph_bipartite_projection", error))
        return FALSE;
    p->ready |= PROJECTION_GRAPH;
    g_assert (igraph_vcount (&p->graph) == n);
    if (!bloc_igraph_ok (igraph_vector_int_init (&p->entity, n), "igraph_vector_int_init", error))
        return FALSE;
    p->ready |= PROJECTION_ENTITY;
    for (igraph_integer_t v = 0; v < n; v++)
        VECTOR (p->entity)[v] = VECTOR (m->entity)[first + v];
    return TRUE;
}

guint64
bloc_analyze_limit (const char *name, guint64 fallback)
{
    const char *text = g_getenv (name);
    gint64 value;
    if (text == NULL || !bloc_text_parse_int (&value, text, 1, G_MAXINT64))
        return fallback;
    return (guint64)value;
}

guint64
bloc_projection_max_pairs (void)
{
    return bloc_analyze_limit ("BLOC_MAX_PAIRS", BLOC_PROJECTION_MAX_PAIRS);
}

/* The pairs a vertex of degree @d makes among its neighbours. */
static guint64
pairs_of (guint64 d)
{
    return d < 2 ? 0 : d * (d - 1) / 2;
}

/* The vertices of the other side than @side in @m: [*out_first, *out_end). */
static void
other_side (const BlocMembership *m, BlocSide side, guint *out_first, guint *out_end)
{
    gboolean actors = side == BLOC_SIDE_ACTORS;
    *out_first = actors ? bloc_membership_n_actors (m) : 0;
    *out_end = actors ? bloc_membership_n_vertices (m) : bloc_membership_n_actors (m);
}

guint64
bloc_projection_estimate (const BlocMembership *m, BlocSide side)
{
    guint first, end;
    guint64 sum = 0;

    other_side (m, side, &first, &end);
    for (guint v = first; v < end; v++)
        sum += pairs_of (bloc_membership_degree (m, v));
    guint n = side == BLOC_SIDE_ACTORS
                  ? bloc_membership_n_actors (m)
                  : bloc_membership_n_vertices (m) - bloc_membership_n_actors (m);
    return MIN (sum, pairs_of (n));
}

gboolean
bloc_analyze_check_pairs (guint64 n_pairs, guint64 max_pairs, const char *what, const char *which,
                          GError **error)
{
    if (max_pairs == 0)
        max_pairs = bloc_projection_max_pairs ();
    if (n_pairs <= max_pairs)
        return TRUE;
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_LIMIT,
                 "%s %" G_GUINT64_FORMAT " pairs, more than the limit of %" G_GUINT64_FORMAT
                 " (%s) (expected fewer pairs: narrow the graph with --year, --kinds, --roles or "
                 "--actors, or raise the limit with BLOC_MAX_PAIRS)",
                 what, n_pairs, max_pairs, which);
    return FALSE;
}

gboolean
bloc_projection_check_size (const BlocMembership *m, BlocSide side, guint64 max_pairs,
                            GError **error)
{
    guint64 estimate = bloc_projection_estimate (m, side);
    guint first, end, largest = G_MAXUINT;

    if (max_pairs == 0)
        max_pairs = bloc_projection_max_pairs ();
    if (estimate <= max_pairs)
        return TRUE;
    other_side (m, side, &first, &end);
    for (guint v = first; v < end; v++)
        if (largest == G_MAXUINT ||
            bloc_membership_degree (m, v) > bloc_membership_degree (m, largest))
            largest = v;
    guint degree = bloc_membership_degree (m, largest);
    const BlocEntity *e = bloc_dataset_entity (m->ds, bloc_membership_entity (m, largest));
    g_autofree char *what = g_strdup_printf ("the projection on %s would hold up to",
                                             bloc_enum_to_string (bloc_side_enum (), side));
    g_autofree char *which = g_strdup_printf (
        "the most, %" G_GUINT64_FORMAT ", from the %u %s of '%s'", pairs_of (degree), degree,
        side == BLOC_SIDE_ACTORS ? "members" : "memberships", e->id);
    return bloc_analyze_check_pairs (estimate, max_pairs, what, which, error);
}

gboolean
bloc_projection_new (BlocProjection **out, const BlocMembership *m, BlocSide side, gboolean details,
                     GError **error)
{
    const BlocProjectionOptions options = { details, details, 0 };
    return bloc_projection_new_full (out, m, side, &options, error);
}

gboolean
bloc_projection_new_full (BlocProjection **out, const BlocMembership *m, BlocSide side,
                          const BlocProjectionOptions *options, GError **error)
{
    g_autoptr (BlocProjection) p = NULL;
    igraph_integer_t first = side == BLOC_SIDE_ACTORS ? 0 : m->n_actors;

    *out = NULL;
    if (!bloc_projection_check_size (m, side, options->max_pairs, error))
        return FALSE;
    p = g_new0 (BlocProjection, 1);
    p->m = m;
    p->side = side;
    p->weighted = options->weighted;
    if (!project (p, m, error))
        return FALSE;
    igraph_integer_t n_edges = igraph_ecount (&p->graph);
    for (int i = 0; i < BLOC_N_OVERLAP_MEASURES; i++) {
        if (!bloc_igraph_ok (igraph_vector_init (&p->values[i], n_edges), "igraph_vector_init",
                             error))
            return FALSE;
        p->ready |= PROJECTION_VALUES << i;
    }
    if (options->via)
        p->via = g_ptr_array_new_full ((guint)n_edges, (GDestroyNotify)g_array_unref);

    for (igraph_integer_t e = 0; e < n_edges; e++) {
        igraph_integer_t a = IGRAPH_FROM (&p->graph, e) + first;
        igraph_integer_t b = IGRAPH_TO (&p->graph, e) + first;
        double shared = (double)VECTOR (p->shared)[e];
        double da = (double)bloc_membership_degree (m, a);
        double db = (double)bloc_membership_degree (m, b);

        VECTOR (p->values[BLOC_OVERLAP_COUNT])[e] = shared;
        VECTOR (p->values[BLOC_OVERLAP_JACCARD])[e] = shared / (da + db - shared);
        VECTOR (p->values[BLOC_OVERLAP_OVERLAP])[e] = shared / MIN (da, db);
        VECTOR (p->values[BLOC_OVERLAP_COSINE])[e] = shared / sqrt (da * db);
        if (options->via) {
            GArray *via = g_array_new (FALSE, FALSE, sizeof (guint));
            VECTOR (p->values[BLOC_OVERLAP_WEIGHTED])[e] = intersect (m, a, b, via);
            /* Neighbour lists are sorted by vertex, and vertices by id. */
            g_ptr_array_add (p->via, via);
        } else {
            double weighted = options->weighted ? intersect (m, a, b, NULL) : NAN;
            VECTOR (p->values[BLOC_OVERLAP_WEIGHTED])[e] = weighted;
        }
    }
    *out = g_steal_pointer (&p);
    return TRUE;
}

const BlocMembership *
bloc_projection_membership (const BlocProjection *p)
{
    return p->m;
}

BlocSide
bloc_projection_side (const BlocProjection *p)
{
    return p->side;
}

guint
bloc_projection_n_vertices (const BlocProjection *p)
{
    return (guint)igraph_vcount (&p->graph);
}

guint
bloc_projection_entity (const BlocProjection *p, guint vertex)
{
    g_return_val_if_fail (vertex < bloc_projection_n_vertices (p), 0);
    return (guint)VECTOR (p->entity)[vertex];
}

guint
bloc_projection_n_edges (const BlocProjection *p)
{
    return (guint)igraph_ecount (&p->graph);
}

void
bloc_projection_edge (const BlocProjection *p, guint edge, guint *out_a, guint *out_b)
{
    g_return_if_fail (edge < bloc_projection_n_edges (p));
    igraph_integer_t a = IGRAPH_FROM (&p->graph, edge), b = IGRAPH_TO (&p->graph, edge);
    /* Vertices are numbered by id: the smaller vertex has the smaller id. */
    *out_a = (guint)VECTOR (p->entity)[MIN (a, b)];
    *out_b = (guint)VECTOR (p->entity)[MAX (a, b)];
}

guint
bloc_projection_shared (const BlocProjection *p, guint edge)
{
    g_return_val_if_fail (edge < bloc_projection_n_edges (p), 0);
    return (guint)VECTOR (p->shared)[edge];
}

double
bloc_projection_value (const BlocProjection *p, guint edge, BlocOverlapMeasure measure)
{
    g_return_val_if_fail (edge < bloc_projection_n_edges (p) && measure < BLOC_N_OVERLAP_MEASURES,
                          NAN);
    return VECTOR (p->values[measure])[edge];
}

const GArray *
bloc_projection_via (const BlocProjection *p, guint edge)
{
    g_return_val_if_fail (edge < bloc_projection_n_edges (p), NULL);
    return p->via != NULL ? g_ptr_array_index (p->via, edge) : NULL;
}

GArray *
bloc_projection_shared_entities (const BlocProjection *p, guint edge)
{
    GArray *shared = g_array_new (FALSE, FALSE, sizeof (guint));
    g_return_val_if_fail (edge < bloc_projection_n_edges (p), shared);
    igraph_integer_t first = p->side == BLOC_SIDE_ACTORS ? 0 : p->m->n_actors;
    intersect (p->m, IGRAPH_FROM (&p->graph, edge) + first, IGRAPH_TO (&p->graph, edge) + first,
               shared);
    return shared;
}

GArray *
bloc_projection_sorted_edges (const BlocProjection *p)
{
    igraph_integer_t n = igraph_vcount (&p->graph), n_edges = igraph_ecount (&p->graph);
    g_autofree igraph_integer_t *start = g_new0 (igraph_integer_t, n + 2);
    g_autofree guint *by_hi = g_new (guint, n_edges + 1);
    GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (guint), (guint)n_edges);

    /* Two stable counting sorts, by the higher end and then by the lower one: linear time. */
    for (igraph_integer_t e = 0; e < n_edges; e++)
        start[MAX (IGRAPH_FROM (&p->graph, e), IGRAPH_TO (&p->graph, e)) + 1]++;
    for (igraph_integer_t v = 0; v < n; v++)
        start[v + 1] += start[v];
    for (igraph_integer_t e = 0; e < n_edges; e++)
        by_hi[start[MAX (IGRAPH_FROM (&p->graph, e), IGRAPH_TO (&p->graph, e))]++] = (guint)e;

    memset (start, 0, sizeof (igraph_integer_t) * (size_t)(n + 2));
    for (igraph_integer_t e = 0; e < n_edges; e++)
        start[MIN (IGRAPH_FROM (&p->graph, e), IGRAPH_TO (&p->graph, e)) + 1]++;
    for (igraph_integer_t v = 0; v < n; v++)
        start[v + 1] += start[v];
    g_array_set_size (out, (guint)n_edges);
    for (igraph_integer_t i = 0; i < n_edges; i++) {
        guint e = by_hi[i];
        igraph_integer_t lo = MIN (IGRAPH_FROM (&p->graph, e), IGRAPH_TO (&p->graph, e));
        g_array_index (out, guint, start[lo]++) = e;
    }
    return out;
}
