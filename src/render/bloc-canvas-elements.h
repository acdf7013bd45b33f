/* bloc-canvas-elements.h: the insides of a canvas, its display list, shared by bloc-canvas.c,
 * which fills and measures it, and bloc-canvas-output.c, which writes it out; nothing else may
 * include it (the views use bloc-canvas-private.h). */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "bloc-canvas-private.h"

G_BEGIN_DECLS

/* Room around the figure, as Graphviz's pad=0.3 (inches) leaves. */
#define BLOC_CANVAS_PAD 21.6

typedef enum {
    BLOC_CANVAS_RECT,
    BLOC_CANVAS_CIRCLE,
    BLOC_CANVAS_LINE,
    BLOC_CANVAS_TEXT,
} BlocCanvasElementKind;

typedef struct {
    BlocCanvasElementKind kind;
    BlocAlign align;
    gboolean vertical, bold;
    /* rect: x, y, w, h; circle: centre x, y, radius w; line: x, y to w, h; text: anchor x, y,
     * its width w, its size h. */
    double x, y, w, h;
    double stroke_width;
    const char *fill, *stroke;           /* NULL for none */
    const char *id, *cls, *title, *text; /* NULL for none */
} BlocCanvasElement;

struct BlocCanvas {
    GArray *elements; /* BlocCanvasElement */
    GStringChunk *strings;
    char *font;
    PangoFontMap *font_map;
    PangoContext *pango; /* for measuring */
};

/* Font options for measuring and drawing text: unhinted metrics, so that a text is as wide at
 * every scale, measured or drawn. Free with cairo_font_options_destroy(). */
cairo_font_options_t *bloc_canvas_font_options (void);
/* The box @e covers: x0, y0, x1, y1. */
void bloc_canvas_element_box (const BlocCanvasElement *e, double box[4]);
/* The elements' extent: x0, y0, x1, y1. */
void bloc_canvas_extent (const BlocCanvas *c, double box[4]);

G_END_DECLS
