/* bloc-view-gaps.c: the group × entities matrix as one HTML-like table. */
#include <math.h>

#include "bloc-render-private.h"
#include "bloc-text.h"

/* A short name for a role in a matrix cell, in the figure's language. */
static const char *
role_cell_text (const BlocFigure *f, BlocRole role)
{
    switch (role) {
    case BLOC_ROLE_MEMBER:
        return TC_ (f, "cell", "member");
    case BLOC_ROLE_ASSOCIATE:
        return TC_ (f, "cell", "assoc.");
    case BLOC_ROLE_OBSERVER:
        return TC_ (f, "cell", "observer");
    case BLOC_ROLE_SIGNATORY:
        return TC_ (f, "cell", "signed");
    case BLOC_ROLE_PARTY:
        return TC_ (f, "cell", "party");
    case BLOC_ROLE_PARTICIPANT:
        return TC_ (f, "cell", "takes part");
    default:
        return bloc_figure_role_word (f, role);
    }
}

/* Cell fill by role: full roles darker, weaker roles lighter; readable in greyscale because the
 * role is also written in the cell. */
static const char *
role_fill (BlocTheme theme, BlocRole role)
{
    gboolean full = role == BLOC_ROLE_MEMBER || role == BLOC_ROLE_PARTY ||
                    role == BLOC_ROLE_SIGNATORY || role == BLOC_ROLE_PARTICIPANT;
    if (theme == BLOC_THEME_DEFAULT)
        return full ? "#9ecae9" : "#d7eaf5";
    return full ? "#c8c8c8" : "#ebebeb";
}

/* A cell of the matrix as HTML-like text: <TD @attributes>@html</TD>. Caller frees. */
static char *
cell (const char *attributes, const char *html)
{
    return g_strdup_printf ("<TD %s>%s</TD>", attributes, html);
}

/* The header row: the group's name, then each member. */
static void
append_header (GString *t, const BlocFigure *f, const BlocGaps *gaps)
{
    g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
    g_autoptr (GString) text = g_string_new ("<B>");
    bloc_label_append (text, f->o->group_name ? f->o->group_name : T_ (f, "group"), 0);
    g_string_append (text, "</B>");
    g_autofree char *attributes =
        g_strdup_printf ("BGCOLOR=\"#f0f0f0\" ALIGN=\"%s\"", bloc_figure_start_side (f));
    g_ptr_array_add (cells, cell (attributes, text->str));
    for (guint k = 0; k < gaps->group->len; k++) {
        g_string_assign (text, "<B>");
        bloc_label_append (text, bloc_figure_label_of (f, g_array_index (gaps->group, guint, k)),
                           12);
        g_string_append (text, "</B>");
        g_ptr_array_add (cells, cell ("BGCOLOR=\"#f0f0f0\"", text->str));
    }
    g_string_assign (text, "<B>");
    bloc_label_append (text, T_ (f, "coverage"), 0);
    g_string_append (text, "</B>");
    g_ptr_array_add (cells, cell ("BGCOLOR=\"#f0f0f0\"", text->str));
    bloc_figure_append_row (f, t, cells);
}

/* The cell of @member in the row of @g: its role, or absent, with a title and a class. A
 * what-if tie's cell is dashed, marked "*", and of the class "hypothetical". */
