/* bloc-svg.c: makes Graphviz's SVG fit to embed in a report.
 *
 * Graphviz 2.42 writes an XML prolog, a DOCTYPE, comments, a fixed width and height, and a
 * <title> holding each node's graph name. This pass parses that SVG with libxml2 and edits the
 * tree: it drops the prolog and comments, adds role="img", aria-labelledby, a root <title> and
 * <desc>, optionally removes the fixed size, puts each element's full description in its
 * <title>, turns the anchors Graphviz wraps around table cells with tooltips (links to "#") into
 * plain groups with a <title>, keeps every other link, puts a prefix before every id and every
 * reference to one, follows every font family with fallbacks that end in a generic family, and
 * in a right-to-left figure marks right-to-left text as such. The tree is then written back with
 * libxml2, which escapes every text and attribute.
 */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>

#include "bloc-render-private.h"
#include "bloc-text.h"

#define XLINK_NS "http://www.w3.org/1999/xlink"

gboolean
bloc_svg_id_prefix_valid (const char *prefix)
{
    if (!g_ascii_isalpha (prefix[0]))
        return FALSE;
    for (const char *p = prefix; *p; p++)
        if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
            return FALSE;
    return TRUE;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlBuffer, xmlBufferFree)

typedef struct {
    const BlocSvgInfo *info;
    const char *prefix; /* "" for none */
    GHashTable *ids;    /* every id in the document, before the prefix */
} Finish;

static gboolean
is_element (const xmlNode *node, const char *name)
{
    return node != NULL && node->type == XML_ELEMENT_NODE &&
           strcmp ((const char *)node->name, name) == 0;
}

static xmlNode *
first_element (xmlNode *node)
{
    for (xmlNode *c = node->children; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            return c;
    return NULL;
}

/* The value of attribute @name (in no namespace) of @node; caller frees with g_free. */
static char *
get_attribute (xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *)name);
    char *copy = g_strdup ((const char *)value);
    xmlFree (value);
    return copy;
}

static char *
get_xlink_attribute (xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetNsProp (node, (const xmlChar *)name, (const xmlChar *)XLINK_NS);
    char *copy = g_strdup ((const char *)value);
    xmlFree (value);
    return copy;
}

/* A new element @name in @parent's namespace holding the text @text, made safe for XML. */
static xmlNode *
new_text_element (xmlNode *parent, const char *name, const char *text)
{
    g_autofree char *safe = bloc_text_xml_safe (text);
    xmlNode *node = xmlNewDocNode (parent->doc, parent->ns, (const xmlChar *)name, NULL);
    xmlNodeAddContent (node, (const xmlChar *)safe);
    return node;
}

/* Removes @node; when the text after it starts with a line break, that line break goes too. */
static void
remove_node (xmlNode *node)
{
    xmlNode *next = node->next;
    if (next != NULL && next->type == XML_TEXT_NODE && next->content != NULL &&
        next->content[0] == '\n') {
        xmlChar *rest = xmlStrdup (next->content + 1);
        xmlNodeSetContent (next, NULL);
        xmlNodeAddContent (next, rest);
        xmlFree (rest);
    }
    xmlUnlinkNode (node);
    xmlFreeNode (node);
}

/* Replaces the text of @node's first child, when it is a <title>, with @text. */
static void
set_title (xmlNode *node, const char *text)
{
    xmlNode *title = first_element (node);
    if (!is_element (title, "title"))
        return;
    g_autofree char *safe = bloc_text_xml_safe (text);
    xmlNodeSetContent (title, NULL);
    xmlNodeAddContent (title, (const xmlChar *)safe);
}

/* A table cell with a tooltip, <g id="a_ID"><a xlink:href="#" xlink:title="T">...</a></g>,
 * becomes <g id="ID" class="CLASS"><title>TEXT</title>...</g>. Returns FALSE, changing nothing,
 * when @g is not such a group: a link anywhere else stays a link. */
static gboolean
unwrap_tooltip (const Finish *f, xmlNode *g)
{
    g_autofree char *id = get_attribute (g, "id");
    xmlNode *a = first_element (g);
    if (id == NULL || !g_str_has_prefix (id, "a_") || !is_element (a, "a"))
        return FALSE;
    g_autofree char *href = get_xlink_attribute (a, "href");
    if (g_strcmp0 (href, "#") != 0)
        return FALSE;

    const char *cell = id + 2;
    g_autofree char *tip = get_xlink_attribute (a, "title");
    const char *text = f->info->titles ? g_hash_table_lookup (f->info->titles, cell) : NULL;
    const char *cls = f->info->classes ? g_hash_table_lookup (f->info->classes, cell) : NULL;
    xmlSetProp (g, (const xmlChar *)"id", (const xmlChar *)cell);
    xmlSetProp (g, (const xmlChar *)"class", (const xmlChar *)(cls ? cls : "cell"));
    xmlNode *title = new_text_element (g, "title", text ? text : tip ? tip : cell);
    xmlAddPrevSibling (a, xmlNewDocText (g->doc, (const xmlChar *)"\n"));
    xmlAddPrevSibling (a, title);
    /* The anchor's children take its place. */
    while (a->children != NULL) {
        xmlNode *child = a->children;
        xmlUnlinkNode (child);
        xmlAddPrevSibling (a, child);
    }
    remove_node (a);
    return TRUE;
}

