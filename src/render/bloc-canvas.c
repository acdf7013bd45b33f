/* bloc-canvas.c: the display list of the views bloc places itself, and its outputs: SVG through
 * libxml2's xmlTextWriter, PNG and PDF through cairo and pango, GV and DOT through cgraph. */
#include "bloc-canvas-private.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include <cairo-pdf.h>
#include <cairo.h>
#include <libxml/xmlwriter.h>
#include <pango/pangocairo.h>

#include "bloc-text.h"

/* Room around the figure, as Graphviz's pad=0.3 (inches) leaves. */
#define CANVAS_PAD 21.6

typedef enum {
    ELEMENT_RECT,
    ELEMENT_CIRCLE,
    ELEMENT_LINE,
    ELEMENT_TEXT,
} ElementKind;

typedef struct {
    ElementKind kind;
    BlocAlign align;
    gboolean vertical, bold;
    /* rect: x, y, w, h; circle: centre x, y, radius w; line: x, y to w, h; text: anchor x, y,
     * its width w, its size h. */
    double x, y, w, h;
    double stroke_width;
    const char *fill, *stroke;           /* NULL for none */
    const char *id, *cls, *title, *text; /* NULL for none */
} Element;

struct BlocCanvas {
    GArray *elements; /* Element */
    GStringChunk *strings;
    char *font;
    PangoFontMap *font_map;
    PangoContext *pango; /* for measuring */
};

static cairo_font_options_t *
font_options (void)
{
    /* Unhinted metrics: a text is as wide at every scale, measured or drawn. */
    cairo_font_options_t *options = cairo_font_options_create ();
    cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
    return options;
}

BlocCanvas *
bloc_canvas_new (const char *font)
{
    BlocCanvas *c = g_new0 (BlocCanvas, 1);
    c->elements = g_array_new (FALSE, FALSE, sizeof (Element));
    c->strings = g_string_chunk_new (4096);
    c->font = g_strdup (font);
    c->font_map = pango_cairo_font_map_new ();
    c->pango = pango_font_map_create_context (c->font_map);
    cairo_font_options_t *options = font_options ();
    pango_cairo_context_set_font_options (c->pango, options);
    cairo_font_options_destroy (options);
    return c;
}

void
bloc_canvas_free (BlocCanvas *c)
{
    if (c == NULL)
        return;
    g_array_unref (c->elements);
    g_string_chunk_free (c->strings);
    g_free (c->font);
    g_object_unref (c->pango);
    g_object_unref (c->font_map);
    g_free (c);
}

/* A copy owned by the canvas; repeated values (colours, classes) are stored once. */
static const char *
keep (BlocCanvas *c, const char *s, gboolean shared)
{
    if (s == NULL)
        return NULL;
    return shared ? g_string_chunk_insert_const (c->strings, s)
                  : g_string_chunk_insert (c->strings, s);
}

static Element *
add (BlocCanvas *c, ElementKind kind, const char *id, const char *cls, const char *title)
{
    Element e = { 0 };
    e.kind = kind;
    e.id = keep (c, id, FALSE);
    e.cls = keep (c, cls, TRUE);
    e.title = keep (c, title, FALSE);
    g_array_append_val (c->elements, e);
    return &g_array_index (c->elements, Element, c->elements->len - 1);
}

void
bloc_canvas_rect (BlocCanvas *c, double x, double y, double w, double h, const char *fill,
                  const char *stroke, double stroke_width, const char *id, const char *cls,
                  const char *title)
{
    Element *e = add (c, ELEMENT_RECT, id, cls, title);
    e->x = x;
    e->y = y;
    e->w = w;
    e->h = h;
    e->fill = keep (c, fill, TRUE);
    e->stroke = keep (c, stroke, TRUE);
    e->stroke_width = stroke_width;
}

void
bloc_canvas_circle (BlocCanvas *c, double cx, double cy, double r, const char *fill,
                    const char *stroke, double stroke_width, const char *id, const char *cls,
                    const char *title)
{
    Element *e = add (c, ELEMENT_CIRCLE, id, cls, title);
    e->x = cx;
    e->y = cy;
    e->w = r;
    e->fill = keep (c, fill, TRUE);
    e->stroke = keep (c, stroke, TRUE);
    e->stroke_width = stroke_width;
}

