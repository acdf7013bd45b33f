/* bloc-centrality.c: centralities on the two-mode graph and on projections. */
#include "bloc-analyze-private.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

static const BlocEnumName centrality_names[] = {
    { BLOC_CENTRALITY_DEGREE, NC_ ("centrality", "degree"), NULL },
    { BLOC_CENTRALITY_STRENGTH, NC_ ("centrality", "strength"), NULL },
    { BLOC_CENTRALITY_CLOSENESS, NC_ ("centrality", "closeness"), NULL },
    { BLOC_CENTRALITY_HARMONIC, NC_ ("centrality", "harmonic"), NULL },
    { BLOC_CENTRALITY_BETWEENNESS, NC_ ("centrality", "betweenness"), NULL },
    { BLOC_CENTRALITY_EIGENVECTOR, NC_ ("centrality", "eigenvector"), NULL },
    { BLOC_CENTRALITY_PAGERANK, NC_ ("centrality", "pagerank"), NULL },
    { 0, NULL, NULL },
};
static const BlocEnum centrality_enum = { "measure", centrality_names };

const BlocEnum *
bloc_centrality_enum (void)
{
    return &centrality_enum;
}

const char *
bloc_centrality_to_string (BlocCentralityMeasure measure)
{
    g_return_val_if_fail (measure < BLOC_N_CENTRALITIES, "?");
    return centrality_names[measure].name;
}

gboolean
bloc_centrality_parse (BlocCentralityMeasure *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &centrality_enum, text, error))
        return FALSE;
    *out = (BlocCentralityMeasure)value;
    return TRUE;
}

gboolean
bloc_centrality_set_parse (BlocCentralitySet *out, const char *text, GError **error)
{
    return bloc_enum_parse_set (out, &centrality_enum, text, error);
}

void
bloc_centrality_free (BlocCentrality *c)
{
    if (c == NULL)
        return;
    if (c->entity_ready)
        igraph_vector_int_destroy (&c->entity);
    for (int i = 0; i < BLOC_N_CENTRALITIES; i++)
        g_free (c->values[i]);
    g_free (c);
}

guint
bloc_centrality_n_rows (const BlocCentrality *c)
{
    return (guint)igraph_vector_int_size (&c->entity);
}

guint
bloc_centrality_entity (const BlocCentrality *c, guint row)
{
    g_return_val_if_fail (row < bloc_centrality_n_rows (c), 0);
    return (guint)VECTOR (c->entity)[row];
}

BlocCentralitySet
bloc_centrality_measures (const BlocCentrality *c)
{
    return c->measures;
}

double
bloc_centrality_value (const BlocCentrality *c, BlocCentralityMeasure measure, guint row)
{
    g_return_val_if_fail (measure < BLOC_N_CENTRALITIES && row < bloc_centrality_n_rows (c), NAN);
    return c->values[measure] != NULL ? c->values[measure][row] : NAN;
}

static double *
new_column (BlocCentrality *c, BlocCentralityMeasure measure, igraph_integer_t n)
{
    c->values[measure] = g_new (double, n + 1);
    c->measures |= BLOC_CENTRALITY_BIT (measure);
    for (igraph_integer_t i = 0; i < n; i++)
        c->values[measure][i] = NAN;
    return c->values[measure];
}

/* Copies the row entities of the result from @entity. */
static gboolean
init_entities (BlocCentrality *c, const igraph_vector_int_t *entity, GError **error)
{
    c->entity_ready = bloc_igraph_ok (igraph_vector_int_init_copy (&c->entity, entity),
                                      "igraph_vector_int_init_copy", error);
    return c->entity_ready;
}

/* The largest betweenness a vertex can have in a two-mode graph with @n vertices in its own
 * mode and @m in the other (Borgatti & Everett 1997, p. 255). */
static double
two_mode_max_betweenness (double n, double m)
{
    if (m < 1)
        return NAN;
    double s = floor ((n - 1) / m), t = fmod (n - 1, m);
    return 0.5 * (m * m * (s + 1) * (s + 1) + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3));
}

/* Closeness and harmonic centrality on the two-mode graph, as asked in @measures. Each vertex
 * is compared with the best it could do given what it reaches: distance 1 to every reachable
 * vertex of the other mode, 2 to every one of its own. In a connected graph that is Borgatti &
 * Everett's normalisation. */
