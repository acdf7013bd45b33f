/* bloc-figure.c: the build context of a figure, what --group and --top keep of it, and the
 * nodes, edges, title and legend every view shares. */
#include <stdarg.h>
#include <string.h>

#include "bloc-canvas-private.h"
#include "bloc-output.h"
#include "bloc-render-private.h"
#include "bloc-text.h"

gboolean
bloc_figure_init (BlocFigure *f, const BlocViewClass *view, const BlocDataset *ds,
                  const BlocRenderOptions *o, const char *engine, GError **error)
{
    memset (f, 0, sizeof *f);
    f->view = view;
    f->ds = ds;
    f->o = o;
    f->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    f->classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    f->nodes = g_hash_table_new (g_direct_hash, g_direct_equal);
    f->desc = g_string_new (NULL);
    f->legend = g_string_new (NULL);
    f->texts = g_string_chunk_new (1024);
    f->notes = g_ptr_array_new_with_free_func (g_free);
    f->g = bloc_graphviz_open (bloc_view_to_string (o->view), view->directed);
    if (f->g == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER, "Graphviz could not create a graph");
        return FALSE;
    }
    bloc_graphviz_defaults (f->g, engine);
    return TRUE;
}

void
bloc_figure_clear (BlocFigure *f)
{
    if (f->g != NULL)
        agclose (g_steal_pointer (&f->g));
    g_clear_pointer (&f->titles, g_hash_table_unref);
    g_clear_pointer (&f->classes, g_hash_table_unref);
    g_clear_pointer (&f->nodes, g_hash_table_unref);
    g_clear_pointer (&f->title, g_free);
    g_clear_pointer (&f->texts, g_string_chunk_free);
    g_clear_pointer (&f->canvas, bloc_canvas_free);
    g_clear_pointer (&f->notes, g_ptr_array_unref);
    g_clear_pointer (&f->kept, g_array_unref);
    if (f->desc != NULL)
        g_string_free (g_steal_pointer (&f->desc), TRUE);
    if (f->legend != NULL)
        g_string_free (g_steal_pointer (&f->legend), TRUE);
}

const char *
bloc_figure_label_of (const BlocFigure *f, guint entity)
{
    return bloc_entity_label (f->ds, bloc_dataset_entity (f->ds, entity), f->o->lang);
}

char *
bloc_figure_short_text (const BlocFigure *f, guint entity, guint max)
{
    g_autofree char *shorter = bloc_canvas_shorten (bloc_figure_label_of (f, entity), max);
    return bloc_text_isolate_rtl (shorter);
}

const char *
bloc_figure_text_of (const BlocFigure *f, guint entity)
{
    g_autofree char *text = bloc_text_isolate_rtl (bloc_figure_label_of (f, entity));
    return g_string_chunk_insert_const (f->texts, text);
}

void
bloc_figure_add_title (BlocFigure *f, const char *id, char *text)
{
    g_hash_table_replace (f->titles, g_strdup (id), text);
}

/* An encoded part longer than this is cut, and a hash of the whole part follows: ids stay
 * short enough for Graphviz's DOT reader (16,384 bytes in one run) and for people. */
#define ID_PART_MAX  64
#define ID_PART_KEEP 40

/* Appends @part to @s encoded: letters, digits and '-' stay, every other byte (with '_') becomes
 * '_' and two hex digits. A part whose encoding is longer than ID_PART_MAX keeps the encoding of
 * its first bytes, up to ID_PART_KEEP, then "_h" and 16 hex digits of its SHA-256: "_h" never
 * comes out of the encoding, so a cut part never equals a whole one. */
static void
append_id_part (GString *s, const char *part)
{
    gsize start = s->len;
    for (const guchar *p = (const guchar *)part; *p; p++) {
        if (s->len - start > ID_PART_MAX)
            break;
        if (g_ascii_isalnum (*p) || *p == '-')
            g_string_append_c (s, (char)*p);
        else
            g_string_append_printf (s, "_%02x", *p);
    }
    if (s->len - start <= ID_PART_MAX)
        return;
    /* Cut after a whole byte's encoding, at most ID_PART_KEEP long. */
    gsize keep = start;
    for (gsize i = start; i < start + ID_PART_KEEP;) {
        i += s->str[i] == '_' ? 3 : 1;
        if (i <= start + ID_PART_KEEP)
            keep = i;
    }
    g_string_truncate (s, keep);
    g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, part, -1);
    g_string_append_printf (s, "_h%.16s", hash);
}

