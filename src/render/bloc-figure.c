/* bloc-figure.c: the build context of a figure, what --group and --top keep of it, and the
 * nodes, edges, title and legend every view shares. */
#include <stdarg.h>
#include <string.h>

#include "bloc-canvas-private.h"
#include "bloc-output.h"
#include "bloc-render-private.h"
#include "bloc-text.h"

/* A (from, to) pair as a hash key. */
static gint64 *
pair_key (guint from, guint to)
{
    return g_memdup2 (&(gint64){ ((gint64)from << 32) | to }, sizeof (gint64));
}

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
    f->legend = g_ptr_array_new_with_free_func ((GDestroyNotify)bloc_legend_row_free);
    f->texts = g_string_chunk_new (1024);
    f->notes = g_ptr_array_new_with_free_func (g_free);
    f->rtl = bloc_i18n_language_is_rtl (o->lang);
    /* A scenario's ties are the only ones without a line of ties.csv (line 0). */
    f->what_if = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    for (guint i = 0; i < bloc_dataset_n_ties (ds); i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (t->line == 0)
            g_hash_table_add (f->what_if, pair_key (t->from, t->to));
    }
    f->g = bloc_graphviz_open (bloc_view_to_string (o->view), view->directed);
    if (f->g == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER, "Graphviz could not create a graph");
        return FALSE;
    }
    bloc_graphviz_defaults (f->g, engine, f->rtl ? BLOC_RENDER_FONT_RTL : BLOC_RENDER_FONT);
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
    g_clear_pointer (&f->what_if, g_hash_table_unref);
    g_clear_pointer (&f->title, g_free);
    g_clear_pointer (&f->texts, g_string_chunk_free);
    g_clear_pointer (&f->canvas, bloc_canvas_free);
    g_clear_pointer (&f->notes, g_ptr_array_unref);
    g_clear_pointer (&f->kept, g_array_unref);
    g_clear_pointer (&f->legend, g_ptr_array_unref);
    if (f->desc != NULL)
        g_string_free (g_steal_pointer (&f->desc), TRUE);
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

/* ---- Words, directions and what-if marks ---------------------------------------------------- */

/* The kinds and roles as figures name them, with a context for the translators: one English
 * word may need two in another language. Indexed by BlocKind and BlocRole. */
static const char *const kind_words[BLOC_N_KINDS] = {
    NC_ ("kind", "country"), NC_ ("kind", "person"),    NC_ ("kind", "organization"),
    NC_ ("kind", "body"),    NC_ ("kind", "agreement"), NC_ ("kind", "programme"),
    NC_ ("kind", "forum"),   NC_ ("kind", "exercise"),
};
static const char *const role_words[BLOC_N_ROLES] = {
    NC_ ("role", "member"),      NC_ ("role", "associate"), NC_ ("role", "observer"),
    NC_ ("role", "partner"),     NC_ ("role", "signatory"), NC_ ("role", "party"),
    NC_ ("role", "participant"), NC_ ("role", "donor"),     NC_ ("role", "implementer"),
    NC_ ("role", "part of"),     NC_ ("role", "host"),
};

const char *
bloc_figure_kind_word (const BlocFigure *f, BlocKind kind)
{
    g_return_val_if_fail ((guint)kind < BLOC_N_KINDS, "?");
    return TC_ (f, "kind", kind_words[kind]);
}

const char *
bloc_figure_role_word (const BlocFigure *f, BlocRole role)
{
    g_return_val_if_fail ((guint)role < BLOC_N_ROLES, "?");
    return TC_ (f, "role", role_words[role]);
}

char *
bloc_figure_join_ids (const BlocFigure *f, const GArray *entities, guint max)
{
    GString *s = g_string_new (NULL);
    guint n = max > 0 ? MIN (max, entities->len) : entities->len;
    for (guint i = 0; i < n; i++) {
        if (i > 0)
            /* TRANSLATORS: what separates the items of a list: ", " in English. */
            g_string_append (s, TC_ (f, "list", ", "));
        g_string_append (s, bloc_dataset_entity (f->ds, g_array_index (entities, guint, i))->id);
    }
    if (n < entities->len) {
        g_string_append_c (s, ' ');
        g_string_append_printf (s, TN_ (f, "and %u more", "and %u more", entities->len - n),
                                entities->len - n);
    }
    return g_string_free (s, FALSE);
}

gboolean
bloc_figure_rtl (const BlocFigure *f)
{
    return f->rtl;
}

const char *
bloc_figure_start_side (const BlocFigure *f)
{
    return f->rtl ? "RIGHT" : "LEFT";
}

