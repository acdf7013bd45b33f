/* bloc-view-membership.c: the two-mode graph: what the actors (or the group) take part in, with
 * roles as line styles. */
#include "bloc-render-private.h"

/* The entities the view shows (entity index + 1): both ends of every active tie with a counted
 * role between an actor (of the group, when there is one) and an entity of the other side. */
static GHashTable *
shown_entities (const BlocFigure *f, GHashTable *in_group)
{
    const BlocDataset *ds = f->ds;
    const BlocScope *scope = &f->o->scope;
    GHashTable *shown = g_hash_table_new (g_direct_hash, g_direct_equal);

    for (guint i = 0; i < ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        const BlocEntity *from = bloc_dataset_entity (ds, t->from),
                         *to = bloc_dataset_entity (ds, t->to);
        if (!bloc_tie_active (t, scope->year))
            continue;
        gboolean from_actor = scope->actors & BLOC_KIND_BIT (from->kind);
        gboolean to_actor = scope->actors & BLOC_KIND_BIT (to->kind);
        if (!(scope->roles & BLOC_ROLE_BIT (t->role)) || from_actor == to_actor)
            continue;
        guint actor = from_actor ? t->from : t->to, other = from_actor ? t->to : t->from;
        if (!(scope->others & BLOC_KIND_BIT (bloc_dataset_entity (ds, other)->kind)))
            continue;
        if (f->o->group != NULL && !g_hash_table_contains (in_group, GUINT_TO_POINTER (actor + 1)))
            continue;
        g_hash_table_add (shown, GUINT_TO_POINTER (actor + 1));
        g_hash_table_add (shown, GUINT_TO_POINTER (other + 1));
    }
    return shown;
}

/* Draws the participation ties between the entities shown, and the structural ones (part of,
 * host) between them. Returns the roles drawn; counts the edges in @n_edges. */
static BlocRoleSet
draw_ties (BlocFigure *f, GHashTable *shown, GHashTable *in_group, guint *n_edges)
{
    const BlocDataset *ds = f->ds;
    const BlocScope *scope = &f->o->scope;
    BlocRoleSet roles = 0;

    for (guint i = 0; i < ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (!bloc_tie_active (t, scope->year))
            continue;
        gboolean from_actor =
            scope->actors & BLOC_KIND_BIT (bloc_dataset_entity (ds, t->from)->kind);
        gboolean to_actor = scope->actors & BLOC_KIND_BIT (bloc_dataset_entity (ds, t->to)->kind);
        gboolean structural = !(BLOC_PARTICIPATION_ROLES & BLOC_ROLE_BIT (t->role));
        if (!structural && !(scope->roles & BLOC_ROLE_BIT (t->role)))
            continue;
        if (!g_hash_table_contains (shown, GUINT_TO_POINTER (t->from + 1)) ||
            !g_hash_table_contains (shown, GUINT_TO_POINTER (t->to + 1)))
            continue;
        if (!structural && from_actor == to_actor)
            continue;
        const char *cls_from = g_hash_table_contains (in_group, GUINT_TO_POINTER (t->from + 1))
                                   ? "group-member"
                                   : NULL;
        const char *cls_to =
            g_hash_table_contains (in_group, GUINT_TO_POINTER (t->to + 1)) ? "group-member" : NULL;
        Agnode_t *tail = bloc_figure_entity_node (f, t->from, cls_from);
        Agnode_t *head = bloc_figure_entity_node (f, t->to, cls_to);
        Agedge_t *edge = bloc_figure_tie_edge (f, i, tail, head);
        /* Keep every non-actor in one rank, facing the actors. */
        if (structural)
            bloc_gv_set (edge, "constraint", "false");
        roles |= BLOC_ROLE_BIT (t->role);
        (*n_edges)++;
    }
    return roles;
}

gboolean
bloc_view_membership_draw (BlocFigure *f, GError **error)
{
    const BlocDataset *ds = f->ds;
    const BlocScope *scope = &f->o->scope;
    g_autoptr (GHashTable) in_group = g_hash_table_new (g_direct_hash, g_direct_equal);
    BlocKindSet kinds = 0;
    guint n_edges = 0, n_actors = 0;

    if (f->o->group != NULL)
        for (guint i = 0; i < f->o->group->len; i++)
            g_hash_table_add (in_group,
                              GUINT_TO_POINTER (g_array_index (f->o->group, guint, i) + 1));

    /* Participation ties first: they decide which entities are shown. */
    g_autoptr (GHashTable) shown = shown_entities (f, in_group);
    BlocRoleSet roles = draw_ties (f, shown, in_group, &n_edges);
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
                            n_actors, f->n_nodes - (int)n_actors, n_edges);
    return TRUE;
}