void
bloc_canvas_line (BlocCanvas *c, double x1, double y1, double x2, double y2, const char *colour,
                  double width, const char *cls)
{
    Element *e = add (c, ELEMENT_LINE, NULL, cls, NULL);
    e->x = x1;
    e->y = y1;
    e->w = x2;
    e->h = y2;
    e->stroke = keep (c, colour, TRUE);
    e->stroke_width = width;
}

/* A pango layout of @text in the canvas's font at @size. */
static PangoLayout *
text_layout (PangoContext *context, const char *font, const char *text, double size, gboolean bold)
{
    PangoLayout *layout = pango_layout_new (context);
    PangoFontDescription *desc = pango_font_description_new ();
    pango_font_description_set_family (desc, font);
    pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
    pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description (layout, desc);
    pango_font_description_free (desc);
    pango_layout_set_text (layout, text, -1);
    return layout;
}

double
bloc_canvas_text_width (BlocCanvas *c, const char *text, double size, gboolean bold)
{
    g_autoptr (PangoLayout) layout = text_layout (c->pango, c->font, text, size, bold);
    PangoRectangle logical;
    pango_layout_get_extents (layout, NULL, &logical);
    return (double)logical.width / PANGO_SCALE;
}

void
bloc_canvas_text (BlocCanvas *c, double x, double y, const char *text, double size, BlocAlign align,
                  gboolean vertical, gboolean bold, const char *colour, const char *id,
                  const char *cls, const char *title)
{
    g_autofree char *safe = bloc_text_flatten (bloc_text_xml_safe (text));
    double width = bloc_canvas_text_width (c, safe, size, bold);
    Element *e = add (c, ELEMENT_TEXT, id, cls, title);
    e->x = x;
    e->y = y;
    e->w = width;
    e->h = size;
    e->align = align;
    e->vertical = vertical;
    e->bold = bold;
    e->fill = keep (c, colour, TRUE);
    e->text = keep (c, safe, FALSE);
}

/* A word longer than this is cut, as labels of Graphviz's views break it: a label as wide as a
 * 300-letter word would push the figure apart. */
#define MAX_WORD 30

char *
bloc_canvas_shorten (const char *text, guint max)
{
    /* The end of the first run of more than MAX_WORD letters without a space, if any. */
    const char *run_end = NULL;
    guint run = 0;
    for (const char *p = text; *p && run_end == NULL; p = g_utf8_next_char (p)) {
        run = *p == ' ' ? 0 : run + 1;
        if (run == MAX_WORD)
            run_end = g_utf8_next_char (p);
    }
    if (run_end != NULL && g_utf8_strlen (text, run_end - text) < max && *run_end != ' ' &&
        *run_end != '\0')
        return g_strdup_printf ("%.*s\xe2\x80\xa6", (int)(g_utf8_prev_char (run_end) - text), text);
    if (g_utf8_strlen (text, -1) <= max)
        return g_strdup (text);
    const char *end = g_utf8_offset_to_pointer (text, max - 1);
    if (run_end != NULL && run_end < end)
        end = g_utf8_prev_char (run_end);
    const char *space = g_utf8_strrchr (text, end - text, ' ');
    if (space != NULL && g_utf8_strlen (space, end - space) <= max / 4)
        end = space;
    return g_strdup_printf ("%.*s\xe2\x80\xa6", (int)(end - text), text);
}

guint
bloc_canvas_n_elements (const BlocCanvas *c)
{
    return c->elements->len;
}

/* Where a text starts along its baseline, from its anchor. */
static double
text_start (const Element *e)
{
    double along = e->vertical ? -e->y : e->x;
    return along - (e->align == BLOC_ALIGN_MIDDLE ? e->w / 2
                    : e->align == BLOC_ALIGN_END  ? e->w
                                                  : 0);
}

