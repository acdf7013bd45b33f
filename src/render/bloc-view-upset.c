/* bloc-view-upset.c: an UpSet plot of the member sets of chosen entities (Lex et al. 2014). A bar
 * for each non-empty exclusive intersection, the largest first; under it, a column of dots that
 * says which sets it combines; on the left, a bar for each set's size. It reads overlaps among
 * more than three sets, where Venn diagrams fail. */
#include "bloc-canvas-private.h"

/* More columns than this are summed up in one legend line. */
#define MAX_COMBINATIONS 40
#define COLUMN           18.0
#define ROW              18.0
#define DOT              5.0
#define BAR_HEIGHT       140.0
#define SET_BAR          110.0
#define LABEL_CHARS      44

#define DARK   "#3b3b3b"
#define LIGHT  "#d9d9d9"
#define STRIPE "#f2f2f2"

/* The sets of the figure: --focus A,B,C, or every entity of the other side the scope keeps (the
 * --top largest). */
static gboolean
choose_sets (GArray **out, const BlocFigure *f, const BlocMembership *m, GError **error)
{
    const BlocRenderOptions *o = f->o;
    g_autoptr (GArray) sets = g_array_new (FALSE, FALSE, sizeof (guint));
    if (o->focus != NULL) {
        g_auto (GStrv) ids = g_strsplit (o->focus, ",", -1);
        for (guint i = 0; ids[i] != NULL; i++) {
            guint index;
            const char *id = g_strstrip (ids[i]);
            if (*id == '\0')
                continue;
            if (!bloc_dataset_find (f->ds, id, &index, error))
                return FALSE;
            g_array_append_val (sets, index);
        }
    } else {
        g_autoptr (GArray) ranked = bloc_membership_rank (m, BLOC_SIDE_OTHERS);
        g_array_append_vals (sets, ranked->data, ranked->len);
    }
    *out = g_steal_pointer (&sets);
    return TRUE;
}

/* "i-" and the ids of the sets of @combo, each encoded, joined with "__". */
static char *
combination_id (const BlocDataset *ds, const BlocIntersections *x, const GArray *combo,
                const char *prefix)
{
    GString *id = g_string_new (prefix);
    for (guint k = 0; k < combo->len; k++) {
        guint set = bloc_intersections_set (x, g_array_index (combo, guint, k));
        g_autofree char *part = bloc_element_id ("", bloc_dataset_entity (ds, set)->id, NULL);
        g_string_append_printf (id, "%s%s", k ? "__" : "", part);
    }
    return g_string_free (id, FALSE);
}

/* The names of the sets of @combo joined with " and ". */
static char *
combination_names (BlocFigure *f, const BlocIntersections *x, const GArray *combo)
{
    GString *s = g_string_new (NULL);
    for (guint k = 0; k < combo->len; k++) {
        const char *name =
            bloc_figure_text_of (f, bloc_intersections_set (x, g_array_index (combo, guint, k)));
        if (k == 0) {
            g_string_append (s, name);
            continue;
        }
        g_autofree char *so_far = g_string_free (g_steal_pointer (&s), FALSE);
        s = g_string_new (NULL);
        g_string_append_printf (
            s,
            k + 1 == combo->len
                /* TRANSLATORS: the last two of a list of names: "A, B and C". */
                ? T_ (f, "%1$s and %2$s")
                : TC_ (f, "list", "%1$s, %2$s"),
            so_far, name);
    }
    return g_string_free (s, FALSE);
}

/* The header and legend, each swatch drawn as what it explains; @shown of the @n_combos
 * combinations are drawn, and those left out hold @hidden_actors. Returns the y below them. */
