/* bloc-view-incidence.c: actors × what they take part in, for any set of actors (--group, --top,
 * --kinds). Rows by number of memberships and columns by number of members, the most first: a
 * nested pattern (those who join less join subsets of what others join) then fills the upper
 * left triangle, and its NODF is stated. */
#include <math.h>

#include "bloc-canvas-private.h"
#include "bloc-output.h"
#include "bloc-stats.h"

/* The messages of a refusal (standard error stays English; the figure's words go through T_). */
#define W_NOTHING "no actors to draw (expected some in the year and kinds asked for)"
#define W_TOO_LARGE                                                                                \
    "the incidence view would draw %u rows, %u columns and %u cells, more than a figure holds "    \
    "(expected at most %u, %u and %u; try %s)"

#define MAX_ROWS    600
#define MAX_COLUMNS 800
#define MAX_CELLS   55000
#define LABEL_CHARS 36

/* A role that means taking part fully. */
static gboolean
full_role (BlocRole role)
{
    return role == BLOC_ROLE_MEMBER || role == BLOC_ROLE_PARTY || role == BLOC_ROLE_SIGNATORY ||
           role == BLOC_ROLE_PARTICIPANT;
}

/* The --top that keeps the figure within its limits: rows in rank order until the columns or
 * cells would overflow. */
static guint
top_that_fits (const BlocMembership *m, const GArray *rows)
{
    guint n_vertices = bloc_membership_n_vertices (m), columns = 0, cells = 0, best = 0;
    g_autofree gboolean *seen = g_new0 (gboolean, n_vertices + 1);
    for (guint i = 0; i < rows->len && i < MAX_ROWS; i++) {
        guint v = (guint)bloc_membership_vertex (m, g_array_index (rows, guint, i));
        for (igraph_integer_t k = m->nbr_start[v]; k < m->nbr_start[v + 1]; k++) {
            cells++;
            if (!seen[m->nbr[k]]) {
                seen[m->nbr[k]] = TRUE;
                columns++;
            }
        }
        if (columns > MAX_COLUMNS || cells > MAX_CELLS)
            break;
        best = i + 1;
    }
    return best;
}

/* Neighbour slots of a row by the column they fall in. */
typedef struct {
    const BlocMembership *m;
    const gint *position;
} ByColumn;

static gint
compare_columns (gconstpointer pa, gconstpointer pb, gpointer data)
{
    const ByColumn *by = data;
    gint a = by->position[by->m->nbr[*(const igraph_integer_t *)pa]];
    gint b = by->position[by->m->nbr[*(const igraph_integer_t *)pb]];
    return a < b ? -1 : a > b;
}

/* The header and the legend of the roles the matrix of @m (@n_rows by @n_columns) draws.
 * Returns the y below them. */
static double
incidence_legend (BlocFigure *f, const BlocMembership *m, guint n_rows, guint n_columns)
{
    const BlocRenderOptions *o = f->o;
    guint n_cells = bloc_membership_n_edges (m);
    /* The roles drawn, for the legend. */
    gboolean any_full = FALSE, any_partial = FALSE;
    for (guint e = 0; e < n_cells; e++) {
        if (full_role ((BlocRole)VECTOR (m->role)[e]))
            any_full = TRUE;
        else
            any_partial = TRUE;
    }
    double y = bloc_figure_canvas_header (f, 0, 0);
    bloc_canvas_text (f->canvas, 0, y + 16, T_ (f, "Legend"), 10, BLOC_ALIGN_START, FALSE, TRUE,
                      NULL, NULL, "legend", NULL);
    y += 22;
    /* The cells' fills, as the gaps matrix has them. */
    const BlocSwatch full = { BLOC_SWATCH_BOX,
                              .fill = bloc_figure_role_fill (o->theme, BLOC_ROLE_MEMBER) };
    const BlocSwatch partial = { BLOC_SWATCH_BOX,
                                 .fill = bloc_figure_role_fill (o->theme, BLOC_ROLE_OBSERVER) };
    const BlocSwatch none = { BLOC_SWATCH_BOX, .fill = "#ffffff" };
    if (any_full)
        y = bloc_figure_canvas_legend_row (
            f, 0, y, &full, T_ (f, "takes part fully (member, party, signatory, participant)"));
    if (any_partial)
        y = bloc_figure_canvas_legend_row (
            f, 0, y, &partial, T_ (f, "takes part partly (observer, associate, partner, ...)"));
    if (n_cells < (guint64)n_rows * n_columns)
        /* TRANSLATORS: a legend row of the incidence matrix: a white cell. */
        y = bloc_figure_canvas_legend_row (f, 0, y, &none, T_ (f, "takes no part"));
    return y;
}

