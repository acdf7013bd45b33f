/* bloc-render.c: builds each view as a cgraph graph, lays it out and renders it with gvc. */
#include "bloc-render.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <time.h>

#include <cgraph.h>
#include <gvc.h>

#include "bloc-output.h"

#define FONT        "DejaVu Sans"
#define LAYOUT_SEED "20260101"
#define MAX_NODES   1500
#define MAX_EDGES   4000

static const char *const view_names[BLOC_N_VIEWS] = {
    "membership", "overlap", "ego", "gaps", "nesting", "timeline",
};
static const char *const theme_names[BLOC_N_THEMES] = { "default", "print", "mono" };

const char *
bloc_view_to_string (BlocView view)
{
    return view_names[view];
}

gboolean
bloc_view_parse (BlocView *out, const char *text, GError **error)
{
    int i = bloc_name_lookup (view_names, BLOC_N_VIEWS, text);
    if (i >= 0) {
        *out = (BlocView)i;
        return TRUE;
    }
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                 "unknown view '%s' (expected membership, overlap, ego, gaps, nesting or timeline)",
                 text);
    return FALSE;
}

gboolean
bloc_theme_parse (BlocTheme *out, const char *text, GError **error)
{
    int i = bloc_name_lookup (theme_names, BLOC_N_THEMES, text);
    if (i >= 0) {
        *out = (BlocTheme)i;
        return TRUE;
    }
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                 "unknown theme '%s' (expected default, print or mono)", text);
    return FALSE;
}

gboolean
bloc_image_format_parse (BlocImageFormat *out, const char *text, GError **error)
{
    static const char *const names[] = { "svg", "png", "pdf", "dot", "gv" };
    int i = bloc_name_lookup (names, G_N_ELEMENTS (names), text);
    if (i >= 0) {
        *out = (BlocImageFormat)i;
        return TRUE;
    }
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                 "unknown output type '%s' (expected svg, png, pdf, dot or gv)", text);
    return FALSE;
}

void
bloc_render_options_init (BlocRenderOptions *o, BlocView view)
{
    memset (o, 0, sizeof *o);
    o->view = view;
    bloc_scope_init (&o->scope);
    o->depth = 1;
    o->min_present = 2;
    o->between = BLOC_SIDE_ACTORS;
    o->weight = BLOC_OVERLAP_COUNT;
    o->size_by = BLOC_CENTRALITY_DEGREE;
    o->min_members = 2;
}

/* ---- Colours ------------------------------------------------------------------------------ */

/* Okabe & Ito's palette, safe for the common colour-vision deficiencies, as light fills with the
 * full colour as the outline. */
typedef struct {
    const char *fill;
    const char *line;
} Colour;

static const Colour okabe_ito[] = {
    { "#cfe8f7", "#0072b2" }, /* sky blue / blue */
    { "#fbe3b3", "#e69f00" }, /* orange */
    { "#b3e3d5", "#009e73" }, /* bluish green */
    { "#f2d6e6", "#cc79a7" }, /* reddish purple */
    { "#faf5c2", "#b8a800" }, /* yellow */
    { "#f5cdb3", "#d55e00" }, /* vermillion */
    { "#c9dff0", "#56b4e9" }, /* light blue */
    { "#e0e0e0", "#555555" }, /* grey */
};

static const char *const greys[] = { "#ffffff", "#e6e6e6", "#cccccc",
                                     "#b3b3b3", "#f2f2f2", "#d9d9d9" };

static Colour
kind_colour (BlocTheme theme, BlocKind kind)
{
    static const int index[BLOC_N_KINDS] = { 0, 7, 1, 4, 2, 3, 6, 5 };
    if (theme == BLOC_THEME_MONO)
        return (Colour){ greys[kind % G_N_ELEMENTS (greys)], "#000000" };
    Colour c = okabe_ito[index[kind]];
    if (theme == BLOC_THEME_PRINT)
        c.line = "#222222";
    return c;
}

/* The colour of the @shown-th community drawn (from 0): the palette in the order that keeps
 * neighbours apart (blue, orange, green, purple, vermillion, yellow, light blue), then grey. */
static Colour
community_colour (BlocTheme theme, guint shown)
{
    static const int order[] = { 0, 1, 2, 3, 5, 4, 6 };
    static const char *const community_greys[] = { "#ffffff", "#bdbdbd", "#e6e6e6", "#8c8c8c" };
    if (theme == BLOC_THEME_MONO)
        return (Colour){ community_greys[shown % G_N_ELEMENTS (community_greys)], "#000000" };
    Colour c = shown < G_N_ELEMENTS (order) ? okabe_ito[order[shown]] : okabe_ito[7];
    if (theme == BLOC_THEME_PRINT)
        c.line = "#222222";
    return c;
}

static const char *
line_colour (BlocTheme theme)
{
    return theme == BLOC_THEME_DEFAULT ? "#444444" : "#000000";
}

/* Line style by role: solid for member, party, signatory and participant; dashed for observer
 * and associate; dotted for partner, donor and implementer. */
static const char *
role_style (BlocRole role)
{
    switch (role) {
    case BLOC_ROLE_OBSERVER:
    case BLOC_ROLE_ASSOCIATE:
        return "dashed";
    case BLOC_ROLE_PARTNER:
    case BLOC_ROLE_DONOR:
    case BLOC_ROLE_IMPLEMENTER:
        return "dotted";
    default:
        return "solid";
    }
}

static const char *
kind_shape (BlocKind kind)
{
    switch (kind) {
    case BLOC_KIND_COUNTRY:
    case BLOC_KIND_PERSON:
        return "ellipse";
    case BLOC_KIND_ORGANIZATION:
    case BLOC_KIND_BODY:
        return "box";
    case BLOC_KIND_AGREEMENT:
        return "note";
    case BLOC_KIND_PROGRAMME:
        return "component";
    case BLOC_KIND_FORUM:
        return "hexagon";
    case BLOC_KIND_EXERCISE:
        return "octagon";
    default:
        return "box";
    }
}

/* ---- Building -------------------------------------------------------------------------------- */

typedef struct {
    const BlocDataset *ds;
    const BlocRenderOptions *o;
    Agraph_t *g;
    GString *dot;        /* agwrite's output */
    GHashTable *titles;  /* element id -> its <title> text */
    GHashTable *classes; /* table cell id -> class */
    GHashTable *nodes;   /* entity index + 1 -> Agnode_t * */
    char *title;
    GString *desc;
    GString *legend;     /* rows of the legend table */
    GStringChunk *texts; /* text_of()'s strings */
    int n_nodes;
} Build;

static int
string_putstr (void *chan, const char *str)
{
    g_string_append ((GString *)chan, str);
    return 0;
}

static int
string_flush (void *chan)
{
    return 0;
}

static Agiodisc_t string_io = { NULL, string_putstr, string_flush };

/* Object ids in creation order. cgraph's default discipline uses the address of each name as its
 * id, and writes subgraphs in id order, so the order of the DOT output would depend on memory
 * layout. Named objects get even ids, anonymous ones odd ids, as in the default discipline. */
typedef struct {
    Agraph_t *g;
    GPtrArray *names; /* cgraph reference-counted strings: agwrite reads their header */
    GHashTable *ids;
    IDTYPE anonymous;
} IdState;

static void *
id_open (Agraph_t *g, Agdisc_t *disc)
{
    IdState *s = g_new0 (IdState, 1);
    s->g = g;
    s->names = g_ptr_array_new ();
    s->ids = g_hash_table_new (g_str_hash, g_str_equal);
    s->anonymous = 1;
    return s;
}

static long
id_map (void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
    IdState *s = state;
    if (str == NULL) {
        *id = s->anonymous;
        s->anonymous += 2;
        return TRUE;
    }
    gpointer known = g_hash_table_lookup (s->ids, str);
    if (known != NULL) {
        *id = (IDTYPE)GPOINTER_TO_SIZE (known);
        return TRUE;
    }
    if (!createflag)
        return FALSE;
    /* Owned by the graph's string dictionary, freed with the graph. */
    char *copy = agstrdup (s->g, str);
    g_ptr_array_add (s->names, copy);
    *id = 2 * (IDTYPE)s->names->len;
    g_hash_table_insert (s->ids, copy, GSIZE_TO_POINTER ((gsize)*id));
    return TRUE;
}

static long
id_alloc (void *state, int objtype, IDTYPE id)
{
    return FALSE;
}

static void
id_free (void *state, int objtype, IDTYPE id)
{
}

