/* bloc-nesting.c: member-set inclusion and its Hasse diagram.
 *
 * igraph 0.10 has no transitive reduction, so the covering relation is computed here: member
 * sets are bit sets over the actors, equal sets are merged, and A -> B is kept when A ⊂ B and no
 * C has A ⊂ C ⊂ B. */
#include "bloc-analyze-private.h"

#include <string.h>

static void
nest_class_free (gpointer data)
{
    BlocNestClass *c = data;
    g_array_unref (c->equal);
    g_array_unref (c->members);
    g_free (c);
}

void
bloc_nesting_free (BlocNesting *n)
{
    if (n == NULL)
        return;
    g_clear_pointer (&n->classes, g_ptr_array_unref);
    g_clear_pointer (&n->edges, g_array_unref);
    g_free (n);
}

/* TRUE when the @words-word bit set @a is a strict subset of @b. */
static gboolean
strict_subset (const guint64 *a, const guint64 *b, gsize words, guint size_a, guint size_b)
{
    if (size_a >= size_b)
        return FALSE;
    for (gsize w = 0; w < words; w++)
        if (a[w] & ~b[w])
            return FALSE;
    return TRUE;
}

guint
bloc_nesting_n_classes (const BlocNesting *n)
{
    return n->classes->len;
}

const GArray *
bloc_nesting_class_equal (const BlocNesting *n, guint i)
{
    g_return_val_if_fail (i < n->classes->len, NULL);
    return ((const BlocNestClass *)g_ptr_array_index (n->classes, i))->equal;
}

const GArray *
bloc_nesting_class_members (const BlocNesting *n, guint i)
{
    g_return_val_if_fail (i < n->classes->len, NULL);
    return ((const BlocNestClass *)g_ptr_array_index (n->classes, i))->members;
}

const char *
bloc_nesting_class_id (const BlocNesting *n, const BlocDataset *ds, guint i)
{
    g_return_val_if_fail (i < n->classes->len, NULL);
    const BlocNestClass *c = g_ptr_array_index (n->classes, i);
    return bloc_dataset_entity (ds, g_array_index (c->equal, guint, 0))->id;
}

guint
bloc_nesting_n_edges (const BlocNesting *n)
{
    return n->edges->len / 2;
}

void
bloc_nesting_edge (const BlocNesting *n, guint i, guint *out_sub, guint *out_super)
{
    g_return_if_fail (i < n->edges->len / 2);
    *out_sub = g_array_index (n->edges, guint, 2 * i);
    *out_super = g_array_index (n->edges, guint, 2 * i + 1);
}

gboolean
bloc_nesting_compute (BlocNesting **out, const BlocMembership *m, guint min_members, GError **error)
{
    return bloc_nesting_compute_among (out, m, NULL, min_members, error);
}

