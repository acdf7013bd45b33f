/* bloc-view-ego.c: one entity, its ties, and (depth 2) the ties of its neighbours. No line passes
 * under a node that is not one of its ends, where a reader would take it for a tie of that node:
 * bloc-graphviz.c lays the figure out again, with more room or another engine, until none does. */
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
    f->edges_clear = TRUE;
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init (&it, f->nodes);
    while (g_hash_table_iter_next (&it, &key, NULL))
        kinds |= BLOC_KIND_BIT (bloc_dataset_entity (ds, GPOINTER_TO_UINT (key) - 1)->kind);
    bloc_figure_legend_kinds (f, kinds);
    bloc_figure_legend_roles (f, roles);
    const BlocEntity *e = bloc_dataset_entity (ds, focus);
    BlocColour c = bloc_style_kind_colour (o->theme, e->kind);
    BlocSwatch heavy = { BLOC_SWATCH_NODE,
                         .shape = bloc_style_kind_shape (e->kind),
                         .style = bloc_style_kind_style (e->kind),
                         .fill = c.fill,
                         .line = c.line,
                         .penwidth = "3" };
    bloc_figure_legend_swatch (f, &heavy, T_ (f, "heavy outline: the focus"));
    g_autofree char *entities = g_strdup_printf (
        TN_ (f, "%u entity", "%u entities", (gulong)(f->n_nodes - 1)), (guint)(f->n_nodes - 1));
    g_autofree char *steps =
        g_strdup_printf (TN_ (f, "%d step", "%d steps", (gulong)o->depth), o->depth);
    g_autofree char *joined = g_strdup_printf (TN_ (f, "%u tie", "%u ties", ties->len), ties->len);
    /* TRANSLATORS: a figure's description: "The ties of Uzbekistan: 20 entities within 1 step,
     * joined by 25 ties." */
    g_string_append_printf (f->desc, T_ (f, "The ties of %1$s: %2$s within %3$s, joined by %4$s."),
                            bloc_figure_text_of (f, focus), entities, steps, joined);
    return TRUE;
}