/* TRUE when @text holds a letter of a right-to-left script. */
static gboolean
has_rtl_letter (const char *text)
{
    for (const char *p = text; *p; p = g_utf8_next_char (p)) {
        switch (g_unichar_get_script (g_utf8_get_char (p))) {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
            return TRUE;
        default:
            break;
        }
    }
    return FALSE;
}

/* The font families of @node followed by their fallbacks; in a right-to-left figure, a <text>
 * with right-to-left letters reads right to left: direction="rtl", with its anchor swapped
 * (Graphviz placed "start" at the left end, which is the end of a right-to-left line). */
static void
edit_text (const Finish *f, xmlNode *node)
{
    g_autofree char *family = get_attribute (node, "font-family");
    if (family != NULL) {
        g_autofree char *css = bloc_style_css_fonts (family);
        xmlSetProp (node, (const xmlChar *)"font-family", (const xmlChar *)css);
    }
    if (!f->info->rtl || !is_element (node, "text"))
        return;
    xmlChar *content = xmlNodeGetContent (node);
    gboolean rtl = content != NULL && has_rtl_letter ((const char *)content);
    xmlFree (content);
    if (!rtl)
        return;
    g_autofree char *anchor = get_attribute (node, "text-anchor");
    xmlSetProp (node, (const xmlChar *)"direction", (const xmlChar *)"rtl");
    if (g_strcmp0 (anchor, "start") == 0 || anchor == NULL)
        xmlSetProp (node, (const xmlChar *)"text-anchor", (const xmlChar *)"end");
    else if (g_strcmp0 (anchor, "end") == 0)
        xmlSetProp (node, (const xmlChar *)"text-anchor", (const xmlChar *)"start");
}

/* Drops comments and processing instructions, unwraps tooltip anchors, sets the <title> of
 * every element the titles table names, and edits fonts and directions, below @node. */
static void
edit_tree (const Finish *f, xmlNode *node)
{
    xmlNode *next;
    for (xmlNode *c = node->children; c != NULL; c = next) {
        next = c->next;
        if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE) {
            remove_node (c); /* @next stays: only its text may change */
            continue;
        }
        if (c->type != XML_ELEMENT_NODE)
            continue;
        edit_text (f, c);
        if (!(is_element (c, "g") && unwrap_tooltip (f, c))) {
            g_autofree char *id = get_attribute (c, "id");
            const char *text =
                id && f->info->titles ? g_hash_table_lookup (f->info->titles, id) : NULL;
            if (text == NULL && g_strcmp0 (id, "graph0") == 0)
                text = f->info->title;
            if (text != NULL)
                set_title (c, text);
        }
        edit_tree (f, c);
    }
}

static void
collect_ids (GHashTable *ids, xmlNode *node)
{
    for (xmlNode *c = node; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        char *id = get_attribute (c, "id");
        if (id != NULL)
            g_hash_table_add (ids, id);
        collect_ids (ids, c->children);
    }
}

/* @value with @prefix put before each "url(#ID)" reference to an id of the document. */
static char *
prefix_url_references (const Finish *f, const char *value)
{
    GString *s = g_string_new (NULL);
    const char *p = value, *url;
    while ((url = strstr (p, "url(#")) != NULL) {
        const char *start = url + strlen ("url(#"), *end = strchr (start, ')');
        g_string_append_len (s, p, start - p);
        if (end != NULL) {
            g_autofree char *id = g_strndup (start, (gsize)(end - start));
            if (g_hash_table_contains (f->ids, id))
                g_string_append (s, f->prefix);
        }
        p = start;
    }
    g_string_append (s, p);
    return g_string_free (s, FALSE);
}

/* Puts the prefix before every id, every link to "#ID" and every "url(#ID)" below @node. */
static void
prefix_ids (const Finish *f, xmlNode *node)
{
    for (xmlNode *c = node; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        for (xmlAttr *a = c->properties; a != NULL; a = a->next) {
            xmlChar *value = xmlNodeListGetString (c->doc, a->children, 1);
            const char *v = (const char *)value;
            g_autofree char *changed = NULL;
            if (v == NULL) {
                /* no value */
            } else if (strcmp ((const char *)a->name, "id") == 0 && a->ns == NULL) {
                changed = g_strconcat (f->prefix, v, NULL);
            } else if (strcmp ((const char *)a->name, "href") == 0 && v[0] == '#' &&
                       g_hash_table_contains (f->ids, v + 1)) {
                changed = g_strconcat ("#", f->prefix, v + 1, NULL);
            } else if (strstr (v, "url(#") != NULL) {
                changed = prefix_url_references (f, v);
            }
            if (changed != NULL)
                xmlSetNsProp (c, a->ns, a->name, (const xmlChar *)changed);
            xmlFree (value);
        }
        prefix_ids (f, c->children);
    }
}

