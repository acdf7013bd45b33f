/* bloc-render-private.h: what the files of src/render/ share; nothing outside src/render/ may
 * include it.
 *
 * A figure is built in a BlocFigure (the build context): the cgraph graph, the <title> text of
 * every element, the legend rows and the description. bloc-render.c finds the view in the view
 * table and calls its draw function (bloc-view-*.c), which adds nodes and edges through the
 * helpers of bloc-figure.c, styled by bloc-style.c, labelled by bloc-label.c. bloc-render.c then
 * adds the title and legend, and bloc-graphviz.c lays the graph out, with the legend's nodes of
 * bloc-legend.c above the drawing, and renders it; bloc-svg.c makes the SVG fit to embed.
 *
 * Ownership: strings handed to bloc_figure_add_title() belong to the figure; every other helper
 * returns either a new string the caller frees (noted) or one the figure owns.
 */
#pragma once

#include <cgraph.h>
#include <glib/gi18n-lib.h>

#include "bloc-analyze-private.h"
#include "bloc-i18n.h"
#include "bloc-render.h"

G_BEGIN_DECLS

/* The font Graphviz measures and draws text with (a fontconfig family list, which pango reads),
 * for figures in left-to-right languages and for those in Arabic script. bloc-svg.c writes the
 * same families into the SVG, followed by fallbacks that end in a generic family. */
#define BLOC_RENDER_FONT     "DejaVu Sans"
#define BLOC_RENDER_FONT_RTL "Noto Sans Arabic,Noto Naskh Arabic,DejaVu Sans"

/* ---- Words in the figure's language (bloc-i18n.h) -------------------------------------------
 *
 * Every word a figure shows is English in the sources and goes through one of these, which
 * translate it into the figure's language (--lang), whatever the process's locale. xgettext
 * finds them (scripts/update-po): T_ (figure, "text"), TC_ (figure, "context", "text") for a word
 * whose translation depends on what it names (a kind, a role, a cell), TN_ (figure, "one",
 * "many", n) for a word that goes with a number. Mark words kept in tables with N_() or
 * NC_() and translate them where they are used. */
#define T_(figure, msgid)           bloc_i18n_gettext ((figure)->o->lang, msgid)
#define TC_(figure, context, msgid) bloc_i18n_pgettext ((figure)->o->lang, context, msgid)
#define TN_(figure, msgid, msgid_plural, n)                                                        \
    bloc_i18n_ngettext ((figure)->o->lang, msgid, msgid_plural, n)

/* ---- The build context (bloc-figure.c) ------------------------------------------------------ */

typedef struct BlocFigure BlocFigure;
struct BlocCanvas;

/* What --top keeps of a view. */
typedef enum {
    BLOC_TOP_NONE,    /* --top does not apply */
    BLOC_TOP_ACTORS,  /* the actors with the most memberships */
    BLOC_TOP_OTHERS,  /* the organizations with the most members */
    BLOC_TOP_BETWEEN, /* the side of --between */
    BLOC_TOP_EGO,     /* the focus's neighbours with the most ties */
} BlocTopSide;

/* What the render code knows of each view: how to draw it and how to lay it out. Its name is
 * bloc_view_to_string()'s. */
typedef struct {
    /* Adds the view's nodes, edges, legend rows and description to @figure (or, for a canvas
     * view, its elements to figure->canvas). */
    gboolean (*draw) (BlocFigure *figure, GError **error);
    BlocLayout engine; /* the layout engine unless --engine says otherwise */
    gboolean directed;
    const char *what;   /* the default title, after the dataset's */
    const char *narrow; /* the options that make a figure too large smaller */
    gboolean canvas;    /* placed by bloc and drawn with cairo (bloc-canvas-private.h) */
    BlocTopSide top;    /* what --top keeps */
    gboolean group;     /* --group keeps the group's actors */
} BlocViewClass;