gboolean
bloc_nesting_compute_among (BlocNesting **out, const BlocMembership *m, const GArray *actors,
                            guint min_members, GError **error)
{
    g_autoptr (BlocNesting) nest = g_new0 (BlocNesting, 1);
    igraph_integer_t n = bloc_membership_n_vertices (m);
    gsize words = ((gsize)m->n_actors + 63) / 64;
    /* The actor vertices that count, or NULL for all of them. */
    g_autofree gboolean *counted = NULL;
    if (actors != NULL) {
        const BlocDataset *ds = bloc_membership_dataset (m);
        guint n_entities = bloc_dataset_n_entities (ds);
        counted = g_new0 (gboolean, m->n_actors + 1);
        for (guint i = 0; i < actors->len; i++) {
            guint e = g_array_index (actors, guint, i);
            gint v = e < n_entities ? bloc_membership_vertex (m, e) : -1;
            if (v < 0 || (guint)v >= m->n_actors) {
                g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                             "'%s' is not an actor of the graph (expected actors that exist in "
                             "the year asked for)",
                             e < n_entities ? bloc_dataset_entity (ds, e)->id : "?");
                return FALSE;
            }
            counted[v] = TRUE;
        }
    }
    g_autoptr (GHashTable) by_set =
        g_hash_table_new_full (g_bytes_hash, g_bytes_equal, (GDestroyNotify)g_bytes_unref, NULL);
    g_autoptr (GPtrArray) sets = g_ptr_array_new_with_free_func (g_free); /* class -> bit set */

    nest->classes = g_ptr_array_new_with_free_func (nest_class_free);
    nest->edges = g_array_new (FALSE, FALSE, sizeof (guint));

    /* Other-side vertices in id order: a class's first entity is its smallest id. */
    for (igraph_integer_t v = m->n_actors; v < n; v++) {
        guint size = 0;
        for (igraph_integer_t k = m->nbr_start[v]; k < m->nbr_start[v + 1]; k++)
            size += counted == NULL || counted[m->nbr[k]];
        if (size < MAX (min_members, 1))
            continue;
        guint64 *bits = g_new0 (guint64, words + 1);
        for (igraph_integer_t k = m->nbr_start[v]; k < m->nbr_start[v + 1]; k++)
            if (counted == NULL || counted[m->nbr[k]])
                bits[m->nbr[k] / 64] |= (guint64)1 << (m->nbr[k] % 64);
        GBytes *key = g_bytes_new (bits, words * sizeof (guint64));
        guint entity = (guint)VECTOR (m->entity)[v];
        gpointer found = g_hash_table_lookup (by_set, key);
        if (found != NULL) {
            BlocNestClass *c = g_ptr_array_index (nest->classes, GPOINTER_TO_UINT (found) - 1);
            g_array_append_val (c->equal, entity);
            g_bytes_unref (key);
            g_free (bits);
            continue;
        }
        BlocNestClass *c = g_new0 (BlocNestClass, 1);
        c->equal = g_array_new (FALSE, FALSE, sizeof (guint));
        c->members = g_array_new (FALSE, FALSE, sizeof (guint));
        g_array_append_val (c->equal, entity);
        for (igraph_integer_t k = m->nbr_start[v]; k < m->nbr_start[v + 1]; k++) {
            if (counted != NULL && !counted[m->nbr[k]])
                continue;
            guint actor = (guint)VECTOR (m->entity)[m->nbr[k]];
            g_array_append_val (c->members, actor);
        }
        g_ptr_array_add (nest->classes, c);
        g_ptr_array_add (sets, bits);
        g_hash_table_insert (by_set, key, GUINT_TO_POINTER (nest->classes->len));
    }

    guint k = nest->classes->len;
    g_autofree guint *size = g_new (guint, k + 1);
    for (guint i = 0; i < k; i++)
        size[i] = ((BlocNestClass *)g_ptr_array_index (nest->classes, i))->members->len;

    /* For each class, its strict supersets; keep those with no superset of it below them. */
    g_autoptr (GArray) supers = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint a = 0; a < k; a++) {
        const guint64 *sa = g_ptr_array_index (sets, a);
        g_array_set_size (supers, 0);
        for (guint b = 0; b < k; b++)
            if (strict_subset (sa, g_ptr_array_index (sets, b), words, size[a], size[b]))
                g_array_append_val (supers, b);
        for (guint i = 0; i < supers->len; i++) {
            guint b = g_array_index (supers, guint, i);
            gboolean covered = TRUE;
            for (guint j = 0; j < supers->len && covered; j++) {
                guint c = g_array_index (supers, guint, j);
                if (c != b && strict_subset (g_ptr_array_index (sets, c),
                                             g_ptr_array_index (sets, b), words, size[c], size[b]))
                    covered = FALSE;
            }
            if (covered) {
                g_array_append_val (nest->edges, a);
                g_array_append_val (nest->edges, b);
            }
        }
    }
    *out = g_steal_pointer (&nest);
    return TRUE;
}
