/* bloc-view-matrix.c: the co-membership matrix as a heatmap. A row and a column per actor (or,
 * between organizations, per organization), ordered so that blocs show as dark squares on the
 * diagonal; each cell coloured by the pair's overlap measure, in classes of a sequential scale
 * that reads in greyscale too. */
#include <math.h>

#include "bloc-canvas-private.h"
#include "bloc-output.h"
#include "bloc-text.h"

#include <stdlib.h>
#include <string.h>

/* The messages of a refusal (standard error stays English; the figure's words go through T_). */
#define W_NOTHING "no %ss to draw (expected some in the year and kinds asked for)"
#define W_TOO_MANY                                                                                 \
    "the matrix view would have %u rows of %s, more than a figure holds (expected at most %u; "    \
    "try %s)"
#define W_TOO_LARGE                                                                                \
    "the matrix view would draw %u pairs of %u %s in about %.1f MB of SVG (expected at most "      \
    "9.5 MB; try %s)"

/* More rows than this make a figure of over 80 inches, and a seriation of over a second. */
#define MAX_ROWS 1000
/* A figure stays under 10 MB of SVG, at about this many bytes per cell and label besides the
 * names in their tooltips (measured on the COW data). */
#define MAX_SVG_BYTES 9.5e6
#define CELL_BYTES    150
#define LABEL_BYTES   150
/* Labels longer than this are cut; the tooltip keeps the whole name. */
#define LABEL_CHARS 36

/* Seven classes from light to dark: ColorBrewer's YlGnBu (Brewer 2003, colorbrewer2.org), whose
 * lightness falls steadily, so that it reads in greyscale and with the common colour-vision
 * deficiencies; and greys for the mono theme. */
static const char *const scale_colour[] = { "#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4",
                                            "#1d91c0", "#225ea8", "#0c2c84" };
static const char *const scale_grey[] = { "#f0f0f0", "#d9d9d9", "#bdbdbd", "#969696",
                                          "#737373", "#525252", "#252525" };
#define N_CLASSES     7
#define DIAGONAL_FILL "#9a9a9a"
#define FRAME_COLOUR  "#d55e00"
#define FRAME_MONO    "#000000"

/* What the view draws, and what it computes to draw it. */
typedef struct {
    BlocMembership *m;
    BlocProjection *p;
    BlocCommunities *c;
    GArray *order;    /* projection vertices in display order */
    guint *community; /* vertex -> community rank (community order only) */
    guint n_communities;
    double lo, hi;  /* the smallest and largest value drawn */
    guint n_drawn;  /* pairs drawn (each twice) */
    guint n_pairs;  /* pairs with any shared affiliation */
    gboolean count; /* the measure is a whole number */
    double bounds[N_CLASSES + 1];
    guint n_classes;
} Matrix;

static void
matrix_clear (Matrix *x)
{
    g_clear_pointer (&x->order, g_array_unref);
    g_clear_pointer (&x->community, g_free);
    g_clear_pointer (&x->c, bloc_communities_free);
    g_clear_pointer (&x->p, bloc_projection_free);
    g_clear_pointer (&x->m, bloc_membership_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Matrix, matrix_clear)

static double
value_of (const BlocFigure *f, const Matrix *x, guint e)
{
    return bloc_projection_value (x->p, e, f->o->weight);
}

/* The classes: whole numbers in equal runs (one per value when there are few), or seven equal
 * intervals of [lo, hi]. */
static void
make_classes (Matrix *x)
{
    if (x->count) {
        double span = x->hi - x->lo + 1;
        x->n_classes = (guint)MIN (span, N_CLASSES);
        for (guint k = 0; k <= x->n_classes; k++)
            x->bounds[k] = x->lo + floor (span * k / x->n_classes);
        return;
    }
    x->n_classes = x->hi > x->lo ? N_CLASSES : 1;
    for (guint k = 0; k <= x->n_classes; k++)
        x->bounds[k] = x->lo + (x->hi - x->lo) * k / x->n_classes;
}

static guint
class_of (const Matrix *x, double v)
{
    guint k = 0;
    while (k + 1 < x->n_classes && v >= x->bounds[k + 1])
        k++;
    return k;
}

static const char *
class_fill (const BlocFigure *f, const Matrix *x, guint k)
{
    /* Fewer classes than colours: spread them over the scale. */
    guint index = x->n_classes > 1 ? k * (N_CLASSES - 1) / (x->n_classes - 1) : N_CLASSES / 2;
    return f->o->theme == BLOC_THEME_MONO ? scale_grey[index] : scale_colour[index];
}

/* "1 to 5", "0.12 to 0.25"; a class of one whole number is that number. */
static char *
class_text (const BlocFigure *f, const Matrix *x, guint k)
{
    /* TRANSLATORS: a class of the matrix's colour scale: "1 to 5", "0.12 to 0.25". */
    const char *range = T_ (f, "%1$s to %2$s");
    char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];
    if (x->count) {
        double first = x->bounds[k], last = k + 1 == x->n_classes ? x->hi : x->bounds[k + 1] - 1;
        g_ascii_formatd (a, sizeof a, "%.0f", first);
        if (last <= first)
            return g_strdup (a);
        return g_strdup_printf (range, a, g_ascii_formatd (b, sizeof b, "%.0f", last));
    }
    return g_strdup_printf (range, g_ascii_formatd (a, sizeof a, "%.2f", x->bounds[k]),
                            g_ascii_formatd (b, sizeof b, "%.2f", x->bounds[k + 1]));
}