/* A figure being built. */
struct BlocFigure {
    const BlocViewClass *view; /* the view table's entry */
    const BlocDataset *ds;
    const BlocRenderOptions *o;
    Agraph_t *g;
    GHashTable *titles;  /* element id -> its <title> text */
    GHashTable *classes; /* table cell id -> class */
    GHashTable *nodes;   /* entity index + 1 -> Agnode_t * */
    char *title;
    GString *desc;
    GPtrArray *legend;   /* BlocLegendRow *: the legend, drawn by bloc-legend.c */
    GStringChunk *texts; /* bloc_figure_text_of()'s strings */
    int n_nodes;
    gboolean rtl;              /* the figure reads right to left (its language does) */
    GHashTable *what_if;       /* (from, to) of every tie a what-if scenario added */
    guint n_what_if;           /* what-if ties and cells drawn */
    gboolean edges_clear;      /* lay out so that no line passes under a node not its end */
    BlocImageFormat format;    /* what the figure is rendered as */
    struct BlocCanvas *canvas; /* a canvas view's elements; NULL for a Graphviz view */
    GPtrArray *notes;          /* sentences for bloc_render_full()'s notes */
    GArray *kept;              /* --group or --top: the entities kept (see bloc_figure_scope) */
    guint n_top;               /* how many --top kept, 0 without --top */
};

/* Starts a figure of @view of @ds drawn with @o: an empty graph named after the view, with the
 * defaults of @engine. Returns FALSE with @error set when Graphviz cannot create the graph. */
gboolean bloc_figure_init (BlocFigure *figure, const BlocViewClass *view, const BlocDataset *ds,
                           const BlocRenderOptions *o, const char *engine, GError **error);
/* Frees what @figure holds; it may be cleared twice. */
void bloc_figure_clear (BlocFigure *figure);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocFigure, bloc_figure_clear)

/* The label of @entity in the figure's language (transfer none: the dataset's). */
const char *bloc_figure_label_of (const BlocFigure *figure, guint entity);
/* That label for plain text, isolated by bloc_text_isolate_rtl() (transfer none: the figure's). */
const char *bloc_figure_text_of (const BlocFigure *figure, guint entity);
/* That label cut to @max characters (see bloc_canvas_shorten()), then isolated: a label of the
 * views bloc places itself. Caller frees. */
char *bloc_figure_short_text (const BlocFigure *figure, guint entity, guint max);
/* Sets the <title> of the element @id to @text (transfer full). */
void bloc_figure_add_title (BlocFigure *figure, const char *id, char *text);

/* ---- Words, directions and what-if marks of a figure ---------------------------------------- */

/* The name of @kind or @role in the figure's language ("country", "observer"). */
const char *bloc_figure_kind_word (const BlocFigure *figure, BlocKind kind);
const char *bloc_figure_role_word (const BlocFigure *figure, BlocRole role);
/* The ids of @entities (entity indices) in the figure's language's list: "A, B, C", with @max > 0
 * only the first @max and then "and N more". Caller frees. */
char *bloc_figure_join_ids (const BlocFigure *figure, const GArray *entities, guint max);

/* TRUE when the figure reads right to left: its words and labels are Persian, Arabic, ...
 * Tables then run from the right: the label column at the right, the first column next to it. */
gboolean bloc_figure_rtl (const BlocFigure *figure);
/* "LEFT", or "RIGHT" in a right-to-left figure: the side a line of text starts from (an
 * HTML-like ALIGN value). bloc_figure_end_side() is the other. */
const char *bloc_figure_start_side (const BlocFigure *figure);
const char *bloc_figure_end_side (const BlocFigure *figure);
/* Appends to an HTML-like table the row <TR>...</TR> of @cells (strings, each a whole
 * <TD>...</TD>) in reading order: the first at the left, or at the right in a right-to-left
 * figure, so that a matrix reads as its language does. */
void bloc_figure_append_row (const BlocFigure *figure, GString *html, const GPtrArray *cells);

/* TRUE when a what-if scenario (--add) made a tie from @from to @to: a hypothetical one, which
 * the figure draws dashed and in the what-if colour, with the class "hypothetical". A view that
 * draws one outside bloc_figure_tie_edge() (a matrix cell) calls bloc_figure_mark_what_if(), so
 * that the legend explains it. */
gboolean bloc_figure_what_if (const BlocFigure *figure, guint from, guint to);
void bloc_figure_mark_what_if (BlocFigure *figure);

/* The node of @entity, created on first use with its shape, colours, class (its kind, then
 * @extra_class), label and title (transfer none: the graph's). */
Agnode_t *bloc_figure_entity_node (BlocFigure *figure, guint entity, const char *extra_class);
/* A new edge for tie @tie from @tail to @head, styled by its role (transfer none). */
Agedge_t *bloc_figure_tie_edge (BlocFigure *figure, guint tie, Agnode_t *tail, Agnode_t *head);

/* The shape a figure is fitted to, width over height: the page of --page (A4 without it),
 * portrait, or landscape with --landscape. A view that can wrap a long layout into columns picks
 * the number that brings it nearest to this. */
