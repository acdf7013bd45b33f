/* bloc-view-timeline.c: joins and exits on a year axis, one box per (year, change, entity,
 * role), the same changes `bloc timeline` lists; wrapped into columns when that keeps the figure
 * nearer the shape of its page. */
#include <math.h>
#include <string.h>

#include "bloc-render-private.h"
#include "bloc-text.h"

static const BlocEnumName axis_names[] = {
    { BLOC_AXIS_COMPACT, "compact", NULL },
    { BLOC_AXIS_PROPORTIONAL, "proportional", BLOC_ENUM_ALIASES ("linear") },
    { 0, NULL, NULL },
};
static const BlocEnum axis_enum = { "axis", axis_names };

const BlocEnum *
bloc_axis_enum (void)
{
    return &axis_enum;
}

gboolean
bloc_axis_parse (BlocAxis *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &axis_enum, text, error))
        return FALSE;
    *out = (BlocAxis)value;
    return TRUE;
}

/* What a box of the timeline shows: one kind of change. */
typedef enum {
    EVENT_JOIN,     /* a dated start */
    EVENT_FOUNDING, /* an undated tie, active from the year what it ties to began */
    EVENT_LEAVE,    /* an end the tie records: a member left */
    EVENT_ENDED,    /* an end the tie does not record: an event, or one of the two ends, ended */
    N_EVENT_KINDS
} EventKind;

static const char *const event_class[N_EVENT_KINDS] = { "join", "founding", "exit", "exit ended" };
static const char *const event_id_word[N_EVENT_KINDS] = { "join", "founding", "exit", "ended" };
/* The sign before the name in the box. */
static const char *const event_sign[N_EVENT_KINDS] = {
    "+", "\xe2\x98\x85", /* ★ */
    "\xe2\x88\x92",      /* − */
    "\xe2\x96\xa0",      /* ■ */
};

/* One box: the participants in a change of one kind, in one year, to one entity, in one role. */
typedef struct {
    char *id;
    EventKind kind;
    int year;
    guint to;
    BlocRole role;
    GArray *who;          /* entity indices, by id */
    char *label;          /* the box's HTML-like label */
    double width, height; /* estimated, in points */
} Event;

static void
event_free (Event *e)
{
    g_free (e->id);
    g_free (e->label);
    g_array_unref (e->who);
    g_free (e);
}

/* A year on the axis and the boxes in it. */
typedef struct {
    int year;
    GPtrArray *events; /* Event * (owned by the timeline's list) */
    double width, height;
} Row;

static void
row_free (Row *r)
{
    g_ptr_array_unref (r->events);
    g_free (r);
}

static EventKind
event_kind (const BlocFigure *f, const BlocChange *c)
{
    if (c->change == BLOC_CHANGE_FOUNDING)
        return EVENT_FOUNDING;
    if (c->change != BLOC_CHANGE_EXIT)
        return EVENT_JOIN;
    const BlocTie *t = bloc_dataset_tie (f->ds, c->tie);
    return t->until.year != 0 && t->until.year == t->end_year ? EVENT_LEAVE : EVENT_ENDED;
}

/* Whether the figure draws @c: a change in the years asked for (--from, --to; --year Y draws the
 * story up to Y). Every change `bloc timeline` lists for those years is drawn. */
static gboolean
timeline_shows (const BlocFigure *f, const BlocChange *c)
{
    const BlocRenderOptions *o = f->o;
    int to = o->to_year ? o->to_year : (o->scope.year != BLOC_YEAR_ALL ? o->scope.year : 0);
    return !((o->from_year && c->year < o->from_year) || (to && c->year > to));
}

/* Keeps of @changes those with an end among the actors --group, --region or --top keep (the
 * figure's scope), as `bloc timeline --group` keeps them; all without them. */
