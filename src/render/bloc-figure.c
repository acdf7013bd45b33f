/* bloc-figure.c: the build context of a figure, and the nodes and edges every view shares. */
#include <stdarg.h>
#include <string.h>

#include "bloc-render-private.h"
#include "bloc-text.h"

#define MAX_NODES 1500
#define MAX_EDGES 4000

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

gboolean
bloc_figure_too_large (const BlocFigure *f, GError **error)
{
    int n_edges = agnedges (f->g);
    if (f->n_nodes <= MAX_NODES && n_edges <= MAX_EDGES)
        return FALSE;
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                 "the %s view would have %d nodes and %d lines, more than a readable figure holds "
                 "(expected at most %d and %d; narrow it with %s)",
                 bloc_view_to_string (f->o->view), f->n_nodes, n_edges, MAX_NODES, MAX_EDGES,
                 f->view->narrow);
    return TRUE;
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