static char *
id_print (void *state, int objtype, IDTYPE id)
{
    IdState *s = state;
    if (id % 2 == 0 && id / 2 >= 1 && id / 2 <= s->names->len)
        return g_ptr_array_index (s->names, id / 2 - 1);
    return NULL;
}

static void
id_close (void *state)
{
    IdState *s = state;
    g_hash_table_unref (s->ids);
    g_ptr_array_unref (s->names);
    g_free (s);
}

static void
id_register (void *state, int objtype, void *obj)
{
}

static Agiddisc_t sequential_ids = { id_open,  id_map,   id_alloc,   id_free,
                                     id_print, id_close, id_register };

/* A graph object from cgraph, which returns NULL only when it cannot allocate: like GLib, bloc
 * treats running out of memory as fatal. */
static void *
must (void *object)
{
    if (object == NULL)
        g_error ("Graphviz could not allocate a graph object");
    return object;
}

/* A string Graphviz owns, marked as an HTML-like label. */
static void
set_html (void *obj, const char *name, const char *html)
{
    Agraph_t *g = agraphof (obj);
    char *value = agstrdup_html (g, (char *)html);
    agsafeset (obj, (char *)name, value, "");
    agstrfree (g, value);
}

static void
set (void *obj, const char *name, const char *value)
{
    agsafeset (obj, (char *)name, (char *)value, "");
}

/* TRUE when @text begins with a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, ...). */
static gboolean
starts_rtl (const char *text)
{
    for (const char *p = text; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        if (g_unichar_isalpha (c)) {
            GUnicodeScript s = g_unichar_get_script (c);
            return s == G_UNICODE_SCRIPT_ARABIC || s == G_UNICODE_SCRIPT_HEBREW ||
                   s == G_UNICODE_SCRIPT_SYRIAC || s == G_UNICODE_SCRIPT_THAANA ||
                   s == G_UNICODE_SCRIPT_NKO;
        }
    }
    return FALSE;
}

/* Appends a line break to an HTML-like label. Graphviz spaces lines by the font size, which the
 * tall letters and low dots of Arabic script overrun: after such a line (@rtl_above), a thin
 * empty line keeps the next one clear. */
static void
append_line_break (GString *html, gboolean rtl_above)
{
    g_string_append (html, rtl_above ? "<BR/><FONT POINT-SIZE=\"4\"> </FONT><BR/>" : "<BR/>");
}

/* Appends @text to an HTML-like label: escaped, broken into lines of about @width characters, and
 * wrapped in a right-to-left isolate (U+2067 .. U+2069) when it is Persian or Arabic, so that a
 * browser orders the words right to left. */
static void
append_label_text (GString *html, const char *raw, guint width)
{
    /* Line breaks and tabs in a name are spaces in a label. */
    g_autofree char *text = g_strdelimit (bloc_xml_safe (raw), "\t\r\n", ' ');
    g_auto (GStrv) words = g_strsplit (text, " ", -1);
    gboolean rtl = starts_rtl (text);
    guint line = 0;

    if (rtl)
        g_string_append (html, "\xe2\x81\xa7");
    for (int i = 0; words[i] != NULL; i++) {
        guint n = (guint)g_utf8_strlen (words[i], -1);
        if (line > 0 && width > 0 && line + 1 + n > width) {
            if (rtl) {
                g_string_append (html, "\xe2\x81\xa9");
                append_line_break (html, TRUE);
                g_string_append (html, "\xe2\x81\xa7");
            } else
                g_string_append (html, "<BR/>");
            line = 0;
        } else if (i > 0) {
            g_string_append_c (html, ' ');
            line++;
        }
        /* Graphviz expands \N, \G and friends even in HTML-like labels; a doubled backslash
         * stands for itself. */
        g_autofree char *escaped = g_markup_escape_text (words[i], -1);
        for (const char *c = escaped; *c; c++) {
            if (*c == '\\')
                g_string_append_c (html, '\\');
            g_string_append_c (html, *c);
        }
        line += n;
    }
    if (rtl)
        g_string_append (html, "\xe2\x81\xa9");
}

/* An SVG id from @prefix and the NULL-terminated parts that follow, joined with "__". Each part
 * is encoded reversibly, so that two different parts never give one id: letters, digits and '-'
 * stay, every other byte (with '_') becomes '_' and two hex digits. Encoded parts never hold
 * "__", so the joins cannot collide either. */
G_GNUC_NULL_TERMINATED
static char *
make_id (const char *prefix, ...)
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
        for (const guchar *p = (const guchar *)part; *p; p++) {
            if (g_ascii_isalnum (*p) || *p == '-')
                g_string_append_c (s, (char)*p);
            else
                g_string_append_printf (s, "_%02x", *p);
        }
    }
    va_end (args);
    return g_string_free (s, FALSE);
}

static const char *
label_of (const Build *b, guint entity)
{
    return bloc_entity_label (b->ds, bloc_dataset_entity (b->ds, entity), b->o->lang);
}

/* @label for plain text (tooltips, the title and description): a Persian or Arabic one in a
 * first-strong isolate (U+2068 .. U+2069), so that it keeps its own direction inside an English
 * sentence ("ties of ازبکستان, member of ..."). Caller frees. */
static char *
isolate_rtl (const char *label)
{
    return starts_rtl (label) ? g_strdup_printf ("\xe2\x81\xa8%s\xe2\x81\xa9", label)
                              : g_strdup (label);
}

/* The label of @entity for plain text, isolated by isolate_rtl(); owned by @b. */
static const char *
text_of (const Build *b, guint entity)
{
    g_autofree char *text = isolate_rtl (label_of (b, entity));
    return g_string_chunk_insert_const (b->texts, text);
}

/* "since 2002", "2006-2012", or "" */
static char *
years_text (const char *since, const char *until)
{
    if (*since && *until)
        return g_strdup_printf ("%s to %s", since, until);
    if (*since)
        return g_strdup_printf ("since %s", since);
    if (*until)
        return g_strdup_printf ("until %s", until);
    return g_strdup ("");
}

static void
add_title (Build *b, const char *id, char *text)
{
    g_hash_table_replace (b->titles, g_strdup (id), text);
}

/* The node of an entity, created with its shape, colours, class, label and title. */
static Agnode_t *
entity_node (Build *b, guint entity, const char *extra_class)
{
    Agnode_t *n = g_hash_table_lookup (b->nodes, GUINT_TO_POINTER (entity + 1));
    if (n != NULL)
        return n;

    const BlocEntity *e = bloc_dataset_entity (b->ds, entity);
    Colour c = kind_colour (b->o->theme, e->kind);
    g_autofree char *id = make_id ("n-", e->id, NULL);
    g_autoptr (GString) label = g_string_new (NULL);
    g_autofree char *cls = g_strdup_printf ("%s%s%s", bloc_kind_to_string (e->kind),
                                            extra_class ? " " : "", extra_class ? extra_class : "");

    /* Named by the SVG id: an entity id may end in a backslash, which DOT cannot quote. */
    n = must (agnode (b->g, id, 1));
    g_hash_table_insert (b->nodes, GUINT_TO_POINTER (entity + 1), n);
    b->n_nodes++;
    append_label_text (label, label_of (b, entity), e->kind == BLOC_KIND_COUNTRY ? 18 : 24);
    set_html (n, "label", label->str);
    set (n, "id", id);
    set (n, "class", cls);
    set (n, "shape", kind_shape (e->kind));
    set (n, "style", e->kind == BLOC_KIND_BODY ? "rounded,filled" : "filled");
    set (n, "fillcolor", c.fill);
    set (n, "color", c.line);

    const char *since = bloc_entity_cell (b->ds, e, "since"),
               *until = bloc_entity_cell (b->ds, e, "until");
    g_autofree char *years = years_text (since, until);
    const char *name = bloc_entity_label (b->ds, e, b->o->lang);
    add_title (b, id,
               g_strdup_printf ("%s (%s, %s)%s%s", name, e->id, bloc_kind_to_string (e->kind),
                                *years ? ", " : "", years));
    return n;
}