static void
keep_scope (const BlocFigure *f, GArray *changes)
{
    const GArray *only = f->o->scope.only_actors;
    if (only == NULL)
        return;
    g_autofree gboolean *kept = g_new0 (gboolean, bloc_dataset_n_entities (f->ds) + 1);
    for (guint i = 0; i < only->len; i++)
        kept[g_array_index (only, guint, i)] = TRUE;
    guint n = 0;
    for (guint i = 0; i < changes->len; i++) {
        const BlocChange *c = &g_array_index (changes, BlocChange, i);
        if (kept[c->from] || kept[c->to])
            g_array_index (changes, BlocChange, n++) = *c;
    }
    g_array_set_size (changes, n);
}

/* Counts the lines of an HTML-like label, and the extra spacing lines of right-to-left text. */
static void
count_lines (const char *label, guint *out_lines, guint *out_spacers)
{
    guint lines = 1, spacers = 0;
    for (const char *p = label; (p = strstr (p, "<BR/>")) != NULL; p += 5)
        lines++;
    for (const char *p = label; (p = strstr (p, "POINT-SIZE=\"4\"")) != NULL; p += 14)
        spacers++;
    *out_lines = lines - spacers;
    *out_spacers = spacers;
}

/* The box's label, tooltip and estimated size. */
static void
event_finish (BlocFigure *f, Event *e)
{
    const BlocDataset *ds = f->ds;
    const char *name = bloc_figure_label_of (f, e->to);
    const char *role = bloc_figure_role_word (f, e->role);
    g_autoptr (GString) label = g_string_new (NULL);
    g_autoptr (GString) who = g_string_new (NULL);
    guint longest = 0;

    g_string_append_printf (label, "<B>%s </B>", event_sign[e->kind]);
    bloc_label_append (label, name, 24);
    bloc_label_line_break (label, bloc_text_starts_rtl (name));
    g_string_append (label, "<FONT POINT-SIZE=\"9\">");
    /* TRANSLATORS: a timeline box's second line: the role, then who ("member: KZ, KG"). */
    g_autofree char *role_head = g_strdup_printf (T_ (f, "%s:"), role);
    bloc_label_append (label, role_head, 0);
    g_string_append_c (label, ' ');
    guint line = (guint)g_utf8_strlen (role_head, -1) + 1;
    for (guint k = 0; k < e->who->len; k++) {
        guint w = g_array_index (e->who, guint, k);
        const char *id = bloc_dataset_entity (ds, w)->id;
        if (k > 0) {
            g_string_append (label, TC_ (f, "list", ", "));
            line += 2;
            if (k % 8 == 0) {
                g_string_append (label, "<BR/>");
                longest = MAX (longest, line);
                line = 0;
            }
        }
        bloc_label_append (label, id, 0);
        line += (guint)g_utf8_strlen (id, -1);
        if (k > 0)
            g_string_append (who, TC_ (f, "list", ", "));
        g_string_append (who, bloc_figure_text_of (f, w));
    }
    g_string_append (label, "</FONT>");
    longest = MAX (longest, line);
    longest = MAX (longest, MIN ((guint)g_utf8_strlen (name, -1), 26u));
    e->label = g_string_free (g_steal_pointer (&label), FALSE);

    guint lines, spacers;
    count_lines (e->label, &lines, &spacers);
    /* DejaVu Sans at 11 points: about 6.5 points a character and 14 a line, plus the margins. */
    e->width = longest * 6.5 + 24;
    e->height = lines * 14.0 + spacers * 5.0 + 14;

    const char *what = bloc_figure_text_of (f, e->to);
    /* The tooltip: the year, who, what, and the role (positional, so that a language may
     * order them as it needs). */
    const char *format;
    switch (e->kind) {
    case EVENT_JOIN:
        /* TRANSLATORS: a timeline box's tooltip: year, who, what, role. */
        format = T_ (f, "%1$d: %2$s joined %3$s as %4$s");
        break;
    case EVENT_FOUNDING:
        /* TRANSLATORS: a timeline box's tooltip: year, who, what, role. */
        format = T_ (f, "%1$d: %3$s began, with %2$s as %4$s from the start");
        break;
    case EVENT_LEAVE:
        /* TRANSLATORS: a timeline box's tooltip: year, who, what, role. */
        format = T_ (f, "%1$d: %2$s left %3$s (%4$s)");
        break;
    default:
        /* TRANSLATORS: a timeline box's tooltip: year, who, what, role. */
        format = T_ (f, "%1$d: the ties of %2$s with %3$s (%4$s) ended");
        break;
    }
    g_autofree char *title = g_strdup_printf (format, e->year, who->str, what, role);
    bloc_figure_add_title (f, e->id, g_steal_pointer (&title));
}