static double
upset_legend (BlocFigure *f, const char *dark, guint n_sets, guint shown, guint n_combos,
              guint hidden_actors)
{
    double y = bloc_figure_canvas_header (f, 0, 0);
    bloc_canvas_text (f->canvas, 0, y + 16, T_ (f, "Legend"), 10, BLOC_ALIGN_START, FALSE, TRUE,
                      NULL, NULL, "legend", NULL);
    y += 22;
    const BlocSwatch bar = { BLOC_SWATCH_BOX, .fill = dark };
    const BlocSwatch dot_in = { BLOC_SWATCH_NODE, .shape = "circle", .style = "filled",
                                .fill = dark };
    const BlocSwatch dot_out = { BLOC_SWATCH_NODE, .shape = "circle", .style = "filled",
                                 .fill = LIGHT };
    const BlocSwatch blank = { BLOC_SWATCH_BOX, .fill = "#ffffff" };
    y = bloc_figure_canvas_legend_row (
        f, 0, y, &bar,
        /* TRANSLATORS: a legend row of the UpSet plot. */
        T_ (f, "bar above a column: the actors in exactly that combination of the sets"));
    y = bloc_figure_canvas_legend_row (f, 0, y, &dot_in,
                                       /* TRANSLATORS: a legend row of the UpSet plot. */
                                       T_ (f, "dark dot: the set is in the combination"));
    if (n_sets > 1)
        y = bloc_figure_canvas_legend_row (f, 0, y, &dot_out,
                                           /* TRANSLATORS: a legend row of the UpSet plot. */
                                           T_ (f, "light dot: it is not"));
    y = bloc_figure_canvas_legend_row (f, 0, y, &bar,
                                       /* TRANSLATORS: a legend row of the UpSet plot. */
                                       T_ (f, "bar on the left: all the members of the set"));
    if (shown < n_combos) {
        guint more = n_combos - shown;
        g_autofree char *actors =
            g_strdup_printf (TN_ (f, "%u actor", "%u actors", hidden_actors), hidden_actors);
        g_autofree char *text = g_strdup_printf (
            /* TRANSLATORS: a legend row of the UpSet plot: the combinations left out, and how
             * many actors they hold ("12 actors"). */
            TN_ (f, "and %1$u smaller combination (%2$s) not drawn",
                 "and %1$u smaller combinations (%2$s) not drawn", more),
            more, actors);
        y = bloc_figure_canvas_legend_row (f, 0, y, &blank, text);
    }
    return y;
}

/* The sets of @x, one a row from @matrix_top: a bar for each size (the largest, @largest_set,
 * SET_BAR wide), and the name. */
static void
draw_sets (BlocFigure *f, const BlocIntersections *x, const char *dark, double matrix_top,
           guint largest_set)
{
    const BlocDataset *ds = f->ds;
    guint n_sets = bloc_intersections_n_sets (x);
    bloc_canvas_text (f->canvas, SET_BAR, matrix_top + n_sets * ROW + 14,
                      /* TRANSLATORS: the axis of the UpSet plot's bars of the sets' sizes. */
                      TC_ (f, "axis", "members"), 9, BLOC_ALIGN_END, FALSE, FALSE, NULL, NULL,
                      "axis", NULL);
    for (guint s = 0; s < n_sets; s++) {
        guint entity = bloc_intersections_set (x, s), size = bloc_intersections_set_size (x, s);
        const BlocEntity *e = bloc_dataset_entity (ds, entity);
        double w = SET_BAR * size / largest_set, cy = matrix_top + (s + 0.5) * ROW;
        g_autofree char *id = bloc_element_id ("s-", e->id, NULL);
        g_autofree char *label_id = bloc_element_id ("n-", e->id, NULL);
        g_autofree char *title = g_strdup_printf (
            /* TRANSLATORS: the tooltip of a set of the UpSet plot: its name, id and size. */
            TN_ (f, "%1$s (%2$s): %3$u member", "%1$s (%2$s): %3$u members", size),
            bloc_figure_text_of (f, entity), e->id, size);
        g_autofree char *label = bloc_figure_short_text (f, entity, LABEL_CHARS);
        char count[16];
        g_snprintf (count, sizeof count, "%u", size);
        bloc_canvas_rect (f->canvas, SET_BAR - w, cy - ROW * 0.3, w, ROW * 0.6, dark, NULL, 0, id,
                          "bar set", title);
        bloc_canvas_text (f->canvas, SET_BAR - w - 3, cy + 3, count, 8, BLOC_ALIGN_END, FALSE,
                          FALSE, NULL, NULL, "count", NULL);
        bloc_canvas_text (f->canvas, SET_BAR + 12, cy + 3.5, label, 10, BLOC_ALIGN_START, FALSE,
                          FALSE, NULL, label_id, "label set", title);
    }
}

