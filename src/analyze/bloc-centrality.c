/* bloc-centrality.c: centralities on the two-mode graph and on projections. */
#include "bloc-analyze.h"

#include <math.h>
#include <string.h>

static const char *const centrality_names[BLOC_N_CENTRALITIES] = {
    "degree", "strength", "closeness", "harmonic", "betweenness", "eigenvector", "pagerank",
};

const char *
bloc_centrality_to_string (BlocCentralityMeasure measure)
{
    return centrality_names[measure];
}

gboolean
bloc_centrality_set_parse (BlocCentralitySet *out, const char *text, GError **error)
{
    return bloc_name_set_parse (out, text, centrality_names, BLOC_N_CENTRALITIES, "measure", error);
}

void
bloc_centrality_free (BlocCentrality *c)
{
    if (c == NULL)
        return;
    igraph_vector_int_destroy (&c->entity);
    for (int i = 0; i < BLOC_N_CENTRALITIES; i++)
        g_free (c->values[i]);
    g_free (c);
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

gboolean
bloc_centrality_two_mode (BlocCentrality **out, const BlocMembership *m, BlocCentralitySet measures,
                          GError **error)
{
    g_autoptr (BlocCentrality) c = g_new0 (BlocCentrality, 1);
    const igraph_t *g = &m->graph;
    igraph_integer_t n = igraph_vcount (g);
    double n_mode[2] = { (double)m->n_actors, (double)(n - m->n_actors) };
    /* Zeroed, so that igraph's destructors accept them even if an init below fails. */
    igraph_vector_t res = { 0 };
    igraph_vector_int_t membership = { 0 }, reach = { 0 };
    gboolean ok = FALSE;

    BLOC_IGRAPH_TRY (igraph_vector_init (&res, 0), error);
    BLOC_IGRAPH_TRY (igraph_vector_int_init (&membership, 0), error);
    BLOC_IGRAPH_TRY (igraph_vector_int_init (&reach, 0), error);
    BLOC_IGRAPH_TRY (igraph_vector_int_init_copy (&c->entity, &m->entity), error);

    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_DEGREE)) {
        /* Degree over the size of the other mode. */
        double *col = new_column (c, BLOC_CENTRALITY_DEGREE, n);
        for (igraph_integer_t v = 0; v < n; v++) {
            int mode = v >= m->n_actors;
            if (n_mode[!mode] > 0)
                col[v] = (double)bloc_membership_degree (m, v) / n_mode[!mode];
        }
    }

    if (measures & (BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_CLOSENESS) |
                    BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_HARMONIC))) {
        /* Each vertex is compared with the best it could do given what it reaches: distance 1 to
         * every reachable vertex of the other mode, 2 to every one of its own. In a connected
         * graph that is Borgatti & Everett's normalisation. */
        igraph_integer_t n_comp;
        BLOC_IGRAPH_TRY (igraph_connected_components (g, &membership, NULL, &n_comp, IGRAPH_WEAK),
                         error);
        g_autofree double *count = g_new0 (double, 2 * n_comp + 2);
        for (igraph_integer_t v = 0; v < n; v++)
            count[2 * VECTOR (membership)[v] + (v >= m->n_actors)] += 1;

        if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_CLOSENESS)) {
            double *col = new_column (c, BLOC_CENTRALITY_CLOSENESS, n);
            BLOC_IGRAPH_TRY (igraph_closeness (g, &res, &reach, NULL, igraph_vss_all (), IGRAPH_ALL,
                                               NULL, FALSE),
                             error);
            for (igraph_integer_t v = 0; v < n; v++) {
                int mode = v >= m->n_actors;
                igraph_integer_t comp = VECTOR (membership)[v];
                double same = count[2 * comp + mode] - 1, other = count[2 * comp + !mode];
                /* igraph gives 1 / (sum of distances), NaN when nothing is reachable. */
                if (VECTOR (reach)[v] > 0 && isfinite (VECTOR (res)[v]))
                    col[v] = (other + 2 * same) * VECTOR (res)[v];
            }
        }
        if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_HARMONIC)) {
            /* Over every vertex, not only the reachable ones: harmonic centrality is defined
             * on disconnected graphs, which is why it is offered. */
            double *col = new_column (c, BLOC_CENTRALITY_HARMONIC, n);
            BLOC_IGRAPH_TRY (
                igraph_harmonic_centrality (g, &res, igraph_vss_all (), IGRAPH_ALL, NULL, FALSE),
                error);
            for (igraph_integer_t v = 0; v < n; v++) {
                int mode = v >= m->n_actors;
                double best = n_mode[!mode] + (n_mode[mode] - 1) / 2;
                if (best > 0)
                    col[v] = VECTOR (res)[v] / best;
            }
        }
    }

    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_BETWEENNESS)) {
        double *col = new_column (c, BLOC_CENTRALITY_BETWEENNESS, n);
        double max[2] = { two_mode_max_betweenness (n_mode[0], n_mode[1]),
                          two_mode_max_betweenness (n_mode[1], n_mode[0]) };
        BLOC_IGRAPH_TRY (igraph_betweenness (g, &res, igraph_vss_all (), FALSE, NULL), error);
        for (igraph_integer_t v = 0; v < n; v++) {
            int mode = v >= m->n_actors;
            col[v] = max[mode] > 0 ? VECTOR (res)[v] / max[mode] : 0.0;
        }
    }

    ok = TRUE;