/* The figure's description: the @n_rows rows and @n_columns columns of @m, its cells, and how
 * nested it is. */
static void
incidence_describe (BlocFigure *f, const BlocMembership *m, guint n_rows, guint n_columns)
{
    guint n_cells = bloc_membership_n_edges (m);
    char buf[G_ASCII_DTOSTR_BUF_SIZE];

    /* How nested the drawn matrix is. */
    g_autofree char *nodf = NULL;
    BlocNestednessOptions no;
    bloc_nestedness_options_init (&no);
    no.samples = 0;
    g_autoptr (BlocNestedness) nested = NULL;
    if (bloc_nestedness_compute (&nested, m, &no, NULL) && isfinite (bloc_nestedness_nodf (nested)))
        nodf = g_strdup_printf (
            /* TRANSLATORS: after the incidence matrix's description: its nestedness; the first
             * value is the measure and its source ("NODF, Almeida-Neto et al. 2008"), which
             * stays as it is, the second its value. */
            T_ (f, "; nestedness (%1$s) %2$s of 100"), "NODF, Almeida-Neto et al. 2008",
            g_ascii_formatd (buf, sizeof buf, "%.1f", bloc_nestedness_nodf (nested)));
    g_autofree char *actors = bloc_figure_count_of (f, BLOC_SIDE_ACTORS, n_rows);
    g_autofree char *entities =
        g_strdup_printf (TN_ (f, "%u entity", "%u entities", n_columns), n_columns);
    g_autofree char *memberships =
        g_strdup_printf (TN_ (f, "%u membership", "%u memberships", n_cells), n_cells);
    /* TRANSLATORS: the incidence matrix's description: the rows ("12 countries"), the columns
     * ("30 entities"), the cells ("120 memberships"), then its nestedness or nothing. */
    g_string_append_printf (f->desc,
                            T_ (f, "Incidence matrix of %1$s (rows, by number of memberships) and "
                                   "the %2$s at least one of them takes part in (columns, by "
                                   "number of members): %3$s%4$s."),
                            actors, entities, memberships, nodf ? nodf : "");
}