double bloc_figure_page_aspect (const BlocFigure *figure);

/* TRUE, with a BLOC_ERROR_USAGE @error that says what to narrow, when the graph holds more nodes
 * or edges than a readable figure, or would take too long to lay out even drawn the fastest way
 * the view allows (bloc-guard.c). The options the message names are computed on the data, and
 * each brings the figure within the limits. */
gboolean bloc_figure_too_large (const BlocFigure *figure, GError **error);

/* More nodes or lines than this cannot be read in one figure. */
#define BLOC_FIGURE_MAX_NODES 1500
#define BLOC_FIGURE_MAX_LINES 4000

/* bloc_figure_too_large() for a figure of @nodes and @edges not built yet, on readability alone:
 * lets a view refuse before it draws (and before analyses that only the figure needs). */
gboolean bloc_figure_unreadable (const BlocFigure *figure, guint nodes, guint edges,
                                 GError **error);

/* Restricts @o's scope (a copy the caller owns, which the figure's options point to) to what
 * --group and --top keep of @figure's view: sets figure->kept (which @o's scope then borrows)
 * and figure->n_top. Returns FALSE with @error set when the view cannot take them. */
gboolean bloc_figure_scope (BlocFigure *figure, BlocRenderOptions *o, GError **error);
/* The entities within @ego's depth but its @focus, by the number of @ego's ties they have, the
 * most first, then by id: the order in which the ego view's --top keeps them. Returns entity
 * indices (transfer full). */
GArray *bloc_figure_ego_rank (const BlocDataset *ds, const BlocEgo *ego, guint focus);
/* "@n countries" (or "actors" when the actors are not countries) for @side the actors, "@n
 * organizations" for the other side, in the figure's language. Caller frees. */
char *bloc_figure_count_of (const BlocFigure *figure, BlocSide side, guint n);
/* The name of the overlap measure @m in the figure's language ("jaccard"). Static. */
const char *bloc_figure_measure_word (const BlocFigure *figure, BlocOverlapMeasure m);
/* Appends to the description the sentence that states --group, --top and --min, if given. */
void bloc_figure_describe_limits (BlocFigure *figure);
/* The fill of a matrix cell of @role: darker for a full role (member, party, signatory,
 * participant), lighter for the others. Static storage. */
const char *bloc_figure_role_fill (BlocTheme theme, BlocRole role);
/* @value written for a --min hint: the shortest number that reads back as @value or more.
 * Returns @buf. */
const char *bloc_figure_format_at_least (char buf[G_ASCII_DTOSTR_BUF_SIZE], double value);
/* Adds a sentence to the figure's notes (transfer full). */
void bloc_figure_note (BlocFigure *figure, char *note);

/* The year or scenario line under the title, which names every what-if change. Caller frees. */
char *bloc_figure_subtitle (const BlocFigure *figure);
/* Sets the graph label: the title and subtitle, as an HTML-like table at the top (the legend
 * goes under it when bloc-graphviz.c lays the figure out), and the legend's row for what-if
 * ties when the figure drew one. */
void bloc_figure_finish_label (BlocFigure *figure);

/* An SVG id from @prefix and the NULL-terminated parts that follow, joined with "__", each part
 * encoded reversibly (letters, digits and '-' stay, other bytes become "_xx"), and a part whose
 * encoding is longer than 64 bytes cut to 40 and followed by "_h" and a hash. Caller frees. */
G_GNUC_NULL_TERMINATED
char *bloc_element_id (const char *prefix, ...);

/* ---- Cost of a layout (bloc-guard.c) -------------------------------------------------------- */

/* Chooses how to lay @figure's graph out within the time a figure may take: the engine (written
 * into @engine, which holds the configured one on entry) and, past a size, no spline routing or
 * a cheaper crossing minimisation, with a note that says so. Call after
 * bloc_figure_too_large() has passed. */
void bloc_figure_plan_layout (BlocFigure *figure, const char **engine);

/* ---- Graphviz (bloc-graphviz.c) ------------------------------------------------------------- */

/* A graph object from cgraph, which returns NULL only when it cannot allocate: like GLib, bloc
 * treats running out of memory as fatal. */
static inline void *
bloc_gv_must (void *object)
{
    if (object == NULL)
        g_error ("Graphviz could not allocate a graph object");
    return object;
}

/* Sets attribute @name of a graph, node or edge to a copy of @value. */
static inline void
bloc_gv_set (void *obj, const char *name, const char *value)
{
    agsafeset (obj, (char *)name, (char *)value, "");
}