static char *
member_cell (BlocFigure *f, const BlocGapEntity *g, guint member)
{
    const BlocEntity *e = bloc_dataset_entity (f->ds, g->entity);
    const BlocPresence *present = NULL;
    for (guint j = 0; j < g->present->len; j++)
        if (g_array_index (g->present, BlocPresence, j).entity == member)
            present = &g_array_index (g->present, BlocPresence, j);
    const BlocEntity *me = bloc_dataset_entity (f->ds, member);
    g_autofree char *id = bloc_element_id ("c-", e->id, me->id, NULL);
    gboolean what_if = present && bloc_figure_what_if (f, member, g->entity);
    /* TRANSLATORS: a gaps cell's tooltip: "Kazakhstan: member of CSTO". */
    const char *present_format = T_ (f, "%1$s: %2$s of %3$s");
    /* TRANSLATORS: a gaps cell's tooltip: "Uzbekistan: absent from CSTO". */
    const char *absent_format = T_ (f, "%1$s: absent from %2$s");
    g_autofree char *tip = present
                               ? g_strdup_printf (present_format, bloc_figure_text_of (f, member),
                                                  bloc_figure_role_word (f, present->role),
                                                  bloc_figure_text_of (f, g->entity))
                               : g_strdup_printf (absent_format, bloc_figure_text_of (f, member),
                                                  bloc_figure_text_of (f, g->entity));
    if (what_if) {
        char *more = g_strdup_printf ("%s\n%s", tip,
                                      T_ (f, "What-if: a tie the data does not have (--add)"));
        g_free (tip);
        tip = more;
        bloc_figure_mark_what_if (f);
    }
    /* The cell's <title> comes from the titles table; the tooltip only makes Graphviz draw the
     * cell as a group with an id. */
    bloc_figure_add_title (f, id, g_steal_pointer (&tip));
    g_hash_table_replace (f->classes, g_strdup (id),
                          present ? g_strdup_printf ("cell present %s%s",
                                                     bloc_role_to_string (present->role),
                                                     what_if ? " hypothetical" : "")
                                  : g_strdup ("cell absent"));
    g_autoptr (GString) text = g_string_new (NULL);
    if (present) {
        bloc_label_append (text, role_cell_text (f, present->role), 0);
        if (what_if)
            g_string_append (text, " *");
        return g_strdup_printf ("<TD ID=\"%s\" HREF=\"#\" TOOLTIP=\"%s\" BGCOLOR=\"%s\"%s>%s</TD>",
                                id, id, role_fill (f->o->theme, present->role),
                                what_if ? " STYLE=\"dashed\" COLOR=\"#d55e00\" BORDER=\"2\"" : "",
                                text->str);
    }
    /* One run with its sign, so that the sign leads in either direction. */
    g_autofree char *sign = g_strconcat ("\xe2\x9c\x97 ", TC_ (f, "cell", "absent"), NULL);
    g_autofree char *absent = bloc_label_sentence (f, sign);
    g_string_append (text, "<B>");
    bloc_label_append (text, absent, 0);
    g_string_append (text, "</B>");
    return g_strdup_printf ("<TD ID=\"%s\" HREF=\"#\" TOOLTIP=\"%s\" BGCOLOR=\"white\">%s</TD>", id,
                            id, text->str);
}

/* The last row: how many gaps each member has. */
static void
append_gap_counts (GString *t, const BlocFigure *f, const BlocGaps *gaps)
{
    g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
    g_autoptr (GString) text = g_string_new ("<I>");
    bloc_label_append (text, T_ (f, "gaps"), 0);
    g_string_append (text, "</I>");
    g_autofree char *attributes =
        g_strdup_printf ("ALIGN=\"%s\" BGCOLOR=\"#f0f0f0\"", bloc_figure_start_side (f));
    g_ptr_array_add (cells, cell (attributes, text->str));
    for (guint k = 0; k < gaps->group->len; k++) {
        guint member = g_array_index (gaps->group, guint, k), count = 0;
        for (guint j = 0; j < gaps->members->len; j++) {
            const BlocGapMember *gm = g_ptr_array_index (gaps->members, j);
            if (gm->entity == member)
                count = gm->gaps->len;
        }
        g_ptr_array_add (cells, g_strdup_printf ("<TD BGCOLOR=\"#f0f0f0\"><I>%u</I></TD>", count));
    }
    g_ptr_array_add (cells, g_strdup ("<TD BGCOLOR=\"#f0f0f0\"></TD>"));
    bloc_figure_append_row (f, t, cells);
}

