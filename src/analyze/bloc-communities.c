/* bloc-communities.c: blocs by community detection on a weighted projection. */
#include "bloc-analyze-private.h"

#include <glib/gi18n-lib.h>

#include <math.h>

static const BlocEnumName method_names[] = {
    { BLOC_COMMUNITY_LEIDEN, NC_ ("method", "leiden"), NULL },
    /* igraph's multilevel method is the Louvain method (Blondel et al. 2008). The names are
     * marked for the tables that show them in other languages. */
    { BLOC_COMMUNITY_MULTILEVEL, NC_ ("method", "multilevel"), BLOC_ENUM_ALIASES ("louvain") },
    /* Barber's bipartite modularity, in bloc-barber.c. */
    { BLOC_COMMUNITY_BARBER, NC_ ("method", "barber"), NULL },
    { 0, NULL, NULL },
};
static const BlocEnum method_enum = { "method", method_names };

const BlocEnum *
bloc_community_method_enum (void)
{
    return &method_enum;
}

const char *
bloc_community_method_to_string (BlocCommunityMethod method)
{
    return bloc_enum_to_string (&method_enum, method);
}

gboolean
bloc_community_method_parse (BlocCommunityMethod *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &method_enum, text, error))
        return FALSE;
    *out = (BlocCommunityMethod)value;
    return TRUE;
}

void
bloc_communities_free (BlocCommunities *c)
{
    if (c == NULL)
        return;
    g_clear_pointer (&c->communities, g_ptr_array_unref);
    if (c->membership_ready)
        igraph_vector_int_destroy (&c->membership);
    g_free (c);
}

double
bloc_communities_modularity (const BlocCommunities *c)
{
    return c->modularity;
}

guint
bloc_communities_n_communities (const BlocCommunities *c)
{
    return c->communities->len;
}

const GArray *
bloc_communities_members (const BlocCommunities *c, guint i)
{
    g_return_val_if_fail (i < c->communities->len, NULL);
    return g_ptr_array_index (c->communities, i);
}

guint
bloc_communities_of_vertex (const BlocCommunities *c, guint vertex)
{
    g_return_val_if_fail (vertex < (guint)igraph_vector_int_size (&c->membership), 0);
    return (guint)VECTOR (c->membership)[vertex];
}

/* Runs the community detection of @method on @g, with igraph's RNG seeded with @seed, and puts
 * each vertex's community in @found. */
static gboolean
detect (igraph_vector_int_t *found, const igraph_t *g, const igraph_vector_t *weights,
        BlocCommunityMethod method, guint seed, GError **error)
{
    /* Leiden and multilevel visit vertices in random order. */
    if (!bloc_igraph_ok (igraph_rng_seed (igraph_rng_default (), seed), "igraph_rng_seed", error))
        return FALSE;
    if (method == BLOC_COMMUNITY_MULTILEVEL)
        return bloc_igraph_ok (igraph_community_multilevel (g, weights, 1.0, found, NULL, NULL),
                               "igraph_community_multilevel", error);

    /* igraph's Leiden optimises CPM unless given the degrees (here strengths) as node weights
     * and a resolution of 1 / 2m, which turns its quality into modularity. */
    g_auto (BlocIgraphVector) strength = { 0 };
    igraph_integer_t n_clusters;
    igraph_real_t total = 0;
    if (!bloc_igraph_vector_init (&strength, 0, error) ||
        !bloc_igraph_ok (igraph_strength (g, &strength.v, igraph_vss_all (), IGRAPH_ALL,
                                          IGRAPH_NO_LOOPS, weights),
                         "igraph_strength", error))
        return FALSE;
    for (igraph_integer_t e = 0; e < igraph_vector_size (weights); e++)
        total += VECTOR (*weights)[e];
    /* A positive iteration count: negative counts stop early in igraph 0.10.2. */
    return bloc_igraph_ok (igraph_community_leiden (g, weights, &strength.v,
                                                    total > 0 ? 1.0 / (2.0 * total) : 1.0, 0.01,
                                                    FALSE, 50, found, &n_clusters, NULL),
                           "igraph_community_leiden", error);
}

gboolean
bloc_communities_compute (BlocCommunities **out, const BlocProjection *p, BlocOverlapMeasure weight,
                          BlocCommunityMethod method, guint seed, GError **error)
{
    g_autoptr (BlocCommunities) c = g_new0 (BlocCommunities, 1);
    const igraph_t *g = &p->graph;
    const igraph_vector_t *weights = &p->values[weight];
    igraph_integer_t n = igraph_vcount (g);
    g_auto (BlocIgraphIntVector) found = { 0 };

    if (method == BLOC_COMMUNITY_BARBER) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "barber partitions the membership graph, not a projection (expected "
                     "bloc_barber_compute)");
        return FALSE;
    }
    if (weight == BLOC_OVERLAP_WEIGHTED && !p->weighted) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_GRAPH,
                     "the weighted measure needs a projection made with details");
        return FALSE;
    }
    if (!bloc_igraph_int_vector_init (&found, 0, error) ||
        !detect (&found.v, g, weights, method, seed, error) ||
        !bloc_igraph_ok (igraph_modularity (g, &found.v, weights, 1.0, FALSE, &c->modularity),
                         "igraph_modularity", error))
        return FALSE;

    /* Renumber: communities in the order of their first vertex, which is their smallest id. */
    c->membership_ready = bloc_igraph_ok (igraph_vector_int_init (&c->membership, n),
                                          "igraph_vector_int_init", error);
    if (!c->membership_ready)
        return FALSE;
    g_autofree gint *renumber = g_new (gint, n + 1);
    for (igraph_integer_t v = 0; v <= n; v++)
        renumber[v] = -1;
    c->communities = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
    for (igraph_integer_t v = 0; v < n; v++) {
        igraph_integer_t old = VECTOR (found.v)[v];
        if (renumber[old] < 0) {
            renumber[old] = (gint)c->communities->len;
            g_ptr_array_add (c->communities, g_array_new (FALSE, FALSE, sizeof (guint)));
        }
        guint entity = (guint)VECTOR (p->entity)[v];
        g_array_append_val (g_ptr_array_index (c->communities, renumber[old]), entity);
        VECTOR (c->membership)[v] = renumber[old];
    }
    *out = g_steal_pointer (&c);
    return TRUE;
}