/* The projection vertex of @entity. */
static guint
vertex_of (const BlocFigure *f, const Matrix *x, guint entity)
{
    guint first = f->o->between == BLOC_SIDE_ACTORS ? 0 : bloc_membership_n_actors (x->m);
    return (guint)bloc_membership_vertex (x->m, entity) - first;
}

/* The bytes of SVG a pair's two cells take: the element, its id and its tooltip with both names
 * (@names[v]: the length of vertex v's name). */
static double
pair_bytes (const BlocFigure *f, const Matrix *x, guint e, const gsize *names)
{
    guint a, b;
    bloc_projection_edge (x->p, e, &a, &b);
    double tooltip = names[vertex_of (f, x, a)] + names[vertex_of (f, x, b)];
    return 2 * (CELL_BYTES + (x->count ? 0 : 16) + tooltip);
}

typedef struct {
    double value, bytes;
    guint top; /* the worse rank of the two ends, from 1 */
} Pair;

static int
compare_stronger (const void *pa, const void *pb)
{
    const Pair *a = pa, *b = pb;
    return a->value > b->value ? -1 : a->value < b->value;
}

/* Refuses a matrix whose SVG would pass MAX_SVG_BYTES, with the --top and --min that bring it
 * under. */
static gboolean
check_size (const Matrix *x, const BlocFigure *f, GError **error)
{
    const BlocRenderOptions *o = f->o;
    guint n = bloc_projection_n_vertices (x->p), n_edges = bloc_projection_n_edges (x->p);
    g_autofree gsize *names = g_new0 (gsize, n + 1);
    double fixed = 0, bytes = 0;
    for (guint v = 0; v < n; v++) {
        names[v] = strlen (bloc_figure_text_of (f, bloc_projection_entity (x->p, v)));
        /* The diagonal cell and the two labels. */
        fixed += CELL_BYTES + names[v] + 2 * (LABEL_BYTES + 2 * names[v]);
    }
    g_autoptr (GArray) ranked = bloc_membership_rank (x->m, o->between);
    g_autofree guint *rank = g_new0 (guint, n + 1);
    for (guint i = 0; i < ranked->len; i++)
        rank[vertex_of (f, x, g_array_index (ranked, guint, i))] = i + 1;
    g_autofree Pair *pairs = g_new (Pair, n_edges + 1);
    guint drawn = 0;
    for (guint e = 0; e < n_edges; e++) {
        double v = value_of (f, x, e);
        if (!(v >= o->min_weight) || !(v > 0))
            continue;
        guint a, b;
        bloc_projection_edge (x->p, e, &a, &b);
        pairs[drawn] = (Pair){ v, pair_bytes (f, x, e, names),
                               MAX (rank[vertex_of (f, x, a)], rank[vertex_of (f, x, b)]) };
        bytes += pairs[drawn++].bytes;
    }
    if (n <= MAX_ROWS && fixed + bytes <= MAX_SVG_BYTES)
        return TRUE;

    /* --top k draws the pairs whose ends both rank k or better, and k rows. */
    g_autofree double *below = g_new0 (double, n + 2);
    for (guint i = 0; i < drawn; i++)
        below[pairs[i].top] += pairs[i].bytes;
    guint top = 0;
    double sum = 0, per_row = fixed / MAX (n, 1);
    for (guint k = 1; k <= MIN (n, MAX_ROWS); k++) {
        sum += below[k];
        if (sum + k * per_row <= MAX_SVG_BYTES)
            top = k;
    }
    /* --min t draws the pairs of t or more: the smallest t that fits. */
    qsort (pairs, drawn, sizeof *pairs, compare_stronger);
    double least = NAN;
    sum = fixed;
    for (guint i = 0; i < drawn;) {
        guint j = i;
        while (j < drawn && pairs[j].value == pairs[i].value)
            sum += pairs[j++].bytes;
        if (sum > MAX_SVG_BYTES)
            break;
        least = pairs[i].value;
        i = j;
    }
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_autofree char *min =
        isnan (least) ? g_strdup ("")
                      : g_strdup_printf (" or --min %s", bloc_figure_format_at_least (buf, least));
    g_autofree char *try = g_strdup_printf ("--top %u%s", top, n > MAX_ROWS ? "" : min);
    if (n > MAX_ROWS)
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, W_TOO_MANY, n,
                     o->between == BLOC_SIDE_ACTORS ? "actors" : "organizations", MAX_ROWS, try);
    else
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, W_TOO_LARGE, drawn, n,
                     o->between == BLOC_SIDE_ACTORS ? "actors" : "organizations",
                     (fixed + bytes) / 1e6, try);
    return FALSE;
}