/* The box @e covers: x0, y0, x1, y1. */
static void
element_box (const Element *e, double box[4])
{
    box[0] = box[1] = box[2] = box[3] = 0;
    switch (e->kind) {
    case ELEMENT_RECT:
        box[0] = e->x, box[1] = e->y, box[2] = e->x + e->w, box[3] = e->y + e->h;
        break;
    case ELEMENT_CIRCLE:
        box[0] = e->x - e->w, box[1] = e->y - e->w, box[2] = e->x + e->w, box[3] = e->y + e->w;
        break;
    case ELEMENT_LINE:
        box[0] = MIN (e->x, e->w), box[1] = MIN (e->y, e->h);
        box[2] = MAX (e->x, e->w), box[3] = MAX (e->y, e->h);
        break;
    case ELEMENT_TEXT: {
        /* Ascent about 0.95 of the size, descent about 0.25, as DejaVu Sans has them. */
        double start = text_start (e);
        if (e->vertical) {
            box[0] = e->x - 0.95 * e->h, box[2] = e->x + 0.25 * e->h;
            box[1] = -(start + e->w), box[3] = -start;
        } else {
            box[0] = start, box[2] = start + e->w;
            box[1] = e->y - 0.95 * e->h, box[3] = e->y + 0.25 * e->h;
        }
        break;
    }
    }
}

/* The elements' extent: x0, y0, x1, y1. */
static void
extent (const BlocCanvas *c, double box[4])
{
    box[0] = box[1] = 0;
    box[2] = box[3] = 0;
    for (guint i = 0; i < c->elements->len; i++) {
        double b[4];
        element_box (&g_array_index (c->elements, Element, i), b);
        if (i == 0) {
            memcpy (box, b, sizeof b);
            continue;
        }
        box[0] = MIN (box[0], b[0]), box[1] = MIN (box[1], b[1]);
        box[2] = MAX (box[2], b[2]), box[3] = MAX (box[3], b[3]);
    }
}

void
bloc_canvas_size (const BlocCanvas *c, double *out_width, double *out_height)
{
    double box[4];
    extent (c, box);
    *out_width = ceil (box[2] - box[0] + 2 * CANVAS_PAD);
    *out_height = ceil (box[3] - box[1] + 2 * CANVAS_PAD);
}

static void
checksum_string (GChecksum *sum, const char *s)
{
    if (s != NULL)
        g_checksum_update (sum, (const guchar *)s, (gssize)strlen (s));
    g_checksum_update (sum, (const guchar *)"", 1);
}

void
bloc_canvas_checksum (const BlocCanvas *c, GChecksum *sum)
{
    for (guint i = 0; i < c->elements->len; i++) {
        const Element *e = &g_array_index (c->elements, Element, i);
        guchar kind = (guchar)('0' + e->kind);
        g_checksum_update (sum, &kind, 1);
        const char *parts[] = { e->id, e->cls, e->fill, e->stroke, e->text, e->title };
        for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
            checksum_string (sum, parts[k]);
    }
}

/* ---- SVG ------------------------------------------------------------------------------------ */

/* @v with at most two decimals and no trailing zeros, in @buf. */
static const char *
number (char *buf, double v)
{
    if (fabs (v) < 0.005)
        v = 0;
    g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.2f", v);
    char *dot = strchr (buf, '.');
    if (dot != NULL) {
        char *end = buf + strlen (buf) - 1;
        while (end > dot && *end == '0')
            *end-- = '\0';
        if (end == dot)
            *end = '\0';
    }
    return buf;
}

typedef struct {
    xmlTextWriterPtr w;
    double dx, dy; /* added to every position: the extent's corner to the padding */
    gboolean failed;
} Svg;

static void
attr (Svg *s, const char *name, const char *value)
{
    if (value != NULL &&
        xmlTextWriterWriteAttribute (s->w, (const xmlChar *)name, (const xmlChar *)value) < 0)
        s->failed = TRUE;
}

static void
attr_number (Svg *s, const char *name, double v)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    attr (s, name, number (buf, v));
}

static void
start (Svg *s, const char *name)
{
    if (xmlTextWriterStartElement (s->w, (const xmlChar *)name) < 0)
        s->failed = TRUE;
}

static void
end (Svg *s)
{
    if (xmlTextWriterEndElement (s->w) < 0)
        s->failed = TRUE;
}

static void
text_content (Svg *s, const char *text)
{
    if (xmlTextWriterWriteString (s->w, (const xmlChar *)text) < 0)
        s->failed = TRUE;
}

static void
title_element (Svg *s, const char *title)
{
    if (title == NULL)
        return;
    g_autofree char *safe = bloc_text_xml_safe (title);
    start (s, "title");
    text_content (s, safe);
    end (s);
}

