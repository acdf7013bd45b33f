/* bloc-order.c: orders of a projection's vertices that make its blocs show in a matrix: by
 * community, then strength; or a spectral seriation (Atkins, Boman & Hendrickson 1998, "A
 * spectral algorithm for seriation and the consecutive ones problem", SIAM J. Comput. 28(1)):
 * within each connected part, the vertices sorted by the Fiedler vector of the Laplacian of the
 * weighted projection, which places vertices with similar neighbourhoods next to each other. */
#include "bloc-analyze-private.h"

#include <math.h>

static const BlocEnumName order_names[] = {
    { BLOC_ORDER_COMMUNITY, "community", BLOC_ENUM_ALIASES ("communities", "blocs") },
    { BLOC_ORDER_SERIATION, "seriation", BLOC_ENUM_ALIASES ("spectral") },
    { BLOC_ORDER_ID, "id", BLOC_ENUM_ALIASES ("name") },
    { 0, NULL, NULL },
};
static const BlocEnum order_enum = { "order", order_names };

const BlocEnum *
bloc_order_enum (void)
{
    return &order_enum;
}

const char *
bloc_order_to_string (BlocOrder order)
{
    return bloc_enum_to_string (&order_enum, (int)order);
}

gboolean
bloc_order_parse (BlocOrder *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &order_enum, text, error))
        return FALSE;
    *out = (BlocOrder)value;
    return TRUE;
}

/* The value of @measure on edge @e, with a missing (NaN) value as 0. */
static double
edge_value (const BlocProjection *p, igraph_integer_t e, BlocOverlapMeasure measure)
{
    double w = VECTOR (p->values[measure])[e];
    return isfinite (w) && w > 0 ? w : 0.0;
}

double *
bloc_projection_strengths (const BlocProjection *p, BlocOverlapMeasure measure)
{
    igraph_integer_t n = igraph_vcount (&p->graph), n_edges = igraph_ecount (&p->graph);
    double *strength = g_new0 (double, n + 1);
    for (igraph_integer_t e = 0; e < n_edges; e++) {
        double w = edge_value (p, e, measure);
        strength[IGRAPH_FROM (&p->graph, e)] += w;
        strength[IGRAPH_TO (&p->graph, e)] += w;
    }
    return strength;
}

typedef struct {
    const guint *community; /* vertex -> its community's rank */
    const double *strength;
} CommunityKey;

/* By community rank, then strength (highest first), then vertex number (id order). */
static int
compare_in_communities (const void *pa, const void *pb, void *data)
{
    const CommunityKey *k = data;
    guint a = *(const guint *)pa, b = *(const guint *)pb;
    if (k->community[a] != k->community[b])
        return k->community[a] < k->community[b] ? -1 : 1;
    if (k->strength[a] != k->strength[b])
        return k->strength[a] > k->strength[b] ? -1 : 1;
    return a < b ? -1 : a > b;
}

typedef struct {
    guint index; /* into c->communities */
    guint size;
    guint first; /* the vertex of its first member */
} CommunityRank;

static int
compare_communities (const void *pa, const void *pb)
{
    const CommunityRank *a = pa, *b = pb;
    if (a->size != b->size)
        return a->size > b->size ? -1 : 1;
    return a->first < b->first ? -1 : a->first > b->first;
}