static gboolean
matrix_compute (Matrix *x, BlocFigure *f, GError **error)
{
    const BlocRenderOptions *o = f->o;
    /* No shared lists: a cell's tooltip gives the count. */
    const BlocProjectionOptions lean = { .weighted = o->weight == BLOC_OVERLAP_WEIGHTED };
    if (!bloc_membership_new (&x->m, f->ds, &o->scope, error) ||
        !bloc_projection_new_full (&x->p, x->m, o->between, &lean, error))
        return FALSE;
    guint n = bloc_projection_n_vertices (x->p), n_edges = bloc_projection_n_edges (x->p);
    x->count = o->weight == BLOC_OVERLAP_COUNT;
    x->lo = G_MAXDOUBLE;
    x->hi = 0;
    for (guint e = 0; e < n_edges; e++) {
        double v = value_of (f, x, e);
        x->n_pairs++;
        if (!(v >= o->min_weight) || !(v > 0))
            continue;
        x->n_drawn++;
        x->lo = MIN (x->lo, v);
        x->hi = MAX (x->hi, v);
    }
    if (x->n_drawn == 0)
        x->lo = x->hi = 0;

    if (!check_size (x, f, error))
        return FALSE;
    make_classes (x);

    switch (o->order) {
    case BLOC_ORDER_COMMUNITY:
        if (!bloc_communities_compute (&x->c, x->p, o->weight, BLOC_COMMUNITY_LEIDEN,
                                       BLOC_DEFAULT_SEED, error))
            return FALSE;
        x->order = bloc_communities_order (x->c, x->p, o->weight, &x->community);
        x->n_communities = bloc_communities_n_communities (x->c);
        return TRUE;
    case BLOC_ORDER_SERIATION:
        return bloc_projection_seriate (&x->order, x->p, o->weight, error);
    case BLOC_ORDER_ID:
    default:
        x->order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
        for (guint v = 0; v < n; v++)
            g_array_append_val (x->order, v);
        return TRUE;
    }
}

/* The geometry of the grid. */
typedef struct {
    double left, top; /* the matrix's top left corner */
    double cell;      /* a cell's side */
    double font;      /* the labels' size */
} Grid;

/* The kind of the matrix's rows, for a refusal. */
static const char *
side_word (const BlocFigure *f)
{
    if (f->o->between == BLOC_SIDE_OTHERS)
        return "organization";
    return f->o->scope.actors == BLOC_KIND_BIT (BLOC_KIND_COUNTRY) ? "country" : "actor";
}