/* An edge for a tie, styled by its role. */
static Agedge_t *
tie_edge (Build *b, guint tie_index, Agnode_t *tail, Agnode_t *head)
{
    const BlocTie *t = bloc_dataset_tie (b->ds, tie_index);
    const BlocEntity *from = bloc_dataset_entity (b->ds, t->from);
    const BlocEntity *to = bloc_dataset_entity (b->ds, t->to);
    g_autofree char *id = make_id ("e-", from->id, to->id, bloc_role_to_string (t->role), NULL);
    /* Two ties with one role between the same pair (two periods) are two lines. */
    for (guint n = 2; agedge (b->g, tail, head, id, 0) != NULL; n++) {
        g_autofree char *count = g_strdup_printf ("%u", n);
        g_free (id);
        id = make_id ("e-", from->id, to->id, bloc_role_to_string (t->role), count, NULL);
    }
    Agedge_t *edge = must (agedge (b->g, tail, head, id, 1));

    set (edge, "id", id);
    set (edge, "class", bloc_role_to_string (t->role));
    set (edge, "style", role_style (t->role));
    if (t->role == BLOC_ROLE_HOST) {
        set (edge, "color",
             b->o->theme == BLOC_THEME_DEFAULT ? "#444444:white:#444444" : "black:white:black");
    } else if (t->role == BLOC_ROLE_PART_OF) {
        set (edge, "color", "#888888");
        set (edge, "penwidth", "0.8");
    } else {
        set (edge, "color", line_colour (b->o->theme));
        set (edge, "penwidth", "1.2");
    }
    const char *since = bloc_tie_cell (b->ds, t, "since");
    const char *until = bloc_tie_cell (b->ds, t, "until");
    g_autofree char *years = years_text (since, until);
    add_title (b, id,
               g_strdup_printf ("%s, %s of %s%s%s%s", text_of (b, t->from),
                                bloc_role_to_string (t->role), text_of (b, t->to),
                                *years ? " (" : "", years, *years ? ")" : ""));
    return edge;
}

static void
legend_row (Build *b, const char *swatch_fill, const char *swatch_text, const char *text)
{
    g_autofree char *escaped = g_markup_escape_text (text, -1);
    g_autofree char *swatch = g_markup_escape_text (swatch_text, -1);
    g_string_append_printf (b->legend,
                            "<TR><TD BGCOLOR=\"%s\" BORDER=\"1\" WIDTH=\"40\">%s</TD>"
                            "<TD ALIGN=\"LEFT\">%s</TD></TR>",
                            swatch_fill, swatch, escaped);
}

static void
legend_kinds (Build *b, BlocKindSet kinds)
{
    static const char *const shape_names[BLOC_N_KINDS] = {
        "ellipse", "ellipse", "box", "rounded box", "note", "component", "hexagon", "octagon",
    };
    for (int k = 0; k < BLOC_N_KINDS; k++) {
        if (!(kinds & BLOC_KIND_BIT (k)))
            continue;
        g_autofree char *text =
            g_strdup_printf ("%s (%s)", bloc_kind_to_string ((BlocKind)k), shape_names[k]);
        legend_row (b, kind_colour (b->o->theme, (BlocKind)k).fill, "", text);
    }
}

static void
legend_roles (Build *b, BlocRoleSet roles)
{
    if (roles & (BLOC_ROLE_BIT (BLOC_ROLE_MEMBER) | BLOC_ROLE_BIT (BLOC_ROLE_PARTY) |
                 BLOC_ROLE_BIT (BLOC_ROLE_SIGNATORY) | BLOC_ROLE_BIT (BLOC_ROLE_PARTICIPANT)))
        legend_row (b, "white", "\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81",
                    "solid: member, party, signatory, participant");
    if (roles & (BLOC_ROLE_BIT (BLOC_ROLE_OBSERVER) | BLOC_ROLE_BIT (BLOC_ROLE_ASSOCIATE)))
        legend_row (b, "white", "\xe2\x95\x8d\xe2\x95\x8d\xe2\x95\x8d",
                    "dashed: observer, associate");
    if (roles & (BLOC_ROLE_BIT (BLOC_ROLE_PARTNER) | BLOC_ROLE_BIT (BLOC_ROLE_DONOR) |
                 BLOC_ROLE_BIT (BLOC_ROLE_IMPLEMENTER)))
        legend_row (b, "white", "\xe2\x94\x88\xe2\x94\x88\xe2\x94\x88",
                    "dotted: partner, donor, implementer");
    if (roles & BLOC_ROLE_BIT (BLOC_ROLE_PART_OF))
        legend_row (b, "white", "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80", "thin grey: part of");
    if (roles & BLOC_ROLE_BIT (BLOC_ROLE_HOST))
        legend_row (b, "white", "\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90", "double: host or seat");
}