static gboolean
two_mode_distances (BlocCentrality *c, const BlocMembership *m, BlocCentralitySet measures,
                    GError **error)
{
    const igraph_t *g = &m->graph;
    igraph_integer_t n = igraph_vcount (g), n_comp;
    double n_mode[2] = { (double)m->n_actors, (double)(n - m->n_actors) };
    g_auto (BlocIgraphVector) res = { 0 };
    g_auto (BlocIgraphIntVector) membership = { 0 };
    g_auto (BlocIgraphIntVector) reach = { 0 };

    if (!bloc_igraph_vector_init (&res, 0, error) ||
        !bloc_igraph_int_vector_init (&membership, 0, error) ||
        !bloc_igraph_int_vector_init (&reach, 0, error) ||
        !bloc_igraph_ok (igraph_connected_components (g, &membership.v, NULL, &n_comp, IGRAPH_WEAK),
                         "igraph_connected_components", error))
        return FALSE;
    g_autofree double *count = g_new0 (double, 2 * n_comp + 2);
    for (igraph_integer_t v = 0; v < n; v++)
        count[2 * VECTOR (membership.v)[v] + (v >= m->n_actors)] += 1;

    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_CLOSENESS)) {
        double *col = new_column (c, BLOC_CENTRALITY_CLOSENESS, n);
        if (!bloc_igraph_ok (igraph_closeness (g, &res.v, &reach.v, NULL, igraph_vss_all (),
                                               IGRAPH_ALL, NULL, FALSE),
                             "igraph_closeness", error))
            return FALSE;
        for (igraph_integer_t v = 0; v < n; v++) {
            int mode = v >= m->n_actors;
            igraph_integer_t comp = VECTOR (membership.v)[v];
            double same = count[2 * comp + mode] - 1, other = count[2 * comp + !mode];
            /* igraph gives 1 / (sum of distances), NaN when nothing is reachable. */
            if (VECTOR (reach.v)[v] > 0 && isfinite (VECTOR (res.v)[v]))
                col[v] = (other + 2 * same) * VECTOR (res.v)[v];
        }
    }
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_HARMONIC)) {
        /* Over every vertex, not only the reachable ones: harmonic centrality is defined on
         * disconnected graphs, which is why it is offered. */
        double *col = new_column (c, BLOC_CENTRALITY_HARMONIC, n);
        if (!bloc_igraph_ok (
                igraph_harmonic_centrality (g, &res.v, igraph_vss_all (), IGRAPH_ALL, NULL, FALSE),
                "igraph_harmonic_centrality", error))
            return FALSE;
        for (igraph_integer_t v = 0; v < n; v++) {
            int mode = v >= m->n_actors;
            double best = n_mode[!mode] + (n_mode[mode] - 1) / 2;
            if (best > 0)
                col[v] = VECTOR (res.v)[v] / best;
        }
    }
    return TRUE;
}

guint64
bloc_centrality_max_steps (void)
{
    return bloc_analyze_limit ("BLOC_MAX_STEPS", BLOC_CENTRALITY_MAX_STEPS);
}

gboolean
bloc_centrality_two_mode (BlocCentrality **out, const BlocMembership *m, BlocCentralitySet measures,
                          GError **error)
{
    g_autoptr (BlocCentrality) c = g_new0 (BlocCentrality, 1);
    const igraph_t *g = &m->graph;
    igraph_integer_t n = igraph_vcount (g);
    double n_mode[2] = { (double)m->n_actors, (double)(n - m->n_actors) };

    if (!init_entities (c, &m->entity, error))
        return FALSE;
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_DEGREE)) {
        /* Degree over the size of the other mode. */
        double *col = new_column (c, BLOC_CENTRALITY_DEGREE, n);
        for (igraph_integer_t v = 0; v < n; v++) {
            int mode = v >= m->n_actors;
            if (n_mode[!mode] > 0)
                col[v] = (double)bloc_membership_degree (m, v) / n_mode[!mode];
        }
    }
    if ((measures & (BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_CLOSENESS) |
                     BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_HARMONIC))) &&
        !two_mode_distances (c, m, measures, error))
        return FALSE;
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_BETWEENNESS)) {
        g_auto (BlocIgraphVector) res = { 0 };
        double *col = new_column (c, BLOC_CENTRALITY_BETWEENNESS, n);
        double max[2] = { two_mode_max_betweenness (n_mode[0], n_mode[1]),
                          two_mode_max_betweenness (n_mode[1], n_mode[0]) };
        if (!bloc_igraph_vector_init (&res, 0, error) ||
            !bloc_igraph_ok (igraph_betweenness (g, &res.v, igraph_vss_all (), FALSE, NULL),
                             "igraph_betweenness", error))
            return FALSE;
        for (igraph_integer_t v = 0; v < n; v++) {
            int mode = v >= m->n_actors;
            col[v] = max[mode] > 0 ? VECTOR (res.v)[v] / max[mode] : 0.0;
        }
    }
    *out = g_steal_pointer (&c);
    return TRUE;
}