/* The root: no fixed size when responsive, role and aria-labelledby, a <title> and a <desc>. */
static void
edit_root (const Finish *f, xmlNode *root)
{
    if (f->info->responsive) {
        xmlUnsetProp (root, (const xmlChar *)"width");
        xmlUnsetProp (root, (const xmlChar *)"height");
    } else if (f->info->width > 0 && f->info->height > 0) {
        char width[G_ASCII_DTOSTR_BUF_SIZE], height[G_ASCII_DTOSTR_BUF_SIZE];
        g_autofree char *w =
            g_strconcat (g_ascii_formatd (width, sizeof width, "%.0f", f->info->width), "pt", NULL);
        g_autofree char *h = g_strconcat (
            g_ascii_formatd (height, sizeof height, "%.0f", f->info->height), "pt", NULL);
        xmlSetProp (root, (const xmlChar *)"width", (const xmlChar *)w);
        xmlSetProp (root, (const xmlChar *)"height", (const xmlChar *)h);
    }
    g_autofree char *title_id = g_strconcat (f->prefix, "bloc-title", NULL);
    g_autofree char *desc_id = g_strconcat (f->prefix, "bloc-desc", NULL);
    g_autofree char *labelledby = g_strdup_printf ("%s %s", title_id, desc_id);
    xmlSetProp (root, (const xmlChar *)"role", (const xmlChar *)"img");
    xmlSetProp (root, (const xmlChar *)"aria-labelledby", (const xmlChar *)labelledby);

    xmlNode *title = new_text_element (root, "title", f->info->title);
    xmlNode *desc = new_text_element (root, "desc", f->info->desc);
    xmlSetProp (title, (const xmlChar *)"id", (const xmlChar *)title_id);
    xmlSetProp (desc, (const xmlChar *)"id", (const xmlChar *)desc_id);
    /* libxml2 merges a text node put next to another: the elements go in first. */
    if (root->children != NULL)
        xmlAddPrevSibling (root->children, title);
    else
        xmlAddChild (root, title);
    xmlAddNextSibling (title, desc);
    xmlAddPrevSibling (title, xmlNewDocText (root->doc, (const xmlChar *)"\n"));
    xmlAddNextSibling (title, xmlNewDocText (root->doc, (const xmlChar *)"\n"));
}

/* Parses @svg; sets @error with libxml2's message when it is not well-formed. */
static xmlDoc *
parse (const char *svg, gsize len, GError **error)
{
    g_autoptr (xmlParserCtxt) ctxt = xmlNewParserCtxt ();
    if (ctxt == NULL)
        g_error ("libxml2 could not allocate a parser");
    /* No network, no messages on standard error, no limit on the length of a text. */
    xmlDoc *doc = xmlCtxtReadMemory (ctxt, svg, (int)MIN (len, (gsize)G_MAXINT), NULL, "UTF-8",
                                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                         XML_PARSE_HUGE);
    if (doc == NULL || len > (gsize)G_MAXINT) {
        const xmlError *e = xmlCtxtGetLastError (ctxt);
        g_autofree char *message = g_strdup (e && e->message ? e->message : "too long\n");
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER, "Graphviz wrote SVG that is not XML: %s",
                     g_strchomp (message));
        if (doc != NULL)
            xmlFreeDoc (doc);
        return NULL;
    }
    return doc;
}

gboolean
bloc_svg_finish (GBytes **out, const char *svg, gsize len, const BlocSvgInfo *info, GError **error)
{
    g_autoptr (xmlDoc) doc = parse (svg, len, error);
    if (doc == NULL)
        return FALSE;
    xmlNode *root = xmlDocGetRootElement (doc);
    if (!is_element (root, "svg")) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER,
                     "Graphviz wrote no SVG (expected an <svg> root element)");
        return FALSE;
    }

    g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    Finish f = { info, info->id_prefix ? info->id_prefix : "", ids };
    edit_tree (&f, root);
    if (*f.prefix != '\0') {
        collect_ids (ids, root);
        prefix_ids (&f, root);
    }
    edit_root (&f, root);

    g_autoptr (xmlBuffer) buffer = xmlBufferCreate ();
    xmlSaveCtxt *save = xmlSaveToBuffer (buffer, "UTF-8", XML_SAVE_NO_DECL | XML_SAVE_AS_XML);
    if (buffer == NULL || save == NULL)
        g_error ("libxml2 could not allocate a buffer");
    long written = xmlSaveTree (save, root);
    if (xmlSaveClose (save) < 0 || written < 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_RENDER, "libxml2 could not write the SVG");
        return FALSE;
    }
    GString *s =
        g_string_new_len ((const char *)xmlBufferContent (buffer), xmlBufferLength (buffer));
    g_string_append_c (s, '\n');
    *out = g_string_free_to_bytes (s);
    return TRUE;
}
