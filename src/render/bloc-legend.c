/* bloc-legend.c: a figure's legend as nodes and lines of Graphviz: a heading, then a row per
 * legend row of the figure, each a swatch (a node drawn as the nodes it explains, a line, or a
 * filled box) beside its text. bloc-graphviz.c measures the legend in a graph of its own, lays
 * the drawing out, then places the legend above it. */
#include <string.h>

#include "bloc-render-private.h"

#define LEGEND_SWATCH_WIDTH 36.0
#define LEGEND_GAP          8.0
#define LEGEND_ROW_GAP      4.0

static Agnode_t *
legend_node (BlocFigure *figure, Agraph_t *g, const char *name, const char *cls, const char *title)
{
    Agnode_t *n = bloc_gv_must (agnode (g, (char *)name, 1));
    bloc_gv_set (n, "id", name);
    bloc_gv_set (n, "class", cls);
    if (figure != NULL)
        bloc_figure_add_title (figure, name, g_strdup (title));
    return n;
}

static void
legend_text_label (const BlocFigure *figure, Agnode_t *n, const char *raw, gboolean bold)
{
    gboolean rtl = figure->rtl;
    g_autofree char *text = bloc_label_sentence (figure, raw);
    /* In a table cell, so that a text of several lines is aligned on its start side. */
    const char *side = rtl ? "RIGHT" : "LEFT";
    g_autoptr (GString) html = g_string_new (NULL);
    g_string_append_printf (html,
                            "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
                            "CELLPADDING=\"0\"><TR><TD ALIGN=\"%s\" BALIGN=\"%s\">"
                            "<FONT POINT-SIZE=\"10\">",
                            side, side);
    if (bold)
        g_string_append (html, "<B>");
    bloc_label_append (html, text, 60);
    if (bold)
        g_string_append (html, "</B>");
    g_string_append (html, "</FONT></TD></TR></TABLE>");
    bloc_gv_set_html (n, "label", html->str);
    bloc_gv_set (n, "shape", "plaintext");
    bloc_gv_set (n, "margin", "0.02,0.02");
    /* As wide as the text, not Graphviz's least node size. */
    bloc_gv_set (n, "width", "0.01");
    bloc_gv_set (n, "height", "0.01");
}

/* Styles @swatch, a legend node, as @sw says: as the nodes it explains, a filled box, or the
 * first of the two invisible points a line joins. */
static void
swatch_style (Agnode_t *swatch, const BlocSwatch *sw)
{
    bloc_gv_set (swatch, "label", "");
    bloc_gv_set (swatch, "width", "0.5");
    bloc_gv_set (swatch, "height", "0.3");
    switch (sw->kind) {
    case BLOC_SWATCH_NODE:
        bloc_gv_set (swatch, "shape", sw->shape);
        bloc_gv_set (swatch, "style", sw->style ? sw->style : "filled");
        bloc_gv_set (swatch, "fillcolor", sw->fill);
        bloc_gv_set (swatch, "color", sw->line);
        bloc_gv_set (swatch, "fixedsize", "true");
        if (sw->penwidth)
            bloc_gv_set (swatch, "penwidth", sw->penwidth);
        if (sw->text != NULL) {
            g_autoptr (GString) html = g_string_new ("<FONT POINT-SIZE=\"9\">");
            bloc_label_append (html, sw->text, 0);
            g_string_append (html, "</FONT>");
            bloc_gv_set_html (swatch, "label", html->str);
        }
        break;
    case BLOC_SWATCH_BOX:
        bloc_gv_set (swatch, "shape", "box");
        bloc_gv_set (swatch, "style", "filled");
        bloc_gv_set (swatch, "fillcolor", sw->fill ? sw->fill : "white");
        bloc_gv_set (swatch, "color", "#555555");
        bloc_gv_set (swatch, "penwidth", "0.8");
        bloc_gv_set (swatch, "margin", "0.04,0.02");
        if (sw->text != NULL) {
            g_autoptr (GString) html = g_string_new ("<FONT POINT-SIZE=\"9\">");
            bloc_label_append (html, sw->text, 0);
            g_string_append (html, "</FONT>");
            bloc_gv_set_html (swatch, "label", html->str);
        }
        break;
    case BLOC_SWATCH_LINE:
        /* Two invisible points and the line between them. */
        bloc_gv_set (swatch, "shape", "point");
        bloc_gv_set (swatch, "style", "invis");
        bloc_gv_set (swatch, "width", "0.01");
        bloc_gv_set (swatch, "height", "0.01");
        break;
    }
}

/* Adds the legend to @g; with @keep_titles, the figure receives the elements' titles. With
 * @sizes (the width and height of each node, in points, in creation order), places it in the box
 * whose top left corner (top right in a right-to-left figure) is (@top_x, @top_y); without,
 * leaves it unplaced, for measuring. */
