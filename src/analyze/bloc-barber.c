/* bloc-barber.c: communities of both modes at once, by Barber's bipartite modularity.
 *
 * M. J. Barber, "Modularity and community detection in bipartite networks", Physical Review E
 * 76, 066102 (2007). With m edges, actor degrees k_i and other degrees d_j, and B_ij =
 * A_ij - k_i d_j / m,
 *
 *     Q_B = (1/m) Σ_{i actor, j other} B_ij δ(g_i, h_j).
 *
 * BRIM (bipartite recursively induced modules) alternates: given the others' communities h, the
 * best community of actor i is the c maximising Σ_j B_ij δ(h_j, c) = e_i(c) - k_i D_c / m, where
 * e_i(c) counts i's edges into c and D_c sums the degrees of the others in c; then the same for
 * the others given the actors. Q_B is a sum over actors given h (and over others given g), so
 * each half-step can only raise it, and BRIM stops at a partition no single vertex move
 * improves. It finds a local maximum; several random starts for each number of communities
 * look for the global one.
 */
#include "bloc-stats-private.h"

#include <math.h>
#include <string.h>

/* The most communities tried. */
#define MAX_COMMUNITIES 32

struct BlocBarber {
    double modularity;
    GPtrArray *communities; /* GArray of guint entity indices, sorted by id */
};

void
bloc_barber_free (BlocBarber *barber)
{
    if (barber == NULL)
        return;
    g_clear_pointer (&barber->communities, g_ptr_array_unref);
    g_free (barber);
}

double
bloc_barber_modularity (const BlocBarber *barber)
{
    return barber->modularity;
}

guint
bloc_barber_n_communities (const BlocBarber *barber)
{
    return barber->communities->len;
}

const GArray *
bloc_barber_community (const BlocBarber *barber, guint i)
{
    g_return_val_if_fail (i < barber->communities->len, NULL);
    return g_ptr_array_index (barber->communities, i);
}

/* Q_B of @label (vertex -> community in [0, @n_labels)), from scratch. */
static double
score (const BlocMembership *m, const igraph_integer_t *label, igraph_integer_t n_labels)
{
    igraph_integer_t n = bloc_membership_n_vertices (m);
    igraph_integer_t n_actors = bloc_membership_n_actors (m);
    g_autofree double *inside = g_new0 (double, n_labels + 1);
    g_autofree double *actor_deg = g_new0 (double, n_labels + 1);
    g_autofree double *other_deg = g_new0 (double, n_labels + 1);
    double edges = 0;

    for (igraph_integer_t v = 0; v < n; v++) {
        double k = (double)bloc_membership_degree (m, v);
        if (v < n_actors) {
            edges += k;
            actor_deg[label[v]] += k;
            for (igraph_integer_t e = m->nbr_start[v]; e < m->nbr_start[v + 1]; e++)
                inside[label[v]] += label[m->nbr[e]] == label[v];
        } else {
            other_deg[label[v]] += k;
        }
    }
    if (edges == 0)
        return NAN;
    double q = 0;
    for (igraph_integer_t c = 0; c < n_labels; c++)
        q += inside[c] - actor_deg[c] * other_deg[c] / edges;
    return q / edges;
}

gboolean
bloc_barber_score (double *out, const BlocMembership *m, const igraph_vector_int_t *membership,
                   GError **error)
{
    igraph_integer_t n = bloc_membership_n_vertices (m);
    igraph_integer_t n_labels = 0;

    if (igraph_vector_int_size (membership) != n) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_GRAPH,
                     "a partition of %" G_GINT64_FORMAT " vertices for a graph of %" G_GINT64_FORMAT
                     " (expected one community per vertex)",
                     (gint64)igraph_vector_int_size (membership), (gint64)n);
        return FALSE;
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        if (VECTOR (*membership)[v] < 0) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_GRAPH,
                         "community %" G_GINT64_FORMAT " of vertex %" G_GINT64_FORMAT
                         " (expected a number >= 0)",
                         (gint64)VECTOR (*membership)[v], (gint64)v);
            return FALSE;
        }
        n_labels = MAX (n_labels, VECTOR (*membership)[v] + 1);
    }
    *out = score (m, VECTOR (*membership), n_labels);
    return TRUE;
}

/* By the id of the first member. */
static int
compare_first_id (gconstpointer a, gconstpointer b, gpointer ds)
{
    const GArray *x = *(GArray *const *)a, *y = *(GArray *const *)b;
    return bloc_dataset_compare_ids (ds, g_array_index (x, guint, 0), g_array_index (y, guint, 0));
}

/* The scratch space of BRIM with @c communities. */
typedef struct {
    const BlocMembership *m;
    double edges;
    igraph_integer_t *label;
    double *count;  /* edges from the vertex being placed into each community */
    double *degree; /* the degrees of the other mode's vertices in each community */
} Brim;

/* Places every vertex of one mode (@actors or not) in its best community given the other mode's
 * labels. Returns TRUE when a label changed. A vertex stays where it is unless another
 * community is strictly better, so BRIM cannot cycle. */