/* The year or scenario line under the title. */
static char *
subtitle (const Build *b)
{
    GString *s = g_string_new (NULL);
    int year = b->o->scope.year;
    if (b->o->view == BLOC_VIEW_TIMELINE) {
        /* The timeline is a history, not a snapshot. */
        int from = b->o->from_year, to = year != BLOC_YEAR_ALL ? year : b->o->to_year;
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
    for (guint i = 0; i < b->ds->scenario->len; i++)
        g_string_append_printf (s, "%s%s", i == 0 ? "; what-if: " : ", ",
                                (char *)g_ptr_array_index (b->ds->scenario, i));
    return g_string_free (s, FALSE);
}

/* The graph label: title, year or scenario, and the legend, as one HTML-like table at the top. */
static void
finish_label (Build *b)
{
    g_autofree char *sub = subtitle (b);
    g_autoptr (GString) html =
        g_string_new ("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">");
    g_string_append (html, "<TR><TD COLSPAN=\"2\"><FONT POINT-SIZE=\"16\"><B>");
    append_label_text (html, b->title, 0);
    g_string_append (html, "</B></FONT></TD></TR><TR><TD COLSPAN=\"2\"><FONT POINT-SIZE=\"11\">");
    append_label_text (html, sub, 0);
    g_string_append (html, "</FONT></TD></TR>");
    if (b->legend->len > 0)
        g_string_append_printf (html,
                                "<TR><TD COLSPAN=\"2\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" "
                                "CELLSPACING=\"1\" CELLPADDING=\"2\"><TR><TD COLSPAN=\"2\" "
                                "ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\"><B>Legend</B></FONT>"
                                "</TD></TR>%s</TABLE></TD></TR>",
                                b->legend->str);
    g_string_append (html, "</TABLE>");
    set_html (b->g, "label", html->str);
    set (b->g, "labelloc", "t");
    set (b->g, "labeljust", "c");
}

static void
set_graph_defaults (Build *b, const char *engine)
{
    Agraph_t *g = b->g;
    set (g, "fontname", FONT);
    set (g, "fontsize", "11");
    set (g, "pad", "0.3");
    set (g, "bgcolor", "white");
    set (g, "outputorder", "edgesfirst");
    set (g, "start", LAYOUT_SEED);
    set (g, "id", "graph0");
    if (strcmp (engine, "dot") != 0) {
        set (g, "overlap", "voronoi");
        set (g, "sep", "+4");
        set (g, "splines", "true");
    }
    /* Graphviz's layout declares this default process-wide; declaring it here keeps the first
     * graph of a process like the next ones. */
    agattr (g, AGNODE, "label", "\\N");
    agattr (g, AGNODE, "fontname", FONT);
    agattr (g, AGNODE, "fontsize", "11");
    /* Wide margins: a viewer's fallback font may be wider than DejaVu Sans. */
    agattr (g, AGNODE, "margin", "0.16,0.08");
    agattr (g, AGNODE, "penwidth", "1.2");
    agattr (g, AGEDGE, "fontname", FONT);
    agattr (g, AGEDGE, "fontsize", "9");
}

/* ---- The views ------------------------------------------------------------------------------ */

static gboolean
too_large (const Build *b, GError **error)
{
    int n_edges = agnedges (b->g);
    if (b->n_nodes <= MAX_NODES && n_edges <= MAX_EDGES)
        return FALSE;
    static const char *const advice[BLOC_N_VIEWS] = {
        "--group, --kinds or --year", "--min, --kinds or --year", "--depth 1, --roles or --year",
        "--kinds or --min-present",   "--min-members or --kinds", "--focus, --from or --to",
    };
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                 "the %s view would have %d nodes and %d lines, more than a readable figure holds "
                 "(expected at most %d and %d; narrow it with %s)",
                 bloc_view_to_string (b->o->view), b->n_nodes, n_edges, MAX_NODES, MAX_EDGES,
                 advice[b->o->view]);
    return TRUE;
}

/* The two-mode graph: what the actors (or the group) take part in, with roles as line styles. */
static gboolean
view_membership (Build *b, GError **error)
{
    const BlocDataset *ds = b->ds;
    const BlocScope *scope = &b->o->scope;
    g_autoptr (GHashTable) in_group = g_hash_table_new (g_direct_hash, g_direct_equal);
    g_autoptr (GHashTable) shown = g_hash_table_new (g_direct_hash, g_direct_equal);
    BlocKindSet kinds = 0;
    BlocRoleSet roles = 0;
    guint n_edges = 0, n_actors = 0;

    if (b->o->group != NULL)
        for (guint i = 0; i < b->o->group->len; i++)
            g_hash_table_add (in_group,
                              GUINT_TO_POINTER (g_array_index (b->o->group, guint, i) + 1));

    /* Participation ties first: they decide which entities are shown. */
    for (int pass = 0; pass < 2; pass++) {
        for (guint i = 0; i < ds->ties->len; i++) {
            const BlocTie *t = bloc_dataset_tie (ds, i);
            const BlocEntity *from = bloc_dataset_entity (ds, t->from),
                             *to = bloc_dataset_entity (ds, t->to);
            if (!bloc_tie_active (t, scope->year))
                continue;
            gboolean from_actor = scope->actors & BLOC_KIND_BIT (from->kind);
            gboolean to_actor = scope->actors & BLOC_KIND_BIT (to->kind);
            if (pass == 0) {
                if (!(scope->roles & BLOC_ROLE_BIT (t->role)) || from_actor == to_actor)
                    continue;
                guint actor = from_actor ? t->from : t->to, other = from_actor ? t->to : t->from;
                if (!(scope->others & BLOC_KIND_BIT (bloc_dataset_entity (ds, other)->kind)))
                    continue;
                if (b->o->group != NULL &&
                    !g_hash_table_contains (in_group, GUINT_TO_POINTER (actor + 1)))
                    continue;
                g_hash_table_add (shown, GUINT_TO_POINTER (actor + 1));
                g_hash_table_add (shown, GUINT_TO_POINTER (other + 1));
            } else {
                /* Structural ties between entities already shown, and participation ties. */
                gboolean structural = !(BLOC_PARTICIPATION_ROLES & BLOC_ROLE_BIT (t->role));
                if (!structural && !(scope->roles & BLOC_ROLE_BIT (t->role)))
                    continue;
                if (!g_hash_table_contains (shown, GUINT_TO_POINTER (t->from + 1)) ||
                    !g_hash_table_contains (shown, GUINT_TO_POINTER (t->to + 1)))
                    continue;
                if (!structural && from_actor == to_actor)
                    continue;
                const char *cls_from =
                    g_hash_table_contains (in_group, GUINT_TO_POINTER (t->from + 1))
                        ? "group-member"
                        : NULL;
                const char *cls_to = g_hash_table_contains (in_group, GUINT_TO_POINTER (t->to + 1))
                                         ? "group-member"
                                         : NULL;
                Agnode_t *tail = entity_node (b, t->from, cls_from);
                Agnode_t *head = entity_node (b, t->to, cls_to);
                Agedge_t *edge = tie_edge (b, i, tail, head);
                /* Keep every non-actor in one rank, facing the actors. */
                if (structural)
                    set (edge, "constraint", "false");
                roles |= BLOC_ROLE_BIT (t->role);
                n_edges++;
            }
        }
    }
    /* Group members that take part in nothing still appear: their absence is the point. */
    if (b->o->group != NULL)
        for (guint i = 0; i < b->o->group->len; i++)
            entity_node (b, g_array_index (b->o->group, guint, i), "group-member");

    GHashTableIter it;
    gpointer key, value;
    g_hash_table_iter_init (&it, b->nodes);
    while (g_hash_table_iter_next (&it, &key, &value)) {
        const BlocEntity *e = bloc_dataset_entity (ds, GPOINTER_TO_UINT (key) - 1);
        kinds |= BLOC_KIND_BIT (e->kind);
        if (scope->actors & BLOC_KIND_BIT (e->kind)) {
            n_actors++;
            /* Actors in the first rank, so that the two modes face each other. */
            Agraph_t *rank = must (agsubg (b->g, "actors", 1));
            set (rank, "rank", "min");
            must (agsubnode (rank, value, 1));
        }
        if (g_hash_table_contains (in_group, key)) {
            set (value, "penwidth", "2.6");
        }
    }
    if (too_large (b, error))
        return FALSE;
    set (b->g, "rankdir", "LR");
    set (b->g, "ranksep", "1.6");
    set (b->g, "nodesep", "0.12");
    legend_kinds (b, kinds);
    legend_roles (b, roles);
    if (b->o->group != NULL)
        legend_row (b, "white", "", "heavy outline: member of the group");
    g_string_append_printf (b->desc,
                            "Two-mode membership graph: %u actors and %d organizations, "
                            "agreements and other entities, joined by %u ties; shapes show kinds "
                            "and line styles roles.",
                            n_actors, b->n_nodes - (int)n_actors, n_edges);
    return TRUE;
}

/* The projection: co-membership, width by weight, colour by community, size by centrality. */
static gboolean
view_overlap (Build *b, GError **error)
{
    const BlocDataset *ds = b->ds;
    const BlocRenderOptions *o = b->o;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocProjection) p = NULL;
    g_autoptr (BlocCommunities) c = NULL;
    g_autoptr (BlocCentrality) cent = NULL;

    if (!bloc_membership_new (&m, ds, &o->scope, error) ||
        !bloc_projection_new (&p, m, o->between, TRUE, error) ||
        !bloc_communities_compute (&c, p, o->weight, BLOC_COMMUNITY_LEIDEN, BLOC_DEFAULT_SEED,
                                   error) ||
        !bloc_centrality_projection (&cent, p, o->weight, BLOC_CENTRALITY_BIT (o->size_by), error))
        return FALSE;

    const igraph_vector_t *w = &p->values[o->weight];
    igraph_integer_t n = igraph_vcount (&p->graph), n_edges = igraph_ecount (&p->graph);
    double wmax = 0, smax = 0;
    for (igraph_integer_t e = 0; e < n_edges; e++)
        if (VECTOR (*w)[e] >= o->min_weight)
            wmax = MAX (wmax, VECTOR (*w)[e]);
    for (igraph_integer_t v = 0; v < n; v++)
        if (isfinite (cent->values[o->size_by][v]))
            smax = MAX (smax, cent->values[o->size_by][v]);

    /* Vertices with an edge kept, and group members. */
    g_autofree gboolean *keep = g_new0 (gboolean, n + 1);
    g_autoptr (GArray) edges = bloc_projection_sorted_edges (p);
    for (guint i = 0; i < edges->len; i++) {
        guint e = g_array_index (edges, guint, i);
        if (VECTOR (*w)[e] < o->min_weight)
            continue;
        keep[IGRAPH_FROM (&p->graph, e)] = keep[IGRAPH_TO (&p->graph, e)] = TRUE;
    }
    for (guint i = 0; o->group != NULL && i < o->group->len; i++)
        for (igraph_integer_t v = 0; v < n; v++)
            if ((guint)VECTOR (p->entity)[v] == g_array_index (o->group, guint, i))
                keep[v] = TRUE;

    /* Colours go to the communities drawn, in order, so that hidden ones (a state left out by
     * --min) do not use up the most distinct colours. */
    g_autofree guint *colour_of = g_new0 (guint, c->communities->len + 1);
    {
        g_autofree gboolean *drawn = g_new0 (gboolean, c->communities->len + 1);
        for (igraph_integer_t v = 0; v < n; v++)
            if (keep[v])
                drawn[VECTOR (c->membership)[v]] = TRUE;
        for (guint k = 0, next = 0; k < c->communities->len; k++)
            colour_of[k] = drawn[k] ? next++ : G_MAXUINT;
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        if (!keep[v])
            continue;
        guint entity = (guint)VECTOR (p->entity)[v];
        guint community = (guint)VECTOR (c->membership)[v];
        g_autofree char *cls = g_strdup_printf ("community-%u", community + 1);
        Agnode_t *node = entity_node (b, entity, cls);
        Colour colour = community_colour (o->theme, colour_of[community]);
        double s = smax > 0 && isfinite (cent->values[o->size_by][v])
                       ? cent->values[o->size_by][v] / smax
                       : 0;
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        set (node, "fillcolor", colour.fill);
        set (node, "color", colour.line);
        set (node, "width", g_ascii_formatd (buf, sizeof buf, "%.2f", 0.4 + 0.5 * s));
        set (node, "height", g_ascii_formatd (buf, sizeof buf, "%.2f", 0.3 + 0.25 * s));
        set (node, "fontsize", g_ascii_formatd (buf, sizeof buf, "%.1f", 9 + 3 * s));
        const char *id = agget (node, "id");
        char *old = g_hash_table_lookup (b->titles, id);
        add_title (b, id,
                   g_strdup_printf ("%s; community %u; %s %s", old, community + 1,
                                    bloc_centrality_to_string (o->size_by),
                                    bloc_format_real (buf, cent->values[o->size_by][v])));
    }
    guint shown = 0;
    for (guint i = 0; i < edges->len; i++) {
        guint e = g_array_index (edges, guint, i);
        double weight = VECTOR (*w)[e];
        if (weight < o->min_weight)
            continue;
        igraph_integer_t va = MIN (IGRAPH_FROM (&p->graph, e), IGRAPH_TO (&p->graph, e));
        igraph_integer_t vb = MAX (IGRAPH_FROM (&p->graph, e), IGRAPH_TO (&p->graph, e));
        guint a = (guint)VECTOR (p->entity)[va], bb = (guint)VECTOR (p->entity)[vb];
        const char *ida = bloc_dataset_entity (ds, a)->id, *idb = bloc_dataset_entity (ds, bb)->id;
        g_autofree char *id = make_id ("e-", ida, idb, NULL);
        Agedge_t *edge =
            must (agedge (b->g, entity_node (b, a, NULL), entity_node (b, bb, NULL), id, 1));
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        double rel = wmax > 0 ? weight / wmax : 0;
        set (edge, "id", id);
        set (edge, "class", "overlap");
        set (edge, "penwidth", g_ascii_formatd (buf, sizeof buf, "%.2f", 0.6 + 5.0 * rel));
        set (edge, "len", g_ascii_formatd (buf, sizeof buf, "%.2f", 0.35 + 0.6 * (1 - rel)));
        set (edge, "color", o->theme == BLOC_THEME_DEFAULT ? "#44444488" : "#00000088");
        g_autofree char *via = bloc_dataset_join_ids (ds, g_ptr_array_index (p->via, e), ", ", 10);
        add_title (b, id,
                   g_strdup_printf ("%s and %s: %" IGRAPH_PRId " shared (%s); %s %s",
                                    text_of (b, a), text_of (b, bb), VECTOR (p->shared)[e], via,
                                    bloc_overlap_measure_to_string (o->weight),
                                    bloc_format_real (buf, weight)));
        shown++;
    }
    if (too_large (b, error))
        return FALSE;

    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    for (guint k = 0, listed = 0; k < c->communities->len && listed < 7; k++) {
        GArray *members = g_ptr_array_index (c->communities, k);
        if (colour_of[k] == G_MAXUINT)
            continue;
        listed++;
        g_autofree char *ids = bloc_dataset_join_ids (ds, members, ", ", 6);
        g_autofree char *text = g_strdup_printf ("community %u: %s", k + 1, ids);
        legend_row (b, community_colour (o->theme, colour_of[k]).fill, "", text);
    }
    g_autofree char *width_text = g_strdup_printf (
        "line width: %s (up to %s)",
        o->weight == BLOC_OVERLAP_COUNT ? "shared memberships"
                                        : bloc_overlap_measure_to_string (o->weight),
        o->weight == BLOC_OVERLAP_COUNT ? g_ascii_formatd (buf, sizeof buf, "%.0f", wmax)
                                        : bloc_format_real (buf, wmax));
    legend_row (b, "white", "\xe2\x94\x81", width_text);
    g_autofree char *size_text =
        g_strdup_printf ("node size: %s centrality", bloc_centrality_to_string (o->size_by));
    legend_row (b, "white", "", size_text);
    g_autofree char *q =
        g_strdup (isnan (c->modularity) ? "undefined" : bloc_format_real (buf, c->modularity));
    g_string_append_printf (
        b->desc,
        "Co-membership of %d %s: %u pairs share at least one affiliation; "
        "line width is the %s, colour the Leiden community (modularity %s), "
        "size the %s.",
        b->n_nodes, o->between == BLOC_SIDE_ACTORS ? "countries" : "organizations", shown,
        bloc_overlap_measure_to_string (o->weight), q, bloc_centrality_to_string (o->size_by));
    return TRUE;
}