const char *
bloc_figure_end_side (const BlocFigure *f)
{
    return f->rtl ? "LEFT" : "RIGHT";
}

void
bloc_figure_append_row (const BlocFigure *f, GString *html, const GPtrArray *cells)
{
    g_string_append (html, "<TR>");
    for (guint i = 0; i < cells->len; i++)
        g_string_append (html, g_ptr_array_index (cells, f->rtl ? cells->len - 1 - i : i));
    g_string_append (html, "</TR>");
}

gboolean
bloc_figure_what_if (const BlocFigure *f, guint from, guint to)
{
    gint64 key = ((gint64)from << 32) | to;
    return g_hash_table_contains (f->what_if, &key);
}

void
bloc_figure_mark_what_if (BlocFigure *f)
{
    f->n_what_if++;
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

/* Appends to a tooltip the data's note and sources, each on a line of its own, when not empty. */
static void
append_notes (const BlocFigure *f, GString *title, const char *note, const char *sources)
{
    if (note != NULL && *note != '\0') {
        g_string_append_c (title, '\n');
        /* TRANSLATORS: a line of a tooltip: the note the data gives. */
        g_string_append_printf (title, T_ (f, "Note: %s"), note);
    }
    if (sources != NULL && *sources != '\0') {
        g_string_append_c (title, '\n');
        /* TRANSLATORS: a line of a tooltip: where the data comes from (paragraphs, citations). */
        g_string_append_printf (title, T_ (f, "Sources: %s"), sources);
    }
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
    g_autofree char *years = bloc_label_years (f, since, until);
    const char *name = bloc_figure_text_of (f, entity);
    GString *title = g_string_new (NULL);
    if (*years)
        /* TRANSLATORS: an entity's tooltip: its name, id, kind and years ("since 2002"). */
        g_string_printf (title, T_ (f, "%1$s (%2$s, %3$s, %4$s)"), name, e->id,
                         bloc_figure_kind_word (f, e->kind), years);
    else
        /* TRANSLATORS: an entity's tooltip: its name, id and kind. */
        g_string_printf (title, T_ (f, "%1$s (%2$s, %3$s)"), name, e->id,
                         bloc_figure_kind_word (f, e->kind));
    append_notes (f, title, bloc_entity_cell (f->ds, e, "note"),
                  bloc_entity_cell (f->ds, e, "source"));
    bloc_figure_add_title (f, id, g_string_free (title, FALSE));
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
    gboolean what_if = t->line == 0;
    g_autofree char *cls = g_strdup_printf ("%s%s", role, what_if ? " hypothetical" : "");

    bloc_gv_set (edge, "id", id);
    bloc_gv_set (edge, "class", cls);
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
    /* A tie the data does not have: dashed, heavier, in its own colour, whatever its role. */
    if (what_if) {
        bloc_gv_set (edge, "style", BLOC_STYLE_WHAT_IF_LINE);
        bloc_gv_set (edge, "color", bloc_style_what_if_colour (f->o->theme));
        bloc_figure_mark_what_if (f);
    }
    const char *since = bloc_tie_cell (f->ds, t, "since");
    const char *until = bloc_tie_cell (f->ds, t, "until");
    g_autofree char *years = bloc_label_years (f, since, until);
    GString *title = g_string_new (NULL);
    if (*years)
        /* TRANSLATORS: a tie's tooltip: "Kazakhstan, member of CSTO (since 2002)". */
        g_string_printf (title, T_ (f, "%1$s, %2$s of %3$s (%4$s)"),
                         bloc_figure_text_of (f, t->from), bloc_figure_role_word (f, t->role),
                         bloc_figure_text_of (f, t->to), years);
    else
        /* TRANSLATORS: a tie's tooltip: "Kazakhstan, member of CSTO". */
        g_string_printf (title, T_ (f, "%1$s, %2$s of %3$s"), bloc_figure_text_of (f, t->from),
                         bloc_figure_role_word (f, t->role), bloc_figure_text_of (f, t->to));
    if (what_if) {
        g_string_append_c (title, '\n');
        g_string_append (title, T_ (f, "What-if: a tie the data does not have (--add)"));
    }
    append_notes (f, title, bloc_tie_cell (f->ds, t, "note"), what_if ? "" : t->source);
    bloc_figure_add_title (f, id, g_string_free (title, FALSE));
    return edge;
}

double
bloc_figure_page_aspect (const BlocFigure *f)
{
    /* A4 is 595 x 842 points, US letter 612 x 792. */
    double aspect = f->o->page == BLOC_PAGE_LETTER ? 612.0 / 792.0 : 595.0 / 842.0;
    return f->o->landscape ? 1 / aspect : aspect;
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
            g_string_append_printf (s, T_ (f, "%1$d to %2$d"), from, to);
        else if (from != 0)
            g_string_append_printf (s, T_ (f, "from %d"), from);
        else if (to != 0)
            g_string_append_printf (s, T_ (f, "up to %d"), to);
        else
            g_string_append (s, T_ (f, "every join and exit the data dates"));
    } else if (year == BLOC_YEAR_ALL) {
        g_string_append (s, T_ (f, "current ties"));
    } else {
        g_string_append_printf (s, "%d", year);
    }
    const GArray *changes = f->ds->scenario_changes;
    if (changes->len > 0) {
        /* The changes by id, with signs and arrows that need no translation: "+ TM → CSTO
         * (member)", "− UZ → CSTO". */
        g_autoptr (GString) list = g_string_new (NULL);
        for (guint i = 0; i < changes->len; i++) {
            const BlocScenarioChange *c = &g_array_index (changes, BlocScenarioChange, i);
            const char *from = bloc_dataset_entity (f->ds, c->from)->id;
            const char *to = bloc_dataset_entity (f->ds, c->to)->id;
            if (i > 0)
                g_string_append (list, TC_ (f, "list", ", "));
            if (c->added)
                g_string_append_printf (list, "+ %s \xe2\x86\x92 %s (%s)", from, to,
                                        bloc_figure_role_word (f, c->role));
            else
                g_string_append_printf (list, "\xe2\x88\x92 %s \xe2\x86\x92 %s", from, to);
        }
        g_autofree char *when = g_string_free (g_steal_pointer (&s), FALSE);
        s = g_string_new (NULL);
        /* TRANSLATORS: a figure's subtitle: the year (or "current ties"), then the what-if
         * changes, as "+ TM → CSTO (member)". */
        g_string_printf (s, T_ (f, "%1$s; what-if: %2$s"), when, list->str);
    }
    return g_string_free (s, FALSE);
}

