/* bloc-membership-ties.c: the ties a two-mode figure draws. */
#include "bloc-analyze-private.h"

GArray *
bloc_membership_ties (const BlocMembership *m, const GArray *group)
{
    const BlocDataset *ds = bloc_membership_dataset (m);
    const BlocScope *scope = bloc_membership_scope (m);
    guint n_entities = bloc_dataset_n_entities (ds), n_ties = bloc_dataset_n_ties (ds);
    gint n_actors = (gint)bloc_membership_n_actors (m);
    g_autofree gboolean *in_group = NULL;
    g_autofree gboolean *reached = g_new0 (gboolean, n_entities + 1);
    GArray *ties = g_array_new (FALSE, FALSE, sizeof (guint));

    if (group != NULL) {
        in_group = g_new0 (gboolean, n_entities + 1);
        for (guint i = 0; i < group->len; i++)
            in_group[g_array_index (group, guint, i)] = TRUE;
    }
    /* Participation: an actor vertex (of the group) and a vertex on the other side. */
    g_autofree gboolean *taken = g_new0 (gboolean, n_ties + 1);
    for (guint i = 0; i < n_ties; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (!(scope->roles & BLOC_ROLE_BIT (t->role)) || !bloc_tie_active (t, scope->year))
            continue;
        gint vf = bloc_membership_vertex (m, t->from), vt = bloc_membership_vertex (m, t->to);
        if (vf < 0 || vt < 0 || (vf < n_actors) == (vt < n_actors))
            continue;
        guint actor = vf < n_actors ? t->from : t->to;
        if (in_group != NULL && !in_group[actor])
            continue;
        taken[i] = reached[t->from] = reached[t->to] = TRUE;
    }
    /* Structure between what those reach, in dataset order with the rest. */
    for (guint i = 0; i < n_ties; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (!taken[i] && !(BLOC_PARTICIPATION_ROLES & BLOC_ROLE_BIT (t->role)) &&
            bloc_tie_active (t, scope->year) && reached[t->from] && reached[t->to])
            taken[i] = TRUE;
        if (taken[i])
            g_array_append_val (ties, i);
    }
    return ties;
}
