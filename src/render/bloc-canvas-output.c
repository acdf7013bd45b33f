/* bloc-canvas-output.c: a canvas (bloc-canvas.c) written out: SVG through libxml2's
 * xmlTextWriter, PNG and PDF through cairo and pango, GV and DOT through cgraph. */
#include "bloc-canvas-elements.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <libxml/xmlwriter.h>

#include "bloc-text.h"

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
paint (Svg *s, const BlocCanvasElement *e)
{
    attr (s, "fill", e->fill ? e->fill : "none");
    if (e->stroke != NULL) {
        attr (s, "stroke", e->stroke);
        attr_number (s, "stroke-width", e->stroke_width);
    }
}

static void
svg_element (Svg *s, const BlocCanvasElement *e)
{
    switch (e->kind) {
    case BLOC_CANVAS_RECT:
        start (s, "rect");
        attr (s, "id", e->id);
        attr (s, "class", e->cls);
        attr_number (s, "x", e->x + s->dx);
        attr_number (s, "y", e->y + s->dy);
        attr_number (s, "width", e->w);
        attr_number (s, "height", e->h);
        paint (s, e);
        break;
    case BLOC_CANVAS_CIRCLE:
        start (s, "circle");
        attr (s, "id", e->id);
        attr (s, "class", e->cls);
        attr_number (s, "cx", e->x + s->dx);
        attr_number (s, "cy", e->y + s->dy);
        attr_number (s, "r", e->w);
        paint (s, e);
        break;
    case BLOC_CANVAS_LINE:
        start (s, "line");
        attr (s, "class", e->cls);
        attr_number (s, "x1", e->x + s->dx);
        attr_number (s, "y1", e->y + s->dy);
        attr_number (s, "x2", e->w + s->dx);
        attr_number (s, "y2", e->h + s->dy);
        attr (s, "stroke", e->stroke ? e->stroke : "black");
        attr_number (s, "stroke-width", e->stroke_width);
        break;
    case BLOC_CANVAS_TEXT: {
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
    bloc_canvas_extent (c, box);
    bloc_canvas_size (c, &width, &height);
    g_autoptr (xmlBuffer) buffer = xmlBufferCreate ();
    xmlTextWriterPtr w = buffer ? xmlNewTextWriterMemory (buffer, 0) : NULL;
    if (w == NULL)
        g_error ("libxml2 could not allocate a writer");
    Svg s = { w, BLOC_CANVAS_PAD - box[0], BLOC_CANVAS_PAD - box[1], FALSE };
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
        svg_element (&s, &g_array_index (c->elements, BlocCanvasElement, i));
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
fill_and_stroke (cairo_t *cr, const BlocCanvasElement *e)
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
draw_text (cairo_t *cr, PangoLayout *layout, const char *font, const BlocCanvasElement *e)
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
    cairo_font_options_t *options = bloc_canvas_font_options ();
    pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
    cairo_font_options_destroy (options);
    for (guint i = 0; i < c->elements->len; i++) {
        const BlocCanvasElement *e = &g_array_index (c->elements, BlocCanvasElement, i);
        switch (e->kind) {
        case BLOC_CANVAS_RECT:
            cairo_rectangle (cr, e->x, e->y, e->w, e->h);
            fill_and_stroke (cr, e);
            break;
        case BLOC_CANVAS_CIRCLE:
            cairo_new_sub_path (cr);
            cairo_arc (cr, e->x, e->y, e->w, 0, 2 * G_PI);
            fill_and_stroke (cr, e);
            break;
        case BLOC_CANVAS_LINE:
            cairo_move_to (cr, e->x, e->y);
            cairo_line_to (cr, e->w, e->h);
            set_colour (cr, e->stroke ? e->stroke : "#000000");
            cairo_set_line_width (cr, e->stroke_width);
            cairo_stroke (cr);
            break;
        case BLOC_CANVAS_TEXT:
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
    bloc_canvas_extent (c, box);
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
    draw (cr, c, BLOC_CANVAS_PAD - box[0], BLOC_CANVAS_PAD - box[1], width, height);
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
    bloc_canvas_extent (c, box);
    bloc_canvas_size (c, &width, &height);
    double dx = BLOC_CANVAS_PAD - box[0], dy = BLOC_CANVAS_PAD - box[1];
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
        const BlocCanvasElement *e = &g_array_index (c->elements, BlocCanvasElement, i);
        if (e->kind == BLOC_CANVAS_LINE)
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
        if (e->kind == BLOC_CANVAS_TEXT) {
            g_autoptr (GString) label = g_string_new (NULL);
            bloc_label_append (label, e->text, 0);
            bloc_gv_set (n, "shape", "plaintext");
            bloc_gv_set (n, "style", "");
            bloc_gv_set_html (n, "label", label->str);
            bloc_gv_set (n, "fontsize", number (buf[0], e->h));
            if (e->fill != NULL)
                bloc_gv_set (n, "fontcolor", e->fill);
            double b[4];
            bloc_canvas_element_box (e, b);
            cx = (b[0] + b[2]) / 2, cy = (b[1] + b[3]) / 2, w = b[2] - b[0], h = b[3] - b[1];
        } else {
            if (e->kind == BLOC_CANVAS_CIRCLE)
                bloc_gv_set (n, "shape", "circle");
            bloc_gv_set (n, "fillcolor", e->fill ? e->fill : "none");
            bloc_gv_set (n, "color", e->stroke ? e->stroke : e->fill ? e->fill : "none");
            if (e->kind == BLOC_CANVAS_CIRCLE)
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
