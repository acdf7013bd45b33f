/* bloc-view-membership.c: the two-mode graph: what the actors (or the group) take part in, with
 * roles as line styles. */
#include <math.h>
#include <string.h>

#include "bloc-render-private.h"

/* A node of the figure, its estimated size, and the column it goes in. */
typedef struct {
    guint entity;
    Agnode_t *node;
    guint degree; /* participation ties drawn */
    double width, height;
    guint column;
} Place;

/* The space dot keeps between nodes of a column (nodesep) and between columns (ranksep), in
 * points, as set below. */
#define NODE_GAP   (0.12 * 72)
#define COLUMN_GAP (1.6 * 72)

/* Estimates the size dot gives the node of @p: its label's lines at 11 points, in the node's
 * shape with bloc's margins (an ellipse is about 1.41 times its text's box). */
static void
estimate (const BlocFigure *f, Place *p)
{
    const BlocEntity *e = bloc_dataset_entity (f->ds, p->entity);
    guint chars, lines, spacers;
    bloc_label_measure (agget (p->node, "label"), &chars, &lines, &spacers);
    double width = chars * 6.3 + 23, height = lines * 13.0 + spacers * 5.0 + 11.5;
    if (strcmp (bloc_style_kind_shape (e->kind), "ellipse") == 0) {
        width *= G_SQRT2;
        height *= G_SQRT2;
    }
    p->width = width;
    p->height = MAX (height, 36);
}

/* The height of the nodes of @places from @from to @to (excluded), one above the other. */
static double
column_height (Place *const *places, guint from, guint to)
{
    double height = 0;
    for (guint i = from; i < to; i++)
        height += places[i]->height + (i > from ? NODE_GAP : 0);
    return height;
}

/* Splits @spokes (in the order they fill columns) into @k columns of about equal height: the
 * first index of each column in @starts (k + 1 entries, the last = n). A column may be empty. */
static void
split (Place *const *spokes, guint n, guint k, guint *starts)
{
    double total = column_height (spokes, 0, n), height = 0;
    guint column = 0;
    starts[0] = 0;
    for (guint i = 0; i < n; i++) {
        double h = spokes[i]->height + NODE_GAP;
        if (height > 0 && height + h / 2 > total / k && column + 1 < k) {
            starts[++column] = i;
            height = 0;
        }
        height += h;
    }
    while (column + 1 <= k)
        starts[++column] = n;
}

/* The figure's estimated width and height with the long side (@spokes, in fill order) split
 * into @k columns around the short one (@hub), and the title and @legend_rows legend rows above. */
static void
estimate_figure (Place *const *hub, guint n_hub, Place *const *spokes, guint n_spokes, guint k,
                 guint legend_rows, double *out_width, double *out_height)
{
    g_autofree guint *starts = g_new (guint, k + 1);
    double width = 0, height = column_height (hub, 0, n_hub);
    for (guint i = 0; i < n_hub; i++)
        width = MAX (width, hub[i]->width);
    split (spokes, n_spokes, k, starts);
    for (guint c = 0; c < k; c++) {
        double column_width = 0;
        for (guint i = starts[c]; i < starts[c + 1]; i++)
            column_width = MAX (column_width, spokes[i]->width);
        if (starts[c + 1] > starts[c])
            width += COLUMN_GAP + column_width;
        height = MAX (height, column_height (spokes, starts[c], starts[c + 1]));
    }
    /* The title and subtitle, the legend's heading, and a row per legend row. */
    *out_height = height + 90 + legend_rows * 25.6;
    *out_width = MAX (width, 300);
}

/* The number of columns the long side is split into (1 to 4, at least 3 nodes each) that brings
 * the figure's shape nearest to its page's (bloc_figure_page_aspect()). */
static guint
choose_columns (const BlocFigure *f, Place *const *hub, guint n_hub, Place *const *spokes,
                guint n_spokes)
{
    double aspect = bloc_figure_page_aspect (f);
    guint best = 1;
    double best_miss = G_MAXDOUBLE;
    for (guint k = 1; k <= 4 && (k == 1 || k * 3 <= n_spokes); k++) {
        double width, height;
        estimate_figure (hub, n_hub, spokes, n_spokes, k, f->legend->len, &width, &height);
        double miss = fabs (log ((width / height) / aspect));
        if (miss < best_miss - 1e-9) {
            best = k;
            best_miss = miss;
        }
    }
    return best;
}

/* More ties first, then by id: the nodes with the most lines go next to the short side. */
static int
by_degree (gconstpointer a, gconstpointer b, gpointer data)
{
    const Place *p = *(Place *const *)a, *q = *(Place *const *)b;
    const BlocDataset *ds = data;
    if (p->degree != q->degree)
        return p->degree > q->degree ? -1 : 1;
    return strcmp (bloc_dataset_entity (ds, p->entity)->id,
                   bloc_dataset_entity (ds, q->entity)->id);
}