/* The boxes of @changes the figure shows, in the timeline's order, grouped by year, kind, entity
 * and role. */
static GPtrArray *
group_events (BlocFigure *f, const GArray *changes)
{
    GPtrArray *events = g_ptr_array_new_with_free_func ((GDestroyNotify)event_free);
    g_autoptr (GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < changes->len; i++) {
        const BlocChange *c = &g_array_index (changes, BlocChange, i);
        if (!timeline_shows (f, c))
            continue;
        EventKind kind = event_kind (f, c);
        char year[16];
        g_snprintf (year, sizeof year, "%d", c->year);
        g_autofree char *id = bloc_element_id ("t-", year, event_id_word[kind],
                                               bloc_dataset_entity (f->ds, c->to)->id,
                                               bloc_role_to_string (c->role), NULL);
        Event *e = g_hash_table_lookup (by_id, id);
        if (e == NULL) {
            e = g_new0 (Event, 1);
            e->id = g_steal_pointer (&id);
            e->kind = kind;
            e->year = c->year;
            e->to = c->to;
            e->role = c->role;
            e->who = g_array_new (FALSE, FALSE, sizeof (guint));
            g_hash_table_insert (by_id, e->id, e);
            g_ptr_array_add (events, e);
        }
        g_array_append_val (e->who, c->from);
    }
    for (guint i = 0; i < events->len; i++) {
        Event *e = g_ptr_array_index (events, i);
        bloc_dataset_sort_by_id (f->ds, e->who);
        event_finish (f, e);
    }
    return events;
}

/* The rows of the axis: the years with a box or, on a proportional axis, every year from the
 * first to the last. */
static GPtrArray *
make_rows (const BlocFigure *f, const GPtrArray *events)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)row_free);
    const Event *first = g_ptr_array_index (events, 0);
    const Event *last = g_ptr_array_index (events, events->len - 1);
    Row *row = NULL;

    for (int y = first->year; y <= last->year; y++) {
        gboolean any = FALSE;
        for (guint i = 0; i < events->len && !any; i++)
            any = ((const Event *)g_ptr_array_index (events, i))->year == y;
        if (!any && f->o->axis != BLOC_AXIS_PROPORTIONAL)
            continue;
        row = g_new0 (Row, 1);
        row->year = y;
        row->events = g_ptr_array_new ();
        g_ptr_array_add (rows, row);
        for (guint i = 0; i < events->len; i++) {
            Event *e = g_ptr_array_index (events, i);
            if (e->year != y)
                continue;
            g_ptr_array_add (row->events, e);
            row->width += e->width + 11;
            row->height = MAX (row->height, e->height);
        }
        row->width += 40; /* the year */
        row->height = MAX (row->height, 20);
    }
    return rows;
}

/* The number of columns that brings the figure's shape nearest to its page's
 * (bloc_figure_page_aspect()). Rows go down one column, then the next. */