/* "Kazakhstan (KZ): 14 memberships" (or members, between organizations), and its community. */
static char *
label_title (const BlocFigure *f, const Matrix *x, guint entity, guint v, guint degree)
{
    const char *format =
        f->o->between == BLOC_SIDE_ACTORS
            /* TRANSLATORS: a matrix label's tooltip: the name, the id, its memberships. */
            ? TN_ (f, "%1$s (%2$s): %3$u membership", "%1$s (%2$s): %3$u memberships", degree)
            /* TRANSLATORS: a matrix label's tooltip: the name, the id, its members. */
            : TN_ (f, "%1$s (%2$s): %3$u member", "%1$s (%2$s): %3$u members", degree);
    g_autofree char *text = g_strdup_printf (format, bloc_figure_text_of (f, entity),
                                             bloc_dataset_entity (f->ds, entity)->id, degree);
    if (x->community == NULL)
        return g_steal_pointer (&text);
    /* TRANSLATORS: after a matrix label's tooltip: its Leiden community. */
    return g_strdup_printf (T_ (f, "%1$s; community %2$u"), text, x->community[v] + 1);
}

/* The labels of rows (left) and columns (top), each with the whole name in its tooltip. */
static void
draw_labels (BlocFigure *f, const Matrix *x, const Grid *g)
{
    const BlocDataset *ds = f->ds;
    for (guint i = 0; i < x->order->len; i++) {
        guint v = g_array_index (x->order, guint, i);
        guint entity = bloc_projection_entity (x->p, v);
        const BlocEntity *e = bloc_dataset_entity (ds, entity);
        g_autofree char *label = bloc_figure_short_text (f, entity, LABEL_CHARS);
        gint mv = bloc_membership_vertex (x->m, entity);
        guint degree = mv >= 0 ? bloc_membership_degree (x->m, (guint)mv) : 0;
        g_autofree char *title = label_title (f, x, entity, v, degree);
        g_autofree char *row_id = bloc_element_id ("r-", e->id, NULL);
        g_autofree char *col_id = bloc_element_id ("h-", e->id, NULL);
        double middle = (i + 0.5) * g->cell;
        bloc_canvas_text (f->canvas, g->left - 3, g->top + middle + 0.35 * g->font, label, g->font,
                          BLOC_ALIGN_END, FALSE, FALSE, NULL, row_id, "label row", title);
        bloc_canvas_text (f->canvas, g->left + middle + 0.35 * g->font, g->top - 3, label, g->font,
                          BLOC_ALIGN_START, TRUE, FALSE, NULL, col_id, "label column", title);
    }
}

typedef struct {
    guint column;
    guint edge;
} Cell;

static int
compare_cells (gconstpointer pa, gconstpointer pb)
{
    const Cell *a = pa, *b = pb;
    return a->column < b->column ? -1 : a->column > b->column;
}

/* The cells, row by row and left to right, so that the SVG reads like the figure: every pair
 * drawn in both halves, the diagonal in grey. */
