/* bloc-export-xml.c: GraphML and GEXF 1.2, written with libxml2's xmlTextWriter.
 *
 * libxml2 escapes every name and value; nothing here pastes markup around text. What XML 1.0
 * cannot hold at all (what bloc_text_xml_safe() replaces: control characters but tab and line
 * breaks, U+FFFE, U+FFFF, invalid UTF-8) is refused with an error naming the value, rather than
 * written as a character reference no parser accepts. The loader lets none of it into a
 * dataset; the check guards the writer all the same. Node ids are the entity ids, so that
 * readers find "KZ" and not "n0".
 */
#include "bloc-export-private.h"

#include <string.h>

#include <libxml/xmlwriter.h>

#include "bloc-text.h"

typedef struct {
    xmlBufferPtr buffer;
    xmlTextWriterPtr w;
    gboolean failed;      /* libxml2 reported an error */
    const char *bad_text; /* the first text XML cannot hold */
} Xml;

static void
xml_clear (Xml *x)
{
    if (x->w != NULL)
        xmlFreeTextWriter (x->w);
    if (x->buffer != NULL)
        xmlBufferFree (x->buffer);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Xml, xml_clear)

/* TRUE when XML 1.0 can hold @text as it is: bloc_text_xml_safe() would leave it unchanged.
 * Text that a dataset may hold always can (bloc_text_validate() allows less), which spares the
 * copy for every value a loaded dataset gives. */
static gboolean
xml_text_ok (const char *text)
{
    if (bloc_text_validate (text, strlen (text), NULL, NULL))
        return TRUE;
    g_autofree char *safe = bloc_text_xml_safe (text);
    return strcmp (safe, text) == 0;
}

static void
check (Xml *x, int rc)
{
    if (rc < 0)
        x->failed = TRUE;
}

static void
start (Xml *x, const char *element)
{
    check (x, xmlTextWriterStartElement (x->w, (const xmlChar *)element));
}

static void
end (Xml *x)
{
    check (x, xmlTextWriterEndElement (x->w));
}

static void
attr (Xml *x, const char *name, const char *value)
{
    if (!xml_text_ok (value)) {
        if (x->bad_text == NULL)
            x->bad_text = value;
        return;
    }
    check (x, xmlTextWriterWriteAttribute (x->w, (const xmlChar *)name, (const xmlChar *)value));
}

/* Digits are always XML text: written directly, as attr() would keep a pointer to a bad text
 * for the error, and @buf does not outlive this call. */
static void
attr_int (Xml *x, const char *name, gint64 value)
{
    char buf[32];
    g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, value);
    check (x, xmlTextWriterWriteAttribute (x->w, (const xmlChar *)name, (const xmlChar *)buf));
}

static void
text_element (Xml *x, const char *element, const char *text)
{
    if (!xml_text_ok (text)) {
        if (x->bad_text == NULL)
            x->bad_text = text;
        return;
    }
    check (x, xmlTextWriterWriteElement (x->w, (const xmlChar *)element, (const xmlChar *)text));
}

static gboolean
xml_begin (Xml *x, GError **error)
{
    x->buffer = xmlBufferCreate ();
    x->w = x->buffer ? xmlNewTextWriterMemory (x->buffer, 0) : NULL;
    if (x->w == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "libxml2 could not create a writer");
        return FALSE;
    }
    check (x, xmlTextWriterSetIndent (x->w, 1));
    check (x, xmlTextWriterSetIndentString (x->w, (const xmlChar *)"  "));
    check (x, xmlTextWriterStartDocument (x->w, "1.0", "UTF-8", NULL));
    return TRUE;
}

/* Ends the document and appends it to @out, or sets @error naming what could not be written. */
static gboolean
xml_finish (Xml *x, const char *format, GString *out, GError **error)
{
    check (x, xmlTextWriterEndDocument (x->w));
    check (x, xmlTextWriterFlush (x->w));
    if (x->bad_text != NULL) {
        g_autofree char *shown = bloc_text_one_line (x->bad_text);
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                     "cannot write '%s' in %s (expected text without control characters)", shown,
                     format);
        return FALSE;
    }
    if (x->failed) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "libxml2 failed to write the %s", format);
        return FALSE;
    }
    g_string_append_len (out, (const char *)xmlBufferContent (x->buffer),
                         xmlBufferLength (x->buffer));
    return TRUE;
}

/* ---- GraphML ------------------------------------------------------------------------------ */

static const char *
graphml_type (BlocExportType type)
{
    switch (type) {
    case BLOC_EXPORT_INT:
        return "int";
    case BLOC_EXPORT_DOUBLE:
        return "double";
    case BLOC_EXPORT_STRING:
        break;
    }
    return "string";
}

static void
graphml_key (Xml *x, const char *id, const char *domain, const char *name, BlocExportType type)
{
    start (x, "key");
    attr (x, "id", id);
    attr (x, "for", domain);
    attr (x, "attr.name", name);
    attr (x, "attr.type", graphml_type (type));
    end (x);
}