/* Whether the ego view follows @t: active, with a counted role or a structural one, between
 * entities of the scope's kinds. */
static gboolean
ego_counts (const BlocRenderOptions *o, const BlocDataset *ds, const BlocTie *t)
{
    BlocKindSet kinds = o->scope.actors | o->scope.others;
    BlocRoleSet roles =
        o->scope.roles | BLOC_ROLE_BIT (BLOC_ROLE_PART_OF) | BLOC_ROLE_BIT (BLOC_ROLE_HOST);
    return bloc_tie_active (t, o->scope.year) && (roles & BLOC_ROLE_BIT (t->role)) &&
           (kinds & BLOC_KIND_BIT (bloc_dataset_entity (ds, t->from)->kind)) &&
           (kinds & BLOC_KIND_BIT (bloc_dataset_entity (ds, t->to)->kind));
}

/* One entity, its ties, and (depth 2) the ties of its neighbours. */
static gboolean
view_ego (Build *b, GError **error)
{
    const BlocDataset *ds = b->ds;
    const BlocRenderOptions *o = b->o;
    guint focus;
    BlocKindSet kinds = 0;
    BlocRoleSet roles = 0;

    if (o->focus == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "the ego view needs --focus ID");
        return FALSE;
    }
    if (!bloc_dataset_find (ds, o->focus, &focus, error))
        return FALSE;

    /* Rings: 0 the focus, 1 its neighbours, 2 theirs. */
    g_autofree gint *ring = g_new (gint, ds->entities->len + 1);
    for (guint i = 0; i < ds->entities->len; i++)
        ring[i] = -1;
    ring[focus] = 0;
    for (int r = 1; r <= o->depth; r++) {
        for (guint i = 0; i < ds->ties->len; i++) {
            const BlocTie *t = bloc_dataset_tie (ds, i);
            if (!ego_counts (o, ds, t))
                continue;
            if (ring[t->from] == r - 1 && ring[t->to] < 0)
                ring[t->to] = r;
            else if (ring[t->to] == r - 1 && ring[t->from] < 0)
                ring[t->from] = r;
        }
    }
    entity_node (b, focus, "focus");
    guint n_ties = 0;
    for (guint i = 0; i < ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (!ego_counts (o, ds, t) || ring[t->from] < 0 || ring[t->to] < 0)
            continue;
        /* Ties from the focus, and at depth 2 from the first ring. */
        if (MIN (ring[t->from], ring[t->to]) >= o->depth)
            continue;
        tie_edge (b, i, entity_node (b, t->from, ring[t->from] == 0 ? "focus" : NULL),
                  entity_node (b, t->to, ring[t->to] == 0 ? "focus" : NULL));
        roles |= BLOC_ROLE_BIT (t->role);
        n_ties++;
    }
    if (too_large (b, error))
        return FALSE;
    Agnode_t *root = g_hash_table_lookup (b->nodes, GUINT_TO_POINTER (focus + 1));
    set (root, "penwidth", "3");
    set (b->g, "root", agnameof (root));
    set (b->g, "ranksep", "2.2");
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init (&it, b->nodes);
    while (g_hash_table_iter_next (&it, &key, NULL))
        kinds |= BLOC_KIND_BIT (bloc_dataset_entity (ds, GPOINTER_TO_UINT (key) - 1)->kind);
    legend_kinds (b, kinds);
    legend_roles (b, roles);
    legend_row (b, "white", "", "heavy outline: the focus");
    g_string_append_printf (
        b->desc, "The ties of %s: %d entities within %d step%s, joined by %u ties.",
        text_of (b, focus), b->n_nodes - 1, o->depth, o->depth > 1 ? "s" : "", n_ties);
    return TRUE;
}

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

