/* bloc-report-figure.c: the figures of the page, as bloc_render() draws them.
 *
 * Each figure is the SVG of `bloc render` with an id prefix of its own ("f3-", and "f3b-" for
 * the baseline beside it), so that no two figures of the page share an id. The root <title> and
 * <desc> that bloc_render() writes become the visible caption. A view that refuses the data's
 * size (a BLOC_ERROR_USAGE error from bloc_render()) is replaced by its scalable counterpart when
 * bloc has that view, else by a note that says why it is missing.
 */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "bloc-report-private.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

void
bloc_report_render_options (const BlocReport *r, BlocRenderOptions *o, BlocView view)
{
    bloc_render_options_init (o, view);
    o->scope = r->o->scope;
    o->lang = r->lang;
    /* The group is whose gaps: the other figures show every actor. */
    if (view == BLOC_VIEW_GAPS) {
        o->group = r->o->group;
        o->group_name = r->o->group_name;
    }
    o->min_present = r->o->min_present;
}

/* The text of the first child element @name of the root of @svg, or NULL. Caller frees. */
static char *
root_child_text (xmlDoc *doc, const char *name)
{
    xmlNode *root = xmlDocGetRootElement (doc);
    for (xmlNode *c = root ? root->children : NULL; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE && strcmp ((const char *)c->name, name) == 0) {
            xmlChar *text = xmlNodeGetContent (c);
            char *copy = g_strdup ((const char *)text);
            xmlFree (text);
            return copy;
        }
    return NULL;
}

/* Writes one drawn figure: the SVG, its caption, and the download buttons. */
static void
write_svg_figure (BlocReport *r, GBytes *svg, const char *figure_id, const char *prefix,
                  const char *file, const char *label)
{
    gsize len;
    const char *data = g_bytes_get_data (svg, &len);
    g_autoptr (xmlDoc) doc =
        xmlReadMemory (data, (int)MIN (len, (gsize)G_MAXINT), NULL, "UTF-8", XML_PARSE_NONET);
    g_autofree char *title = doc ? root_child_text (doc, "title") : NULL;
    g_autofree char *desc = doc ? root_child_text (doc, "desc") : NULL;
    g_autofree char *caption_id = g_strconcat (figure_id, "-caption", NULL);
    g_autofree char *svg_file = g_strconcat (file, ".svg", NULL);
    g_autofree char *png_file = g_strconcat (file, ".png", NULL);

    bloc_report_open (r, "figure", "class", "figure", "id", figure_id, "data-prefix", prefix,
                      "aria-labelledby", caption_id, NULL);
    if (label != NULL)
        bloc_report_element (r, "p", label, "class", "compare-label", NULL);
    /* The figure scrolls when it is larger than the page: it takes the focus, so that the
     * keyboard scrolls it too. */
    bloc_report_open (r, "div", "class", "figure-image", "tabindex", "0", "role", "group",
                      "aria-labelledby", caption_id, NULL);
    bloc_report_raw (r, data, len);
    bloc_report_close (r);
    bloc_report_open (r, "figcaption", "id", caption_id, NULL);
    bloc_report_element (r, "span", title, "class", "figure-title", NULL);
    if (desc != NULL && *desc != '\0') {
        bloc_report_text (r, " ");
        bloc_report_element (r, "span", desc, "class", "figure-desc", NULL);
    }
    bloc_report_close (r);
    bloc_report_open (r, "div", "class", "figure-tools needs-js", NULL);
    bloc_report_element (r, "button", T_ (r, "Download SVG"), "type", "button", "class", "download",
                         "data-format", "svg", "data-figure", figure_id, "data-file", svg_file,
                         "aria-describedby", caption_id, NULL);
    bloc_report_element (r, "button", T_ (r, "Download PNG"), "type", "button", "class", "download",
                         "data-format", "png", "data-figure", figure_id, "data-file", png_file,
                         "aria-describedby", caption_id, NULL);
    bloc_report_element (r, "span", NULL, "class", "status", "role", "status", NULL);
    bloc_report_close (r);
    bloc_report_close (r);
}