/* Writes <data> for each set value of element @index; keys are PREFIX0, PREFIX1, ... */
static void
graphml_data (Xml *x, const char *prefix, const GArray *attrs, const GArray *values, guint index)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    for (guint a = 0; a < attrs->len; a++) {
        const BlocExportAttr *at = &g_array_index (attrs, BlocExportAttr, a);
        const BlocExportValue *v = &g_array_index (values, BlocExportValue, index * attrs->len + a);
        if (!v->set)
            continue;
        g_autofree char *key = g_strdup_printf ("%s%u", prefix, a + 1);
        const char *text = bloc_export_value_text (buf, v, at->type);
        start (x, "data");
        attr (x, "key", key);
        if (!xml_text_ok (text)) {
            if (x->bad_text == NULL)
                x->bad_text = text;
        } else {
            check (x, xmlTextWriterWriteString (x->w, (const xmlChar *)text));
        }
        end (x);
    }
}

gboolean
bloc_export_write_graphml (GString *out, const BlocExportModel *m, GError **error)
{
    g_auto (Xml) x = { 0 };

    if (!xml_begin (&x, error))
        return FALSE;
    start (&x, "graphml");
    attr (&x, "xmlns", "http://graphml.graphdrawing.org/xmlns");
    attr (&x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    attr (&x, "xsi:schemaLocation",
          "http://graphml.graphdrawing.org/xmlns "
          "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
    /* Keys g1.., v0 (the name) v1.., e1..: the number is the attribute's position plus one. */
    for (guint a = 0; a < m->graph_attrs->len; a++) {
        const BlocExportAttr *at = &g_array_index (m->graph_attrs, BlocExportAttr, a);
        if (!g_array_index (m->graph_values, BlocExportValue, a).set)
            continue;
        g_autofree char *id = g_strdup_printf ("g%u", a + 1);
        graphml_key (&x, id, "graph", at->name, at->type);
    }
    graphml_key (&x, "v0", "node", "name", BLOC_EXPORT_STRING);
    for (guint a = 0; a < m->node_attrs->len; a++) {
        const BlocExportAttr *at = &g_array_index (m->node_attrs, BlocExportAttr, a);
        g_autofree char *id = g_strdup_printf ("v%u", a + 1);
        graphml_key (&x, id, "node", at->name, at->type);
    }
    for (guint a = 0; a < m->edge_attrs->len; a++) {
        const BlocExportAttr *at = &g_array_index (m->edge_attrs, BlocExportAttr, a);
        g_autofree char *id = g_strdup_printf ("e%u", a + 1);
        graphml_key (&x, id, "edge", at->name, at->type);
    }

    start (&x, "graph");
    attr (&x, "id", "G");
    attr (&x, "edgedefault", m->directed ? "directed" : "undirected");
    graphml_data (&x, "g", m->graph_attrs, m->graph_values, 0);
    for (guint i = 0; i < m->nodes->len; i++) {
        const BlocExportNode *node = &g_array_index (m->nodes, BlocExportNode, i);
        start (&x, "node");
        attr (&x, "id", node->id);
        start (&x, "data");
        attr (&x, "key", "v0");
        if (xml_text_ok (node->label))
            check (&x, xmlTextWriterWriteString (x.w, (const xmlChar *)node->label));
        else if (x.bad_text == NULL)
            x.bad_text = node->label;
        end (&x);
        graphml_data (&x, "v", m->node_attrs, m->node_values, i);
        end (&x);
    }
    for (guint i = 0; i < m->edges->len; i++) {
        const BlocExportEdge *e = &g_array_index (m->edges, BlocExportEdge, i);
        start (&x, "edge");
        attr (&x, "source", g_array_index (m->nodes, BlocExportNode, e->source).id);
        attr (&x, "target", g_array_index (m->nodes, BlocExportNode, e->target).id);
        graphml_data (&x, "e", m->edge_attrs, m->edge_values, i);
        end (&x);
    }
    end (&x); /* graph */
    end (&x); /* graphml */
    return xml_finish (&x, "GraphML", out, error);
}

/* ---- GEXF --------------------------------------------------------------------------------- */

static const char *
gexf_type (BlocExportType type)
{
    switch (type) {
    case BLOC_EXPORT_INT:
        return "integer";
    case BLOC_EXPORT_DOUBLE:
        return "double";
    case BLOC_EXPORT_STRING:
        break;
    }
    return "string";
}

static void
gexf_attributes (Xml *x, const char *domain, const GArray *attrs, int skip)
{
    start (x, "attributes");
    attr (x, "class", domain);
    attr (x, "mode", "static");
    for (guint a = 0; a < attrs->len; a++) {
        const BlocExportAttr *at = &g_array_index (attrs, BlocExportAttr, a);
        if ((int)a == skip)
            continue;
        start (x, "attribute");
        attr_int (x, "id", a);
        attr (x, "title", at->name);
        attr (x, "type", gexf_type (at->type));
        end (x);
    }
    end (x);
}

static void
gexf_attvalues (Xml *x, const GArray *attrs, const GArray *values, guint index, int skip)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    gboolean open = FALSE;
    for (guint a = 0; a < attrs->len; a++) {
        const BlocExportAttr *at = &g_array_index (attrs, BlocExportAttr, a);
        const BlocExportValue *v = &g_array_index (values, BlocExportValue, index * attrs->len + a);
        if (!v->set || (int)a == skip)
            continue;
        if (!open)
            start (x, "attvalues");
        open = TRUE;
        start (x, "attvalue");
        attr_int (x, "for", a);
        attr (x, "value", bloc_export_value_text (buf, v, at->type));
        end (x);
    }
    if (open)
        end (x);
}

/* The start and end of @span as attributes of the current element. NetworkX 2.8 fails on a
 * spell without both bounds, so an open start is written as the dataset's first year and an
 * open end as the year after its last. */
static void
gexf_bounds (Xml *x, const BlocExportModel *m, BlocExportSpan span)
{
    int start_year = span.start != 0 ? span.start : m->first_year;
    int end_year = span.end != 0 ? span.end : (m->last_year != 0 ? m->last_year + 1 : 0);
    if (start_year != 0)
        attr_int (x, "start", start_year);
    if (end_year != 0)
        attr_int (x, "end", end_year);
}

gboolean
bloc_export_write_gexf (GString *out, const BlocExportModel *m, GError **error)
{
    g_auto (Xml) x = { 0 };
    g_autoptr (GString) description = g_string_new (NULL);
    char buf[G_ASCII_DTOSTR_BUF_SIZE];

    if (!xml_begin (&x, error))
        return FALSE;
    start (&x, "gexf");
    attr (&x, "xmlns", "http://www.gexf.net/1.2draft");
    attr (&x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    attr (&x, "xsi:schemaLocation",
          "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd");
    attr (&x, "version", "1.2");

    /* The graph attributes go into the description: GEXF has no typed graph attributes. */
    for (guint a = 0; a < m->graph_attrs->len; a++) {
        const BlocExportAttr *at = &g_array_index (m->graph_attrs, BlocExportAttr, a);
        const BlocExportValue *v = &g_array_index (m->graph_values, BlocExportValue, a);
        if (!v->set)
            continue;
        if (description->len > 0)
            g_string_append (description, "; ");
        if (!g_str_equal (at->name, "title"))
            g_string_append_printf (description, "%s: ", at->name);
        g_string_append (description, bloc_export_value_text (buf, v, at->type));
    }
    start (&x, "meta");
    text_element (&x, "creator", "bloc");
    if (description->len > 0)
        text_element (&x, "description", description->str);
    end (&x);

    start (&x, "graph");
    attr (&x, "defaultedgetype", m->directed ? "directed" : "undirected");
    attr (&x, "mode", m->dynamic ? "dynamic" : "static");
    if (m->dynamic)
        attr (&x, "timeformat", "double");
    gexf_attributes (&x, "node", m->node_attrs, -1);
    gexf_attributes (&x, "edge", m->edge_attrs, m->weight_attr);

    start (&x, "nodes");
    for (guint i = 0; i < m->nodes->len; i++) {
        const BlocExportNode *node = &g_array_index (m->nodes, BlocExportNode, i);
        start (&x, "node");
        attr (&x, "id", node->id);
        attr (&x, "label", node->label);
        if (m->dynamic)
            gexf_bounds (&x, m, node->span);
        gexf_attvalues (&x, m->node_attrs, m->node_values, i, -1);
        end (&x);
    }
    end (&x);

    start (&x, "edges");
    for (guint i = 0; i < m->edges->len; i++) {
        const BlocExportEdge *e = &g_array_index (m->edges, BlocExportEdge, i);
        start (&x, "edge");
        attr_int (&x, "id", i);
        attr (&x, "source", g_array_index (m->nodes, BlocExportNode, e->source).id);
        attr (&x, "target", g_array_index (m->nodes, BlocExportNode, e->target).id);
        if (m->weight_attr >= 0) {
            const BlocExportValue *w = bloc_export_edge_value (m, i, (guint)m->weight_attr);
            if (w->set)
                attr (&x, "weight",
                      bloc_export_value_text (
                          buf, w,
                          g_array_index (m->edge_attrs, BlocExportAttr, m->weight_attr).type));
        }
        if (e->n_spans == 1)
            gexf_bounds (&x, m, g_array_index (m->spans, BlocExportSpan, e->first_span));
        gexf_attvalues (&x, m->edge_attrs, m->edge_values, i, m->weight_attr);
        if (e->n_spans > 1) {
            start (&x, "spells");
            for (guint s = 0; s < e->n_spans; s++) {
                start (&x, "spell");
                gexf_bounds (&x, m, g_array_index (m->spans, BlocExportSpan, e->first_span + s));
                end (&x);
            }
            end (&x);
        }
        end (&x);
    }
    end (&x); /* edges */
    end (&x); /* graph */
    end (&x); /* gexf */
    return xml_finish (&x, "GEXF", out, error);
}