static void
draw_cells (BlocFigure *f, const Matrix *x, const Grid *g)
{
    const BlocDataset *ds = f->ds;
    const BlocRenderOptions *o = f->o;
    guint n = x->order->len, n_edges = bloc_projection_n_edges (x->p);
    g_autofree guint *position = g_new (guint, n + 1);
    for (guint i = 0; i < n; i++)
        position[g_array_index (x->order, guint, i)] = i;
    double gap = g->cell >= 10 ? 1 : 0;
    char buf[G_ASCII_DTOSTR_BUF_SIZE];

    g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
    for (guint i = 0; i < n; i++)
        g_ptr_array_add (rows, g_array_new (FALSE, FALSE, sizeof (Cell)));
    for (guint e = 0; e < n_edges; e++) {
        double v = value_of (f, x, e);
        if (!(v >= o->min_weight) || !(v > 0))
            continue;
        guint a, b;
        bloc_projection_edge (x->p, e, &a, &b);
        guint pa = position[vertex_of (f, x, a)], pb = position[vertex_of (f, x, b)];
        Cell ca = { pb, e }, cb = { pa, e };
        g_array_append_val (g_ptr_array_index (rows, pa), ca);
        g_array_append_val (g_ptr_array_index (rows, pb), cb);
    }
    for (guint i = 0; i < n; i++) {
        guint entity = bloc_projection_entity (x->p, g_array_index (x->order, guint, i));
        const BlocEntity *me = bloc_dataset_entity (ds, entity);
        GArray *cells = g_ptr_array_index (rows, i);
        Cell self = { i, G_MAXUINT };
        g_array_append_val (cells, self);
        g_array_sort (cells, compare_cells);
        for (guint k = 0; k < cells->len; k++) {
            const Cell *c = &g_array_index (cells, Cell, k);
            double left = g->left + c->column * g->cell, top = g->top + i * g->cell;
            if (c->edge == G_MAXUINT) {
                gint mv = bloc_membership_vertex (x->m, entity);
                guint degree = mv >= 0 ? bloc_membership_degree (x->m, (guint)mv) : 0;
                g_autofree char *id = bloc_element_id ("c-", me->id, me->id, NULL);
                const char *format =
                    o->between == BLOC_SIDE_ACTORS
                        /* TRANSLATORS: the tooltip of a diagonal cell of the matrix. */
                        ? TN_ (f, "%1$s: %2$u membership", "%1$s: %2$u memberships", degree)
                        /* TRANSLATORS: the tooltip of a diagonal cell of the matrix. */
                        : TN_ (f, "%1$s: %2$u member", "%1$s: %2$u members", degree);
                g_autofree char *title =
                    g_strdup_printf (format, bloc_figure_text_of (f, entity), degree);
                bloc_canvas_rect (f->canvas, left, top, g->cell - gap, g->cell - gap, DIAGONAL_FILL,
                                  NULL, 0, id, "cell self", title);
                continue;
            }
            guint a, b;
            bloc_projection_edge (x->p, c->edge, &a, &b);
            guint other = a == entity ? b : a;
            double v = value_of (f, x, c->edge);
            g_autofree char *id =
                bloc_element_id ("c-", me->id, bloc_dataset_entity (ds, other)->id, NULL);
            guint shared = bloc_projection_shared (x->p, c->edge);
            g_autofree char *title =
                x->count
                    ? g_strdup_printf (
                          /* TRANSLATORS: a matrix cell's tooltip: the pair, how many they share. */
                          T_ (f, "%1$s and %2$s: %3$u shared"), bloc_figure_text_of (f, entity),
                          bloc_figure_text_of (f, other), shared)
                    : g_strdup_printf (
                          /* TRANSLATORS: a matrix cell's tooltip: the pair, how many they share,
                           * the measure and its value ("A and B: 9 shared; jaccard 0.8"). */
                          T_ (f, "%1$s and %2$s: %3$u shared; %4$s %5$s"),
                          bloc_figure_text_of (f, entity), bloc_figure_text_of (f, other), shared,
                          bloc_figure_measure_word (f, o->weight), bloc_format_real (buf, v));
            bloc_canvas_rect (f->canvas, left, top, g->cell - gap, g->cell - gap,
                              class_fill (f, x, class_of (x, v)), NULL, 0, id, "cell", title);
        }
    }
}

/* The communities of two or more, which get an outline. */
static guint
count_frames (const Matrix *x)
{
    guint n = x->order->len, frames = 0;
    for (guint i = 0; x->community != NULL && i < n;) {
        guint k = x->community[g_array_index (x->order, guint, i)], j = i;
        while (j < n && x->community[g_array_index (x->order, guint, j)] == k)
            j++;
        frames += j - i >= 2;
        i = j;
    }
    return frames;
}

/* An outline around each community of two or more on the diagonal. */
static void
draw_frames (BlocFigure *f, const Matrix *x, const Grid *g)
{
    guint n = x->order->len;
    const char *colour = f->o->theme == BLOC_THEME_MONO ? FRAME_MONO : FRAME_COLOUR;
    for (guint i = 0; i < n;) {
        guint k = x->community[g_array_index (x->order, guint, i)], j = i;
        while (j < n && x->community[g_array_index (x->order, guint, j)] == k)
            j++;
        if (j - i >= 2) {
            g_autofree char *id = g_strdup_printf ("b-%u", k + 1);
            /* TRANSLATORS: the tooltip of a community's outline in the matrix. */
            g_autofree char *title = g_strdup_printf (
                TN_ (f, "community %1$u: %2$u member", "community %1$u: %2$u members", j - i),
                k + 1, j - i);
            bloc_canvas_rect (f->canvas, g->left + i * g->cell, g->top + i * g->cell,
                              (j - i) * g->cell, (j - i) * g->cell, NULL, colour, 1.2, id,
                              "community", title);
        }
        i = j;
    }
}