/* Writes a note in place of a figure that was not drawn: bloc_render()'s reason. */
static void
write_missing (BlocReport *r, const char *why, const char *instead)
{
    bloc_report_open (r, "p", "class", "note figure-missing", NULL);
    bloc_report_element (r, "strong", T_ (r, "Figure not drawn:"), NULL);
    bloc_report_text (r, " ");
    bloc_report_element (r, "bdi", why, NULL);
    if (instead != NULL) {
        bloc_report_text (r, " ");
        bloc_report_textf (r, T_ (r, "The %s view shows the same data at this size."), instead);
    }
    bloc_report_close (r);
}

/* Draws @o of @ds as SVG with @prefix. NULL with @error set when it fails. */
static GBytes *
draw (const BlocDataset *ds, const BlocRenderOptions *o, const char *prefix, GError **error)
{
    BlocRenderOptions with_prefix = *o;
    with_prefix.id_prefix = prefix;
    return bloc_render (ds, &with_prefix, BLOC_IMAGE_SVG, error);
}

gboolean
bloc_report_write_figure (BlocReport *r, const BlocRenderOptions *options, const char *counterpart,
                          gboolean baseline, GError **error)
{
    guint n = ++r->n_figures;
    g_autofree char *prefix = g_strdup_printf ("f%u-", n);
    g_autofree char *base_prefix = g_strdup_printf ("f%ub-", n);
    g_autofree char *figure_id = g_strdup_printf ("fig%u", n);
    g_autofree char *base_id = g_strdup_printf ("fig%ub", n);
    const char *view = bloc_view_to_string (options->view);
    g_autoptr (GError) refused = NULL;
    g_autoptr (GBytes) svg = draw (r->ds, options, prefix, &refused);

    if (svg == NULL) {
        if (!g_error_matches (refused, BLOC_ERROR, BLOC_ERROR_USAGE)) {
            g_propagate_error (error, g_steal_pointer (&refused));
            return FALSE;
        }
        BlocView other;
        gboolean has_other = counterpart != NULL && bloc_view_parse (&other, counterpart, NULL);
        write_missing (r, refused->message, has_other ? counterpart : NULL);
        if (!has_other)
            return TRUE;
        /* The counterpart shows what the refused figure would have: the same group. */
        BlocRenderOptions o;
        bloc_report_render_options (r, &o, other);
        o.group = options->group;
        o.group_name = options->group_name;
        return bloc_report_write_figure (r, &o, NULL, baseline, error);
    }
    g_autoptr (GBytes) base_svg = NULL;
    if (baseline && r->base.ds != NULL) {
        g_autoptr (GError) base_refused = NULL;
        base_svg = draw (r->base.ds, options, base_prefix, &base_refused);
        if (base_svg == NULL && !g_error_matches (base_refused, BLOC_ERROR, BLOC_ERROR_USAGE)) {
            g_propagate_error (error, g_steal_pointer (&base_refused));
            return FALSE;
        }
    }
    if (base_svg == NULL) {
        write_svg_figure (r, svg, figure_id, prefix, view, NULL);
        return TRUE;
    }
    g_autofree char *base_file = g_strconcat (view, "-baseline", NULL);
    bloc_report_open (r, "div", "class", "compare", NULL);
    write_svg_figure (r, svg, figure_id, prefix, view, T_ (r, "What-if"));
    write_svg_figure (r, base_svg, base_id, base_prefix, base_file, T_ (r, "Baseline"));
    bloc_report_close (r);
    return TRUE;
}

gboolean
bloc_report_write_view_if_known (BlocReport *r, const char *name, gboolean baseline, GError **error)
{
    BlocView view;
    if (!bloc_view_parse (&view, name, NULL))
        return TRUE;
    BlocRenderOptions o;
    bloc_report_render_options (r, &o, view);
    return bloc_report_write_figure (r, &o, NULL, baseline, error);
}
