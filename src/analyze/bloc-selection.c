/* bloc-selection.c: what a figure keeps of a membership graph: the scope's entity lists, and the
 * --top entities. */
#include "bloc-analyze-private.h"

#include <string.h>

gboolean *
bloc_scope_kept (const BlocScope *scope, const BlocDataset *ds)
{
    guint n = bloc_dataset_n_entities (ds);
    gboolean *kept = g_new (gboolean, n + 1);
    g_autofree gboolean *listed = g_new0 (gboolean, n + 1);

    for (guint i = 0; i < n; i++)
        kept[i] = TRUE;
    const GArray *lists[2] = { scope->only_actors, scope->only_others };
    for (int side = 0; side < 2; side++) {
        if (lists[side] == NULL)
            continue;
        memset (listed, 0, sizeof (gboolean) * (n + 1));
        for (guint i = 0; i < lists[side]->len; i++) {
            guint e = g_array_index (lists[side], guint, i);
            if (e < n)
                listed[e] = TRUE;
        }
        for (guint i = 0; i < n; i++) {
            gboolean actor =
                (scope->actors & BLOC_KIND_BIT (bloc_dataset_entity (ds, i)->kind)) != 0;
            if (actor == (side == 0) && !listed[i])
                kept[i] = FALSE;
        }
    }
    return kept;
}

/* Vertices by degree, highest first, then by vertex number, which is id order within a side. */
static int
compare_degree (const void *pa, const void *pb, void *data)
{
    const BlocMembership *m = data;
    guint a = *(const guint *)pa, b = *(const guint *)pb;
    guint da = bloc_membership_degree (m, a), db = bloc_membership_degree (m, b);
    if (da != db)
        return da > db ? -1 : 1;
    return a < b ? -1 : a > b;
}

GArray *
bloc_membership_rank (const BlocMembership *m, BlocSide side)
{
    guint first = side == BLOC_SIDE_ACTORS ? 0 : (guint)m->n_actors;
    guint end = side == BLOC_SIDE_ACTORS ? (guint)m->n_actors : bloc_membership_n_vertices (m);
    g_autoptr (GArray) vertices = g_array_sized_new (FALSE, FALSE, sizeof (guint), end - first);

    for (guint v = first; v < end; v++)
        g_array_append_val (vertices, v);
    g_qsort_with_data (vertices->data, (gint)vertices->len, sizeof (guint), compare_degree,
                       (gpointer)m);
    for (guint i = 0; i < vertices->len; i++)
        g_array_index (vertices, guint, i) =
            bloc_membership_entity (m, g_array_index (vertices, guint, i));
    return g_steal_pointer (&vertices);
}

GArray *
bloc_membership_top (const BlocMembership *m, BlocSide side, guint n)
{
    GArray *top = bloc_membership_rank (m, side);
    if (top->len > n)
        g_array_set_size (top, n);
    bloc_dataset_sort_by_id (m->ds, top);
    return top;
}
