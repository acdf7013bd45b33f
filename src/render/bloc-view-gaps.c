/* bloc-view-gaps.c: the group × entities matrix as one HTML-like table. */
#include <math.h>

#include "bloc-render-private.h"
#include "bloc-text.h"

/* A short name for a role in a matrix cell. */
static const char *
role_cell_text (BlocRole role)
{
    switch (role) {
    case BLOC_ROLE_MEMBER:
        return "member";
    case BLOC_ROLE_ASSOCIATE:
        return "assoc.";
    case BLOC_ROLE_OBSERVER:
        return "observer";
    case BLOC_ROLE_SIGNATORY:
        return "signed";
    case BLOC_ROLE_PARTY:
        return "party";
    case BLOC_ROLE_PARTICIPANT:
        return "takes part";
    default:
        return bloc_role_to_string (role);
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

/* The header row: the group's name, then each member. */
static void
append_header (GString *t, const BlocFigure *f, const BlocGaps *gaps)
{
    g_string_append (t, "<TR><TD BGCOLOR=\"#f0f0f0\" ALIGN=\"LEFT\"><B>");
    bloc_label_append (t, f->o->group_name ? f->o->group_name : "group", 0);
    g_string_append (t, "</B></TD>");
    for (guint k = 0; k < gaps->group->len; k++) {
        g_string_append (t, "<TD BGCOLOR=\"#f0f0f0\"><B>");
        bloc_label_append (t, bloc_figure_label_of (f, g_array_index (gaps->group, guint, k)), 12);
        g_string_append (t, "</B></TD>");
    }
    g_string_append (t, "<TD BGCOLOR=\"#f0f0f0\"><B>coverage</B></TD></TR>");
}

/* The cell of @member in the row of @g: its role, or absent, with a title and a class. */
static void
append_cell (GString *t, BlocFigure *f, const BlocGapEntity *g, guint member)
{
    const BlocEntity *e = bloc_dataset_entity (f->ds, g->entity);
    const BlocPresence *present = NULL;
    for (guint j = 0; j < g->present->len; j++)
        if (g_array_index (g->present, BlocPresence, j).entity == member)
            present = &g_array_index (g->present, BlocPresence, j);
    const BlocEntity *me = bloc_dataset_entity (f->ds, member);
    g_autofree char *id = bloc_element_id ("c-", e->id, me->id, NULL);
    g_autofree char *tip =
        present ? g_strdup_printf ("%s: %s of %s", bloc_figure_text_of (f, member),
                                   bloc_role_to_string (present->role),
                                   bloc_figure_text_of (f, g->entity))
                : g_strdup_printf ("%s: absent from %s", bloc_figure_text_of (f, member),
                                   bloc_figure_text_of (f, g->entity));
    /* The cell's <title> comes from the titles table; the tooltip only makes Graphviz draw the
     * cell as a group with an id. */
    bloc_figure_add_title (f, id, g_steal_pointer (&tip));
    g_hash_table_replace (
        f->classes, g_strdup (id),
        present ? g_strdup_printf ("cell present %s", bloc_role_to_string (present->role))
                : g_strdup ("cell absent"));
    if (present)
        g_string_append_printf (t, "<TD ID=\"%s\" HREF=\"#\" TOOLTIP=\"%s\" BGCOLOR=\"%s\">%s</TD>",
                                id, id, role_fill (f->o->theme, present->role),
                                role_cell_text (present->role));
    else
        g_string_append_printf (t,
                                "<TD ID=\"%s\" HREF=\"#\" TOOLTIP=\"%s\" BGCOLOR=\"white\">"
                                "<B>\xe2\x9c\x97 absent</B></TD>",
                                id, id);
}

/* The last row: how many gaps each member has. */
static void
append_gap_counts (GString *t, const BlocGaps *gaps)
{
    g_string_append (t, "<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"#f0f0f0\"><I>gaps</I></TD>");
    for (guint k = 0; k < gaps->group->len; k++) {
        guint member = g_array_index (gaps->group, guint, k), count = 0;
        for (guint j = 0; j < gaps->members->len; j++) {
            const BlocGapMember *gm = g_ptr_array_index (gaps->members, j);
            if (gm->entity == member)
                count = gm->gaps->len;
        }
        g_string_append_printf (t, "<TD BGCOLOR=\"#f0f0f0\"><I>%u</I></TD>", count);
    }
    g_string_append (t, "<TD BGCOLOR=\"#f0f0f0\"></TD></TR>");
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
        /* Persian and Arabic names align right, like their text. */
        const char *side = bloc_text_starts_rtl (label) ? "RIGHT" : "LEFT";
        g_string_append_printf (t, "<TR><TD ALIGN=\"%s\" BALIGN=\"%s\">", side, side);
        bloc_label_append (t, label, 30);
        g_string_append (t, "</TD>");
        for (guint k = 0; k < gaps->group->len; k++)
            append_cell (t, f, g, g_array_index (gaps->group, guint, k));
        g_string_append_printf (t, "<TD ALIGN=\"RIGHT\">%d%%</TD></TR>",
                                (int)floor (g->coverage * 100 + 0.5));
    }
    append_gap_counts (t, gaps);
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
    const char *group_name = o->group_name ? o->group_name : "the group";
    bloc_figure_add_title (
        f, "n-gaps", g_strdup_printf ("Participation of %s in %u entities", group_name, rows->len));

    bloc_figure_legend_row (f, role_fill (o->theme, BLOC_ROLE_MEMBER), "member",
                            "takes part fully (member, party, signatory, participant)");
    bloc_figure_legend_row (f, role_fill (o->theme, BLOC_ROLE_OBSERVER), "observer",
                            "takes part partly (observer, associate, partner, ...)");
    bloc_figure_legend_row (f, "white", "\xe2\x9c\x97", "absent");
    g_autofree char *short_ids = bloc_dataset_join_ids (f->ds, gaps->one_short, ", ", 0);
    g_string_append_printf (
        f->desc,
        "Which of the %u members of %s take part in each of %u entities that "
        "at least %u of them join, sorted by coverage; one short of complete: %s.",
        gaps->group->len, group_name, rows->len, o->min_present, *short_ids ? short_ids : "none");
    return TRUE;
}