/* The group × entities matrix as one HTML-like table. */
static gboolean
view_gaps (Build *b, GError **error)
{
    const BlocDataset *ds = b->ds;
    const BlocRenderOptions *o = b->o;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocGaps) gaps = NULL;

    if (o->group == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "the gaps view needs a group (--group)");
        return FALSE;
    }
    if (!bloc_membership_new (&m, ds, &o->scope, error) ||
        !bloc_gaps_compute (&gaps, m, o->group, o->min_present, error))
        return FALSE;

    /* Rows by coverage, highest first; ties by id (the order they come in). */
    g_autoptr (GPtrArray) rows = g_ptr_array_new ();
    for (int pass = (int)gaps->group->len; pass >= 0; pass--)
        for (guint i = 0; i < gaps->entities->len; i++) {
            const BlocGapEntity *g = g_ptr_array_index (gaps->entities, i);
            if (g->present->len == (guint)pass)
                g_ptr_array_add (rows, (gpointer)g);
        }

    GString *t =
        g_string_new ("<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">");
    g_string_append (t, "<TR><TD BGCOLOR=\"#f0f0f0\" ALIGN=\"LEFT\"><B>");
    append_label_text (t, o->group_name ? o->group_name : "group", 0);
    g_string_append (t, "</B></TD>");
    for (guint k = 0; k < gaps->group->len; k++) {
        g_string_append (t, "<TD BGCOLOR=\"#f0f0f0\"><B>");
        append_label_text (t, label_of (b, g_array_index (gaps->group, guint, k)), 12);
        g_string_append (t, "</B></TD>");
    }
    g_string_append (t, "<TD BGCOLOR=\"#f0f0f0\"><B>coverage</B></TD></TR>");

    for (guint i = 0; i < rows->len; i++) {
        const BlocGapEntity *g = g_ptr_array_index (rows, i);
        const BlocEntity *e = bloc_dataset_entity (ds, g->entity);
        /* Persian and Arabic names align right, like their text. */
        const char *side = starts_rtl (label_of (b, g->entity)) ? "RIGHT" : "LEFT";
        g_string_append_printf (t, "<TR><TD ALIGN=\"%s\" BALIGN=\"%s\">", side, side);
        append_label_text (t, label_of (b, g->entity), 30);
        g_string_append (t, "</TD>");
        for (guint k = 0; k < gaps->group->len; k++) {
            guint member = g_array_index (gaps->group, guint, k);
            const BlocPresence *present = NULL;
            for (guint j = 0; j < g->present->len; j++)
                if (g_array_index (g->present, BlocPresence, j).entity == member)
                    present = &g_array_index (g->present, BlocPresence, j);
            const BlocEntity *me = bloc_dataset_entity (ds, member);
            g_autofree char *id = make_id ("c-", e->id, me->id, NULL);
            g_autofree char *tip =
                present
                    ? g_strdup_printf ("%s: %s of %s", text_of (b, member),
                                       bloc_role_to_string (present->role), text_of (b, g->entity))
                    : g_strdup_printf ("%s: absent from %s", text_of (b, member),
                                       text_of (b, g->entity));
            /* The cell's <title> comes from the titles table; the tooltip only makes Graphviz
             * draw the cell as a group with an id. */
            add_title (b, id, g_steal_pointer (&tip));
            const char *tip_escaped = id;
            g_hash_table_replace (
                b->classes, g_strdup (id),
                present ? g_strdup_printf ("cell present %s", bloc_role_to_string (present->role))
                        : g_strdup ("cell absent"));
            if (present)
                g_string_append_printf (
                    t, "<TD ID=\"%s\" HREF=\"#\" TOOLTIP=\"%s\" BGCOLOR=\"%s\">%s</TD>", id,
                    tip_escaped, role_fill (o->theme, present->role),
                    role_cell_text (present->role));
            else
                g_string_append_printf (t,
                                        "<TD ID=\"%s\" HREF=\"#\" TOOLTIP=\"%s\" BGCOLOR=\"white\">"
                                        "<B>\xe2\x9c\x97 absent</B></TD>",
                                        id, tip_escaped);
        }
        g_string_append_printf (t, "<TD ALIGN=\"RIGHT\">%d%%</TD></TR>",
                                (int)floor (g->coverage * 100 + 0.5));
    }
    /* Gap counts per member. */
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
    g_string_append (t, "<TD BGCOLOR=\"#f0f0f0\"></TD></TR></TABLE>");

    Agnode_t *n = must (agnode (b->g, "n-gaps", 1));
    b->n_nodes++;
    set (n, "shape", "plain");
    set (n, "id", "n-gaps");
    set (n, "class", "gaps-matrix");
    set_html (n, "label", t->str);
    g_string_free (t, TRUE);
    g_autofree char *title =
        g_strdup_printf ("Participation of %s in %u entities",
                         o->group_name ? o->group_name : "the group", rows->len);
    add_title (b, "n-gaps", g_steal_pointer (&title));

    legend_row (b, role_fill (o->theme, BLOC_ROLE_MEMBER), "member",
                "takes part fully (member, party, signatory, participant)");
    legend_row (b, role_fill (o->theme, BLOC_ROLE_OBSERVER), "observer",
                "takes part partly (observer, associate, partner, ...)");
    legend_row (b, "white", "\xe2\x9c\x97", "absent");
    g_autofree char *short_ids = bloc_dataset_join_ids (ds, gaps->one_short, ", ", 0);
    g_string_append_printf (
        b->desc,
        "Which of the %u members of %s take part in each of %u entities that "
        "at least %u of them join, sorted by coverage; one short of complete: %s.",
        gaps->group->len, o->group_name ? o->group_name : "the group", rows->len, o->min_present,
        *short_ids ? short_ids : "none");
    return TRUE;
}

/* The Hasse diagram of member-set inclusion, subsets below their supersets. */
static gboolean
view_nesting (Build *b, GError **error)
{
    const BlocDataset *ds = b->ds;
    const BlocRenderOptions *o = b->o;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocNesting) n = NULL;
    g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
    BlocKindSet kinds = 0;

    if (!bloc_membership_new (&m, ds, &o->scope, error) ||
        !bloc_nesting_compute (&n, m, o->min_members, error))
        return FALSE;
    for (guint i = 0; i < n->classes->len; i++) {
        const BlocNestClass *c = g_ptr_array_index (n->classes, i);
        guint first = g_array_index (c->equal, guint, 0);
        const BlocEntity *e = bloc_dataset_entity (ds, first);
        g_autofree char *id = make_id ("n-", e->id, NULL);
        Agnode_t *node = must (agnode (b->g, id, 1));
        g_autoptr (GString) label = g_string_new (NULL);
        g_autoptr (GString) title = g_string_new (NULL);
        Colour colour = kind_colour (o->theme, e->kind);
        b->n_nodes++;
        for (guint j = 0; j < c->equal->len; j++) {
            guint entity = g_array_index (c->equal, guint, j);
            if (j > 0) {
                append_line_break (
                    label, starts_rtl (label_of (b, g_array_index (c->equal, guint, j - 1))));
                g_string_append (label, "= ");
                g_string_append (title, " = ");
            }
            append_label_text (label, label_of (b, entity), 20);
            g_string_append (title, text_of (b, entity));
            kinds |= BLOC_KIND_BIT (bloc_dataset_entity (ds, entity)->kind);
        }
        /* Taking part in any counted role: observers and implementers too, not only members. */
        append_line_break (
            label, starts_rtl (label_of (b, g_array_index (c->equal, guint, c->equal->len - 1))));
        g_string_append_printf (label, "<FONT POINT-SIZE=\"9\">%u taking part</FONT>",
                                c->members->len);
        g_autofree char *member_ids = bloc_dataset_join_ids (ds, c->members, ", ", 0);
        g_string_append_printf (title, ": %u taking part in any counted role (%s)", c->members->len,
                                member_ids);
        set_html (node, "label", label->str);
        set (node, "id", id);
        set (node, "class", bloc_kind_to_string (e->kind));
        set (node, "shape", kind_shape (e->kind));
        set (node, "style", e->kind == BLOC_KIND_BODY ? "rounded,filled" : "filled");
        set (node, "fillcolor", colour.fill);
        set (node, "color", colour.line);
        add_title (b, id, g_string_free (g_steal_pointer (&title), FALSE));
        g_ptr_array_add (nodes, node);
    }
    for (guint i = 0; i + 1 < n->edges->len; i += 2) {
        guint sub = g_array_index (n->edges, guint, i),
              super = g_array_index (n->edges, guint, i + 1);
        Agnode_t *a = g_ptr_array_index (nodes, sub), *z = g_ptr_array_index (nodes, super);
        const char *ida = bloc_nesting_class_id (n, ds, sub);
        const char *idz = bloc_nesting_class_id (n, ds, super);
        g_autofree char *id = make_id ("e-", ida, idz, NULL);
        Agedge_t *e = must (agedge (b->g, a, z, id, 1));
        set (e, "id", id);
        set (e, "class", "subset");
        set (e, "color", line_colour (o->theme));
        add_title (b, id, g_strdup_printf ("every member of %s is a member of %s", ida, idz));
    }
    if (too_large (b, error))
        return FALSE;
    set (b->g, "rankdir", "BT");
    set (b->g, "ranksep", "0.6");
    legend_kinds (b, kinds);
    legend_row (b, "white", "\xe2\x86\x91", "A \xe2\x86\x92 B: every member of A is a member of B");
    legend_row (b, "white", "=", "entities with the same members share a box");
    g_string_append_printf (
        b->desc,
        "Inclusion of member sets among %d classes of entities with at least %u "
        "members: an arrow from A to B means every member of A is also in B.",
        b->n_nodes, o->min_members);
    return TRUE;
}