/* Parts are joined with "__", which no encoded part holds, so the joins cannot collide either. */
char *
bloc_element_id (const char *prefix, ...)
{
    GString *s = g_string_new (prefix);
    va_list args;
    const char *part;
    gboolean first = TRUE;

    va_start (args, prefix);
    while ((part = va_arg (args, const char *)) != NULL) {
        if (!first)
            g_string_append (s, "__");
        first = FALSE;
        append_id_part (s, part);
    }
    va_end (args);
    return g_string_free (s, FALSE);
}

Agnode_t *
bloc_figure_entity_node (BlocFigure *f, guint entity, const char *extra_class)
{
    Agnode_t *n = g_hash_table_lookup (f->nodes, GUINT_TO_POINTER (entity + 1));
    if (n != NULL)
        return n;

    const BlocEntity *e = bloc_dataset_entity (f->ds, entity);
    g_autofree char *id = bloc_element_id ("n-", e->id, NULL);
    g_autoptr (GString) label = g_string_new (NULL);
    g_autofree char *cls = g_strdup_printf ("%s%s%s", bloc_kind_to_string (e->kind),
                                            extra_class ? " " : "", extra_class ? extra_class : "");

    /* Named by the SVG id: an entity id may end in a backslash, which DOT cannot quote. */
    n = bloc_gv_must (agnode (f->g, id, 1));
    g_hash_table_insert (f->nodes, GUINT_TO_POINTER (entity + 1), n);
    f->n_nodes++;
    bloc_label_append (label, bloc_figure_label_of (f, entity),
                       e->kind == BLOC_KIND_COUNTRY ? 18 : 24);
    bloc_gv_set_html (n, "label", label->str);
    bloc_gv_set (n, "id", id);
    bloc_gv_set (n, "class", cls);
    bloc_style_kind_node (n, f->o->theme, e->kind);

    const char *since = bloc_entity_cell (f->ds, e, "since"),
               *until = bloc_entity_cell (f->ds, e, "until");
    g_autofree char *years = bloc_label_years (since, until);
    const char *name = bloc_entity_label (f->ds, e, f->o->lang);
    bloc_figure_add_title (f, id,
                           g_strdup_printf ("%s (%s, %s)%s%s", name, e->id,
                                            bloc_kind_to_string (e->kind), *years ? ", " : "",
                                            years));
    return n;
}

Agedge_t *
bloc_figure_tie_edge (BlocFigure *f, guint tie_index, Agnode_t *tail, Agnode_t *head)
{
    const BlocTie *t = bloc_dataset_tie (f->ds, tie_index);
    const BlocEntity *from = bloc_dataset_entity (f->ds, t->from);
    const BlocEntity *to = bloc_dataset_entity (f->ds, t->to);
    const char *role = bloc_role_to_string (t->role);
    g_autofree char *id = bloc_element_id ("e-", from->id, to->id, role, NULL);
    /* Two ties with one role between the same pair (two periods) are two lines. */
    for (guint n = 2; agedge (f->g, tail, head, id, 0) != NULL; n++) {
        g_autofree char *count = g_strdup_printf ("%u", n);
        g_free (id);
        id = bloc_element_id ("e-", from->id, to->id, role, count, NULL);
    }
    Agedge_t *edge = bloc_gv_must (agedge (f->g, tail, head, id, 1));

    bloc_gv_set (edge, "id", id);
    bloc_gv_set (edge, "class", role);
    bloc_gv_set (edge, "style", bloc_style_role_line (t->role));
    if (t->role == BLOC_ROLE_HOST) {
        bloc_gv_set (edge, "color",
                     f->o->theme == BLOC_THEME_DEFAULT ? "#444444:white:#444444"
                                                       : "black:white:black");
    } else if (t->role == BLOC_ROLE_PART_OF) {
        bloc_gv_set (edge, "color", "#888888");
        bloc_gv_set (edge, "penwidth", "0.8");
    } else {
        bloc_gv_set (edge, "color", bloc_style_line_colour (f->o->theme));
        bloc_gv_set (edge, "penwidth", "1.2");
    }
    const char *since = bloc_tie_cell (f->ds, t, "since");
    const char *until = bloc_tie_cell (f->ds, t, "until");
    g_autofree char *years = bloc_label_years (since, until);
    bloc_figure_add_title (f, id,
                           g_strdup_printf ("%s, %s of %s%s%s%s", bloc_figure_text_of (f, t->from),
                                            role, bloc_figure_text_of (f, t->to),
                                            *years ? " (" : "", years, *years ? ")" : ""));
    return edge;
}