/* The legend: the colour scale in a row, then what outlines and the diagonal mean. Returns the y
 * below it. */
static double
draw_legend (BlocFigure *f, const Matrix *x, double left, double y, guint frames)
{
    const BlocRenderOptions *o = f->o;
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    bloc_canvas_text (f->canvas, left, y + 10, T_ (f, "Legend"), 10, BLOC_ALIGN_START, FALSE, TRUE,
                      NULL, NULL, "legend", NULL);
    y += 16;
    const char *what = x->count ? (o->between == BLOC_SIDE_ACTORS ? T_ (f, "shared memberships")
                                                                  : T_ (f, "shared members"))
                                : bloc_figure_measure_word (f, o->weight);
    /* TRANSLATORS: the heading of the matrix's colour scale: what the colour shows. */
    g_autofree char *heading = g_strdup_printf (T_ (f, "cell colour: %s"), what);
    bloc_canvas_text (f->canvas, left, y + 10, heading, 10, BLOC_ALIGN_START, FALSE, FALSE, NULL,
                      NULL, "legend", NULL);
    y += 14;
    if (x->n_drawn > 0) {
        double swatch = 54;
        for (guint k = 0; k < x->n_classes; k++) {
            g_autofree char *text = class_text (f, x, k);
            g_autofree char *id = g_strdup_printf ("scale-%u", k + 1);
            bloc_canvas_rect (f->canvas, left + k * swatch, y, swatch - 2, 11, class_fill (f, x, k),
                              "#777777", 0.5, id, "legend swatch", text);
            bloc_canvas_text (f->canvas, left + k * swatch + (swatch - 2) / 2, y + 22, text, 8,
                              BLOC_ALIGN_MIDDLE, FALSE, FALSE, NULL, NULL, "legend", NULL);
        }
        y += 28;
    }
    if (x->n_drawn < x->n_pairs || 2 * x->n_pairs < x->order->len * (x->order->len - 1)) {
        const BlocSwatch white = { BLOC_SWATCH_BOX, .fill = "#ffffff" };
        g_autofree char *blank =
            o->min_weight > 0
                /* TRANSLATORS: a legend row of the matrix: a white cell, with --min N. */
                ? g_strdup_printf (T_ (f, "nothing shared, or below --min %s"),
                                   bloc_format_real_exact (buf, o->min_weight))
                /* TRANSLATORS: a legend row of the matrix: a white cell. */
                : g_strdup (T_ (f, "nothing shared"));
        y = bloc_figure_canvas_legend_row (f, left, y, &white, blank);
    }
    const BlocSwatch grey = { BLOC_SWATCH_BOX, .fill = DIAGONAL_FILL };
    const char *self = o->between == BLOC_SIDE_OTHERS
                           /* TRANSLATORS: a legend row of the matrix: its grey diagonal. */
                           ? T_ (f, "diagonal: the organization itself")
                           : o->scope.actors == BLOC_KIND_BIT (BLOC_KIND_COUNTRY)
                                 /* TRANSLATORS: a legend row of the matrix: its grey diagonal. */
                                 ? T_ (f, "diagonal: the country itself")
                                 /* TRANSLATORS: a legend row of the matrix: its grey diagonal. */
                                 : T_ (f, "diagonal: the actor itself");
    y = bloc_figure_canvas_legend_row (f, left, y, &grey, self);
    if (frames > 0) {
        g_autofree char *q = g_strdup (bloc_format_real (buf, bloc_communities_modularity (x->c)));
        g_autofree char *text = g_strdup_printf (
            /* TRANSLATORS: a legend row of the matrix: the outline of a community on the
             * diagonal; then how many communities, and the modularity. */
            TN_ (f, "outlined square: a Leiden community (%1$u in all, modularity %2$s)",
                 "outlined square: a Leiden community (%1$u in all, modularity %2$s)",
                 x->n_communities),
            x->n_communities, q);
        const BlocSwatch frame = { BLOC_SWATCH_NODE, .shape = "box", .style = "solid",
                                   .line = o->theme == BLOC_THEME_MONO ? FRAME_MONO : FRAME_COLOUR,
                                   .penwidth = "1.5" };
        y = bloc_figure_canvas_legend_row (f, left, y, &frame, text);
    }
    return y;
}

