/* bloc-render-private.h: what the files of src/render/ share; nothing outside src/render/ may
 * include it.
 *
 * A figure is built in a BlocFigure (the build context): the cgraph graph, the <title> text of
 * every element, the legend rows and the description. bloc-render.c finds the view in the view
 * table and calls its draw function (bloc-view-*.c), which adds nodes and edges through the
 * helpers of bloc-figure.c, styled by bloc-style.c, labelled by bloc-label.c. bloc-render.c then
 * adds the title and legend, and bloc-graphviz.c lays the graph out and renders it; bloc-svg.c
 * makes the SVG fit to embed.
 *
 * Ownership: strings handed to bloc_figure_add_title() belong to the figure; every other helper
 * returns either a new string the caller frees (noted) or one the figure owns.
 */
#pragma once

#include <cgraph.h>

#include "bloc-analyze-private.h"
#include "bloc-render.h"

G_BEGIN_DECLS

#define BLOC_RENDER_FONT "DejaVu Sans"

/* ---- The build context (bloc-figure.c) ------------------------------------------------------ */

typedef struct BlocFigure BlocFigure;

/* What the render code knows of each view: how to draw it and how to lay it out. Its name is
 * bloc_view_to_string()'s. */
typedef struct {
    /* Adds the view's nodes, edges, legend rows and description to @figure. */
    gboolean (*draw) (BlocFigure *figure, GError **error);
    BlocLayout engine; /* the layout engine unless --engine says otherwise */
    gboolean directed;
    const char *what;   /* the default title, after the dataset's */
    const char *narrow; /* the options that make a figure too large smaller */
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
    GString *legend;     /* rows of the legend table */
    GStringChunk *texts; /* bloc_figure_text_of()'s strings */
    int n_nodes;
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
/* Sets the <title> of the element @id to @text (transfer full). */
void bloc_figure_add_title (BlocFigure *figure, const char *id, char *text);

/* The node of @entity, created on first use with its shape, colours, class (its kind, then
 * @extra_class), label and title (transfer none: the graph's). */
Agnode_t *bloc_figure_entity_node (BlocFigure *figure, guint entity, const char *extra_class);
/* A new edge for tie @tie from @tail to @head, styled by its role (transfer none). */
Agedge_t *bloc_figure_tie_edge (BlocFigure *figure, guint tie, Agnode_t *tail, Agnode_t *head);

/* TRUE, with a BLOC_ERROR_USAGE @error that says what to narrow, when the graph holds more nodes
 * or edges than a readable figure. */
gboolean bloc_figure_too_large (const BlocFigure *figure, GError **error);

/* The year or scenario line under the title. Caller frees. */
char *bloc_figure_subtitle (const BlocFigure *figure);
/* Sets the graph label: title, subtitle and legend, as one HTML-like table at the top. */
void bloc_figure_finish_label (BlocFigure *figure);

/* An SVG id from @prefix and the NULL-terminated parts that follow, joined with "__", each part
 * encoded reversibly (letters, digits and '-' stay, other bytes become "_xx"), and a part whose
 * encoding is longer than 64 bytes cut to 40 and followed by "_h" and a hash. Caller frees. */
G_GNUC_NULL_TERMINATED
char *bloc_element_id (const char *prefix, ...);

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
 * the engines other than dot, overlap removal). */
void bloc_graphviz_defaults (Agraph_t *g, const char *engine);

/* @figure's graph as @format: the DOT as built (GV), or laid out with @engine and rendered.
 * Returns the bytes as Graphviz writes them (a PDF dated as bloc_render() says), or NULL with
 * @error set. */
GBytes *bloc_graphviz_render (const BlocFigure *figure, const char *engine, BlocImageFormat format,
                              GError **error);

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
/* Sets the shape, style, fill and outline of a node of @kind. */
void bloc_style_kind_node (Agnode_t *node, BlocTheme theme, BlocKind kind);

/* Appends a legend row: a swatch (@swatch_fill, with @swatch_text in it) and @text. */
void bloc_figure_legend_row (BlocFigure *figure, const char *swatch_fill, const char *swatch_text,
                             const char *text);
/* Legend rows for the kinds in @kinds, and for the line styles of the roles in @roles. */
void bloc_figure_legend_kinds (BlocFigure *figure, BlocKindSet kinds);
void bloc_figure_legend_roles (BlocFigure *figure, BlocRoleSet roles);

/* ---- Labels (bloc-label.c) ------------------------------------------------------------------ */

/* Appends a line break to an HTML-like label, spaced for a right-to-left line above. */
void bloc_label_line_break (GString *html, gboolean rtl_above);
/* Appends @text to an HTML-like label: escaped, broken at spaces into lines of about @width
 * characters (0: one line), words longer than 30 characters (or than @width) broken into pieces
 * of that length, cut with an ellipsis past 200 characters, and isolated right to left when it
 * is Persian or Arabic. */
void bloc_label_append (GString *html, const char *text, guint width);
/* "since 2002", "2006 to 2012", "until 2012" or "". Caller frees. */
char *bloc_label_years (const char *since, const char *until);

/* ---- SVG (bloc-svg.c) ---------------------------------------------------------------------- */

/* What bloc adds to the SVG Graphviz writes. */
typedef struct {
    const char *title;     /* the root <title> */
    const char *desc;      /* the root <desc> */
    gboolean responsive;   /* drop the fixed width and height */
    const char *id_prefix; /* put before every id and id reference; NULL for none */
    GHashTable *titles;    /* element id -> the text of its <title>; may be NULL */
    GHashTable *classes;   /* id of a table cell with a tooltip -> its class; may be NULL */
} BlocSvgInfo;

/* The SVG post-processing on its own: parses @svg (@len bytes, as Graphviz writes it) with
 * libxml2 and makes it fit to embed as @info says: no prolog and no comments, role="img" with
 * aria-labelledby naming a root <title> and <desc>, the <title> of every element named in
 * @info->titles, table cells with a tooltip (anchors to "#") as groups with a class and a <title>,
 * every other link kept, and the prefix before every id and every reference to one.
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

G_END_DECLS