out:
    igraph_vector_destroy (&res);
    igraph_vector_int_destroy (&membership);
    igraph_vector_int_destroy (&reach);
    if (!ok)
        return FALSE;
    *out = g_steal_pointer (&c);
    return TRUE;
}

gboolean
bloc_centrality_projection (BlocCentrality **out, const BlocProjection *p,
                            BlocOverlapMeasure weight, BlocCentralitySet measures, GError **error)
{
    g_autoptr (BlocCentrality) c = g_new0 (BlocCentrality, 1);
    const igraph_t *g = &p->graph;
    const igraph_vector_t *weights = &p->values[weight];
    igraph_integer_t n = igraph_vcount (g), n_edges = igraph_ecount (g);
    igraph_vector_t res = { 0 }, distance = { 0 };
    igraph_real_t value;
    gboolean ok = FALSE;

    BLOC_IGRAPH_TRY (igraph_vector_init (&res, 0), error);
    BLOC_IGRAPH_TRY (igraph_vector_init (&distance, n_edges), error);
    BLOC_IGRAPH_TRY (igraph_vector_int_init_copy (&c->entity, &p->entity), error);
    if (weight == BLOC_OVERLAP_WEIGHTED && p->via == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_GRAPH,
                     "the weighted measure needs a projection made with details");
        goto out;
    }
    /* Co-membership weights are affinities: a path through strong ties is short. */
    for (igraph_integer_t e = 0; e < n_edges; e++)
        VECTOR (distance)[e] = 1.0 / VECTOR (*weights)[e];

    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_DEGREE)) {
        double *col = new_column (c, BLOC_CENTRALITY_DEGREE, n);
        for (igraph_integer_t v = 0; v < n; v++) {
            igraph_integer_t d;
            BLOC_IGRAPH_TRY (igraph_degree_1 (g, &d, v, IGRAPH_ALL, IGRAPH_NO_LOOPS), error);
            col[v] = (double)d;
        }
    }
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_STRENGTH)) {
        double *col = new_column (c, BLOC_CENTRALITY_STRENGTH, n);
        BLOC_IGRAPH_TRY (
            igraph_strength (g, &res, igraph_vss_all (), IGRAPH_ALL, IGRAPH_NO_LOOPS, weights),
            error);
        memcpy (col, VECTOR (res), sizeof (double) * (size_t)n);
    }
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_CLOSENESS)) {
        /* 1 / mean distance to the reachable vertices; NaN for an isolated vertex. */
        double *col = new_column (c, BLOC_CENTRALITY_CLOSENESS, n);
        BLOC_IGRAPH_TRY (
            igraph_closeness (g, &res, NULL, NULL, igraph_vss_all (), IGRAPH_ALL, &distance, TRUE),
            error);
        memcpy (col, VECTOR (res), sizeof (double) * (size_t)n);
    }
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_HARMONIC)) {
        /* Mean of 1 / distance over every other vertex; 0 for an isolated vertex. */
        double *col = new_column (c, BLOC_CENTRALITY_HARMONIC, n);
        BLOC_IGRAPH_TRY (
            igraph_harmonic_centrality (g, &res, igraph_vss_all (), IGRAPH_ALL, &distance, TRUE),
            error);
        memcpy (col, VECTOR (res), sizeof (double) * (size_t)n);
    }
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_BETWEENNESS)) {
        /* Normalised by the number of pairs of other vertices, (n-1)(n-2)/2. */
        double *col = new_column (c, BLOC_CENTRALITY_BETWEENNESS, n);
        double pairs = n > 2 ? (double)(n - 1) * (double)(n - 2) / 2.0 : 0.0;
        BLOC_IGRAPH_TRY (igraph_betweenness (g, &res, igraph_vss_all (), FALSE, &distance), error);
        for (igraph_integer_t v = 0; v < n; v++)
            col[v] = pairs > 0 ? VECTOR (res)[v] / pairs : 0.0;
    }
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_EIGENVECTOR)) {
        /* Scaled so that the largest is 1. */
        double *col = new_column (c, BLOC_CENTRALITY_EIGENVECTOR, n);
        if (n_edges > 0) {
            BLOC_IGRAPH_TRY (
                igraph_eigenvector_centrality (g, &res, &value, FALSE, TRUE, weights, NULL), error);
            for (igraph_integer_t v = 0; v < n; v++)
                col[v] = fabs (VECTOR (res)[v]) < 1e-12 ? 0.0 : VECTOR (res)[v];
        } else {
            for (igraph_integer_t v = 0; v < n; v++)
                col[v] = 0.0;
        }
    }
    if (measures & BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_PAGERANK)) {
        double *col = new_column (c, BLOC_CENTRALITY_PAGERANK, n);
        BLOC_IGRAPH_TRY (igraph_pagerank (g, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value,
                                          igraph_vss_all (), FALSE, 0.85, weights, NULL),
                         error);
        memcpy (col, VECTOR (res), sizeof (double) * (size_t)n);
    }
    ok = TRUE;
out:
    igraph_vector_destroy (&res);
    igraph_vector_destroy (&distance);
    if (!ok)
        return FALSE;
    *out = g_steal_pointer (&c);
    return TRUE;
}
