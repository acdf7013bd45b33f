/* bloc-view-upset.c: an UpSet plot of the member sets of chosen entities (Lex et al. 2014). A bar
 * for each non-empty exclusive intersection, the largest first; under it, a column of dots that
 * says which sets it combines; on the left, a bar for each set's size. It reads overlaps among
 * more than three sets, where Venn diagrams fail. */
#include "bloc-canvas-private.h"

/* The words of the figure, in one place. */
#define W_LEGEND      "Legend"
#define W_BAR         "bar above a column: the actors in exactly that combination of the sets"
#define W_IN          "dark dot: the set is in the combination"
#define W_OUT         "light dot: it is not"
#define W_SET_BAR     "bar on the left: all the members of the set"
#define W_HIDDEN      "%u smaller combinations (%u actors) not drawn"
#define W_AXIS_COMBO  "in exactly these"
#define W_AXIS_SETS   "members"
#define W_COMBO_TITLE "%s, and none of the other sets: %u (%s)"
#define W_ONLY_TITLE  "%s only: %u (%s)"
#define W_ALL_TITLE   "%s: %u (%s)"
#define W_SET_TITLE   "%s (%s): %u members"
#define W_DOT_IN      "%s: in this combination"
#define W_AND         " and "
#define W_COUNTRIES   "countries"
#define W_ACTORS      "actors"
#define W_DESC                                                                                     \
    "UpSet plot of the members of %u entities: %u %s take part in at least one of them, in %u "    \
    "combinations; each bar counts those in exactly one combination of the sets, the largest "     \
    "first%s."
#define W_DESC_HIDDEN  " (the %u largest combinations are drawn)"
#define W_DESC_OUTSIDE "; %u take part in none of them"

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
    for (guint k = 0; k < combo->len; k++)
        g_string_append_printf (
            s, "%s%s",
            k == 0                ? ""
            : k + 1 == combo->len ? W_AND
                                  : ", ",
            bloc_figure_text_of (f, bloc_intersections_set (x, g_array_index (combo, guint, k))));
    return g_string_free (s, FALSE);
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

    /* The header and legend. */
    double y = bloc_figure_canvas_header (f, 0, 0);
    bloc_canvas_text (f->canvas, 0, y + 16, W_LEGEND, 10, BLOC_ALIGN_START, FALSE, TRUE, NULL, NULL,
                      "legend", NULL);
    y += 22;
    y = bloc_figure_canvas_legend_row (f, 0, y, BLOC_SWATCH_BOX, dark, NULL, W_BAR);
    y = bloc_figure_canvas_legend_row (f, 0, y, BLOC_SWATCH_DOT, dark, NULL, W_IN);
    if (n_sets > 1)
        y = bloc_figure_canvas_legend_row (f, 0, y, BLOC_SWATCH_DOT, LIGHT, NULL, W_OUT);
    y = bloc_figure_canvas_legend_row (f, 0, y, BLOC_SWATCH_BOX, dark, NULL, W_SET_BAR);
    if (shown < n_combos) {
        g_autofree char *text = g_strdup_printf (W_HIDDEN, n_combos - shown, hidden_actors);
        y = bloc_figure_canvas_legend_row (f, 0, y, BLOC_SWATCH_BOX, "#ffffff", NULL, text);
    }

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
    bloc_canvas_text (f->canvas, left - 8, bars_top + 10, W_AXIS_COMBO, 9, BLOC_ALIGN_END, FALSE,
                      FALSE, NULL, NULL, "axis", NULL);
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
        g_autofree char *who = bloc_dataset_join_ids (ds, members, ", ", 20);
        g_autofree char *title =
            combo->len == n_sets ? g_strdup_printf (W_ALL_TITLE, names_text, members->len, who)
            : combo->len == 1    ? g_strdup_printf (W_ONLY_TITLE, names_text, members->len, who)
                                 : g_strdup_printf (W_COMBO_TITLE, names_text, members->len, who);
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
            g_autofree char *dot_title =
                g_strdup_printf (W_DOT_IN, bloc_figure_text_of (f, bloc_intersections_set (x, s)));
            bloc_canvas_circle (f->canvas, cx, cy, DOT, dark, NULL, 0, did, "dot in", dot_title);
        }
    }

    /* The sets: a bar for each size, and the name. */
    bloc_canvas_text (f->canvas, SET_BAR, matrix_top + n_sets * ROW + 14, W_AXIS_SETS, 9,
                      BLOC_ALIGN_END, FALSE, FALSE, NULL, NULL, "axis", NULL);
    for (guint s = 0; s < n_sets; s++) {
        guint entity = bloc_intersections_set (x, s), size = bloc_intersections_set_size (x, s);
        const BlocEntity *e = bloc_dataset_entity (ds, entity);
        double w = SET_BAR * size / largest_set, cy = matrix_top + (s + 0.5) * ROW;
        g_autofree char *id = bloc_element_id ("s-", e->id, NULL);
        g_autofree char *label_id = bloc_element_id ("n-", e->id, NULL);
        g_autofree char *title =
            g_strdup_printf (W_SET_TITLE, bloc_figure_text_of (f, entity), e->id, size);
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

    g_autofree char *hidden =
        shown < n_combos ? g_strdup_printf (W_DESC_HIDDEN, shown) : g_strdup ("");
    guint outside = bloc_intersections_n_outside (x);
    g_autofree char *none = outside ? g_strdup_printf (W_DESC_OUTSIDE, outside) : g_strdup ("");
    g_autofree char *tail = g_strconcat (hidden, none, NULL);
    g_string_append_printf (f->desc, W_DESC, n_sets, in_any,
                            o->scope.actors == BLOC_KIND_BIT (BLOC_KIND_COUNTRY) ? W_COUNTRIES
                                                                                 : W_ACTORS,
                            n_combos, tail);
    return TRUE;
}