GArray *
bloc_communities_order (const BlocCommunities *c, const BlocProjection *p,
                        BlocOverlapMeasure measure, guint **out_rank)
{
    guint n = (guint)igraph_vcount (&p->graph), k = c->communities->len;
    g_autofree CommunityRank *ranks = g_new0 (CommunityRank, k + 1);
    g_autofree guint *rank_of = g_new0 (guint, k + 1);
    guint *community = g_new0 (guint, n + 1);
    g_autofree double *strength = bloc_projection_strengths (p, measure);

    for (guint i = 0; i < k; i++) {
        ranks[i].index = i;
        ranks[i].first = G_MAXUINT;
    }
    for (guint v = 0; v < n; v++) {
        CommunityRank *r = &ranks[VECTOR (c->membership)[v]];
        r->size++;
        r->first = MIN (r->first, v);
    }
    qsort (ranks, k, sizeof *ranks, compare_communities);
    for (guint i = 0; i < k; i++)
        rank_of[ranks[i].index] = i;
    for (guint v = 0; v < n; v++)
        community[v] = rank_of[VECTOR (c->membership)[v]];

    GArray *order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
    for (guint v = 0; v < n; v++)
        g_array_append_val (order, v);
    CommunityKey key = { community, strength };
    g_qsort_with_data (order->data, (gint)n, sizeof (guint), compare_in_communities, &key);
    if (out_rank != NULL)
        *out_rank = community;
    else
        g_free (community);
    return order;
}

/* ---- Spectral seriation --------------------------------------------------------------------- */

/* A vertex and its sort key: the Fiedler value, rounded so that values equal but for rounding
 * errors compare equal and fall back to id order. */
typedef struct {
    guint vertex;
    gint64 key;
} Placed;

static int
compare_placed (const void *pa, const void *pb)
{
    const Placed *a = pa, *b = pb;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return a->vertex < b->vertex ? -1 : a->vertex > b->vertex;
}

/* The igraph matrices and vectors of one eigenproblem, destroyed only when initialised. */
typedef struct {
    igraph_matrix_t laplacian, vectors;
    igraph_vector_t values;
    gboolean laplacian_ready, vectors_ready, values_ready;
} Eigen;

static void
eigen_clear (Eigen *x)
{
    if (x->laplacian_ready)
        igraph_matrix_destroy (&x->laplacian);
    if (x->vectors_ready)
        igraph_matrix_destroy (&x->vectors);
    if (x->values_ready)
        igraph_vector_destroy (&x->values);
    x->laplacian_ready = x->vectors_ready = x->values_ready = FALSE;
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Eigen, eigen_clear)

/* Appends to @order the vertices of one connected part, @part (at least three vertices), by
 * the Fiedler vector of its weighted Laplacian. @slot maps a vertex to its row in the part. */
static gboolean
seriate_part (GArray *order, const BlocProjection *p, BlocOverlapMeasure measure,
              const GArray *part, const gint *slot, GError **error)
{
    g_auto (Eigen) x = { 0 };
    igraph_integer_t n = part->len, n_edges = igraph_ecount (&p->graph);

    x.laplacian_ready =
        bloc_igraph_ok (igraph_matrix_init (&x.laplacian, n, n), "igraph_matrix_init", error);
    if (!x.laplacian_ready)
        return FALSE;
    for (igraph_integer_t e = 0; e < n_edges; e++) {
        gint a = slot[IGRAPH_FROM (&p->graph, e)], b = slot[IGRAPH_TO (&p->graph, e)];
        double w = edge_value (p, e, measure);
        if (a < 0 || b < 0 || w == 0)
            continue;
        MATRIX (x.laplacian, a, b) -= w;
        MATRIX (x.laplacian, b, a) -= w;
        MATRIX (x.laplacian, a, a) += w;
        MATRIX (x.laplacian, b, b) += w;
    }
    x.vectors_ready =
        bloc_igraph_ok (igraph_matrix_init (&x.vectors, 0, 0), "igraph_matrix_init", error);
    if (!x.vectors_ready)
        return FALSE;
    x.values_ready =
        bloc_igraph_ok (igraph_vector_init (&x.values, 0), "igraph_vector_init", error);
    if (!x.values_ready)
        return FALSE;
    /* The second smallest eigenvalue's vector: the part is connected, so the smallest is 0 with
     * a constant vector. */
    if (!bloc_igraph_ok (igraph_lapack_dsyevr (&x.laplacian, IGRAPH_LAPACK_DSYEV_SELECT, 0, 0, 0, 2,
                                               2, 1e-12, &x.values, &x.vectors, NULL),
                         "igraph_lapack_dsyevr", error))
        return FALSE;

    /* The vector's sign is arbitrary: choose the one that puts the part's lower ids first
     * (sum of value x position in id order >= 0), so that the order does not depend on it. */
    double largest = 0, lean = 0;
    for (igraph_integer_t i = 0; i < n; i++) {
        double v = MATRIX (x.vectors, i, 0);
        largest = MAX (largest, fabs (v));
        lean += v * (double)i;
    }
    double sign = lean < 0 ? -1.0 : 1.0;
    g_autofree Placed *placed = g_new (Placed, n + 1);
    for (igraph_integer_t i = 0; i < n; i++) {
        double v = largest > 0 ? sign * MATRIX (x.vectors, i, 0) / largest : 0;
        placed[i].vertex = g_array_index (part, guint, i);
        placed[i].key = (gint64)llround (v * 1e9);
    }
    qsort (placed, (size_t)n, sizeof *placed, compare_placed);
    for (igraph_integer_t i = 0; i < n; i++)
        g_array_append_val (order, placed[i].vertex);
    return TRUE;
}

