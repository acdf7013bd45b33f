/* bloc-view-timeline.c: joins and exits on a year axis, one box per (year, entity, change,
 * role). */
#include "bloc-render-private.h"
#include "bloc-text.h"

/* Whether the timeline view draws a change: within the years asked for, by an actor (or any
 * entity when the timeline has a focus), and for an exit, one the tie itself records (a member
 * leaving), not the end of a one-off event. */
static gboolean
timeline_shows (const BlocFigure *f, const BlocChange *c, gint focus)
{
    const BlocRenderOptions *o = f->o;
    /* --year Y draws the story up to Y. */
    int to = o->to_year ? o->to_year : (o->scope.year != BLOC_YEAR_ALL ? o->scope.year : 0);
    if ((o->from_year && c->year < o->from_year) || (to && c->year > to))
        return FALSE;
    if (focus < 0 &&
        !(o->scope.actors & BLOC_KIND_BIT (bloc_dataset_entity (f->ds, c->from)->kind)))
        return FALSE;
    if (c->change == BLOC_CHANGE_EXIT) {
        const BlocTie *t = bloc_dataset_tie (f->ds, c->tie);
        return t->until.year != 0 && t->until.year == t->end_year;
    }
    return TRUE;
}

/* The axis as it is drawn: the last year node and its rank. */
typedef struct {
    Agraph_t *rank;
    Agnode_t *node;
    int year;
} Axis;

/* Puts @year on the axis after the previous one, in a rank of its own. */
static void
axis_add_year (BlocFigure *f, Axis *axis, int year)
{
    char name[16];
    g_snprintf (name, sizeof name, "%d", year);
    g_autofree char *id = g_strdup_printf ("y-%d", year);
    Agnode_t *node = bloc_gv_must (agnode (f->g, id, 1));
    f->n_nodes++;
    bloc_gv_set (node, "shape", "plaintext");
    bloc_gv_set (node, "id", id);
    bloc_gv_set (node, "class", "year");
    bloc_gv_set (node, "fontsize", "13");
    bloc_gv_set_html (node, "label", name);
    bloc_figure_add_title (f, id, g_strdup_printf ("%d", year));
    if (axis->node != NULL) {
        g_autofree char *eid = g_strdup_printf ("axis-%d-%d", axis->year, year);
        Agedge_t *e = bloc_gv_must (agedge (f->g, axis->node, node, eid, 1));
        bloc_gv_set (e, "id", eid);
        bloc_gv_set (e, "class", "axis");
        bloc_gv_set (e, "penwidth", "2");
        bloc_gv_set (e, "color", "#777777");
        bloc_figure_add_title (f, eid, g_strdup_printf ("%d to %d", axis->year, year));
    }
    axis->node = node;
    axis->year = year;
    g_autofree char *rank_name = g_strdup_printf ("year-%d", year);
    axis->rank = bloc_gv_must (agsubg (f->g, rank_name, 1));
    bloc_gv_set (axis->rank, "rank", "same");
    bloc_gv_must (agsubnode (axis->rank, node, 1));
}

/* The box @id of change @c by the entities @who, in the year's rank of @axis. */
static void
add_event (BlocFigure *f, const Axis *axis, const char *id, const BlocChange *c, const GArray *who)
{
    const BlocDataset *ds = f->ds;
    Agnode_t *event = bloc_gv_must (agnode (f->g, (char *)id, 1));
    gboolean join = c->change == BLOC_CHANGE_JOIN;
    g_autoptr (GString) label = g_string_new (join ? "<B>+ </B>" : "<B>\xe2\x88\x92 </B>");
    g_autoptr (GString) title = g_string_new (NULL);
    const char *role = bloc_role_to_string (c->role);

    f->n_nodes++;
    bloc_label_append (label, bloc_figure_label_of (f, c->to), 24);
    bloc_label_line_break (label, bloc_text_starts_rtl (bloc_figure_label_of (f, c->to)));
    g_string_append_printf (label, "<FONT POINT-SIZE=\"9\">%s: ", role);
    g_string_append_printf (title, "%d: ", c->year);
    for (guint k = 0; k < who->len; k++) {
        guint w = g_array_index (who, guint, k);
        g_string_append (label, k ? (k % 8 == 0 ? ",<BR/>" : ", ") : "");
        bloc_label_append (label, bloc_dataset_entity (ds, w)->id, 0);
        g_string_append_printf (title, "%s%s", k ? ", " : "", bloc_figure_text_of (f, w));
    }
    g_string_append (label, "</FONT>");
    g_string_append_printf (title, " %s %s of %s", join ? "join as" : "leave as", role,
                            bloc_figure_text_of (f, c->to));
    bloc_gv_set_html (event, "label", label->str);
    bloc_gv_set (event, "id", id);
    bloc_gv_set (event, "class", join ? "join" : "exit");
    bloc_gv_set (event, "shape", "box");
    bloc_gv_set (event, "style", join ? "rounded,filled" : "rounded,filled,dashed");
    if (f->o->theme == BLOC_THEME_MONO) {
        bloc_gv_set (event, "fillcolor", join ? "white" : "#dddddd");
        bloc_gv_set (event, "color", "black");
    } else {
        BlocColour colour = bloc_style_palette (join ? 0 : 5);
        bloc_gv_set (event, "fillcolor", colour.fill);
        bloc_gv_set (event, "color", colour.line);
    }
    bloc_figure_add_title (f, id, g_string_free (g_steal_pointer (&title), FALSE));
    bloc_gv_must (agsubnode (axis->rank, event, 1));
    g_autofree char *eid = g_strdup_printf ("%s-at", id);
    Agedge_t *e = bloc_gv_must (agedge (f->g, axis->node, event, eid, 1));
    bloc_gv_set (e, "id", eid);
    bloc_gv_set (e, "class", "at");
    bloc_gv_set (e, "style", "invis");
    bloc_figure_add_title (f, eid, g_strdup_printf ("%d", c->year));
}