/* Sets attribute @name to @html, marked as an HTML-like label. */
void bloc_gv_set_html (void *obj, const char *name, const char *html);

/* A new, empty graph named @name, whose objects are numbered in creation order so that the DOT
 * output does not depend on memory layout. NULL when Graphviz cannot create it. */
Agraph_t *bloc_graphviz_open (const char *name, gboolean directed);

/* Sets the graph-wide defaults of every figure on @g (fonts, margins, the layout seed, and for
 * the engines other than dot, overlap removal and edges routed around nodes); @font is
 * BLOC_RENDER_FONT or BLOC_RENDER_FONT_RTL. */
void bloc_graphviz_defaults (Agraph_t *g, const char *engine, const char *font);

/* What bloc_graphviz_render() made of the figure's size, for the SVG's width and height. */
typedef struct {
    double width, height; /* points; 0 when Graphviz's own size stands */
} BlocGraphvizSize;

/* @figure's graph as @format: the DOT as built (GV: the figure's graph, then its legend as a
 * second graph), or laid out with @engine and rendered. Laying out: with figure->edges_clear,
 * again with more room and other engines until no line passes under a node that is not one of
 * its ends (see bloc_graphviz_edges_under_nodes()); then the legend goes under the title, its
 * swatches drawn as the nodes and lines they explain; then the size options apply. Returns the
 * bytes as Graphviz writes them (a PDF dated as bloc_render() says) and, when @size is not NULL,
 * the size the SVG should declare; or NULL with @error set. */
GBytes *bloc_graphviz_render (BlocFigure *figure, const char *engine, BlocImageFormat format,
                              BlocGraphvizSize *size, GError **error);

/* The scale that --width or --page asks of a figure @width by @height points (its drawing and
 * its pad) rendered as @format: fitted within the page's margins, or to the width (points; a
 * PNG's pixels at its --dpi); 1 for neither. Every view, Graphviz's or bloc's, is sized so. */
double bloc_figure_size_scale (const BlocFigure *figure, BlocImageFormat format, double width,
                               double height);
/* The resolution a PNG of a figure @width by @height points is drawn at when @dpi is wanted
 * (after --width or --page scaled it): @dpi, or less when the bitmap would pass cairo's 32,767
 * pixels a side or 100 million pixels in all. */
double bloc_figure_bitmap_dpi (const BlocFigure *figure, double width, double height, double dpi);
/* The note that @png (a PNG as rendered) was drawn smaller than its full size, @full_width by
 * @full_height pixels. */
void bloc_figure_note_smaller_png (BlocFigure *figure, GBytes *png, double full_width,
                                   double full_height);

/* PDFs are dated, for every view, by one rule: bloc_pdf_utc_begin() before cairo makes the PDF
 * (it sets TZ to UTC and returns the TZ to put back, which bloc_pdf_utc_end() takes and frees),
 * then bloc_pdf_set_date() replaces the creation date's 14 digits in place (the byte offsets stay
 * right) with SOURCE_DATE_EPOCH, or 1970-01-01 when it is unset or not a number of seconds. */
char *bloc_pdf_utc_begin (void);
void bloc_pdf_utc_end (char *saved_tz);
void bloc_pdf_set_date (guint8 *pdf, gsize len);

/* How many (edge, node) pairs of the laid-out @g have the edge's spline pass under the node
 * (inside its ellipse, or its box for any other shape) when the node is not one of the edge's
 * ends. The splines are sampled; nodes whose name starts with "legend-" are not counted. */
guint bloc_graphviz_edges_under_nodes (Agraph_t *g);

/* ---- The legend's nodes (bloc-legend.c) ----------------------------------------------------
 *
 * A Graphviz view's legend is drawn as nodes and lines of its graph: bloc-graphviz.c measures
 * them in a graph of their own (bloc_legend_graph()), lays the drawing out, then adds them in
 * place above it (bloc_legend_place()). Their sizes come in the order the legend's nodes are
 * made: the heading, then each row's swatch and text. */

/* The width and height, in points, of one of the legend's nodes, as Graphviz measures it. */
typedef struct {
    double width, height;
} BlocLegendSize;

/* A graph of @figure's legend alone, unplaced, in @figure's fonts: for -T gv and for measuring.
 * A line's row has a third node, its end point, named "legend-N-end". NULL when Graphviz cannot
 * create it. */