char *
bloc_figure_subtitle (const BlocFigure *f)
{
    GString *s = g_string_new (NULL);
    int year = f->o->scope.year;
    if (f->o->view == BLOC_VIEW_TIMELINE) {
        /* The timeline is a history, not a snapshot. */
        int from = f->o->from_year, to = year != BLOC_YEAR_ALL ? year : f->o->to_year;
        if (from != 0 && to != 0)
            g_string_append_printf (s, "%d to %d", from, to);
        else if (from != 0)
            g_string_append_printf (s, "from %d", from);
        else if (to != 0)
            g_string_append_printf (s, "up to %d", to);
        else
            g_string_append (s, "every dated join and exit");
    } else if (year == BLOC_YEAR_ALL) {
        g_string_append (s, "current ties");
    } else {
        g_string_append_printf (s, "%d", year);
    }
    for (guint i = 0; i < f->ds->scenario->len; i++)
        g_string_append_printf (s, "%s%s", i == 0 ? "; what-if: " : ", ",
                                (char *)g_ptr_array_index (f->ds->scenario, i));
    return g_string_free (s, FALSE);
}

void
bloc_figure_finish_label (BlocFigure *f)
{
    g_autofree char *sub = bloc_figure_subtitle (f);
    g_autoptr (GString) html =
        g_string_new ("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">");
    g_string_append (html, "<TR><TD COLSPAN=\"2\"><FONT POINT-SIZE=\"16\"><B>");
    bloc_label_append (html, f->title, 0);
    g_string_append (html, "</B></FONT></TD></TR><TR><TD COLSPAN=\"2\"><FONT POINT-SIZE=\"11\">");
    bloc_label_append (html, sub, 0);
    g_string_append (html, "</FONT></TD></TR>");
    if (f->legend->len > 0)
        g_string_append_printf (html,
                                "<TR><TD COLSPAN=\"2\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" "
                                "CELLSPACING=\"1\" CELLPADDING=\"2\"><TR><TD COLSPAN=\"2\" "
                                "ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\"><B>Legend</B></FONT>"
                                "</TD></TR>%s</TABLE></TD></TR>",
                                f->legend->str);
    g_string_append (html, "</TABLE>");
    bloc_gv_set_html (f->g, "label", html->str);
    bloc_gv_set (f->g, "labelloc", "t");
    bloc_gv_set (f->g, "labeljust", "c");
}

/* Full roles darker, weaker roles lighter; readable in greyscale because the gaps matrix also
 * writes the role in the cell, and the incidence matrix says it in the tooltip. */
const char *
bloc_figure_role_fill (BlocTheme theme, BlocRole role)
{
    gboolean full = role == BLOC_ROLE_MEMBER || role == BLOC_ROLE_PARTY ||
                    role == BLOC_ROLE_SIGNATORY || role == BLOC_ROLE_PARTICIPANT;
    if (theme == BLOC_THEME_DEFAULT)
        return full ? "#9ecae9" : "#d7eaf5";
    return full ? "#c8c8c8" : "#ebebeb";
}

const char *
bloc_figure_format_at_least (char buf[G_ASCII_DTOSTR_BUF_SIZE], double value)
{
    /* The shortest that reads back as @value or more: a --min so written keeps nothing below
     * @value, and at 17 digits it is @value itself. */
    for (int digits = 2; digits < 17; digits++) {
        char format[8];
        g_snprintf (format, sizeof format, "%%.%dg", digits);
        g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, format, value);
        if (g_ascii_strtod (buf, NULL) >= value)
            return buf;
    }
    return g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.17g", value);
}

