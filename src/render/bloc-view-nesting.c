/* bloc-view-nesting.c: the Hasse diagram of member-set inclusion, subsets below their supersets. */
#include "bloc-render-private.h"
#include "bloc-text.h"

/* The node of class @c: every entity with that member set, and how many take part. */
static Agnode_t *
class_node (BlocFigure *f, const BlocNestClass *c, BlocKindSet *kinds)
{
    const BlocDataset *ds = f->ds;
    guint first = g_array_index (c->equal, guint, 0);
    const BlocEntity *e = bloc_dataset_entity (ds, first);
    g_autofree char *id = bloc_element_id ("n-", e->id, NULL);
    Agnode_t *node = bloc_gv_must (agnode (f->g, id, 1));
    g_autoptr (GString) label = g_string_new (NULL);
    g_autoptr (GString) title = g_string_new (NULL);

    f->n_nodes++;
    for (guint j = 0; j < c->equal->len; j++) {
        guint entity = g_array_index (c->equal, guint, j);
        if (j > 0) {
            guint above = g_array_index (c->equal, guint, j - 1);
            bloc_label_line_break (label, bloc_text_starts_rtl (bloc_figure_label_of (f, above)));
            g_string_append (label, "= ");
            g_string_append (title, " = ");
        }
        bloc_label_append (label, bloc_figure_label_of (f, entity), 20);
        g_string_append (title, bloc_figure_text_of (f, entity));
        *kinds |= BLOC_KIND_BIT (bloc_dataset_entity (ds, entity)->kind);
    }
    /* Taking part in any counted role: observers and implementers too, not only members. */
    guint last = g_array_index (c->equal, guint, c->equal->len - 1);
    bloc_label_line_break (label, bloc_text_starts_rtl (bloc_figure_label_of (f, last)));
    g_autofree char *taking_part = g_strdup_printf (
        TN_ (f, "%u taking part", "%u taking part", c->members->len), c->members->len);
    g_string_append (label, "<FONT POINT-SIZE=\"9\">");
    bloc_label_append (label, taking_part, 0);
    g_string_append (label, "</FONT>");
    g_autofree char *member_ids = bloc_figure_join_ids (f, c->members, 0);
    g_autofree char *counted =
        g_strdup_printf (TN_ (f, "%u taking part in any counted role",
                              "%u taking part in any counted role", c->members->len),
                         c->members->len);
    /* TRANSLATORS: the end of a nesting box's tooltip: ": 5 taking part ... (KZ, KG, ...)". */
    g_string_append_printf (title, T_ (f, ": %1$s (%2$s)"), counted, member_ids);
    bloc_gv_set_html (node, "label", label->str);
    bloc_gv_set (node, "id", id);
    bloc_gv_set (node, "class", bloc_kind_to_string (e->kind));
    bloc_style_kind_node (node, f->o->theme, e->kind);
    bloc_figure_add_title (f, id, g_string_free (g_steal_pointer (&title), FALSE));
    return node;
}

gboolean
bloc_view_nesting_draw (BlocFigure *f, GError **error)
{
    const BlocDataset *ds = f->ds;
    const BlocRenderOptions *o = f->o;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocNesting) n = NULL;
    g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
    BlocKindSet kinds = 0;

    if (!bloc_membership_new (&m, ds, &o->scope, error) ||
        !bloc_nesting_compute (&n, m, o->min_members, error))
        return FALSE;
    for (guint i = 0; i < n->classes->len; i++)
        g_ptr_array_add (nodes, class_node (f, g_ptr_array_index (n->classes, i), &kinds));
    for (guint i = 0; i + 1 < n->edges->len; i += 2) {
        guint sub = g_array_index (n->edges, guint, i),
              super = g_array_index (n->edges, guint, i + 1);
        Agnode_t *a = g_ptr_array_index (nodes, sub), *z = g_ptr_array_index (nodes, super);
        const char *ida = bloc_nesting_class_id (n, ds, sub);
        const char *idz = bloc_nesting_class_id (n, ds, super);
        g_autofree char *id = bloc_element_id ("e-", ida, idz, NULL);
        Agedge_t *e = bloc_gv_must (agedge (f->g, a, z, id, 1));
        bloc_gv_set (e, "id", id);
        bloc_gv_set (e, "class", "subset");
        bloc_gv_set (e, "color", bloc_style_line_colour (o->theme));
        bloc_figure_add_title (
            f, id, g_strdup_printf (T_ (f, "every member of %1$s is a member of %2$s"), ida, idz));
    }
    if (bloc_figure_too_large (f, error))
        return FALSE;
    bloc_gv_set (f->g, "rankdir", "BT");
    bloc_gv_set (f->g, "ranksep", "0.6");
    bloc_figure_legend_kinds (f, kinds);
    bloc_figure_legend_row (f, "white", "\xe2\x86\x91",
                            T_ (f, "A \xe2\x86\x92 B: every member of A is a member of B"));
    bloc_figure_legend_row (f, "white", "=", T_ (f, "entities with the same members share a box"));
    g_autofree char *classes = g_strdup_printf (
        TN_ (f, "%u class of entities", "%u classes of entities", (gulong)f->n_nodes),
        (guint)f->n_nodes);
    const char *inclusion =
        /* TRANSLATORS: the nesting figure's description: "... among 12 classes of entities with at
         * least 2 members ...". */
        TN_ (f,
             "Inclusion of member sets among %1$s with at least %2$u member: an arrow from A to B "
             "means every member of A is also in B.",
             "Inclusion of member sets among %1$s with at least %2$u members: an arrow from A to B "
             "means every member of A is also in B.",
             o->min_members);
    g_string_append_printf (f->desc, inclusion, classes, o->min_members);
    return TRUE;
}