static gboolean
half_step (Brim *b, gboolean actors, igraph_integer_t c)
{
    const BlocMembership *m = b->m;
    igraph_integer_t n = bloc_membership_n_vertices (m);
    igraph_integer_t n_actors = bloc_membership_n_actors (m);
    igraph_integer_t first = actors ? 0 : n_actors, end = actors ? n_actors : n;
    igraph_integer_t other_first = actors ? n_actors : 0, other_end = actors ? n : n_actors;
    gboolean changed = FALSE;

    memset (b->degree, 0, sizeof (double) * (gsize)c);
    for (igraph_integer_t u = other_first; u < other_end; u++)
        b->degree[b->label[u]] += (double)bloc_membership_degree (m, u);
    memset (b->count, 0, sizeof (double) * (gsize)c);
    for (igraph_integer_t v = first; v < end; v++) {
        double k = (double)bloc_membership_degree (m, v);
        if (k == 0)
            continue;
        for (igraph_integer_t e = m->nbr_start[v]; e < m->nbr_start[v + 1]; e++)
            b->count[b->label[m->nbr[e]]] += 1.0;
        igraph_integer_t best = b->label[v];
        double best_value = b->count[best] - k * b->degree[best] / b->edges;
        for (igraph_integer_t l = 0; l < c; l++) {
            double value = b->count[l] - k * b->degree[l] / b->edges;
            if (value > best_value + 1e-12) {
                best = l;
                best_value = value;
            }
        }
        for (igraph_integer_t e = m->nbr_start[v]; e < m->nbr_start[v + 1]; e++)
            b->count[b->label[m->nbr[e]]] = 0.0;
        if (best != b->label[v]) {
            b->label[v] = best;
            changed = TRUE;
        }
    }
    return changed;
}

gboolean
bloc_barber_compute (BlocBarber **out, const BlocMembership *m, guint seed, guint starts,
                     GError **error)
{
    g_autoptr (BlocBarber) barber = g_new0 (BlocBarber, 1);
    g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
    const BlocDataset *ds = bloc_membership_dataset (m);
    igraph_integer_t n = bloc_membership_n_vertices (m);
    igraph_integer_t n_actors = bloc_membership_n_actors (m), n_others = n - n_actors;
    g_autofree igraph_integer_t *best = g_new0 (igraph_integer_t, n + 1);
    g_autofree igraph_integer_t *label = g_new0 (igraph_integer_t, n + 1);
    g_autofree double *count = g_new0 (double, MAX_COMMUNITIES + 1);
    g_autofree double *degree = g_new0 (double, MAX_COMMUNITIES + 1);
    double edges = 0, best_q = -INFINITY;
    igraph_integer_t best_c = 1;

    for (igraph_integer_t v = 0; v < n_actors; v++)
        edges += (double)bloc_membership_degree (m, v);
    Brim b = { m, edges, label, count, degree };

    /* One community for everything is the start to beat: Q_B = 0. */
    if (edges > 0)
        best_q = score (m, best, 1);
    igraph_integer_t max_c = MIN (MIN (n_actors, n_others), MAX_COMMUNITIES);
    for (igraph_integer_t c = 2; edges > 0 && c <= max_c; c++) {
        for (guint s = 0; s < MAX (starts, 1u); s++) {
            /* A random start for the others, then alternate until nothing moves. */
            for (igraph_integer_t v = 0; v < n; v++)
                label[v] = v < n_actors ? 0 : g_rand_int_range (rand, 0, (gint32)c);
            for (int round = 0; round < 1000; round++) {
                gboolean moved = half_step (&b, TRUE, c);
                moved |= half_step (&b, FALSE, c);
                if (!moved)
                    break;
            }
            double q = score (m, label, c);
            if (q > best_q + 1e-12) {
                best_q = q;
                best_c = c;
                memcpy (best, label, sizeof (igraph_integer_t) * (gsize)n);
            }
        }
    }

    /* Communities: the non-empty labels, and every vertex without ties on its own. Members
     * sorted by id, communities by their first member's id. */
    g_autoptr (GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
    g_autofree gint *index = g_new (gint, best_c + 1);
    for (igraph_integer_t l = 0; l < best_c; l++)
        index[l] = -1;
    for (igraph_integer_t v = 0; v < n; v++) {
        guint entity = bloc_membership_entity (m, (guint)v);
        GArray *community;
        if (bloc_membership_degree (m, v) == 0 || edges == 0) {
            community = g_array_new (FALSE, FALSE, sizeof (guint));
            g_ptr_array_add (found, community);
        } else {
            if (index[best[v]] < 0) {
                index[best[v]] = (gint)found->len;
                g_ptr_array_add (found, g_array_new (FALSE, FALSE, sizeof (guint)));
            }
            community = g_ptr_array_index (found, index[best[v]]);
        }
        g_array_append_val (community, entity);
    }
    for (guint i = 0; i < found->len; i++)
        bloc_dataset_sort_by_id (ds, g_ptr_array_index (found, i));
    g_ptr_array_sort_with_data (found, compare_first_id, (gpointer)ds);

    /* The reported Q_B is that of the partition returned, computed again from scratch. */
    g_autofree igraph_integer_t *final = g_new (igraph_integer_t, n + 1);
    for (guint i = 0; i < found->len; i++) {
        const GArray *community = g_ptr_array_index (found, i);
        for (guint j = 0; j < community->len; j++)
            final[bloc_membership_vertex (m, g_array_index (community, guint, j))] = i;
    }
    barber->modularity = score (m, final, found->len);
    barber->communities = g_steal_pointer (&found);
    *out = g_steal_pointer (&barber);
    return TRUE;
}