/* Puts the nodes in @n_columns columns, left to right: the short side (@hub) in the middle and
 * the long side's (@spokes) around it, those with the most ties nearest to it. Each column is a
 * rank of its own, kept in order by an invisible line from each column to the next. */
static void
place_columns (BlocFigure *f, GPtrArray *hub, GPtrArray *spokes, guint k)
{
    guint hub_column = k / 2;
    /* The spokes' columns in the order they fill: nearest the hub first, left before right. */
    g_autofree guint *fill = g_new (guint, k);
    for (guint d = 1, i = 0; i < k; d++) {
        if (hub_column >= d)
            fill[i++] = hub_column - d;
        if (i < k && hub_column + d <= k)
            fill[i++] = hub_column + d;
    }
    g_ptr_array_sort_with_data (spokes, by_degree, (gpointer)f->ds);
    g_autofree guint *starts = g_new (guint, k + 1);
    split ((Place *const *)spokes->pdata, spokes->len, k, starts);
    for (guint c = 0; c < k; c++)
        for (guint i = starts[c]; i < starts[c + 1]; i++)
            ((Place *)g_ptr_array_index (spokes, i))->column = fill[c];
    for (guint i = 0; i < hub->len; i++)
        ((Place *)g_ptr_array_index (hub, i))->column = hub_column;

    /* A rank per column, and the first node of each column, to order them by. */
    g_autofree Agnode_t **first = g_new0 (Agnode_t *, k + 1);
    GPtrArray *sides[] = { hub, spokes };
    for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
        for (guint i = 0; i < sides[s]->len; i++) {
            const Place *p = g_ptr_array_index (sides[s], i);
            g_autofree char *name = g_strdup_printf ("column-%u", p->column);
            Agraph_t *rank = bloc_gv_must (agsubg (f->g, name, 1));
            bloc_gv_set (rank, "rank", "same");
            bloc_gv_must (agsubnode (rank, p->node, 1));
            if (first[p->column] == NULL)
                first[p->column] = p->node;
        }
    Agnode_t *previous = NULL;
    for (guint c = 0; c <= k; c++) {
        if (first[c] == NULL)
            continue;
        if (previous != NULL) {
            g_autofree char *id = g_strdup_printf ("columns-%u", c);
            Agedge_t *e = bloc_gv_must (agedge (f->g, previous, first[c], id, 1));
            bloc_gv_set (e, "id", id);
            bloc_gv_set (e, "class", "order");
            bloc_gv_set (e, "style", "invis");
            bloc_gv_set (e, "weight", "0");
            bloc_figure_add_title (f, id, g_strdup (""));
        }
        previous = first[c];
    }
}

/* Draws the ties of the figure: participation, and structure (part of, host) between what it
 * reaches. With @places (entity index + 1 -> Place) a tie runs from its left column to its right
 * one; one within a column, or of structure, does not move the columns. */
static void
draw_ties (BlocFigure *f, const GArray *ties, GHashTable *places)
{
    for (guint i = 0; i < ties->len; i++) {
        guint index = g_array_index (ties, guint, i);
        const BlocTie *t = bloc_dataset_tie (f->ds, index);
        Agnode_t *tail = g_hash_table_lookup (f->nodes, GUINT_TO_POINTER (t->from + 1));
        Agnode_t *head = g_hash_table_lookup (f->nodes, GUINT_TO_POINTER (t->to + 1));
        gboolean constraint = (BLOC_PARTICIPATION_ROLES & BLOC_ROLE_BIT (t->role)) != 0;
        gboolean reverse = FALSE;
        if (places != NULL) {
            const Place *from = g_hash_table_lookup (places, GUINT_TO_POINTER (t->from + 1));
            const Place *to = g_hash_table_lookup (places, GUINT_TO_POINTER (t->to + 1));
            constraint = constraint && from->column != to->column;
            reverse = from->column > to->column;
        }
        Agedge_t *edge =
            bloc_figure_tie_edge (f, index, reverse ? head : tail, reverse ? tail : head);
        /* Keep every non-actor in one rank, facing the actors. */
        if (!constraint)
            bloc_gv_set (edge, "constraint", "false");
    }
}

