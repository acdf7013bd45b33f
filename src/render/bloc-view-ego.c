/* bloc-view-ego.c: one entity, its ties, and (depth 2) the ties of its neighbours. */
#include "bloc-render-private.h"

/* Whether the ego view follows @t: active, with a counted role or a structural one, between
 * entities of the scope's kinds. */
static gboolean
ego_counts (const BlocRenderOptions *o, const BlocDataset *ds, const BlocTie *t)
{
    BlocKindSet kinds = o->scope.actors | o->scope.others;
    BlocRoleSet roles =
        o->scope.roles | BLOC_ROLE_BIT (BLOC_ROLE_PART_OF) | BLOC_ROLE_BIT (BLOC_ROLE_HOST);
    return bloc_tie_active (t, o->scope.year) && (roles & BLOC_ROLE_BIT (t->role)) &&
           (kinds & BLOC_KIND_BIT (bloc_dataset_entity (ds, t->from)->kind)) &&
           (kinds & BLOC_KIND_BIT (bloc_dataset_entity (ds, t->to)->kind));
}

gboolean
bloc_view_ego_draw (BlocFigure *f, GError **error)
{
    const BlocDataset *ds = f->ds;
    const BlocRenderOptions *o = f->o;
    guint focus;
    BlocKindSet kinds = 0;
    BlocRoleSet roles = 0;

    if (o->focus == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "the ego view needs --focus ID");
        return FALSE;
    }
    if (!bloc_dataset_find (ds, o->focus, &focus, error))
        return FALSE;

    /* Rings: 0 the focus, 1 its neighbours, 2 theirs. */
    g_autofree gint *ring = g_new (gint, ds->entities->len + 1);
    for (guint i = 0; i < ds->entities->len; i++)
        ring[i] = -1;
    ring[focus] = 0;
    for (int r = 1; r <= o->depth; r++) {
        for (guint i = 0; i < ds->ties->len; i++) {
            const BlocTie *t = bloc_dataset_tie (ds, i);
            if (!ego_counts (o, ds, t))
                continue;
            if (ring[t->from] == r - 1 && ring[t->to] < 0)
                ring[t->to] = r;
            else if (ring[t->to] == r - 1 && ring[t->from] < 0)
                ring[t->from] = r;
        }
    }
    bloc_figure_entity_node (f, focus, "focus");
    guint n_ties = 0;
    for (guint i = 0; i < ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (!ego_counts (o, ds, t) || ring[t->from] < 0 || ring[t->to] < 0)
            continue;
        /* Ties from the focus, and at depth 2 from the first ring. */
        if (MIN (ring[t->from], ring[t->to]) >= o->depth)
            continue;
        bloc_figure_tie_edge (
            f, i, bloc_figure_entity_node (f, t->from, ring[t->from] == 0 ? "focus" : NULL),
            bloc_figure_entity_node (f, t->to, ring[t->to] == 0 ? "focus" : NULL));
        roles |= BLOC_ROLE_BIT (t->role);
        n_ties++;
    }
    if (bloc_figure_too_large (f, error))
        return FALSE;
    Agnode_t *root = g_hash_table_lookup (f->nodes, GUINT_TO_POINTER (focus + 1));
    bloc_gv_set (root, "penwidth", "3");
    bloc_gv_set (f->g, "root", agnameof (root));
    bloc_gv_set (f->g, "ranksep", "2.2");
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init (&it, f->nodes);
    while (g_hash_table_iter_next (&it, &key, NULL))
        kinds |= BLOC_KIND_BIT (bloc_dataset_entity (ds, GPOINTER_TO_UINT (key) - 1)->kind);
    bloc_figure_legend_kinds (f, kinds);
    bloc_figure_legend_roles (f, roles);
    bloc_figure_legend_row (f, "white", "", "heavy outline: the focus");
    g_string_append_printf (
        f->desc, "The ties of %s: %d entities within %d step%s, joined by %u ties.",
        bloc_figure_text_of (f, focus), f->n_nodes - 1, o->depth, o->depth > 1 ? "s" : "", n_ties);
    return TRUE;
}