static guint
choose_columns (const BlocFigure *f, const GPtrArray *rows, double pitch)
{
    double aspect = bloc_figure_page_aspect (f);
    guint best = 1;
    double best_miss = G_MAXDOUBLE;
    for (guint k = 1; k <= 6 && k * 3 <= MAX (rows->len, 3u); k++) {
        double total = 0;
        for (guint i = 0; i < rows->len; i++)
            total += (pitch > 0 ? pitch : ((Row *)g_ptr_array_index (rows, i))->height) + 25;
        double width = 0, height = 0, column_width = 0, column_height = 0;
        guint column = 0;
        for (guint i = 0; i < rows->len; i++) {
            const Row *r = g_ptr_array_index (rows, i);
            double h = (pitch > 0 ? pitch : r->height) + 25;
            if (column_height > 0 && column_height + h / 2 > total / k && column + 1 < k) {
                width += column_width + 36;
                height = MAX (height, column_height);
                column_width = column_height = 0;
                column++;
            }
            column_width = MAX (column_width, r->width);
            column_height += h;
        }
        width += column_width;
        height = MAX (height, column_height) + 60; /* the title */
        double miss = fabs (log ((width / height) / aspect));
        if (miss < best_miss - 1e-9) {
            best = k;
            best_miss = miss;
        }
    }
    return best;
}

/* The year node of @r in column @column, in the rank of its row. */
static Agnode_t *
year_node (BlocFigure *f, const Row *r, gboolean labelled, double pitch)
{
    g_autofree char *id = g_strdup_printf ("y-%d", r->year);
    Agnode_t *node = bloc_gv_must (agnode (f->g, id, 1));
    char text[16], buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_snprintf (text, sizeof text, "%d", r->year);
    f->n_nodes++;
    bloc_gv_set (node, "shape", "plaintext");
    bloc_gv_set (node, "id", id);
    bloc_gv_set (node, "class", labelled ? "year" : "year unlabelled");
    bloc_gv_set (node, "fontsize", "13");
    bloc_gv_set_html (node, "label", labelled ? text : "");
    if (pitch > 0) {
        /* Every row as tall as the tallest box: then every year is the same distance on. */
        bloc_gv_set (node, "height", g_ascii_formatd (buf, sizeof buf, "%.3f", pitch / 72));
        bloc_gv_set (node, "width", "0.5");
        bloc_gv_set (node, "fixedsize", "true");
    }
    bloc_figure_add_title (f, id, g_strdup (text));
    return node;
}

/* An invisible edge that keeps @left to the left of @right in their rank; with @tight, as near
 * as it can (a year's boxes by their axis). */
static void
order_edge (BlocFigure *f, Agnode_t *left, Agnode_t *right, const char *id, const char *title,
            gboolean tight)
{
    Agedge_t *e = bloc_gv_must (agedge (f->g, left, right, (char *)id, 1));
    bloc_gv_set (e, "id", id);
    bloc_gv_set (e, "class", "at");
    bloc_gv_set (e, "style", "invis");
    if (tight)
        bloc_gv_set (e, "weight", "20");
    bloc_figure_add_title (f, id, g_strdup (title));
}

/* The style, fill and outline of a box of @kind in @theme. */
static void
event_style (const BlocFigure *f, EventKind kind, const char **style, BlocColour *colour)
{
    static const char *const styles[N_EVENT_KINDS] = {
        "rounded,filled",
        "rounded,filled,bold",
        "rounded,filled,dashed",
        "rounded,filled,dotted",
    };
    static const char *const greys[N_EVENT_KINDS] = { "white", "#eeeeee", "#dddddd", "#f5f5f5" };
    static const guint colours[N_EVENT_KINDS] = { 0, 2, 5, 7 };
    *style = styles[kind];
    if (f->o->theme == BLOC_THEME_MONO)
        *colour = (BlocColour){ greys[kind], "black" };
    else
        *colour = bloc_style_palette (colours[kind]);
}