gboolean
bloc_view_matrix_draw (BlocFigure *f, GError **error)
{
    const BlocRenderOptions *o = f->o;
    g_auto (Matrix) x = { 0 };
    char buf[G_ASCII_DTOSTR_BUF_SIZE], lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE];

    if (!matrix_compute (&x, f, error))
        return FALSE;
    guint n = x.order->len;
    if (n == 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, W_NOTHING, side_word (f));
        return FALSE;
    }

    Grid g;
    g.cell = CLAMP (floor (640.0 / n), 6, 16);
    g.font = MIN (g.cell * 0.85, 10);
    double label = 0;
    for (guint i = 0; i < n; i++) {
        guint entity = bloc_projection_entity (x.p, g_array_index (x.order, guint, i));
        g_autofree char *text = bloc_figure_short_text (f, entity, LABEL_CHARS);
        label = MAX (label, bloc_canvas_text_width (f->canvas, text, g.font, FALSE));
    }
    double y = bloc_figure_canvas_header (f, 0, 0);
    y = draw_legend (f, &x, 0, y + 6, count_frames (&x));
    g.left = ceil (label + 6);
    g.top = ceil (y + 10 + label + 6);
    draw_labels (f, &x, &g);
    draw_cells (f, &x, &g);
    if (x.community != NULL)
        draw_frames (f, &x, &g);

    const char *seriation =
        /* TRANSLATORS: how the matrix's rows are ordered, in its description. */
        T_ (f, "ordered by spectral seriation (the Fiedler vector of each connected part)");
    /* TRANSLATORS: how the matrix's rows are ordered, in its description. */
    const char *by_id = T_ (f, "ordered by id");
    g_autofree char *order = NULL;
    if (o->order == BLOC_ORDER_COMMUNITY)
        order = g_strdup_printf (
            /* TRANSLATORS: how the matrix's rows are ordered, in its description. */
            TN_ (f,
                 "ordered by Leiden community (%1$u community, modularity %2$s), the largest "
                 "first, then by strength",
                 "ordered by Leiden community (%1$u communities, modularity %2$s), the largest "
                 "first, then by strength",
                 x.n_communities),
            x.n_communities, bloc_format_real (buf, bloc_communities_modularity (x.c)));
    else
        order = g_strdup (o->order == BLOC_ORDER_SERIATION ? seriation : by_id);
    g_autofree char *rows = bloc_figure_count_of (f, o->between, n);
    g_autofree char *pairs = g_strdup_printf (
        o->between == BLOC_SIDE_ACTORS
            /* TRANSLATORS: in the matrix's description: how many pairs share anything. */
            ? TN_ (f, "%u pair shares at least one affiliation",
                   "%u pairs share at least one affiliation", x.n_pairs)
            /* TRANSLATORS: in the matrix's description: how many pairs share anything. */
            : TN_ (f, "%u pair shares at least one member", "%u pairs share at least one member",
                   x.n_pairs),
        x.n_pairs);
    /* TRANSLATORS: the matrix's description: the rows ("195 countries"), the measure, its
     * range, the pairs that share anything, and the order. */
    g_string_append_printf (
        f->desc,
        T_ (f, "Co-membership matrix of %1$s: each cell is coloured by the %2$s of a pair (from "
               "%3$s to %4$s); %5$s; rows and columns are %6$s."),
        rows, bloc_figure_measure_word (f, o->weight),
        x.count ? g_ascii_formatd (lo, sizeof lo, "%.0f", x.lo) : bloc_format_real (lo, x.lo),
        x.count ? g_ascii_formatd (hi, sizeof hi, "%.0f", x.hi) : bloc_format_real (hi, x.hi),
        pairs, order);
    return TRUE;
}