static void
paint (Svg *s, const Element *e)
{
    attr (s, "fill", e->fill ? e->fill : "none");
    if (e->stroke != NULL) {
        attr (s, "stroke", e->stroke);
        attr_number (s, "stroke-width", e->stroke_width);
    }
}

static void
svg_element (Svg *s, const Element *e)
{
    switch (e->kind) {
    case ELEMENT_RECT:
        start (s, "rect");
        attr (s, "id", e->id);
        attr (s, "class", e->cls);
        attr_number (s, "x", e->x + s->dx);
        attr_number (s, "y", e->y + s->dy);
        attr_number (s, "width", e->w);
        attr_number (s, "height", e->h);
        paint (s, e);
        break;
    case ELEMENT_CIRCLE:
        start (s, "circle");
        attr (s, "id", e->id);
        attr (s, "class", e->cls);
        attr_number (s, "cx", e->x + s->dx);
        attr_number (s, "cy", e->y + s->dy);
        attr_number (s, "r", e->w);
        paint (s, e);
        break;
    case ELEMENT_LINE:
        start (s, "line");
        attr (s, "class", e->cls);
        attr_number (s, "x1", e->x + s->dx);
        attr_number (s, "y1", e->y + s->dy);
        attr_number (s, "x2", e->w + s->dx);
        attr_number (s, "y2", e->h + s->dy);
        attr (s, "stroke", e->stroke ? e->stroke : "black");
        attr_number (s, "stroke-width", e->stroke_width);
        break;
    case ELEMENT_TEXT: {
        static const char *const anchors[] = { NULL, "middle", "end" };
        double x = e->x + s->dx, y = e->y + s->dy;
        /* A text with a tooltip is a group, as Graphviz draws a node: its id, class and
         * <title>, then the text. */
        gboolean group = e->title != NULL;
        if (group) {
            start (s, "g");
            attr (s, "id", e->id);
            attr (s, "class", e->cls);
            title_element (s, e->title);
        }
        start (s, "text");
        if (!group) {
            attr (s, "id", e->id);
            attr (s, "class", e->cls);
        }
        attr_number (s, "x", x);
        attr_number (s, "y", y);
        attr_number (s, "font-size", e->h);
        attr (s, "text-anchor", anchors[e->align]);
        if (e->bold)
            attr (s, "font-weight", "bold");
        if (e->fill != NULL)
            attr (s, "fill", e->fill);
        if (e->vertical) {
            char bx[G_ASCII_DTOSTR_BUF_SIZE], by[G_ASCII_DTOSTR_BUF_SIZE];
            g_autofree char *turn =
                g_strdup_printf ("rotate(-90 %s %s)", number (bx, x), number (by, y));
            attr (s, "transform", turn);
        }
        text_content (s, e->text);
        end (s);
        if (group)
            end (s);
        return;
    }
    }
    title_element (s, e->title);
    end (s);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlBuffer, xmlBufferFree)

static GBytes *
render_svg (const BlocCanvas *c, const char *graph_name, const char *title, GError **error)
{
    double box[4], width, height;
    extent (c, box);
    bloc_canvas_size (c, &width, &height);
    g_autoptr (xmlBuffer) buffer = xmlBufferCreate ();
    xmlTextWriterPtr w = buffer ? xmlNewTextWriterMemory (buffer, 0) : NULL;
    if (w == NULL)
        g_error ("libxml2 could not allocate a writer");
    Svg s = { w, CANVAS_PAD - box[0], CANVAS_PAD - box[1], FALSE };
    char bw[G_ASCII_DTOSTR_BUF_SIZE], bh[G_ASCII_DTOSTR_BUF_SIZE];

    start (&s, "svg");
    attr (&s, "xmlns", "http://www.w3.org/2000/svg");
    attr (&s, "xmlns:xlink", "http://www.w3.org/1999/xlink");
    g_autofree char *wpt = g_strdup_printf ("%spt", number (bw, width));
    g_autofree char *hpt = g_strdup_printf ("%spt", number (bh, height));
    g_autofree char *view_box = g_strdup_printf ("0 0 %s %s", bw, bh);
    attr (&s, "width", wpt);
    attr (&s, "height", hpt);
    attr (&s, "viewBox", view_box);
    /* The shape Graphviz gives its figures, which bloc-svg.c finishes. */
    start (&s, "g");
    attr (&s, "id", "graph0");
    attr (&s, "class", "graph");
    attr (&s, "font-family", c->font);
    title_element (&s, title ? title : graph_name);
    start (&s, "rect");
    attr (&s, "class", "background");
    attr (&s, "x", "0");
    attr (&s, "y", "0");
    attr (&s, "width", bw);
    attr (&s, "height", bh);
    attr (&s, "fill", "white");
    end (&s);
    for (guint i = 0; i < c->elements->len; i++) {
        if (xmlTextWriterWriteString (w, (const xmlChar *)"\n") < 0)
            s.failed = TRUE;
        svg_element (&s, &g_array_index (c->elements, Element, i));
    }
    end (&s);
    end (&s);
    if (xmlTextWriterEndDocument (w) < 0)
        s.failed = TRUE;
    xmlFreeTextWriter (w);
    if (s.failed) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER, "libxml2 could not write the SVG");
        return NULL;
    }
    return g_bytes_new (xmlBufferContent (buffer), (gsize)xmlBufferLength (buffer));
}