void
bloc_figure_finish_label (BlocFigure *f)
{
    g_autofree char *sub = bloc_figure_subtitle (f);
    g_autoptr (GString) html =
        g_string_new ("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">");
    g_autofree char *title = bloc_label_sentence (f, f->title);
    g_autofree char *subtitle = bloc_label_sentence (f, sub);
    g_string_append (html, "<TR><TD><FONT POINT-SIZE=\"16\"><B>");
    bloc_label_append (html, title, 0);
    g_string_append (html, "</B></FONT></TD></TR><TR><TD><FONT POINT-SIZE=\"11\">");
    bloc_label_append (html, subtitle, 0);
    g_string_append (html, "</FONT></TD></TR></TABLE>");
    bloc_gv_set_html (f->g, "label", html->str);
    bloc_gv_set (f->g, "labelloc", "t");
    bloc_gv_set (f->g, "labeljust", "c");
    if (f->n_what_if > 0) {
        BlocSwatch line = { BLOC_SWATCH_LINE, .style = BLOC_STYLE_WHAT_IF_LINE,
                            .line = bloc_style_what_if_colour (f->o->theme), .penwidth = "1.2" };
        bloc_figure_legend_swatch (f, &line, T_ (f, "what-if: a tie the data does not have"));
    }
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

char *
bloc_figure_count_of (const BlocFigure *f, BlocSide side, guint n)
{
    if (side == BLOC_SIDE_OTHERS)
        return g_strdup_printf (TN_ (f, "%u organization", "%u organizations", n), n);
    if (f->o->scope.actors == BLOC_KIND_BIT (BLOC_KIND_COUNTRY))
        return g_strdup_printf (TN_ (f, "%u country", "%u countries", n), n);
    return g_strdup_printf (TN_ (f, "%u actor", "%u actors", n), n);
}

const char *
bloc_figure_measure_word (const BlocFigure *f, BlocOverlapMeasure m)
{
    static const char *const words[] = {
        NC_ ("measure", "count"),   NC_ ("measure", "weighted"), NC_ ("measure", "jaccard"),
        NC_ ("measure", "overlap"), NC_ ("measure", "cosine"),
    };
    return (guint)m < G_N_ELEMENTS (words) ? TC_ (f, "measure", words[m])
                                           : bloc_overlap_measure_to_string (m);
}

void
bloc_figure_describe_limits (BlocFigure *f)
{
    const BlocRenderOptions *o = f->o;
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    gboolean countries = o->scope.actors == BLOC_KIND_BIT (BLOC_KIND_COUNTRY);

    if (o->group != NULL && o->view != BLOC_VIEW_GAPS) {
        g_autofree char *group =
            bloc_text_isolate_rtl (o->group_name ? o->group_name : T_ (f, "the group"));
        g_string_append_c (f->desc, ' ');
        g_string_append_printf (f->desc,
                                countries
                                    /* TRANSLATORS: a figure's description, after --group. */
                                    ? T_ (f, "Only the countries of %s are counted.")
                                    /* TRANSLATORS: a figure's description, after --group. */
                                    : T_ (f, "Only the actors of %s are counted."),
                                group);
    }
    if (o->top > 0) {
        const char *format;
        guint n = f->n_top;
        gboolean others = f->view->top == BLOC_TOP_OTHERS ||
                          (f->view->top == BLOC_TOP_BETWEEN && o->between == BLOC_SIDE_OTHERS);
        /* TRANSLATORS: a figure's description, after --top N: how many it keeps, then N. */
        if (f->view->top == BLOC_TOP_EGO)
            format = TN_ (f,
                          "Only the %1$u neighbour with the most ties in the figure is drawn "
                          "(--top %2$u).",
                          "Only the %1$u neighbours with the most ties in the figure are drawn "
                          "(--top %2$u).",
                          n);
        else if (others)
            format = TN_ (
                f, "Only the %1$u organization with the most members is drawn (--top %2$u).",
                "Only the %1$u organizations with the most members are drawn (--top %2$u).", n);
        else if (countries)
            format = TN_ (
                f, "Only the %1$u country with the most memberships is drawn (--top %2$u).",
                "Only the %1$u countries with the most memberships are drawn (--top %2$u).", n);
        else
            format =
                TN_ (f, "Only the %1$u actor with the most memberships is drawn (--top %2$u).",
                     "Only the %1$u actors with the most memberships are drawn (--top %2$u).", n);
        g_string_append_c (f->desc, ' ');
        g_string_append_printf (f->desc, format, n, o->top);
    }
    if (o->min_weight > 0 && (o->view == BLOC_VIEW_OVERLAP || o->view == BLOC_VIEW_MATRIX)) {
        bloc_format_real_exact (buf, o->min_weight);
        g_string_append_c (f->desc, ' ');
        const char *format =
            /* TRANSLATORS: a figure's description, after --min N: the measure, then N twice. */
            T_ (f, "Pairs whose %1$s is below %2$s are left out (--min %2$s).");
        g_string_append_printf (f->desc, format, bloc_figure_measure_word (f, o->weight), buf);
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
bloc_figure_canvas_legend_row (BlocFigure *f, double x, double y, const BlocSwatch *sw,
                               const char *text)
{
    switch (sw->kind) {
    case BLOC_SWATCH_NODE: {
        gboolean filled = sw->style != NULL && strstr (sw->style, "filled") != NULL;
        double width = sw->penwidth ? g_ascii_strtod (sw->penwidth, NULL) : 1;
        if (g_strcmp0 (sw->shape, "circle") == 0)
            bloc_canvas_circle (f->canvas, x + 9, y + 6.5, 4.5, filled ? sw->fill : NULL, sw->line,
                                sw->line ? width : 0, NULL, "legend swatch", NULL);
        else
            bloc_canvas_rect (f->canvas, x + 1, y + 1, 16, 11, filled ? sw->fill : NULL, sw->line,
                              width, NULL, "legend swatch", NULL);
        break;
    }
    case BLOC_SWATCH_LINE:
        bloc_canvas_line (f->canvas, x + 1, y + 6.5, x + 17, y + 6.5, sw->line,
                          sw->penwidth ? g_ascii_strtod (sw->penwidth, NULL) : 1.2,
                          "legend swatch");
        break;
    case BLOC_SWATCH_BOX:
    default:
        bloc_canvas_rect (f->canvas, x + 1, y + 1, 16, 11, sw->fill, "#777777", 0.5, NULL,
                          "legend swatch", NULL);
        if (sw->text != NULL && *sw->text != '\0')
            bloc_canvas_text (f->canvas, x + 9, y + 10, sw->text, 8, BLOC_ALIGN_MIDDLE, FALSE,
                              FALSE, NULL, NULL, "legend", NULL);
        break;
    }
    bloc_canvas_text (f->canvas, x + 24, y + 10.5, text, 10, BLOC_ALIGN_START, FALSE, FALSE, NULL,
                      NULL, "legend", NULL);
    return y + 15;
}
