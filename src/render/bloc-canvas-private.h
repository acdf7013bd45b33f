/* bloc-canvas-private.h: figures that bloc places itself (matrix, incidence, upset), drawn into
 * the same outputs as Graphviz's; nothing outside src/render/ may include it.
 *
 * Graphviz lays out graphs; a heatmap of 195 × 195 cells with names written down its columns is
 * a grid whose positions follow from the data, and Graphviz's HTML-like tables cannot turn text.
 * Such a view places rectangles, circles, lines and text on a canvas (a display list, in points,
 * y downward), which is then written as:
 * - SVG, with libxml2's xmlTextWriter, in the shape bloc-svg.c finishes for every view (a root
 *   group "graph0" with a <title>, each element with its id, class and <title>), so that the
 *   same pass adds role="img", the root <title> and <desc>, and the figure's id prefix;
 * - PNG and PDF, with cairo, and pango for the text (shaping, right-to-left scripts);
 * - GV: the elements in drawing order as a Graphviz graph of nodes (ids, classes, colours,
 *   labels, tooltips), without positions, which do not depend on the data alone but also on the
 *   font's measures; DOT: the same with positions (pos, width, height), which `neato -n2` draws.
 *
 * bloc-canvas.c keeps the display list; bloc-canvas-output.c writes it out; the list's insides,
 * which they share, are in bloc-canvas-elements.h.
 *
 * Ownership: the canvas copies every string it is given; bloc_canvas_free() releases it all.
 */
#pragma once

#include "bloc-render-private.h"

G_BEGIN_DECLS

typedef struct BlocCanvas BlocCanvas;

typedef enum {
    BLOC_ALIGN_START, /* text starts at x (its left end, or bottom end when vertical) */
    BLOC_ALIGN_MIDDLE,
    BLOC_ALIGN_END,
} BlocAlign;

/* A new, empty canvas whose text is set in @font (a font family, e.g. BLOC_RENDER_FONT). */
BlocCanvas *bloc_canvas_new (const char *font);
/* Frees @c. NULL-safe. */
void bloc_canvas_free (BlocCanvas *c);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocCanvas, bloc_canvas_free)

/* A rectangle at (@x, @y), @w by @h points, filled with @fill (NULL: none), outlined with
 * @stroke (NULL: none) @stroke_width wide. @id (NULL: none) is an element id before the figure's
 * prefix; @cls its class; @title (NULL: none) its tooltip. */
void bloc_canvas_rect (BlocCanvas *c, double x, double y, double w, double h, const char *fill,
                       const char *stroke, double stroke_width, const char *id, const char *cls,
                       const char *title);
/* A circle centred on (@cx, @cy) of radius @r, as bloc_canvas_rect() for the rest. */
void bloc_canvas_circle (BlocCanvas *c, double cx, double cy, double r, const char *fill,
                         const char *stroke, double stroke_width, const char *id, const char *cls,
                         const char *title);
/* A line from (@x1, @y1) to (@x2, @y2). Lines are decoration: GV and DOT leave them out. */
void bloc_canvas_line (BlocCanvas *c, double x1, double y1, double x2, double y2,
                       const char *colour, double width, const char *cls);
/* One line of @text, @size points high, its baseline through @y, aligned on @x as @align says;
 * @vertical turns it to read upward (its baseline then runs up through x = @x, and @y is where
 * @align puts it). */
void bloc_canvas_text (BlocCanvas *c, double x, double y, const char *text, double size,
                       BlocAlign align, gboolean vertical, gboolean bold, const char *colour,
                       const char *id, const char *cls, const char *title);
/* The width @text takes at @size points, as the PNG and PDF set it. */
double bloc_canvas_text_width (BlocCanvas *c, const char *text, double size, gboolean bold);

/* @text cut to at most @max characters, at a space when one is near the end, ending with an
 * ellipsis when cut; a copy of @text when it is short enough. Caller frees. */
char *bloc_canvas_shorten (const char *text, guint max);

/* The number of elements on @c. */
guint bloc_canvas_n_elements (const BlocCanvas *c);

/* The size of the figure in points: every element, with 0.3 inch around (as Graphviz pads). */
void bloc_canvas_size (const BlocCanvas *c, double *out_width, double *out_height);

/* Feeds @sum what the canvas shows, but for positions: every element's kind, id, class, colours,
 * text and title. */
void bloc_canvas_checksum (const BlocCanvas *c, GChecksum *sum);

/* @c as @format, with @title as the graph's <title> (SVG). For PNG, @scale is pixels per point
 * (the caller keeps the bitmap within cairo's limits, bloc_figure_bitmap_dpi()); for PDF, the
 * points of the page per point of the canvas (--width, --page); SVG ignores it (the size it
 * declares is bloc-svg.c's). A PDF is dated by bloc_pdf_set_date()'s rule. Returns the bytes, or
 * NULL with @error set when cairo fails. */
GBytes *bloc_canvas_render (const BlocCanvas *c, BlocImageFormat format, const char *graph_name,
                            const char *title, double scale, GError **error);

/* Mirrors @c left to right, for a figure that reads right to left: every element's x is
 * reflected, a horizontal text's alignment swapped (its start is then at its right end), and a
 * vertical text kept centred where it was. Texts keep their letters and numbers as they are. */
void bloc_canvas_mirror (BlocCanvas *c);

/* Adds the elements of @c to @g as nodes named by their ids ("x-N" for those without), in
 * drawing order, with their ids, classes, colours, labels and tooltips; with @positions, also
 * where they are (pos in points with y upward, width and height in inches), as `neato -n2`
 * reads them. Lines are left out. */
void bloc_canvas_to_graph (const BlocCanvas *c, Agraph_t *g, gboolean positions);

G_END_DECLS