/* ---- Cairo: PNG and PDF -------------------------------------------------------------------- */

/* Sets the source colour of @cr to @colour: "#rrggbb", "#rrggbbaa", "white" or "black". */
static void
set_colour (cairo_t *cr, const char *colour)
{
    double rgba[4] = { 0, 0, 0, 1 };
    gsize n = strlen (colour);
    if (colour[0] == '#' && (n == 7 || n == 9)) {
        for (gsize i = 0; i < (n - 1) / 2; i++)
            rgba[i] = (g_ascii_xdigit_value (colour[1 + 2 * i]) * 16 +
                       g_ascii_xdigit_value (colour[2 + 2 * i])) /
                      255.0;
    } else if (strcmp (colour, "white") == 0) {
        rgba[0] = rgba[1] = rgba[2] = 1;
    }
    cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
}

static void
fill_and_stroke (cairo_t *cr, const Element *e)
{
    if (e->fill != NULL) {
        set_colour (cr, e->fill);
        cairo_fill_preserve (cr);
    }
    if (e->stroke != NULL && e->stroke_width > 0) {
        set_colour (cr, e->stroke);
        cairo_set_line_width (cr, e->stroke_width);
        cairo_stroke_preserve (cr);
    }
    cairo_new_path (cr);
}

static void
draw_text (cairo_t *cr, PangoLayout *layout, const char *font, const Element *e)
{
    PangoFontDescription *desc = pango_font_description_new ();
    pango_font_description_set_family (desc, font);
    pango_font_description_set_absolute_size (desc, e->h * PANGO_SCALE);
    pango_font_description_set_weight (desc, e->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description (layout, desc);
    pango_font_description_free (desc);
    pango_layout_set_text (layout, e->text, -1);

    double baseline = (double)pango_layout_get_baseline (layout) / PANGO_SCALE;
    double along = e->align == BLOC_ALIGN_MIDDLE ? -e->w / 2
                   : e->align == BLOC_ALIGN_END  ? -e->w
                                                 : 0;
    cairo_save (cr);
    cairo_translate (cr, e->x, e->y);
    if (e->vertical)
        cairo_rotate (cr, -G_PI / 2);
    cairo_move_to (cr, along, -baseline);
    set_colour (cr, e->fill ? e->fill : "#000000");
    pango_cairo_update_layout (cr, layout);
    pango_cairo_show_layout (cr, layout);
    cairo_restore (cr);
}

static void
draw (cairo_t *cr, const BlocCanvas *c, double dx, double dy, double width, double height)
{
    cairo_set_source_rgb (cr, 1, 1, 1);
    cairo_paint (cr);
    cairo_translate (cr, dx, dy);
    PangoLayout *layout = pango_cairo_create_layout (cr);
    cairo_font_options_t *options = font_options ();
    pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
    cairo_font_options_destroy (options);
    for (guint i = 0; i < c->elements->len; i++) {
        const Element *e = &g_array_index (c->elements, Element, i);
        switch (e->kind) {
        case ELEMENT_RECT:
            cairo_rectangle (cr, e->x, e->y, e->w, e->h);
            fill_and_stroke (cr, e);
            break;
        case ELEMENT_CIRCLE:
            cairo_new_sub_path (cr);
            cairo_arc (cr, e->x, e->y, e->w, 0, 2 * G_PI);
            fill_and_stroke (cr, e);
            break;
        case ELEMENT_LINE:
            cairo_move_to (cr, e->x, e->y);
            cairo_line_to (cr, e->w, e->h);
            set_colour (cr, e->stroke ? e->stroke : "#000000");
            cairo_set_line_width (cr, e->stroke_width);
            cairo_stroke (cr);
            break;
        case ELEMENT_TEXT:
            draw_text (cr, layout, c->font, e);
            break;
        }
    }
    g_object_unref (layout);
}

static cairo_status_t
append_bytes (void *closure, const unsigned char *data, unsigned int length)
{
    g_byte_array_append (closure, data, length);
    return CAIRO_STATUS_SUCCESS;
}

static GBytes *
render_cairo (const BlocCanvas *c, BlocImageFormat format, const char *title, double scale,
              GError **error)
{
    double box[4], width, height;
    extent (c, box);
    bloc_canvas_size (c, &width, &height);
    GByteArray *bytes = g_byte_array_new ();
    cairo_surface_t *surface;
    char *saved_tz = NULL;

    if (!(scale > 0))
        scale = 1;
    if (format == BLOC_IMAGE_PNG) {
        surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int)ceil (width * scale),
                                              (int)ceil (height * scale));
    } else {
        /* Cairo dates a PDF in local time as it creates the surface: in UTC, the date keeps its
         * length, which bloc_pdf_set_date() relies on. */
        saved_tz = bloc_pdf_utc_begin ();
        surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width * scale,
                                                       height * scale);
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
    }
    cairo_t *cr = cairo_create (surface);
    cairo_scale (cr, scale, scale);
    draw (cr, c, CANVAS_PAD - box[0], CANVAS_PAD - box[1], width, height);
    cairo_status_t status = cairo_status (cr);
    cairo_destroy (cr);
    if (status == CAIRO_STATUS_SUCCESS && format == BLOC_IMAGE_PNG)
        status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
    cairo_surface_finish (surface);
    if (format == BLOC_IMAGE_PDF) {
        bloc_pdf_utc_end (saved_tz);
        bloc_pdf_set_date (bytes->data, bytes->len);
    }
    if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    cairo_surface_destroy (surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        g_byte_array_unref (bytes);
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER, "cairo could not draw the %s: %s",
                     bloc_image_format_to_string (format), cairo_status_to_string (status));
        return NULL;
    }
    return g_byte_array_free_to_bytes (bytes);
}