Agraph_t *bloc_legend_graph (BlocFigure *figure);
/* The height of @figure's legend whose nodes measure @sizes. */
double bloc_legend_height (const BlocFigure *figure, const BlocLegendSize *sizes);
/* Adds @figure's legend to its graph, each node and line placed in the box whose top left corner
 * (top right in a right-to-left figure) is (@x, @y), and keeps the elements' titles. */
void bloc_legend_place (BlocFigure *figure, const BlocLegendSize *sizes, double x, double y);

/* ---- Style and palette (bloc-style.c) ------------------------------------------------------- */

typedef struct {
    const char *fill;
    const char *line;
} BlocColour;

/* Okabe & Ito's palette as light fills with the full colour as the outline; @index from 0 to 7
 * (blue, orange, green, purple, yellow, vermillion, light blue, grey). */
BlocColour bloc_style_palette (guint index);
BlocColour bloc_style_kind_colour (BlocTheme theme, BlocKind kind);
/* The colour of the @shown-th community drawn (from 0). */
BlocColour bloc_style_community_colour (BlocTheme theme, guint shown);
const char *bloc_style_line_colour (BlocTheme theme);
/* The line style ("solid", "dashed" or "dotted") of a tie with @role. */
const char *bloc_style_role_line (BlocRole role);
/* The Graphviz shape of a node of @kind ("ellipse", "box", "note", ...) and its style ("filled",
 * or "rounded,filled" for a body). Static. */
const char *bloc_style_kind_shape (BlocKind kind);
const char *bloc_style_kind_style (BlocKind kind);
/* Sets the shape, style, fill and outline of a node of @kind. */
void bloc_style_kind_node (Agnode_t *node, BlocTheme theme, BlocKind kind);
/* The colour and style of a line for a what-if tie, in @theme. Static. */
const char *bloc_style_what_if_colour (BlocTheme theme);
#define BLOC_STYLE_WHAT_IF_LINE "dashed,bold"
/* The CSS font-family list for the Graphviz font (family list) @fontname: its families, quoted,
 * then fallbacks of the same script, ending in a generic family: "\"DejaVu Sans\", Verdana,
 * Arial, sans-serif". Caller frees. */
char *bloc_style_css_fonts (const char *fontname);

/* What a legend row shows beside its text. */
typedef enum {
    BLOC_SWATCH_BOX,  /* a filled rectangle, maybe with a word or sign in it */
    BLOC_SWATCH_NODE, /* a node: its shape, style and colours */
    BLOC_SWATCH_LINE, /* a line: its style, colour and width */
} BlocSwatchKind;

typedef struct {
    BlocSwatchKind kind;
    const char *shape;    /* NODE: the Graphviz shape */
    const char *style;    /* NODE: the node's style; LINE: the line's ("dashed", ...) */
    const char *fill;     /* BOX, NODE: the fill colour */
    const char *line;     /* NODE: the outline colour; LINE: the colour ("a:b:c" for a double) */
    const char *penwidth; /* NODE, LINE; NULL for the default */
    const char *text;     /* BOX, NODE: the word or sign in it; NULL for none */
} BlocSwatch;

/* One row of the legend, as bloc_figure_legend_swatch() keeps it (owned copies). */
typedef struct {
    BlocSwatch swatch;
    char *text;
    char *strings[7]; /* what the swatch's pointers point to */
} BlocLegendRow;

void bloc_legend_row_free (BlocLegendRow *row);

/* Appends a legend row: @swatch beside @text. */
void bloc_figure_legend_swatch (BlocFigure *figure, const BlocSwatch *swatch, const char *text);
/* Appends a legend row: a rectangle filled with @swatch_fill, with @swatch_text (may be "") in
 * it, beside @text. */
void bloc_figure_legend_row (BlocFigure *figure, const char *swatch_fill, const char *swatch_text,
                             const char *text);
/* Legend rows for the kinds in @kinds, and for the line styles of the roles in @roles. */
void bloc_figure_legend_kinds (BlocFigure *figure, BlocKindSet kinds);
void bloc_figure_legend_roles (BlocFigure *figure, BlocRoleSet roles);

/* ---- Canvas figures (bloc-figure.c) --------------------------------------------------------- */

/* Draws the title and subtitle of @figure on its canvas with their top left at (@x, @y).
 * Returns the y below them. */
double bloc_figure_canvas_header (BlocFigure *figure, double x, double y);
/* A legend row on the canvas at (@x, @y, its top), as the Graphviz views draw theirs: @swatch
 * (a BOX filled, with its text in it; a NODE as its shape, "circle" or a box, filled when its
 * style says so, outlined in its line colour; a LINE in its colour and style) beside @text.
 * Returns the y below it. */