/* Whether the timeline view draws a change: within the years asked for, by an actor (or any
 * entity when the timeline has a focus), and for an exit, one the tie itself records (a member
 * leaving), not the end of a one-off event. */
static gboolean
timeline_shows (const Build *b, const BlocChange *c, gint focus)
{
    const BlocRenderOptions *o = b->o;
    /* --year Y draws the story up to Y. */
    int to = o->to_year ? o->to_year : (o->scope.year != BLOC_YEAR_ALL ? o->scope.year : 0);
    if ((o->from_year && c->year < o->from_year) || (to && c->year > to))
        return FALSE;
    if (focus < 0 &&
        !(o->scope.actors & BLOC_KIND_BIT (bloc_dataset_entity (b->ds, c->from)->kind)))
        return FALSE;
    if (c->change == BLOC_CHANGE_EXIT) {
        const BlocTie *t = bloc_dataset_tie (b->ds, c->tie);
        return t->until.year != 0 && t->until.year == t->end_year;
    }
    return TRUE;
}

/* Joins and exits on a year axis, one box per (year, entity, change, role). */
static gboolean
view_timeline (Build *b, GError **error)
{
    const BlocDataset *ds = b->ds;
    const BlocRenderOptions *o = b->o;
    gint focus = -1;
    guint index;

    if (o->focus != NULL) {
        if (!bloc_dataset_find (ds, o->focus, &index, error))
            return FALSE;
        focus = (gint)index;
    }
    guint undated = 0;
    g_autoptr (GArray) changes = bloc_timeline (ds, focus, o->scope.roles, &undated);
    Agraph_t *axis = NULL;
    Agnode_t *previous_year = NULL;
    int previous = 0;
    guint n_events = 0;

    for (guint i = 0; i < changes->len;) {
        const BlocChange *c = &g_array_index (changes, BlocChange, i);
        if (!timeline_shows (b, c, focus)) {
            i++;
            continue;
        }
        /* The year on the axis. */
        if (c->year != previous) {
            char name[16];
            g_snprintf (name, sizeof name, "%d", c->year);
            g_autofree char *id = g_strdup_printf ("y-%d", c->year);
            Agnode_t *year = must (agnode (b->g, id, 1));
            b->n_nodes++;
            set (year, "shape", "plaintext");
            set (year, "id", id);
            set (year, "class", "year");
            set (year, "fontsize", "13");
            set_html (year, "label", name);
            add_title (b, id, g_strdup_printf ("%d", c->year));
            if (previous_year != NULL) {
                g_autofree char *eid = g_strdup_printf ("axis-%d-%d", previous, c->year);
                Agedge_t *e = must (agedge (b->g, previous_year, year, eid, 1));
                set (e, "id", eid);
                set (e, "class", "axis");
                set (e, "penwidth", "2");
                set (e, "color", "#777777");
                add_title (b, eid, g_strdup_printf ("%d to %d", previous, c->year));
            }
            previous_year = year;
            previous = c->year;
            g_autofree char *rank_name = g_strdup_printf ("year-%d", c->year);
            axis = must (agsubg (b->g, rank_name, 1));
            set (axis, "rank", "same");
            must (agsubnode (axis, year, 1));
        }
        /* Group the changes of one entity, kind of change and role within the year: the
         * participants, by id (the timeline's order within a year is from-id, to-id, role). */
        g_autoptr (GArray) who = g_array_new (FALSE, FALSE, sizeof (guint));
        guint to = c->to;
        guint j = i;
        for (; j < changes->len; j++) {
            const BlocChange *d = &g_array_index (changes, BlocChange, j);
            if (d->year != c->year || d->change != c->change)
                break;
            if (d->to == to && d->role == c->role && timeline_shows (b, d, focus))
                g_array_append_val (who, d->from);
        }
        /* One box per year, change, entity and role: the first change of the group draws it. */
        char year[16];
        g_snprintf (year, sizeof year, "%d", c->year);
        g_autofree char *id =
            make_id ("t-", year, bloc_change_to_string (c->change),
                     bloc_dataset_entity (ds, to)->id, bloc_role_to_string (c->role), NULL);
        if (agnode (b->g, id, 0) == NULL) {
            Agnode_t *event = must (agnode (b->g, id, 1));
            gboolean join = c->change == BLOC_CHANGE_JOIN;
            g_autoptr (GString) label = g_string_new (join ? "<B>+ </B>" : "<B>\xe2\x88\x92 </B>");
            g_autoptr (GString) title = g_string_new (NULL);
            b->n_nodes++;
            n_events++;
            append_label_text (label, label_of (b, to), 24);
            append_line_break (label, starts_rtl (label_of (b, to)));
            g_string_append_printf (label,
                                    "<FONT POINT-SIZE=\"9\">%s: ", bloc_role_to_string (c->role));
            g_string_append_printf (title, "%d: ", c->year);
            for (guint k = 0; k < who->len; k++) {
                guint w = g_array_index (who, guint, k);
                g_string_append (label, k ? (k % 8 == 0 ? ",<BR/>" : ", ") : "");
                append_label_text (label, bloc_dataset_entity (ds, w)->id, 0);
                g_string_append_printf (title, "%s%s", k ? ", " : "", text_of (b, w));
            }
            g_string_append (label, "</FONT>");
            g_string_append_printf (title, " %s %s of %s", join ? "join as" : "leave as",
                                    bloc_role_to_string (c->role), text_of (b, to));
            set_html (event, "label", label->str);
            set (event, "id", id);
            set (event, "class", join ? "join" : "exit");
            set (event, "shape", "box");
            set (event, "style", join ? "rounded,filled" : "rounded,filled,dashed");
            if (o->theme == BLOC_THEME_MONO) {
                set (event, "fillcolor", join ? "white" : "#dddddd");
                set (event, "color", "black");
            } else {
                set (event, "fillcolor", join ? okabe_ito[0].fill : okabe_ito[5].fill);
                set (event, "color", join ? okabe_ito[0].line : okabe_ito[5].line);
            }
            add_title (b, id, g_string_free (g_steal_pointer (&title), FALSE));
            must (agsubnode (axis, event, 1));
            g_autofree char *eid = g_strdup_printf ("%s-at", id);
            Agedge_t *e = must (agedge (b->g, previous_year, event, eid, 1));
            set (e, "id", eid);
            set (e, "class", "at");
            set (e, "style", "invis");
            add_title (b, eid, g_strdup_printf ("%d", c->year));
        }
        i++;
    }
    if (b->n_nodes == 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "no joins or exits to draw (expected dated ties in the years asked for)");
        return FALSE;
    }
    if (too_large (b, error))
        return FALSE;
    set (b->g, "rankdir", "TB");
    set (b->g, "ranksep", "0.35");
    set (b->g, "nodesep", "0.15");
    set (b->g, "newrank", "true");
    if (o->theme == BLOC_THEME_MONO) {
        legend_row (b, "white", "+", "joins (solid box), with the role and who");
        legend_row (b, "#dddddd", "\xe2\x88\x92", "leaves (dashed box)");
    } else {
        legend_row (b, okabe_ito[0].fill, "+", "joins, with the role and who");
        legend_row (b, okabe_ito[5].fill, "\xe2\x88\x92", "leaves (dashed box)");
    }
    if (undated > 0) {
        g_autofree char *text = g_strdup_printf ("%u %s with no start date: no join shown", undated,
                                                 undated == 1 ? "tie" : "ties");
        legend_row (b, "white", "?", text);
    }
    g_string_append_printf (
        b->desc, "Joins and exits by year%s%s: %u changes grouped by entity and role.",
        focus >= 0 ? " of " : "", focus >= 0 ? text_of (b, (guint)focus) : "", n_events);
    return TRUE;
}

/* ---- Layout and output ------------------------------------------------------------------- */

/* Cairo stamps a PDF with the time it was made, which would make every PDF differ. The date is
 * set instead to SOURCE_DATE_EPOCH (the reproducible-builds convention) or, without a valid one,
 * to 1970-01-01. The PDF is rendered with TZ set to UTC (see bloc_render), so the zone is
 * already "Z"; only the 14 digits change, and the PDF's byte offsets stay right. */