static void
legend_build (BlocFigure *figure, Agraph_t *g, gboolean keep_titles, const BlocLegendSize *sizes,
              double top_x, double top_y)
{
    BlocFigure *titles = keep_titles ? figure : NULL;
    GPtrArray *rows = figure->legend;
    gboolean rtl = figure->rtl;
    const char *heading = T_ (figure, "Legend");
    guint k = 0; /* the next node's index in @sizes */
    char name[64], pos[128];
    double y = top_y, swatch_width = LEGEND_SWATCH_WIDTH;

    /* The swatch column is as wide as the widest swatch. */
    for (guint i = 0; sizes != NULL && i < rows->len; i++) {
        const BlocLegendRow *row = g_ptr_array_index (rows, i);
        if (row->swatch.kind != BLOC_SWATCH_LINE)
            swatch_width = MAX (swatch_width, sizes[1 + 2 * i].width);
    }
    /* The x of a node's centre, @from_start points from the start side, @width wide. */
#define PLACE_X(from_start, width)                                                                 \
    (rtl ? top_x - (from_start) - (width) / 2 : top_x + (from_start) + (width) / 2)

    Agnode_t *h = legend_node (titles, g, "legend-heading", "legend legend-heading", heading);
    legend_text_label (figure, h, heading, TRUE);
    if (sizes != NULL) {
        y -= sizes[k].height / 2;
        g_snprintf (pos, sizeof pos, "%.2f,%.2f!", PLACE_X (0, sizes[k].width), y);
        bloc_gv_set (h, "pos", pos);
        y -= sizes[k].height / 2;
    }
    k++;
    for (guint i = 0; i < rows->len; i++) {
        const BlocLegendRow *row = g_ptr_array_index (rows, i);
        const BlocSwatch *sw = &row->swatch;
        double row_height = 0, cy = 0;
        if (sizes != NULL) {
            row_height = MAX (sizes[k].height, sizes[k + 1].height);
            if (sw->kind == BLOC_SWATCH_LINE)
                row_height = MAX (sizes[k + 1].height, 12.0);
            cy = y - LEGEND_ROW_GAP - row_height / 2;
            y -= LEGEND_ROW_GAP + row_height;
        }
        g_snprintf (name, sizeof name, "legend-%u-swatch", i + 1);
        Agnode_t *swatch = legend_node (titles, g, name, "legend legend-swatch", row->text);
        swatch_style (swatch, sw);
        Agnode_t *text = NULL;
        g_snprintf (name, sizeof name, "legend-%u-text", i + 1);
        text = legend_node (titles, g, name, "legend legend-text", row->text);
        legend_text_label (figure, text, row->text, FALSE);
        if (sw->kind == BLOC_SWATCH_LINE) {
            g_snprintf (name, sizeof name, "legend-%u-end", i + 1);
            Agnode_t *end = legend_node (titles, g, name, "legend legend-swatch", row->text);
            bloc_gv_set (end, "label", "");
            bloc_gv_set (end, "shape", "point");
            bloc_gv_set (end, "style", "invis");
            bloc_gv_set (end, "width", "0.01");
            bloc_gv_set (end, "height", "0.01");
            g_snprintf (name, sizeof name, "legend-%u-line", i + 1);
            Agedge_t *e = bloc_gv_must (agedge (g, swatch, end, name, 1));
            bloc_gv_set (e, "id", name);
            bloc_gv_set (e, "class", "legend legend-line");
            bloc_gv_set (e, "style", sw->style ? sw->style : "solid");
            bloc_gv_set (e, "color", sw->line ? sw->line : "black");
            bloc_gv_set (e, "penwidth", sw->penwidth ? sw->penwidth : "1.2");
            if (sw->style != NULL && strstr (sw->style, "tapered") != NULL) {
                /* Wide at the tail, narrow at the head: a tapered line needs a direction. */
                bloc_gv_set (e, "dir", "forward");
                bloc_gv_set (e, "arrowhead", "none");
            } else {
                bloc_gv_set (e, "dir", "none");
            }
            if (titles != NULL)
                bloc_figure_add_title (figure, name, g_strdup (row->text));
            if (sizes != NULL) {
                double x0 = rtl ? top_x : top_x, x1;
                x0 = rtl ? top_x - 2 : top_x + 2;
                x1 = rtl ? top_x - swatch_width + 2 : top_x + swatch_width - 2;
                g_snprintf (pos, sizeof pos, "%.2f,%.2f!", x0, cy);
                bloc_gv_set (swatch, "pos", pos);
                g_snprintf (pos, sizeof pos, "%.2f,%.2f!", x1, cy);
                bloc_gv_set (end, "pos", pos);
                g_snprintf (pos, sizeof pos, "%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f", x0, cy,
                            x0 + (x1 - x0) / 3, cy, x0 + 2 * (x1 - x0) / 3, cy, x1, cy);
                bloc_gv_set (e, "pos", pos);
            }
        } else if (sizes != NULL) {
            g_snprintf (pos, sizeof pos, "%.2f,%.2f!",
                        PLACE_X ((swatch_width - sizes[k].width) / 2, sizes[k].width), cy);
            bloc_gv_set (swatch, "pos", pos);
        }
        if (sizes != NULL) {
            g_snprintf (pos, sizeof pos, "%.2f,%.2f!",
                        PLACE_X (swatch_width + LEGEND_GAP, sizes[k + 1].width), cy);
            bloc_gv_set (text, "pos", pos);
        }
        k += 2;
    }
#undef PLACE_X
}

Agraph_t *
bloc_legend_graph (BlocFigure *figure)
{
    Agraph_t *g = bloc_graphviz_open ("legend", FALSE);
    if (g == NULL)
        return NULL;
    bloc_graphviz_defaults (g, "dot", agget (figure->g, "fontname"));
    bloc_gv_set (g, "id", "legend");
    legend_build (figure, g, FALSE, NULL, 0, 0);
    return g;
}

double
bloc_legend_height (const BlocFigure *figure, const BlocLegendSize *sizes)
{
    double height = sizes[0].height;
    for (guint i = 0; i < figure->legend->len; i++)
        height +=
            LEGEND_ROW_GAP + MAX (MAX (sizes[1 + 2 * i].height, sizes[2 + 2 * i].height), 12.0);
    return height;
}

void
bloc_legend_place (BlocFigure *figure, const BlocLegendSize *sizes, double x, double y)
{
    legend_build (figure, figure->g, TRUE, sizes, x, y);
}