/* ---- GV and DOT ------------------------------------------------------------------------------ */

/* @text with its backslashes doubled, so that Graphviz's escapes (\N, \G) cannot fire. */
static char *
escape_backslashes (const char *text)
{
    GString *s = g_string_new (NULL);
    for (const char *p = text; *p; p++) {
        if (*p == '\\')
            g_string_append_c (s, '\\');
        g_string_append_c (s, *p);
    }
    return g_string_free (s, FALSE);
}

/* Adds the elements of @c to @g as nodes, in drawing order; with @positions, also where they
 * are (pos in points, y upward, as Graphviz has it; width and height in inches). */
static void
to_graph (const BlocCanvas *c, Agraph_t *g, gboolean positions)
{
    double box[4], width, height;
    extent (c, box);
    bloc_canvas_size (c, &width, &height);
    double dx = CANVAS_PAD - box[0], dy = CANVAS_PAD - box[1];
    char buf[4][G_ASCII_DTOSTR_BUF_SIZE];

    agattr (g, AGNODE, "shape", "box");
    agattr (g, AGNODE, "style", "filled");
    agattr (g, AGNODE, "label", "");
    if (positions) {
        g_autofree char *bb =
            g_strdup_printf ("0,0,%s,%s", number (buf[0], width), number (buf[1], height));
        bloc_gv_set (g, "bb", bb);
        agattr (g, AGNODE, "fixedsize", "true");
    }
    for (guint i = 0; i < c->elements->len; i++) {
        const Element *e = &g_array_index (c->elements, Element, i);
        if (e->kind == ELEMENT_LINE)
            continue;
        g_autofree char *anonymous = g_strdup_printf ("x-%u", i);
        const char *name = e->id ? e->id : anonymous;
        Agnode_t *n = bloc_gv_must (agnode (g, (char *)name, 1));
        bloc_gv_set (n, "id", name);
        if (e->cls != NULL)
            bloc_gv_set (n, "class", e->cls);
        if (e->title != NULL) {
            /* Cut as labels are cut, so that no run of text nears the 16,384 bytes Graphviz's
             * reader takes; escaped, as Graphviz leaves entities in a tooltip as they are. */
            g_autofree char *shorter = bloc_canvas_shorten (e->title, 200);
            g_autofree char *escaped = g_markup_escape_text (shorter, -1);
            g_autofree char *tip = escape_backslashes (escaped);
            bloc_gv_set (n, "tooltip", tip);
        }
        double cx = 0, cy = 0, w = 0, h = 0;
        if (e->kind == ELEMENT_TEXT) {
            g_autoptr (GString) label = g_string_new (NULL);
            bloc_label_append (label, e->text, 0);
            bloc_gv_set (n, "shape", "plaintext");
            bloc_gv_set (n, "style", "");
            bloc_gv_set_html (n, "label", label->str);
            bloc_gv_set (n, "fontsize", number (buf[0], e->h));
            if (e->fill != NULL)
                bloc_gv_set (n, "fontcolor", e->fill);
            double b[4];
            element_box (e, b);
            cx = (b[0] + b[2]) / 2, cy = (b[1] + b[3]) / 2, w = b[2] - b[0], h = b[3] - b[1];
        } else {
            if (e->kind == ELEMENT_CIRCLE)
                bloc_gv_set (n, "shape", "circle");
            bloc_gv_set (n, "fillcolor", e->fill ? e->fill : "none");
            bloc_gv_set (n, "color", e->stroke ? e->stroke : e->fill ? e->fill : "none");
            if (e->kind == ELEMENT_CIRCLE)
                cx = e->x, cy = e->y, w = h = 2 * e->w;
            else
                cx = e->x + e->w / 2, cy = e->y + e->h / 2, w = e->w, h = e->h;
        }
        if (positions) {
            g_autofree char *pos = g_strdup_printf ("%s,%s", number (buf[0], cx + dx),
                                                    number (buf[1], height - (cy + dy)));
            bloc_gv_set (n, "pos", pos);
            bloc_gv_set (n, "width", number (buf[2], w / 72));
            bloc_gv_set (n, "height", number (buf[3], h / 72));
        }
    }
}