gboolean
bloc_view_incidence_draw (BlocFigure *f, GError **error)
{
    const BlocDataset *ds = f->ds;
    const BlocRenderOptions *o = f->o;
    g_autoptr (BlocMembership) m = NULL;

    if (!bloc_membership_new (&m, ds, &o->scope, error))
        return FALSE;
    g_autoptr (GArray) rows = bloc_membership_rank (m, BLOC_SIDE_ACTORS);
    g_autoptr (GArray) ranked = bloc_membership_rank (m, BLOC_SIDE_OTHERS);
    g_autoptr (GArray) columns = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint i = 0; i < ranked->len; i++) {
        guint entity = g_array_index (ranked, guint, i);
        if (bloc_membership_degree (m, (guint)bloc_membership_vertex (m, entity)) > 0)
            g_array_append_val (columns, entity);
    }
    guint n_cells = bloc_membership_n_edges (m);
    if (rows->len == 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, W_NOTHING);
        return FALSE;
    }
    if (rows->len > MAX_ROWS || columns->len > MAX_COLUMNS || n_cells > MAX_CELLS) {
        g_autofree char *try = g_strdup_printf ("--top %u, or --kinds", top_that_fits (m, rows));
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, W_TOO_LARGE, rows->len, columns->len,
                     n_cells, MAX_ROWS, MAX_COLUMNS, MAX_CELLS, try);
        return FALSE;
    }

    /* Where each entity goes. */
    guint n_vertices = bloc_membership_n_vertices (m);
    g_autofree gint *position = g_new (gint, n_vertices + 1);
    for (guint v = 0; v < n_vertices; v++)
        position[v] = -1;
    for (guint j = 0; j < columns->len; j++)
        position[bloc_membership_vertex (m, g_array_index (columns, guint, j))] = (gint)j;

    double cell = CLAMP (floor (900.0 / MAX (rows->len, columns->len)), 5, 16);
    double font = MIN (cell * 0.85, 10), gap = cell >= 10 ? 1 : 0;
    double row_label = 0, column_label = 0;
    for (guint i = 0; i < rows->len; i++) {
        g_autofree char *text =
            bloc_figure_short_text (f, g_array_index (rows, guint, i), LABEL_CHARS);
        row_label = MAX (row_label, bloc_canvas_text_width (f->canvas, text, font, FALSE));
    }
    for (guint j = 0; j < columns->len; j++) {
        g_autofree char *text =
            bloc_figure_short_text (f, g_array_index (columns, guint, j), LABEL_CHARS);
        column_label = MAX (column_label, bloc_canvas_text_width (f->canvas, text, font, FALSE));
    }

    double y = incidence_legend (f, m, rows->len, columns->len);

    double left = ceil (row_label + 6), top = ceil (y + 10 + column_label + 6);
    for (guint j = 0; j < columns->len; j++) {
        guint entity = g_array_index (columns, guint, j);
        const BlocEntity *e = bloc_dataset_entity (ds, entity);
        g_autofree char *label = bloc_figure_short_text (f, entity, LABEL_CHARS);
        g_autofree char *id = bloc_element_id ("h-", e->id, NULL);
        guint degree = bloc_membership_degree (m, (guint)bloc_membership_vertex (m, entity));
        g_autofree char *title = g_strdup_printf (
            /* TRANSLATORS: a column's tooltip in the incidence matrix: the name, the id, and how
             * many of the rows take part in it. */
            TN_ (f, "%1$s (%2$s): %3$u of the %4$u row", "%1$s (%2$s): %3$u of the %4$u rows",
                 rows->len),
            bloc_figure_text_of (f, entity), e->id, degree, rows->len);
        bloc_canvas_text (f->canvas, left + (j + 0.5) * cell + 0.35 * font, top - 3, label, font,
                          BLOC_ALIGN_START, TRUE, FALSE, NULL, id, "label column", title);
    }
    for (guint i = 0; i < rows->len; i++) {
        guint entity = g_array_index (rows, guint, i);
        const BlocEntity *e = bloc_dataset_entity (ds, entity);
        guint v = (guint)bloc_membership_vertex (m, entity);
        g_autofree char *label = bloc_figure_short_text (f, entity, LABEL_CHARS);
        g_autofree char *id = bloc_element_id ("r-", e->id, NULL);
        g_autofree char *title = g_strdup_printf (
            /* TRANSLATORS: a row's tooltip in the incidence matrix: the name, the id, and in how
             * many of the columns it takes part. */
            TN_ (f, "%1$s (%2$s): %3$u of the %4$u column", "%1$s (%2$s): %3$u of the %4$u columns",
                 columns->len),
            bloc_figure_text_of (f, entity), e->id, bloc_membership_degree (m, v), columns->len);
        double row_top = top + i * cell;
        bloc_canvas_text (f->canvas, left - 3, row_top + cell / 2 + 0.35 * font, label, font,
                          BLOC_ALIGN_END, FALSE, FALSE, NULL, id, "label row", title);
        /* The cells, left to right. */
        g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (igraph_integer_t));
        for (igraph_integer_t k = m->nbr_start[v]; k < m->nbr_start[v + 1]; k++)
            g_array_append_val (order, k);
        ByColumn by = { m, position };
        g_array_sort_with_data (order, compare_columns, &by);
        for (guint a = 0; a < order->len; a++) {
            igraph_integer_t k = g_array_index (order, igraph_integer_t, a);
            guint other = bloc_membership_entity (m, (guint)m->nbr[k]);
            BlocRole role = (BlocRole)VECTOR (m->role)[m->nbr_edge[k]];
            const BlocEntity *oe = bloc_dataset_entity (ds, other);
            g_autofree char *cid = bloc_element_id ("c-", e->id, oe->id, NULL);
            g_autofree char *cls = g_strdup_printf ("cell %s", bloc_role_to_string (role));
            g_autofree char *ctitle = g_strdup_printf (
                /* TRANSLATORS: a cell's tooltip in the incidence matrix: "Kazakhstan: member of
                 * CSTO". */
                T_ (f, "%1$s: %2$s of %3$s"), bloc_figure_text_of (f, entity),
                bloc_figure_role_word (f, role), bloc_figure_text_of (f, other));
            bloc_canvas_rect (f->canvas, left + position[m->nbr[k]] * cell, row_top, cell - gap,
                              cell - gap, bloc_figure_role_fill (o->theme, role), NULL, 0, cid, cls,
                              ctitle);
        }
    }

    incidence_describe (f, m, rows->len, columns->len);
    return TRUE;
}