gboolean
bloc_view_membership_draw (BlocFigure *f, GError **error)
{
    const BlocDataset *ds = f->ds;
    const BlocScope *scope = &f->o->scope;
    g_autoptr (GHashTable) in_group = g_hash_table_new (g_direct_hash, g_direct_equal);
    g_autoptr (BlocMembership) m = NULL;
    BlocKindSet kinds = 0;
    BlocRoleSet roles = 0;
    guint n_actors = 0;

    if (!bloc_membership_new (&m, ds, scope, error))
        return FALSE;

    if (f->o->group != NULL)
        for (guint i = 0; i < f->o->group->len; i++)
            g_hash_table_add (in_group,
                              GUINT_TO_POINTER (g_array_index (f->o->group, guint, i) + 1));

    /* The nodes first, in the order of the ties, so that their sizes choose the columns. */
    g_autoptr (GArray) ties = bloc_membership_ties (m, f->o->group);
    for (guint i = 0; i < ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, g_array_index (ties, guint, i));
        guint ends[] = { t->from, t->to };
        for (guint k = 0; k < G_N_ELEMENTS (ends); k++)
            bloc_figure_entity_node (
                f, ends[k],
                g_hash_table_contains (in_group, GUINT_TO_POINTER (ends[k] + 1)) ? "group-member"
                                                                                 : NULL);
        roles |= BLOC_ROLE_BIT (t->role);
    }
    /* Group members that take part in nothing still appear: their absence is the point. */
    if (f->o->group != NULL)
        for (guint i = 0; i < f->o->group->len; i++)
            bloc_figure_entity_node (f, g_array_index (f->o->group, guint, i), "group-member");

    /* Every node, by entity, on its side: the actors, and what they take part in. */
    g_autoptr (GHashTable) places =
        g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
    g_autoptr (GPtrArray) actors = g_ptr_array_new ();
    g_autoptr (GPtrArray) others = g_ptr_array_new ();
    for (guint e = 0; e < bloc_dataset_n_entities (ds); e++) {
        Agnode_t *node = g_hash_table_lookup (f->nodes, GUINT_TO_POINTER (e + 1));
        if (node == NULL)
            continue;
        const BlocEntity *entity = bloc_dataset_entity (ds, e);
        Place *p = g_new0 (Place, 1);
        p->entity = e;
        p->node = node;
        estimate (f, p);
        g_hash_table_insert (places, GUINT_TO_POINTER (e + 1), p);
        kinds |= BLOC_KIND_BIT (entity->kind);
        if (scope->actors & BLOC_KIND_BIT (entity->kind)) {
            n_actors++;
            g_ptr_array_add (actors, p);
        } else {
            g_ptr_array_add (others, p);
        }
        if (g_hash_table_contains (in_group, GUINT_TO_POINTER (e + 1)))
            bloc_gv_set (node, "penwidth", "2.6");
    }
    for (guint i = 0; i < ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, g_array_index (ties, guint, i));
        if (!(BLOC_PARTICIPATION_ROLES & BLOC_ROLE_BIT (t->role)))
            continue;
        ((Place *)g_hash_table_lookup (places, GUINT_TO_POINTER (t->from + 1)))->degree++;
        ((Place *)g_hash_table_lookup (places, GUINT_TO_POINTER (t->to + 1)))->degree++;
    }
    bloc_figure_legend_kinds (f, kinds);
    bloc_figure_legend_roles (f, roles);
    if (f->o->group != NULL)
        bloc_figure_legend_row (f, "white", "", T_ (f, "heavy outline: member of the group"));

    /* The longer side wraps into columns around the shorter when that keeps the figure nearer
     * the shape of its page; otherwise the actors face what they take part in. */
    GPtrArray *hub = actors, *spokes = others;
    if (column_height ((Place *const *)actors->pdata, 0, actors->len) >
        column_height ((Place *const *)others->pdata, 0, others->len)) {
        hub = others;
        spokes = actors;
    }
    guint k = choose_columns (f, (Place *const *)hub->pdata, hub->len,
                              (Place *const *)spokes->pdata, spokes->len);
    if (k > 1) {
        place_columns (f, hub, spokes, k);
        draw_ties (f, ties, places);
    } else {
        /* Actors in the first rank, so that the two modes face each other. */
        Agraph_t *rank = bloc_gv_must (agsubg (f->g, "actors", 1));
        bloc_gv_set (rank, "rank", "min");
        for (guint i = 0; i < actors->len; i++)
            bloc_gv_must (agsubnode (rank, ((Place *)g_ptr_array_index (actors, i))->node, 1));
        draw_ties (f, ties, NULL);
    }
    if (bloc_figure_too_large (f, error))
        return FALSE;
    bloc_gv_set (f->g, "rankdir", "LR");
    bloc_gv_set (f->g, "ranksep", "1.6");
    bloc_gv_set (f->g, "nodesep", "0.12");
    g_autofree char *n_actors_text =
        g_strdup_printf (TN_ (f, "%u actor", "%u actors", n_actors), n_actors);
    guint n_others = (guint)f->n_nodes - n_actors;
    g_autofree char *n_others_text =
        g_strdup_printf (TN_ (f, "%u organization, agreement or other entity",
                              "%u organizations, agreements and other entities", n_others),
                         n_others);
    g_autofree char *joined = g_strdup_printf (TN_ (f, "%u tie", "%u ties", ties->len), ties->len);
    /* TRANSLATORS: the membership figure's description: actors, others, ties. */
    const char *format = T_ (f, "Two-mode membership graph: %1$s and %2$s, joined by %3$s; "
                                "shapes show kinds and line styles roles.");
    g_string_append_printf (f->desc, format, n_actors_text, n_others_text, joined);
    return TRUE;
}