GBytes *
bloc_canvas_render (const BlocCanvas *c, BlocImageFormat format, const char *graph_name,
                    const char *title, double scale, GError **error)
{
    switch (format) {
    case BLOC_IMAGE_SVG:
        return render_svg (c, graph_name, title, error);
    case BLOC_IMAGE_PNG:
    case BLOC_IMAGE_PDF:
        return render_cairo (c, format, title, scale, error);
    case BLOC_IMAGE_DOT:
    case BLOC_IMAGE_GV:
    default:
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER, "no %s from a canvas",
                     bloc_image_format_to_string (format));
        return NULL;
    }
}

void
bloc_canvas_to_graph (const BlocCanvas *c, Agraph_t *g, gboolean positions)
{
    to_graph (c, g, positions);
}

void
bloc_canvas_mirror (BlocCanvas *c)
{
    for (guint i = 0; i < c->elements->len; i++) {
        Element *e = &g_array_index (c->elements, Element, i);
        switch (e->kind) {
        case ELEMENT_RECT:
            e->x = -(e->x + e->w);
            break;
        case ELEMENT_CIRCLE:
            e->x = -e->x;
            break;
        case ELEMENT_LINE:
            e->x = -e->x;
            e->w = -e->w;
            break;
        case ELEMENT_TEXT:
            if (e->vertical) {
                /* Its letters stand to the left of its baseline (ascent 0.95 of the size,
                 * descent 0.25, as element_box() has them): moving the baseline by 0.7 of the
                 * size keeps the text's middle at the mirror of where it was. */
                e->x = -e->x + 0.7 * e->h;
            } else {
                e->x = -e->x;
                e->align = e->align == BLOC_ALIGN_START ? BLOC_ALIGN_END
                           : e->align == BLOC_ALIGN_END ? BLOC_ALIGN_START
                                                        : e->align;
            }
            break;
        }
    }
}