/* The figure's description: the sets of @x, the @in_any actors in any of them, and how many of
 * the combinations are drawn (@shown). */
static void
upset_describe (BlocFigure *f, const BlocIntersections *x, guint shown, guint in_any)
{
    guint n_sets = bloc_intersections_n_sets (x);
    guint n_combos = bloc_intersections_n_combinations (x);
    g_autoptr (GString) tail = g_string_new (NULL);
    if (shown < n_combos)
        g_string_append_printf (
            tail,
            /* TRANSLATORS: in the UpSet plot's description, when some combinations are left out. */
            TN_ (f, " (the %u largest combination is drawn)",
                 " (the %u largest combinations are drawn)", shown),
            shown);
    guint outside = bloc_intersections_n_outside (x);
    if (outside > 0)
        g_string_append_printf (
            tail,
            /* TRANSLATORS: in the UpSet plot's description: the actors in none of the sets. */
            TN_ (f, "; %u takes part in none of them", "; %u take part in none of them", outside),
            outside);
    g_autofree char *entities =
        g_strdup_printf (TN_ (f, "%u entity", "%u entities", n_sets), n_sets);
    g_autofree char *actors = bloc_figure_count_of (f, BLOC_SIDE_ACTORS, in_any);
    g_autofree char *combos =
        g_strdup_printf (TN_ (f, "%u combination", "%u combinations", n_combos), n_combos);
    /* TRANSLATORS: the UpSet plot's description: the sets ("6 entities"), who takes part in any
     * ("40 countries"), in how many combinations ("12 combinations"), then the notes above. */
    g_string_append_printf (f->desc,
                            TN_ (f,
                                 "UpSet plot of the members of %1$s: %2$s takes part in at least "
                                 "one of them, in %3$s; each bar counts those in exactly one "
                                 "combination of the sets, the largest first%4$s.",
                                 "UpSet plot of the members of %1$s: %2$s take part in at least "
                                 "one of them, in %3$s; each bar counts those in exactly one "
                                 "combination of the sets, the largest first%4$s.",
                                 in_any),
                            entities, actors, combos, tail->str);
}

