/* bloc-view-ego.c: one entity, its ties, and (depth 2) the ties of its neighbours. */
#include "bloc-render-private.h"

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

    g_autoptr (BlocEgo) ego = NULL;
    if (!bloc_ego_compute (&ego, ds, &o->scope, focus, (guint)o->depth, error))
        return FALSE;
    bloc_figure_entity_node (f, focus, "focus");
    const GArray *ties = bloc_ego_ties (ego);
    for (guint i = 0; i < ties->len; i++) {
        guint index = g_array_index (ties, guint, i);
        const BlocTie *t = bloc_dataset_tie (ds, index);
        gboolean from_focus = bloc_ego_distance (ego, t->from) == 0;
        gboolean to_focus = bloc_ego_distance (ego, t->to) == 0;
        bloc_figure_tie_edge (f, index,
                              bloc_figure_entity_node (f, t->from, from_focus ? "focus" : NULL),
                              bloc_figure_entity_node (f, t->to, to_focus ? "focus" : NULL));
        roles |= BLOC_ROLE_BIT (t->role);
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
    g_string_append_printf (f->desc,
                            "The ties of %s: %d entities within %d step%s, joined by %u ties.",
                            bloc_figure_text_of (f, focus), f->n_nodes - 1, o->depth,
                            o->depth > 1 ? "s" : "", ties->len);
    return TRUE;
}