/* Degree and strength on the projection @g, as asked in @measures. */
static gboolean
projection_degrees (BlocCentrality *c, const igraph_t *g, const igraph_vector_t *weights,
                    BlocCentralitySet measures, GError **error)
{
    igraph_integer_t n = igraph_vcount (g);

    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_DEGREE)) {
        double *col = new_column (c, BLOC_CENTRALITY_DEGREE, n);
        for (igraph_integer_t v = 0; v < n; v++) {
            igraph_integer_t d;
            if (!bloc_igraph_ok (igraph_degree_1 (g, &d, v, IGRAPH_ALL, IGRAPH_NO_LOOPS),
                                 "igraph_degree_1", error))
                return FALSE;
            col[v] = (double)d;
        }
    }
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_STRENGTH)) {
        g_auto (BlocIgraphVector) res = { 0 };
        double *col = new_column (c, BLOC_CENTRALITY_STRENGTH, n);
        if (!bloc_igraph_vector_init (&res, 0, error) ||
            !bloc_igraph_ok (igraph_strength (g, &res.v, igraph_vss_all (), IGRAPH_ALL,
                                              IGRAPH_NO_LOOPS, weights),
                             "igraph_strength", error))
            return FALSE;
        memcpy (col, VECTOR (res.v), sizeof (double) * (size_t)n);
    }
    return TRUE;
}

/* Closeness, harmonic centrality and betweenness on the projection @g, with @distance per
 * edge, as asked in @measures. */
static gboolean
projection_paths (BlocCentrality *c, const igraph_t *g, const igraph_vector_t *distance,
                  BlocCentralitySet measures, GError **error)
{
    igraph_integer_t n = igraph_vcount (g);
    g_auto (BlocIgraphVector) res = { 0 };

    if (!bloc_igraph_vector_init (&res, 0, error))
        return FALSE;
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_CLOSENESS)) {
        /* 1 / mean distance to the reachable vertices; NaN for an isolated vertex. */
        double *col = new_column (c, BLOC_CENTRALITY_CLOSENESS, n);
        if (!bloc_igraph_ok (igraph_closeness (g, &res.v, NULL, NULL, igraph_vss_all (), IGRAPH_ALL,
                                               distance, TRUE),
                             "igraph_closeness", error))
            return FALSE;
        memcpy (col, VECTOR (res.v), sizeof (double) * (size_t)n);
    }
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_HARMONIC)) {
        /* Mean of 1 / distance over every other vertex; 0 for an isolated vertex. */
        double *col = new_column (c, BLOC_CENTRALITY_HARMONIC, n);
        if (!bloc_igraph_ok (igraph_harmonic_centrality (g, &res.v, igraph_vss_all (), IGRAPH_ALL,
                                                         distance, TRUE),
                             "igraph_harmonic_centrality", error))
            return FALSE;
        memcpy (col, VECTOR (res.v), sizeof (double) * (size_t)n);
    }
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_BETWEENNESS)) {
        /* Normalised by the number of pairs of other vertices, (n-1)(n-2)/2. */
        double *col = new_column (c, BLOC_CENTRALITY_BETWEENNESS, n);
        double pairs = n > 2 ? (double)(n - 1) * (double)(n - 2) / 2.0 : 0.0;
        if (!bloc_igraph_ok (igraph_betweenness (g, &res.v, igraph_vss_all (), FALSE, distance),
                             "igraph_betweenness", error))
            return FALSE;
        for (igraph_integer_t v = 0; v < n; v++)
            col[v] = pairs > 0 ? VECTOR (res.v)[v] / pairs : 0.0;
    }
    return TRUE;
}