gboolean
bloc_view_upset_draw (BlocFigure *f, GError **error)
{
    const BlocDataset *ds = f->ds;
    const BlocRenderOptions *o = f->o;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (GArray) sets = NULL;
    g_autoptr (BlocIntersections) x = NULL;

    if (!bloc_membership_new (&m, ds, &o->scope, error) || !choose_sets (&sets, f, m, error))
        return FALSE;
    if (!bloc_intersections_compute (&x, m, sets, error))
        return FALSE;
    guint n_sets = bloc_intersections_n_sets (x);
    guint n_combos = bloc_intersections_n_combinations (x);
    guint shown = MIN (n_combos, MAX_COMBINATIONS), hidden_actors = 0, in_any = 0;
    guint largest = 1, largest_set = 1;
    for (guint c = 0; c < n_combos; c++) {
        guint size = bloc_intersections_combination_members (x, c)->len;
        in_any += size;
        if (c >= shown)
            hidden_actors += size;
        largest = MAX (largest, size);
    }
    for (guint s = 0; s < n_sets; s++)
        largest_set = MAX (largest_set, bloc_intersections_set_size (x, s));
    const char *dark = o->theme == BLOC_THEME_MONO ? "#000000" : DARK;

    double y = upset_legend (f, dark, n_sets, shown, n_combos, hidden_actors);

    /* Where things go: set bars, names, then the matrix; intersection bars above it. */
    double names = 0;
    for (guint s = 0; s < n_sets; s++) {
        g_autofree char *label =
            bloc_figure_short_text (f, bloc_intersections_set (x, s), LABEL_CHARS);
        names = MAX (names, bloc_canvas_text_width (f->canvas, label, 10, FALSE));
    }
    double left = ceil (SET_BAR + 12 + names + 8);
    double bars_top = y + 24, matrix_top = bars_top + BAR_HEIGHT + 8;

    /* The intersection bars and their dots. */
    bloc_canvas_text (f->canvas, left - 8, bars_top + 10,
                      /* TRANSLATORS: the axis of the UpSet plot's bars of combinations. */
                      T_ (f, "in exactly these"), 9, BLOC_ALIGN_END, FALSE, FALSE, NULL, NULL,
                      "axis", NULL);
    for (guint s = 0; s < n_sets; s++)
        if (s % 2 == 0)
            bloc_canvas_rect (f->canvas, 0, matrix_top + s * ROW, left + shown * COLUMN, ROW,
                              STRIPE, NULL, 0, NULL, "stripe", NULL);
    for (guint c = 0; c < shown; c++) {
        const GArray *combo = bloc_intersections_combination_sets (x, c);
        const GArray *members = bloc_intersections_combination_members (x, c);
        double cx = left + (c + 0.5) * COLUMN, h = BAR_HEIGHT * members->len / largest;
        g_autofree char *id = combination_id (ds, x, combo, "i-");
        g_autofree char *names_text = combination_names (f, x, combo);
        g_autofree char *who = bloc_figure_join_ids (f, members, 20);
        const char *format =
            combo->len == n_sets
                /* TRANSLATORS: the tooltip of the UpSet bar of every set: the sets, how many
                 * take part in all of them, and who. */
                ? T_ (f, "%1$s: %2$u (%3$s)")
                : combo->len == 1
                      /* TRANSLATORS: the tooltip of an UpSet bar of one set alone. */
                      ? T_ (f, "%1$s only: %2$u (%3$s)")
                      /* TRANSLATORS: the tooltip of an UpSet bar of a combination of sets. */
                      : T_ (f, "%1$s, and none of the other sets: %2$u (%3$s)");
        g_autofree char *title = g_strdup_printf (format, names_text, members->len, who);
        char count[16];
        g_snprintf (count, sizeof count, "%u", members->len);
        bloc_canvas_rect (f->canvas, cx - COLUMN * 0.35, bars_top + BAR_HEIGHT - h, COLUMN * 0.7, h,
                          dark, NULL, 0, id, "bar intersection", title);
        bloc_canvas_text (f->canvas, cx, bars_top + BAR_HEIGHT - h - 3, count, 8, BLOC_ALIGN_MIDDLE,
                          FALSE, FALSE, NULL, NULL, "count", NULL);
        /* The dots, and a line through those of the sets combined. */
        guint first = g_array_index (combo, guint, 0),
              last = g_array_index (combo, guint, combo->len - 1);
        if (combo->len > 1)
            bloc_canvas_line (f->canvas, cx, matrix_top + (first + 0.5) * ROW, cx,
                              matrix_top + (last + 0.5) * ROW, dark, 2, "link");
        for (guint s = 0, k = 0; s < n_sets; s++) {
            gboolean in = k < combo->len && g_array_index (combo, guint, k) == s;
            double cy = matrix_top + (s + 0.5) * ROW;
            if (!in) {
                bloc_canvas_circle (f->canvas, cx, cy, DOT, LIGHT, NULL, 0, NULL, "dot out", NULL);
                continue;
            }
            k++;
            const BlocEntity *set = bloc_dataset_entity (ds, bloc_intersections_set (x, s));
            /* The set is one of the combination's, so these never collide. */
            g_autofree char *dot_id = combination_id (ds, x, combo, "d-");
            g_autofree char *set_id = bloc_element_id ("", set->id, NULL);
            g_autofree char *did = g_strdup_printf ("%s__%s", dot_id, set_id);
            g_autofree char *dot_title = g_strdup_printf (
                /* TRANSLATORS: the tooltip of a dark dot of the UpSet plot: the set. */
                T_ (f, "%s: in this combination"),
                bloc_figure_text_of (f, bloc_intersections_set (x, s)));
            bloc_canvas_circle (f->canvas, cx, cy, DOT, dark, NULL, 0, did, "dot in", dot_title);
        }
    }

    draw_sets (f, x, dark, matrix_top, largest_set);

    upset_describe (f, x, shown, in_any);
    return TRUE;
}
