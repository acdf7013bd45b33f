/* bloc-canvas.c: the display list of the views bloc places itself: its elements, their measures
 * and extent, and its mirror image. bloc-canvas-output.c writes it out. */
#include "bloc-canvas-elements.h"

#include <math.h>
#include <string.h>

#include "bloc-text.h"

cairo_font_options_t *
bloc_canvas_font_options (void)
{
    cairo_font_options_t *options = cairo_font_options_create ();
    cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
    return options;
}

BlocCanvas *
bloc_canvas_new (const char *font)
{
    BlocCanvas *c = g_new0 (BlocCanvas, 1);
    c->elements = g_array_new (FALSE, FALSE, sizeof (BlocCanvasElement));
    c->strings = g_string_chunk_new (4096);
    c->font = g_strdup (font);
    c->font_map = pango_cairo_font_map_new ();
    c->pango = pango_font_map_create_context (c->font_map);
    cairo_font_options_t *options = bloc_canvas_font_options ();
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

static BlocCanvasElement *
add (BlocCanvas *c, BlocCanvasElementKind kind, const char *id, const char *cls, const char *title)
{
    BlocCanvasElement e = { 0 };
    e.kind = kind;
    e.id = keep (c, id, FALSE);
    e.cls = keep (c, cls, TRUE);
    e.title = keep (c, title, FALSE);
    g_array_append_val (c->elements, e);
    return &g_array_index (c->elements, BlocCanvasElement, c->elements->len - 1);
}

void
bloc_canvas_rect (BlocCanvas *c, double x, double y, double w, double h, const char *fill,
                  const char *stroke, double stroke_width, const char *id, const char *cls,
                  const char *title)
{
    BlocCanvasElement *e = add (c, BLOC_CANVAS_RECT, id, cls, title);
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
    BlocCanvasElement *e = add (c, BLOC_CANVAS_CIRCLE, id, cls, title);
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
    BlocCanvasElement *e = add (c, BLOC_CANVAS_LINE, NULL, cls, NULL);
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
    BlocCanvasElement *e = add (c, BLOC_CANVAS_TEXT, id, cls, title);
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
text_start (const BlocCanvasElement *e)
{
    double along = e->vertical ? -e->y : e->x;
    return along - (e->align == BLOC_ALIGN_MIDDLE ? e->w / 2
                    : e->align == BLOC_ALIGN_END  ? e->w
                                                  : 0);
}

void
bloc_canvas_element_box (const BlocCanvasElement *e, double box[4])
{
    box[0] = box[1] = box[2] = box[3] = 0;
    switch (e->kind) {
    case BLOC_CANVAS_RECT:
        box[0] = e->x, box[1] = e->y, box[2] = e->x + e->w, box[3] = e->y + e->h;
        break;
    case BLOC_CANVAS_CIRCLE:
        box[0] = e->x - e->w, box[1] = e->y - e->w, box[2] = e->x + e->w, box[3] = e->y + e->w;
        break;
    case BLOC_CANVAS_LINE:
        box[0] = MIN (e->x, e->w), box[1] = MIN (e->y, e->h);
        box[2] = MAX (e->x, e->w), box[3] = MAX (e->y, e->h);
        break;
    case BLOC_CANVAS_TEXT: {
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

void
bloc_canvas_extent (const BlocCanvas *c, double box[4])
{
    box[0] = box[1] = 0;
    box[2] = box[3] = 0;
    for (guint i = 0; i < c->elements->len; i++) {
        double b[4];
        bloc_canvas_element_box (&g_array_index (c->elements, BlocCanvasElement, i), b);
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
    bloc_canvas_extent (c, box);
    *out_width = ceil (box[2] - box[0] + 2 * BLOC_CANVAS_PAD);
    *out_height = ceil (box[3] - box[1] + 2 * BLOC_CANVAS_PAD);
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
        const BlocCanvasElement *e = &g_array_index (c->elements, BlocCanvasElement, i);
        guchar kind = (guchar)('0' + e->kind);
        g_checksum_update (sum, &kind, 1);
        const char *parts[] = { e->id, e->cls, e->fill, e->stroke, e->text, e->title };
        for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
            checksum_string (sum, parts[k]);
    }
}

void
bloc_canvas_mirror (BlocCanvas *c)
{
    for (guint i = 0; i < c->elements->len; i++) {
        BlocCanvasElement *e = &g_array_index (c->elements, BlocCanvasElement, i);
        switch (e->kind) {
        case BLOC_CANVAS_RECT:
            e->x = -(e->x + e->w);
            break;
        case BLOC_CANVAS_CIRCLE:
            e->x = -e->x;
            break;
        case BLOC_CANVAS_LINE:
            e->x = -e->x;
            e->w = -e->w;
            break;
        case BLOC_CANVAS_TEXT:
            if (e->vertical) {
                /* Its letters stand to the left of its baseline (ascent 0.95 of the size,
                 * descent 0.25, as bloc_canvas_element_box() has them): moving the baseline by 0.7
                 * of the size keeps the text's middle at the mirror of where it was. */
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