/* Eigenvector centrality and PageRank on the projection @g, as asked in @measures. */
static gboolean
projection_spectral (BlocCentrality *c, const igraph_t *g, const igraph_vector_t *weights,
                     BlocCentralitySet measures, GError **error)
{
    igraph_integer_t n = igraph_vcount (g);
    g_auto (BlocIgraphVector) res = { 0 };
    igraph_real_t value;

    if (!bloc_igraph_vector_init (&res, 0, error))
        return FALSE;
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_EIGENVECTOR)) {
        /* Scaled so that the largest is 1. */
        double *col = new_column (c, BLOC_CENTRALITY_EIGENVECTOR, n);
        if (igraph_ecount (g) == 0) {
            for (igraph_integer_t v = 0; v < n; v++)
                col[v] = 0.0;
        } else if (!bloc_igraph_ok (igraph_eigenvector_centrality (g, &res.v, &value, FALSE, TRUE,
                                                                   weights, NULL),
                                    "igraph_eigenvector_centrality", error)) {
            return FALSE;
        } else {
            for (igraph_integer_t v = 0; v < n; v++)
                col[v] = fabs (VECTOR (res.v)[v]) < 1e-12 ? 0.0 : VECTOR (res.v)[v];
        }
    }
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_PAGERANK)) {
        double *col = new_column (c, BLOC_CENTRALITY_PAGERANK, n);
        if (!bloc_igraph_ok (igraph_pagerank (g, IGRAPH_PAGERANK_ALGO_PRPACK, &res.v, &value,
                                              igraph_vss_all (), FALSE, 0.85, weights, NULL),
                             "igraph_pagerank", error))
            return FALSE;
        memcpy (col, VECTOR (res.v), sizeof (double) * (size_t)n);
    }
    return TRUE;
}

gboolean
bloc_centrality_projection (BlocCentrality **out, const BlocProjection *p,
                            BlocOverlapMeasure weight, BlocCentralitySet measures, GError **error)
{
    g_autoptr (BlocCentrality) c = g_new0 (BlocCentrality, 1);
    const igraph_t *g = &p->graph;
    const igraph_vector_t *weights = &p->values[weight];
    g_auto (BlocIgraphVector) distance = { 0 };

    if (weight == BLOC_OVERLAP_WEIGHTED && !p->weighted) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_GRAPH,
                     "the weighted measure needs a projection made with details");
        return FALSE;
    }
    const BlocCentralitySet paths = BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_CLOSENESS) |
                                    BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_HARMONIC) |
                                    BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_BETWEENNESS);
    guint64 steps = (guint64)igraph_vcount (g) * (guint64)igraph_ecount (g);
    guint64 max_steps = bloc_centrality_max_steps ();
    if ((measures & paths) && steps > max_steps) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_LIMIT,
                     "closeness, harmonic and betweenness on %" G_GINT64_FORMAT
                     " %s joined by %" G_GINT64_FORMAT " pairs would take some %" G_GUINT64_FORMAT
                     " steps, more than the limit of %" G_GUINT64_FORMAT
                     " (expected a smaller graph: narrow it with --year, --kinds, --roles or "
                     "--actors; or only degree, strength, eigenvector and pagerank; or raise the "
                     "limit with BLOC_MAX_STEPS)",
                     (gint64)igraph_vcount (g), bloc_enum_to_string (bloc_side_enum (), p->side),
                     (gint64)igraph_ecount (g), steps, max_steps);
        return FALSE;
    }
    if (!init_entities (c, &p->entity, error) ||
        !bloc_igraph_vector_init (&distance, igraph_ecount (g), error))
        return FALSE;
    /* Co-membership weights are affinities: a path through strong ties is short. */
    for (igraph_integer_t e = 0; e < igraph_ecount (g); e++)
        VECTOR (distance.v)[e] = 1.0 / VECTOR (*weights)[e];

    if (!projection_degrees (c, g, weights, measures, error) ||
        !projection_paths (c, g, &distance.v, measures, error) ||
        !projection_spectral (c, g, weights, measures, error))
        return FALSE;
    *out = g_steal_pointer (&c);
    return TRUE;
}