/* The box of @e in @rank. */
static Agnode_t *
event_node (BlocFigure *f, const Event *e, Agraph_t *rank)
{
    Agnode_t *n = bloc_gv_must (agnode (f->g, e->id, 1));
    f->n_nodes++;
    bloc_gv_set_html (n, "label", e->label);
    bloc_gv_set (n, "id", e->id);
    bloc_gv_set (n, "class", event_class[e->kind]);
    bloc_gv_set (n, "shape", "box");
    const char *style;
    BlocColour colour;
    event_style (f, e->kind, &style, &colour);
    bloc_gv_set (n, "style", style);
    bloc_gv_set (n, "fillcolor", colour.fill);
    bloc_gv_set (n, "color", colour.line);
    bloc_gv_must (agsubnode (rank, n, 1));
    return n;
}

/* Draws the rows in @n_columns columns, each with its stretch of the axis; rows of the same place
 * in their columns share a rank. Reading order runs from the axis: left to right, or right to left
 * in a right-to-left figure. */
static void
draw_rows (BlocFigure *f, const GPtrArray *rows, guint n_columns, double pitch)
{
    gboolean rtl = bloc_figure_rtl (f);
    guint per_column = (rows->len + n_columns - 1) / n_columns;
    g_autofree Agnode_t **column_last = g_new0 (Agnode_t *, per_column); /* reading order */
    Agnode_t *previous = NULL;
    int previous_year = 0;

    for (guint i = 0; i < rows->len; i++) {
        const Row *r = g_ptr_array_index (rows, i);
        guint column = i / per_column, place = i % per_column;
        g_autofree char *rank_name = g_strdup_printf ("row-%u", place);
        Agraph_t *rank = bloc_gv_must (agsubg (f->g, rank_name, 1));
        bloc_gv_set (rank, "rank", "same");
        gboolean labelled = r->events->len > 0 || r->year % 10 == 0 || place == 0;
        Agnode_t *year = year_node (f, r, labelled, pitch);
        bloc_gv_must (agsubnode (rank, year, 1));

        /* The axis runs down each column. */
        if (place > 0 && previous != NULL) {
            g_autofree char *eid = g_strdup_printf ("axis-%d-%d", previous_year, r->year);
            Agedge_t *e = bloc_gv_must (agedge (f->g, previous, year, eid, 1));
            bloc_gv_set (e, "id", eid);
            bloc_gv_set (e, "class", "axis");
            bloc_gv_set (e, "penwidth", "2");
            bloc_gv_set (e, "color", "#777777");
            bloc_gv_set (e, "dir", "none");
            /* Heavy, so that dot keeps the axis straight down its column. */
            bloc_gv_set (e, "weight", "1000");
            /* TRANSLATORS: a stretch of the timeline's axis: "2001 to 2006". */
            const char *stretch = T_ (f, "%1$d to %2$d");
            bloc_figure_add_title (f, eid, g_strdup_printf (stretch, previous_year, r->year));
        }
        previous = year;
        previous_year = r->year;

        /* A column starts after the one before it, in every row they share. */
        char year_text[16];
        g_snprintf (year_text, sizeof year_text, "%d", r->year);
        if (column > 0 && column_last[place] != NULL) {
            g_autofree char *eid = g_strdup_printf ("column-%u-%u", column, place);
            if (rtl)
                order_edge (f, year, column_last[place], eid, year_text, FALSE);
            else
                order_edge (f, column_last[place], year, eid, year_text, FALSE);
        }
        /* The boxes of the year, in a chain beside it, away from the axis, so that all of them
         * stay before the next column's axis. */
        Agnode_t *last = year;
        for (guint k = 0; k < r->events->len; k++) {
            const Event *e = g_ptr_array_index (r->events, k);
            Agnode_t *n = event_node (f, e, rank);
            g_autofree char *eid = g_strdup_printf ("%s-at", e->id);
            if (rtl)
                order_edge (f, n, last, eid, year_text, TRUE);
            else
                order_edge (f, last, n, eid, year_text, TRUE);
            last = n;
        }
        /* What the next column must stay beyond: the row's far end from the axis. */
        column_last[place] = last;
    }
}