void
bloc_figure_note (BlocFigure *f, char *note)
{
    g_ptr_array_add (f->notes, note);
}

/* ---- What --group and --top keep ------------------------------------------------------------ */

typedef struct {
    guint entity;
    guint ties;
} Ranked;

/* The most ties first, then by id. */
static int
compare_ranked (const void *pa, const void *pb, void *data)
{
    const Ranked *a = pa, *b = pb;
    if (a->ties != b->ties)
        return a->ties > b->ties ? -1 : 1;
    return bloc_dataset_compare_ids (data, a->entity, b->entity);
}

GArray *
bloc_figure_ego_rank (const BlocDataset *ds, const BlocEgo *ego, guint focus)
{
    guint n = bloc_dataset_n_entities (ds);
    g_autofree guint *ties = g_new0 (guint, n + 1);
    const GArray *drawn = bloc_ego_ties (ego);
    for (guint i = 0; i < drawn->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, g_array_index (drawn, guint, i));
        ties[t->from]++;
        ties[t->to]++;
    }
    g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
    for (guint e = 0; e < n; e++)
        if (e != focus && bloc_ego_distance (ego, e) > 0) {
            Ranked r = { e, ties[e] };
            g_array_append_val (ranked, r);
        }
    g_qsort_with_data (ranked->data, (gint)ranked->len, sizeof (Ranked), compare_ranked,
                       (gpointer)ds);
    GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (guint), ranked->len);
    for (guint i = 0; i < ranked->len; i++)
        g_array_append_val (out, g_array_index (ranked, Ranked, i).entity);
    return out;
}

/* The focus of an ego figure and its @n neighbours with the most ties drawn, sorted by id. */
static gboolean
ego_top (GArray **out, const BlocFigure *f, const BlocRenderOptions *o, GError **error)
{
    const BlocDataset *ds = f->ds;
    guint focus;
    g_autoptr (BlocEgo) ego = NULL;

    if (o->focus == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "the ego view needs --focus ID");
        return FALSE;
    }
    if (!bloc_dataset_find (ds, o->focus, &focus, error) ||
        !bloc_ego_compute (&ego, ds, &o->scope, focus, (guint)o->depth, error))
        return FALSE;
    GArray *kept = bloc_figure_ego_rank (ds, ego, focus);
    if (kept->len > o->top)
        g_array_set_size (kept, o->top);
    g_array_append_val (kept, focus);
    bloc_dataset_sort_by_id (ds, kept);
    *out = kept;
    return TRUE;
}

gboolean
bloc_figure_scope (BlocFigure *f, BlocRenderOptions *o, GError **error)
{
    const char *view = bloc_view_to_string (o->view);

    if (o->group != NULL && !f->view->group) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "--group does not apply to the %s view (expected it without --group; "
                     "--focus ID follows one entity)",
                     view);
        return FALSE;
    }
    if (o->top > 0 && f->view->top == BLOC_TOP_NONE) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "--top does not apply to the %s view (expected it without --top)", view);
        return FALSE;
    }
    /* The group's actors only: every analysis of the figure then sees only them. */
    if (o->group != NULL)
        o->scope.only_actors = o->group;
    if (o->top == 0)
        return TRUE;

    g_autoptr (GArray) kept = NULL;
    if (f->view->top == BLOC_TOP_EGO) {
        if (!ego_top (&kept, f, o, error))
            return FALSE;
        o->scope.only_actors = o->scope.only_others = kept;
        f->n_top = kept->len - 1;
    } else {
        BlocSide side = f->view->top == BLOC_TOP_ACTORS   ? BLOC_SIDE_ACTORS
                        : f->view->top == BLOC_TOP_OTHERS ? BLOC_SIDE_OTHERS
                                                          : o->between;
        g_autoptr (BlocMembership) m = NULL;
        if (!bloc_membership_new (&m, f->ds, &o->scope, error))
            return FALSE;
        kept = bloc_membership_top (m, side, o->top);
        if (side == BLOC_SIDE_ACTORS)
            o->scope.only_actors = kept;
        else
            o->scope.only_others = kept;
        f->n_top = kept->len;
    }
    f->kept = g_steal_pointer (&kept);
    return TRUE;
}