static void
fix_pdf_date (char *pdf, gsize len)
{
    static const char key[] = "/CreationDate (D:";
    gsize n = sizeof key - 1;
    char *p = NULL;
    /* A PDF holds NUL bytes, so no string search: compare at every offset. */
    for (gsize i = 0; i + n + 14 <= len && p == NULL; i++)
        if (pdf[i] == '/' && memcmp (pdf + i, key, n) == 0)
            p = pdf + i + n;
    if (p == NULL)
        return;
    for (int i = 0; i < 14; i++)
        if (!g_ascii_isdigit (p[i]))
            return;

    gint64 seconds = 0;
    const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
    if (epoch != NULL && *epoch != '\0' && strspn (epoch, "0123456789") == strlen (epoch) &&
        strlen (epoch) <= 11)
        seconds = g_ascii_strtoll (epoch, NULL, 10);
    g_autoptr (GDateTime) when = g_date_time_new_from_unix_utc (seconds);
    if (when == NULL || g_date_time_get_year (when) < 1000 || g_date_time_get_year (when) > 9999) {
        g_clear_pointer (&when, g_date_time_unref);
        when = g_date_time_new_from_unix_utc (0);
    }
    g_autofree char *stamp = g_date_time_format (when, "%Y%m%d%H%M%S");
    memcpy (p, stamp, 14);
}

/* Graphviz reports problems through cgraph's error function; without one it prints them to
 * standard error and goes on. They are collected here and turned into a GError. */
static GString *graphviz_messages;

static int
collect_graphviz_message (char *text)
{
    if (graphviz_messages != NULL)
        g_string_append (graphviz_messages, text);
    return 0;
}

/* Sets @error when Graphviz reported an error since the last call (warnings are dropped). */
static gboolean
graphviz_failed (GError **error)
{
    gboolean failed = strstr (graphviz_messages->str, "Error") != NULL;
    if (failed) {
        g_strstrip (graphviz_messages->str);
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER, "Graphviz: %s", graphviz_messages->str);
    }
    g_string_truncate (graphviz_messages, 0);
    return failed;
}

/* One Graphviz context for the whole process. Graphviz 2.42's pango plugin keeps a pointer to a
 * font name that gvFreeContext() frees, so a second context would read freed memory. The context
 * is never freed; it holds only the loaded plugins. */
static GVC_t *
graphviz (void)
{
    static gsize once;
    static GVC_t *gvc;
    if (g_once_init_enter (&once)) {
        graphviz_messages = g_string_new (NULL);
        agseterrf (collect_graphviz_message);
        gvc = gvContext ();
        g_once_init_leave (&once, 1);
    }
    return gvc;
}

static const char *
default_engine (BlocView view)
{
    switch (view) {
    case BLOC_VIEW_OVERLAP:
        return "neato";
    case BLOC_VIEW_EGO:
        return "twopi";
    default:
        return "dot";
    }
}

static char *
default_title (const BlocDataset *ds, const BlocRenderOptions *o)
{
    static const char *const what[BLOC_N_VIEWS] = {
        "who belongs to what",    "overlap",  "ties of", "participation gaps",
        "nesting of member sets", "timeline",
    };
    guint focus;
    if ((o->view == BLOC_VIEW_EGO || o->view == BLOC_VIEW_TIMELINE) && o->focus != NULL &&
        bloc_dataset_lookup (ds, o->focus, &focus)) {
        g_autofree char *name =
            isolate_rtl (bloc_entity_label (ds, bloc_dataset_entity (ds, focus), o->lang));
        if (o->view == BLOC_VIEW_EGO)
            return g_strdup_printf ("%s: ties of %s", ds->title, name);
        return g_strdup_printf ("%s: timeline of %s", ds->title, name);
    }
    if (o->view == BLOC_VIEW_GAPS && o->group_name != NULL)
        return g_strdup_printf ("%s: participation gaps of %s", ds->title, o->group_name);
    return g_strdup_printf ("%s: %s", ds->title, what[o->view]);
}

static void
build_clear (Build *b)
{
    if (b->g != NULL)
        agclose (b->g);
    g_clear_pointer (&b->titles, g_hash_table_unref);
    g_clear_pointer (&b->classes, g_hash_table_unref);
    g_clear_pointer (&b->nodes, g_hash_table_unref);
    g_clear_pointer (&b->title, g_free);
    if (b->texts != NULL)
        g_string_chunk_free (b->texts);
    if (b->desc != NULL)
        g_string_free (b->desc, TRUE);
    if (b->legend != NULL)
        g_string_free (b->legend, TRUE);
    if (b->dot != NULL)
        g_string_free (b->dot, TRUE);
}

GBytes *
bloc_render (const BlocDataset *ds, const BlocRenderOptions *o, BlocImageFormat format,
             GError **error)
{
    static gboolean (*const views[BLOC_N_VIEWS]) (Build *, GError **) = {
        view_membership, view_overlap, view_ego, view_gaps, view_nesting, view_timeline,
    };
    Build b = { 0 };
    GBytes *result = NULL;
    GVC_t *gvc = NULL;
    gboolean laid_out = FALSE;
    const char *engine = o->engine ? o->engine : default_engine (o->view);
    Agdisc_t disc = { &AgMemDisc, &sequential_ids, &string_io };

    b.ds = ds;
    b.o = o;
    b.dot = g_string_new (NULL);
    b.titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    b.classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    b.nodes = g_hash_table_new (g_direct_hash, g_direct_equal);
    b.desc = g_string_new (NULL);
    b.legend = g_string_new (NULL);
    b.texts = g_string_chunk_new (1024);
    b.title = o->title ? g_strdup (o->title) : default_title (ds, o);
    b.g = agopen ((char *)bloc_view_to_string (o->view),
                  o->view == BLOC_VIEW_NESTING || o->view == BLOC_VIEW_TIMELINE ? Agdirected
                                                                                : Agundirected,
                  &disc);
    if (b.g == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER, "Graphviz could not create a graph");
        goto out;
    }
    set_graph_defaults (&b, engine);
    if (!views[o->view](&b, error))
        goto out;
    finish_label (&b);
    add_title (&b, "graph0", g_strdup (b.title));

    if (format == BLOC_FORMAT_GV) {
        if (agwrite (b.g, b.dot) != 0) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER,
                         "Graphviz could not write the graph");
            goto out;
        }
        result = g_bytes_new (b.dot->str, b.dot->len);
        goto out;
    }

    gvc = graphviz ();
    if (gvc == NULL || gvLayout (gvc, b.g, engine) != 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER,
                     "Graphviz could not lay out the %s view with the engine '%s' (expected dot, "
                     "neato, twopi, circo, fdp or sfdp)",
                     bloc_view_to_string (o->view), engine);
        goto out;
    }
    laid_out = TRUE;
    if (graphviz_failed (error))
        goto out;
    static const char *const renderers[] = { "svg", "png:cairo", "pdf:cairo", "dot" };
    char *data = NULL;
    unsigned int len = 0;
    /* Cairo dates a PDF in local time, as "Z" or as an offset like "+03'30": render it in UTC so
     * that the bytes do not depend on the time zone (fix_pdf_date then sets the date). */
    char *saved_tz = NULL; /* not g_autofree: the gotos above jump past it */
    if (format == BLOC_FORMAT_PDF) {
        saved_tz = g_strdup (g_getenv ("TZ"));
        g_setenv ("TZ", "UTC", TRUE);
        tzset ();
    }
    int rendered = gvRenderData (gvc, b.g, renderers[format], &data, &len);
    if (format == BLOC_FORMAT_PDF) {
        if (saved_tz != NULL)
            g_setenv ("TZ", saved_tz, TRUE);
        else
            g_unsetenv ("TZ");
        tzset ();
        g_free (saved_tz);
    }
    if (rendered != 0 || data == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER, "Graphviz could not render %s",
                     renderers[format]);
        if (data != NULL)
            gvFreeRenderData (data);
        goto out;
    }
    if (graphviz_failed (error)) {
        gvFreeRenderData (data);
        goto out;
    }
    if (format == BLOC_FORMAT_SVG) {
        /* The accessible title says what the visible subtitle says: the year or the scenario. */
        g_autofree char *sub = subtitle (&b);
        g_autofree char *full_title = g_strdup_printf ("%s (%s)", b.title, sub);
        char *svg = bloc_svg_finish (data, len, full_title, b.desc->str, o->responsive,
                                     o->id_prefix, b.titles, b.classes);
        result = g_bytes_new_take (svg, strlen (svg));
    } else {
        if (format == BLOC_FORMAT_PDF)
            fix_pdf_date (data, len);
        result = g_bytes_new (data, len);
    }
    gvFreeRenderData (data);
out:
    if (laid_out)
        gvFreeLayout (gvc, b.g);
    build_clear (&b);
    return result;
}
