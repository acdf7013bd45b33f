/* bloc-view-membership.c: the two-mode graph: what the actors (or the group) take part in, with
 * roles as line styles. */
#include "bloc-render-private.h"

/* Draws the ties of the figure: participation, and structure (part of, host) between what it
 * reaches. Returns the roles drawn. */
static BlocRoleSet
draw_ties (BlocFigure *f, const GArray *ties, GHashTable *in_group)
{
    BlocRoleSet roles = 0;

    for (guint i = 0; i < ties->len; i++) {
        guint index = g_array_index (ties, guint, i);
        const BlocTie *t = bloc_dataset_tie (f->ds, index);
        const char *cls_from = g_hash_table_contains (in_group, GUINT_TO_POINTER (t->from + 1))
                                   ? "group-member"
                                   : NULL;
        const char *cls_to =
            g_hash_table_contains (in_group, GUINT_TO_POINTER (t->to + 1)) ? "group-member" : NULL;
        Agnode_t *tail = bloc_figure_entity_node (f, t->from, cls_from);
        Agnode_t *head = bloc_figure_entity_node (f, t->to, cls_to);
        Agedge_t *edge = bloc_figure_tie_edge (f, index, tail, head);
        /* Keep every non-actor in one rank, facing the actors. */
        if (!(BLOC_PARTICIPATION_ROLES & BLOC_ROLE_BIT (t->role)))
            bloc_gv_set (edge, "constraint", "false");
        roles |= BLOC_ROLE_BIT (t->role);
    }
    return roles;
}

gboolean
bloc_view_membership_draw (BlocFigure *f, GError **error)
{
    const BlocDataset *ds = f->ds;
    const BlocScope *scope = &f->o->scope;
    g_autoptr (GHashTable) in_group = g_hash_table_new (g_direct_hash, g_direct_equal);
    g_autoptr (BlocMembership) m = NULL;
    BlocKindSet kinds = 0;
    guint n_actors = 0;

    if (!bloc_membership_new (&m, ds, scope, error))
        return FALSE;

    if (f->o->group != NULL)
        for (guint i = 0; i < f->o->group->len; i++)
            g_hash_table_add (in_group,
                              GUINT_TO_POINTER (g_array_index (f->o->group, guint, i) + 1));

    g_autoptr (GArray) ties = bloc_membership_ties (m, f->o->group);
    BlocRoleSet roles = draw_ties (f, ties, in_group);
    /* Group members that take part in nothing still appear: their absence is the point. */
    if (f->o->group != NULL)
        for (guint i = 0; i < f->o->group->len; i++)
            bloc_figure_entity_node (f, g_array_index (f->o->group, guint, i), "group-member");

    GHashTableIter it;
    gpointer key, value;
    g_hash_table_iter_init (&it, f->nodes);
    while (g_hash_table_iter_next (&it, &key, &value)) {
        const BlocEntity *e = bloc_dataset_entity (ds, GPOINTER_TO_UINT (key) - 1);
        kinds |= BLOC_KIND_BIT (e->kind);
        if (scope->actors & BLOC_KIND_BIT (e->kind)) {
            n_actors++;
            /* Actors in the first rank, so that the two modes face each other. */
            Agraph_t *rank = bloc_gv_must (agsubg (f->g, "actors", 1));
            bloc_gv_set (rank, "rank", "min");
            bloc_gv_must (agsubnode (rank, value, 1));
        }
        if (g_hash_table_contains (in_group, key))
            bloc_gv_set (value, "penwidth", "2.6");
    }
    if (bloc_figure_too_large (f, error))
        return FALSE;
    bloc_gv_set (f->g, "rankdir", "LR");
    bloc_gv_set (f->g, "ranksep", "1.6");
    bloc_gv_set (f->g, "nodesep", "0.12");
    bloc_figure_legend_kinds (f, kinds);
    bloc_figure_legend_roles (f, roles);
    if (f->o->group != NULL)
        bloc_figure_legend_row (f, "white", "", "heavy outline: member of the group");
    g_string_append_printf (f->desc,
                            "Two-mode membership graph: %u actors and %d organizations, "
                            "agreements and other entities, joined by %u ties; shapes show kinds "
                            "and line styles roles.",
                            n_actors, f->n_nodes - (int)n_actors, ties->len);
    return TRUE;
}