/* "countries" when the actors are the countries, else "actors". */
static const char *
actors_word (const BlocScope *scope)
{
    return scope->actors == BLOC_KIND_BIT (BLOC_KIND_COUNTRY) ? "countries" : "actors";
}

void
bloc_figure_describe_limits (BlocFigure *f)
{
    const BlocRenderOptions *o = f->o;
    char buf[G_ASCII_DTOSTR_BUF_SIZE];

    if (o->group != NULL && o->view != BLOC_VIEW_GAPS)
        g_string_append_printf (f->desc, " Only the %s of %s are counted.",
                                actors_word (&o->scope),
                                o->group_name ? o->group_name : "the group");
    if (o->top > 0) {
        const char *what;
        switch (f->view->top) {
        case BLOC_TOP_EGO:
            what = "neighbours with the most ties in the figure";
            break;
        case BLOC_TOP_OTHERS:
            what = "organizations with the most members";
            break;
        case BLOC_TOP_BETWEEN:
            if (o->between == BLOC_SIDE_OTHERS) {
                what = "organizations with the most members";
                break;
            }
            /* fall through */
        default:
            what = o->scope.actors == BLOC_KIND_BIT (BLOC_KIND_COUNTRY)
                       ? "countries with the most memberships"
                       : "actors with the most memberships";
        }
        g_string_append_printf (f->desc, " Only the %u %s are drawn (--top %u).", f->n_top, what,
                                o->top);
    }
    if (o->min_weight > 0 && (o->view == BLOC_VIEW_OVERLAP || o->view == BLOC_VIEW_MATRIX)) {
        bloc_format_real_exact (buf, o->min_weight);
        g_string_append_printf (f->desc, " Pairs whose %s is below %s are left out (--min %s).",
                                bloc_overlap_measure_to_string (o->weight), buf, buf);
    }
}

/* ---- Canvas figures ---------------------------------------------------------------------------
 */

double
bloc_figure_canvas_header (BlocFigure *f, double x, double y)
{
    g_autofree char *sub = bloc_figure_subtitle (f);
    bloc_canvas_text (f->canvas, x, y + 15, f->title, 16, BLOC_ALIGN_START, FALSE, TRUE, NULL,
                      "bloc-heading", "title", NULL);
    bloc_canvas_text (f->canvas, x, y + 33, sub, 11, BLOC_ALIGN_START, FALSE, FALSE, NULL,
                      "bloc-subtitle", "subtitle", NULL);
    return y + 40;
}

double
bloc_figure_canvas_legend_row (BlocFigure *f, double x, double y, BlocSwatch shape,
                               const char *fill, const char *stroke, const char *text)
{
    switch (shape) {
    case BLOC_SWATCH_DOT:
        bloc_canvas_circle (f->canvas, x + 9, y + 6.5, 4.5, fill, stroke, stroke ? 1 : 0, NULL,
                            "legend swatch", NULL);
        break;
    case BLOC_SWATCH_FRAME:
        bloc_canvas_rect (f->canvas, x + 1, y + 1, 16, 11, NULL, stroke, 1.5, NULL, "legend swatch",
                          NULL);
        break;
    case BLOC_SWATCH_BOX:
    default:
        bloc_canvas_rect (f->canvas, x + 1, y + 1, 16, 11, fill, stroke ? stroke : "#777777", 0.5,
                          NULL, "legend swatch", NULL);
        break;
    }
    bloc_canvas_text (f->canvas, x + 24, y + 10.5, text, 10, BLOC_ALIGN_START, FALSE, FALSE, NULL,
                      NULL, "legend", NULL);
    return y + 15;
}