/* Connected parts, largest first, then by their first vertex. */
static int
compare_parts (const void *pa, const void *pb)
{
    const GArray *a = *(GArray *const *)pa, *b = *(GArray *const *)pb;
    if (a->len != b->len)
        return a->len > b->len ? -1 : 1;
    guint fa = g_array_index (a, guint, 0), fb = g_array_index (b, guint, 0);
    return fa < fb ? -1 : fa > fb;
}

gboolean
bloc_projection_seriate (GArray **out, const BlocProjection *p, BlocOverlapMeasure measure,
                         GError **error)
{
    guint n = (guint)igraph_vcount (&p->graph);
    igraph_integer_t n_edges = igraph_ecount (&p->graph);
    g_autofree guint *parent = g_new (guint, n + 1);
    g_autofree gint *slot = g_new (gint, n + 1);

    /* Connected parts over the edges with a positive value, by union-find. */
    for (guint v = 0; v < n; v++)
        parent[v] = v;
    for (igraph_integer_t e = 0; e < n_edges; e++) {
        if (edge_value (p, e, measure) == 0)
            continue;
        guint a = (guint)IGRAPH_FROM (&p->graph, e), b = (guint)IGRAPH_TO (&p->graph, e);
        while (parent[a] != a)
            a = parent[a] = parent[parent[a]];
        while (parent[b] != b)
            b = parent[b] = parent[parent[b]];
        if (a != b)
            parent[MAX (a, b)] = MIN (a, b);
    }
    g_autoptr (GHashTable) by_root =
        g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, NULL);
    g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
    for (guint v = 0; v < n; v++) {
        guint r = v;
        while (parent[r] != r)
            r = parent[r];
        GArray *part = g_hash_table_lookup (by_root, GUINT_TO_POINTER (r + 1));
        if (part == NULL) {
            part = g_array_new (FALSE, FALSE, sizeof (guint));
            g_hash_table_insert (by_root, GUINT_TO_POINTER (r + 1), part);
            g_ptr_array_add (parts, part);
        }
        g_array_append_val (part, v); /* in vertex order, so the first is the smallest */
    }
    g_ptr_array_sort (parts, compare_parts);

    g_autoptr (GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
    for (guint v = 0; v < n; v++)
        slot[v] = -1;
    for (guint i = 0; i < parts->len; i++) {
        const GArray *part = g_ptr_array_index (parts, i);
        if (part->len < 3) {
            /* One or two vertices: any order is a seriation; keep id order. */
            g_array_append_vals (order, part->data, part->len);
            continue;
        }
        for (guint j = 0; j < part->len; j++)
            slot[g_array_index (part, guint, j)] = (gint)j;
        if (!seriate_part (order, p, measure, part, slot, error))
            return FALSE;
        for (guint j = 0; j < part->len; j++)
            slot[g_array_index (part, guint, j)] = -1;
    }
    *out = g_steal_pointer (&order);
    return TRUE;
}