double bloc_figure_canvas_legend_row (BlocFigure *figure, double x, double y,
                                      const BlocSwatch *swatch, const char *text);

/* ---- Labels (bloc-label.c) ------------------------------------------------------------------ */

/* Appends a line break to an HTML-like label, spaced for a right-to-left line above. */
void bloc_label_line_break (GString *html, gboolean rtl_above);
/* Appends @text to an HTML-like label: escaped, broken at spaces into lines of about @width
 * characters (0: one line), words longer than 30 characters (or than @width) broken into pieces
 * of that length, cut with an ellipsis past 200 characters, and isolated right to left when it
 * is Persian or Arabic. A text that starts with a right-to-left mark (bloc_label_sentence())
 * has one at the start of every line. */
void bloc_label_append (GString *html, const char *text, guint width);
/* @text as a sentence of @figure: in a right-to-left figure, a text that starts with a
 * left-to-right letter (a Latin name, an id) gets a right-to-left mark before it, so that it
 * reads as a right-to-left line, in a browser and in Graphviz's PNG and PDF alike. Caller
 * frees. */
char *bloc_label_sentence (const BlocFigure *figure, const char *text);
/* Measures an HTML-like label built by the functions above, for estimating a node's size before
 * layout: the characters of its longest line in @out_chars (tags left out, an escaped character
 * counted once), its lines of text in @out_lines, and the thin spacing lines after right-to-left
 * lines (bloc_label_line_break()) in @out_spacers. */
void bloc_label_measure (const char *html, guint *out_chars, guint *out_lines, guint *out_spacers);
/* "since 2002", "2006 to 2012", "until 2012" or "", in @figure's language. Caller frees. */
char *bloc_label_years (const BlocFigure *figure, const char *since, const char *until);

/* ---- SVG (bloc-svg.c) ---------------------------------------------------------------------- */

/* What bloc adds to the SVG Graphviz writes. */
typedef struct {
    const char *title;     /* the root <title> */
    const char *desc;      /* the root <desc> */
    gboolean responsive;   /* drop the fixed width and height */
    const char *id_prefix; /* put before every id and id reference; NULL for none */
    GHashTable *titles;    /* element id -> the text of its <title>; may be NULL */
    GHashTable *classes;   /* id of a table cell with a tooltip -> its class; may be NULL */
    gboolean rtl;          /* a right-to-left figure: its right-to-left text gets direction="rtl" */
    double width, height;  /* the size to declare, in points; 0 to keep Graphviz's */
} BlocSvgInfo;

/* The SVG post-processing on its own: parses @svg (@len bytes, as Graphviz writes it) with
 * libxml2 and makes it fit to embed as @info says: no prolog and no comments, role="img" with
 * aria-labelledby naming a root <title> and <desc>, the <title> of every element named in
 * @info->titles, table cells with a tooltip (anchors to "#") as groups with a class and a <title>,
 * every other link kept, the prefix before every id and every reference to one, every
 * font-family followed by fallbacks that end in a generic family (bloc_style_css_fonts()), and
 * in a right-to-left figure, direction="rtl" on every text with right-to-left letters (its
 * anchor swapped, so that it stays where Graphviz put it).
 *
 * Returns TRUE and the new SVG in @out (transfer full), or FALSE with @error set when @svg is not
 * well-formed XML with an <svg> root. */
gboolean bloc_svg_finish (GBytes **out, const char *svg, gsize len, const BlocSvgInfo *info,
                          GError **error);

/* ---- The views (bloc-view-*.c) -------------------------------------------------------------- */

gboolean bloc_view_membership_draw (BlocFigure *figure, GError **error);
gboolean bloc_view_overlap_draw (BlocFigure *figure, GError **error);
gboolean bloc_view_ego_draw (BlocFigure *figure, GError **error);
gboolean bloc_view_gaps_draw (BlocFigure *figure, GError **error);
gboolean bloc_view_nesting_draw (BlocFigure *figure, GError **error);
gboolean bloc_view_timeline_draw (BlocFigure *figure, GError **error);
gboolean bloc_view_matrix_draw (BlocFigure *figure, GError **error);
gboolean bloc_view_incidence_draw (BlocFigure *figure, GError **error);
gboolean bloc_view_upset_draw (BlocFigure *figure, GError **error);

G_END_DECLS