/* Draws the changes shown; returns how many boxes. */
static guint
draw_changes (BlocFigure *f, const GArray *changes, gint focus)
{
    const BlocDataset *ds = f->ds;
    Axis axis = { 0 };
    guint n_events = 0;

    for (guint i = 0; i < changes->len; i++) {
        const BlocChange *c = &g_array_index (changes, BlocChange, i);
        if (!timeline_shows (f, c, focus))
            continue;
        if (c->year != axis.year)
            axis_add_year (f, &axis, c->year);
        /* One box per year, change, entity and role: the first change of the group draws it. */
        char year[16];
        g_snprintf (year, sizeof year, "%d", c->year);
        g_autofree char *id = bloc_element_id ("t-", year, bloc_change_to_string (c->change),
                                               bloc_dataset_entity (ds, c->to)->id,
                                               bloc_role_to_string (c->role), NULL);
        if (agnode (f->g, id, 0) != NULL)
            continue;
        /* The participants, by id (the timeline's order within a year is from-id, to-id, role). */
        g_autoptr (GArray) who = g_array_new (FALSE, FALSE, sizeof (guint));
        for (guint j = i; j < changes->len; j++) {
            const BlocChange *d = &g_array_index (changes, BlocChange, j);
            if (d->year != c->year || d->change != c->change)
                break;
            if (d->to == c->to && d->role == c->role && timeline_shows (f, d, focus))
                g_array_append_val (who, d->from);
        }
        add_event (f, &axis, id, c, who);
        n_events++;
    }
    return n_events;
}

gboolean
bloc_view_timeline_draw (BlocFigure *f, GError **error)
{
    const BlocDataset *ds = f->ds;
    const BlocRenderOptions *o = f->o;
    gint focus = -1;
    guint index;

    if (o->focus != NULL) {
        if (!bloc_dataset_find (ds, o->focus, &index, error))
            return FALSE;
        focus = (gint)index;
    }
    guint undated = 0;
    g_autoptr (GArray) changes = bloc_timeline (ds, focus, o->scope.roles, &undated);
    guint n_events = draw_changes (f, changes, focus);
    if (f->n_nodes == 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "no joins or exits to draw (expected dated ties in the years asked for)");
        return FALSE;
    }
    if (bloc_figure_too_large (f, error))
        return FALSE;
    bloc_gv_set (f->g, "rankdir", "TB");
    bloc_gv_set (f->g, "ranksep", "0.35");
    bloc_gv_set (f->g, "nodesep", "0.15");
    bloc_gv_set (f->g, "newrank", "true");
    if (o->theme == BLOC_THEME_MONO) {
        bloc_figure_legend_row (f, "white", "+", "joins (solid box), with the role and who");
        bloc_figure_legend_row (f, "#dddddd", "\xe2\x88\x92", "leaves (dashed box)");
    } else {
        bloc_figure_legend_row (f, bloc_style_palette (0).fill, "+",
                                "joins, with the role and who");
        bloc_figure_legend_row (f, bloc_style_palette (5).fill, "\xe2\x88\x92",
                                "leaves (dashed box)");
    }
    if (undated > 0) {
        g_autofree char *text = g_strdup_printf ("%u %s with no start date: no join shown", undated,
                                                 undated == 1 ? "tie" : "ties");
        bloc_figure_legend_row (f, "white", "?", text);
    }
    g_string_append_printf (f->desc,
                            "Joins and exits by year%s%s: %u changes grouped by entity and role.",
                            focus >= 0 ? " of " : "",
                            focus >= 0 ? bloc_figure_text_of (f, (guint)focus) : "", n_events);
    return TRUE;
}