/* Legend rows for the kinds of boxes drawn, each beside a box drawn as they are. */
static void
add_legend (BlocFigure *f, const GPtrArray *events, guint undated)
{
    gboolean drawn[N_EVENT_KINDS] = { FALSE };
    const char *texts[N_EVENT_KINDS] = {
        T_ (f, "joins, with the role and who"),
        T_ (f, "takes part from the start: an undated tie, active from the year the entity began"),
        T_ (f, "leaves (dashed box)"),
        T_ (f, "a tie ended with what it ties to (an event over; dotted box)"),
    };
    for (guint i = 0; i < events->len; i++)
        drawn[((const Event *)g_ptr_array_index (events, i))->kind] = TRUE;
    for (int k = 0; k < N_EVENT_KINDS; k++) {
        if (!drawn[k])
            continue;
        const char *style;
        BlocColour colour;
        event_style (f, (EventKind)k, &style, &colour);
        BlocSwatch box = { BLOC_SWATCH_NODE,    .shape = "box",      .style = style,
                           .fill = colour.fill, .line = colour.line, .text = event_sign[k] };
        bloc_figure_legend_swatch (f, &box, texts[k]);
    }
    if (undated > 0) {
        /* TRANSLATORS: a legend row of the timeline: ties whose start the data does not give. */
        const char *format = TN_ (f, "%u tie with no start date: no join shown",
                                  "%u ties with no start date: no join shown", undated);
        g_autofree char *text = g_strdup_printf (format, undated);
        bloc_figure_legend_row (f, "white", "?", text);
    }
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
    keep_scope (f, changes);
    g_autoptr (GPtrArray) events = group_events (f, changes);
    if (events->len == 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "no joins or exits to draw (expected dated ties in the years asked for)");
        return FALSE;
    }
    g_autoptr (GPtrArray) rows = make_rows (f, events);
    /* On a proportional axis every row is as tall as the tallest. */
    double pitch = 0;
    for (guint i = 0; o->axis == BLOC_AXIS_PROPORTIONAL && i < rows->len; i++)
        pitch = MAX (pitch, ((const Row *)g_ptr_array_index (rows, i))->height);
    guint n_columns = choose_columns (f, rows, pitch);
    draw_rows (f, rows, n_columns, pitch);
    if (bloc_figure_too_large (f, error))
        return FALSE;
    bloc_gv_set (f->g, "rankdir", "TB");
    bloc_gv_set (f->g, "ranksep", pitch > 0 ? "0.12" : "0.35");
    bloc_gv_set (f->g, "nodesep", "0.15");
    bloc_gv_set (f->g, "newrank", "true");
    add_legend (f, events, undated);

    guint n_changes = 0;
    for (guint i = 0; i < events->len; i++)
        n_changes += ((const Event *)g_ptr_array_index (events, i))->who->len;
    g_autofree char *counted =
        g_strdup_printf (TN_ (f, "%u change", "%u changes", n_changes), n_changes);
    g_autofree char *boxes =
        g_strdup_printf (TN_ (f, "%u box", "%u boxes", events->len), events->len);
    const char *of_focus =
        /* TRANSLATORS: a figure's description: whose timeline, how many changes in how many
         * boxes. */
        T_ (f, "Joins and exits by year of %1$s: %2$s, in %3$s by entity and role.");
    /* TRANSLATORS: a figure's description: how many changes in how many boxes. */
    const char *of_all = T_ (f, "Joins and exits by year: %1$s, in %2$s by entity and role.");
    if (focus >= 0)
        g_string_append_printf (f->desc, of_focus, bloc_figure_text_of (f, (guint)focus), counted,
                                boxes);
    else
        g_string_append_printf (f->desc, of_all, counted, boxes);
    if (o->axis == BLOC_AXIS_PROPORTIONAL) {
        g_string_append_c (f->desc, ' ');
        g_string_append (f->desc, T_ (f, "Every year is the same distance down the axis."));
    }
    return TRUE;
}
