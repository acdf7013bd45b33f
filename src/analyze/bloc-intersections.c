/* bloc-intersections.c: the exclusive intersections of member sets, as an UpSet plot draws them
 * (Lex, Gehlenborg, Strobelt, Vuillemot & Pfister 2014, "UpSet: Visualization of Intersecting
 * Sets", IEEE TVCG 20(12)): every actor belongs to exactly one combination of the chosen sets,
 * the combination of all the sets it takes part in. */
#include "bloc-analyze-private.h"

#include <stdlib.h>

struct BlocIntersections {
    GArray *sets;      /* guint entity indices, by size (largest first), then id */
    GArray *set_sizes; /* guint */
    GPtrArray *combos; /* Combo *, by size (largest first), then fewer sets, then set order */
    guint n_outside;   /* actors in none of the sets */
};

typedef struct {
    guint64 mask;    /* bit i: sets[i] */
    GArray *sets;    /* guint positions into sets, ascending */
    GArray *members; /* guint actor entity indices, sorted by id */
} Combo;

static void
combo_free (Combo *c)
{
    g_array_unref (c->sets);
    g_array_unref (c->members);
    g_free (c);
}

void
bloc_intersections_free (BlocIntersections *x)
{
    if (x == NULL)
        return;
    g_clear_pointer (&x->sets, g_array_unref);
    g_clear_pointer (&x->set_sizes, g_array_unref);
    g_clear_pointer (&x->combos, g_ptr_array_unref);
    g_free (x);
}

typedef struct {
    guint vertex;
    guint size;
} SetRank;

static int
compare_sets (const void *pa, const void *pb)
{
    const SetRank *a = pa, *b = pb;
    if (a->size != b->size)
        return a->size > b->size ? -1 : 1;
    return a->vertex < b->vertex ? -1 : a->vertex > b->vertex;
}

static int
compare_combos (gconstpointer pa, gconstpointer pb)
{
    const Combo *a = *(Combo *const *)pa, *b = *(Combo *const *)pb;
    if (a->members->len != b->members->len)
        return a->members->len > b->members->len ? -1 : 1;
    if (a->sets->len != b->sets->len)
        return a->sets->len < b->sets->len ? -1 : 1;
    /* The same number of sets: the combination with the earlier (larger) sets first. */
    for (guint i = 0; i < a->sets->len; i++) {
        guint sa = g_array_index (a->sets, guint, i), sb = g_array_index (b->sets, guint, i);
        if (sa != sb)
            return sa < sb ? -1 : 1;
    }
    return 0;
}

gboolean
bloc_intersections_compute (BlocIntersections **out, const BlocMembership *m, const GArray *sets,
                            GError **error)
{
    const BlocDataset *ds = m->ds;
    g_autoptr (BlocIntersections) x = g_new0 (BlocIntersections, 1);
    guint n = sets->len;

    if (n == 0 || n > BLOC_INTERSECTIONS_MAX_SETS) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "%u sets to intersect (expected 1 to %u)",
                     n, BLOC_INTERSECTIONS_MAX_SETS);
        return FALSE;
    }
    g_autofree SetRank *ranks = g_new0 (SetRank, n);
    for (guint i = 0; i < n; i++) {
        guint entity = g_array_index (sets, guint, i);
        gint v = m->vertex[entity];
        if (v < (gint)m->n_actors) {
            const BlocEntity *e = bloc_dataset_entity (ds, entity);
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                         v < 0 ? "'%s' is not in the graph (expected an entity of the other "
                                 "side that exists in the year asked for)"
                               : "'%s' is an actor (expected an entity that actors take part in)",
                         e->id);
            return FALSE;
        }
        for (guint j = 0; j < i; j++)
            if (ranks[j].vertex == (guint)v) {
                g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "'%s' is given twice",
                             bloc_dataset_entity (ds, entity)->id);
                return FALSE;
            }
        ranks[i].vertex = (guint)v;
        ranks[i].size = bloc_membership_degree (m, (guint)v);
    }
    qsort (ranks, n, sizeof *ranks, compare_sets);
    x->sets = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
    x->set_sizes = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
    for (guint i = 0; i < n; i++) {
        guint entity = bloc_membership_entity (m, ranks[i].vertex);
        g_array_append_val (x->sets, entity);
        g_array_append_val (x->set_sizes, ranks[i].size);
    }

    /* Each actor's combination: the sets among its neighbours. */
    guint n_vertices = bloc_membership_n_vertices (m);
    g_autofree gint *position = g_new (gint, n_vertices + 1);
    for (guint v = 0; v < n_vertices; v++)
        position[v] = -1;
    for (guint i = 0; i < n; i++)
        position[ranks[i].vertex] = (gint)i;
    g_autoptr (GHashTable) by_mask = g_hash_table_new (g_int64_hash, g_int64_equal);
    x->combos = g_ptr_array_new_with_free_func ((GDestroyNotify)combo_free);
    for (igraph_integer_t a = 0; a < m->n_actors; a++) {
        guint64 mask = 0;
        for (igraph_integer_t k = m->nbr_start[a]; k < m->nbr_start[a + 1]; k++)
            if (position[m->nbr[k]] >= 0)
                mask |= G_GUINT64_CONSTANT (1) << position[m->nbr[k]];
        if (mask == 0) {
            x->n_outside++;
            continue;
        }
        Combo *c = g_hash_table_lookup (by_mask, &mask);
        if (c == NULL) {
            c = g_new0 (Combo, 1);
            c->mask = mask;
            c->sets = g_array_new (FALSE, FALSE, sizeof (guint));
            c->members = g_array_new (FALSE, FALSE, sizeof (guint));
            for (guint i = 0; i < n; i++)
                if (mask & (G_GUINT64_CONSTANT (1) << i))
                    g_array_append_val (c->sets, i);
            g_ptr_array_add (x->combos, c);
            g_hash_table_insert (by_mask, &c->mask, c);
        }
        /* Actors come in id order. */
        guint entity = bloc_membership_entity (m, (guint)a);
        g_array_append_val (c->members, entity);
    }
    g_ptr_array_sort (x->combos, compare_combos);
    *out = g_steal_pointer (&x);
    return TRUE;
}

guint
bloc_intersections_n_sets (const BlocIntersections *x)
{
    return x->sets->len;
}

guint
bloc_intersections_set (const BlocIntersections *x, guint i)
{
    g_return_val_if_fail (i < x->sets->len, 0);
    return g_array_index (x->sets, guint, i);
}

guint
bloc_intersections_set_size (const BlocIntersections *x, guint i)
{
    g_return_val_if_fail (i < x->set_sizes->len, 0);
    return g_array_index (x->set_sizes, guint, i);
}

guint
bloc_intersections_n_combinations (const BlocIntersections *x)
{
    return x->combos->len;
}

const GArray *
bloc_intersections_combination_sets (const BlocIntersections *x, guint i)
{
    g_return_val_if_fail (i < x->combos->len, NULL);
    return ((const Combo *)g_ptr_array_index (x->combos, i))->sets;
}

const GArray *
bloc_intersections_combination_members (const BlocIntersections *x, guint i)
{
    g_return_val_if_fail (i < x->combos->len, NULL);
    return ((const Combo *)g_ptr_array_index (x->combos, i))->members;
}

guint
bloc_intersections_n_outside (const BlocIntersections *x)
{
    return x->n_outside;
}