/* The matrix as one HTML-like table, a row for each of @rows. */
static char *
matrix_table (BlocFigure *f, const BlocGaps *gaps, const GPtrArray *rows)
{
    GString *t =
        g_string_new ("<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">");
    append_header (t, f, gaps);
    for (guint i = 0; i < rows->len; i++) {
        const BlocGapEntity *g = g_ptr_array_index (rows, i);
        const char *label = bloc_figure_label_of (f, g->entity);
        g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
        /* Persian and Arabic names align right, like their text. */
        const char *side = bloc_text_starts_rtl (label) ? "RIGHT" : "LEFT";
        g_autoptr (GString) text = g_string_new (NULL);
        bloc_label_append (text, label, 30);
        g_ptr_array_add (cells, g_strdup_printf ("<TD ALIGN=\"%s\" BALIGN=\"%s\">%s</TD>", side,
                                                 side, text->str));
        for (guint k = 0; k < gaps->group->len; k++)
            g_ptr_array_add (cells, member_cell (f, g, g_array_index (gaps->group, guint, k)));
        /* The number by its end side: its digits run left to right in every language. */
        g_ptr_array_add (cells,
                         g_strdup_printf ("<TD ALIGN=\"%s\">%d%%</TD>", bloc_figure_end_side (f),
                                          (int)floor (g->coverage * 100 + 0.5)));
        bloc_figure_append_row (f, t, cells);
    }
    append_gap_counts (t, f, gaps);
    g_string_append (t, "</TABLE>");
    return g_string_free (t, FALSE);
}

gboolean
bloc_view_gaps_draw (BlocFigure *f, GError **error)
{
    const BlocRenderOptions *o = f->o;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocGaps) gaps = NULL;

    if (o->group == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "the gaps view needs a group (--group)");
        return FALSE;
    }
    if (!bloc_membership_new (&m, f->ds, &o->scope, error) ||
        !bloc_gaps_compute (&gaps, m, o->group, o->min_present, error))
        return FALSE;

    /* Rows by coverage, highest first, then by id. */
    g_autoptr (GArray) rank = bloc_gaps_rank (gaps);
    g_autoptr (GPtrArray) rows = g_ptr_array_sized_new (rank->len);
    for (guint i = 0; i < rank->len; i++)
        g_ptr_array_add (rows, g_ptr_array_index (gaps->entities, g_array_index (rank, guint, i)));

    g_autofree char *table = matrix_table (f, gaps, rows);
    Agnode_t *n = bloc_gv_must (agnode (f->g, "n-gaps", 1));
    f->n_nodes++;
    bloc_gv_set (n, "shape", "plain");
    bloc_gv_set (n, "id", "n-gaps");
    bloc_gv_set (n, "class", "gaps-matrix");
    bloc_gv_set_html (n, "label", table);
    g_autofree char *group_name =
        bloc_text_isolate_rtl (o->group_name ? o->group_name : T_ (f, "the group"));
    g_autofree char *entities =
        g_strdup_printf (TN_ (f, "%u entity", "%u entities", rows->len), rows->len);
    /* TRANSLATORS: the gaps matrix's tooltip: the group, then "12 entities". */
    const char *participation = T_ (f, "Participation of %1$s in %2$s");
    bloc_figure_add_title (f, "n-gaps", g_strdup_printf (participation, group_name, entities));

    bloc_figure_legend_row (f, role_fill (o->theme, BLOC_ROLE_MEMBER), TC_ (f, "cell", "member"),
                            T_ (f, "takes part fully (member, party, signatory, participant)"));
    bloc_figure_legend_row (f, role_fill (o->theme, BLOC_ROLE_OBSERVER),
                            TC_ (f, "cell", "observer"),
                            T_ (f, "takes part partly (observer, associate, partner, ...)"));
    bloc_figure_legend_row (f, "white", "\xe2\x9c\x97", TC_ (f, "cell", "absent"));
    g_autofree char *short_ids = bloc_figure_join_ids (f, gaps->one_short, 0);
    g_autofree char *members =
        g_strdup_printf (TN_ (f, "%u member", "%u members", gaps->group->len), gaps->group->len);
    const char *format =
        /* TRANSLATORS: the gaps figure's description: "Which of the 5 members of Central Asia take
         * part in each of 12 entities that at least 2 of them join, sorted by coverage; one short
         * of complete: CSTO, SCO." */
        T_ (f, "Which of the %1$s of %2$s take part in each of %3$s that at least %4$u of them "
               "join, sorted by coverage; one short of complete: %5$s.");
    g_string_append_printf (f->desc, format, members, group_name, entities, o->min_present,
                            *short_ids ? short_ids : T_ (f, "none"));
    return TRUE;
}
