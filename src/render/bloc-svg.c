/* bloc-svg.c: makes Graphviz's SVG fit to embed in a report.
 *
 * Graphviz 2.42 writes an XML prolog, a DOCTYPE, comments, a fixed width and height, and a
 * <title> holding each node's graph name. This pass works on that known structure, tag by tag
 * (never a regular expression over arbitrary text): it drops the prolog and comments, adds
 * role="img", aria-labelledby, a root <title> and <desc>, optionally removes the fixed size, puts
 * each element's full description in its <title>, and turns the anchors Graphviz wraps around
 * table cells with tooltips into plain groups with a <title>.
 */
#include <stdlib.h>
#include <string.h>

#include "bloc-render.h"

char *
bloc_xml_safe (const char *text)
{
    g_autofree char *valid = g_utf8_make_valid (text, -1);
    GString *s = g_string_new (NULL);
    for (const char *p = valid; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
            c = 0xFFFD;
        g_string_append_unichar (s, c);
    }
    return g_string_free (s, FALSE);
}

/* Appends @text escaped for XML character data and attribute values. */
static void
append_escaped (GString *out, const char *text)
{
    g_autofree char *safe = bloc_xml_safe (text);
    g_autofree char *escaped = g_markup_escape_text (safe, -1);
    g_string_append (out, escaped);
}

/* The value of attribute @name in the start tag [tag, end), unescaped; NULL if absent. */
static char *
attribute (const char *tag, const char *end, const char *name)
{
    g_autofree char *pattern = g_strdup_printf (" %s=\"", name);
    gsize n = strlen (pattern);
    for (const char *p = tag; p + n <= end; p++) {
        if (strncmp (p, pattern, n) != 0)
            continue;
        const char *v = p + n, *q = memchr (v, '"', (size_t)(end - v));
        if (q == NULL)
            return NULL;
        g_autofree char *raw = g_strndup (v, (gsize)(q - v));
        /* Graphviz escapes with entities; decode the few it uses. */
        GString *s = g_string_new (NULL);
        for (const char *c = raw; *c;) {
            if (*c == '&') {
                const char *semi = strchr (c, ';');
                if (semi != NULL) {
                    g_autofree char *entity = g_strndup (c + 1, (gsize)(semi - c - 1));
                    gunichar u = 0;
                    if (entity[0] == '#')
                        u = (gunichar)(entity[1] == 'x' ? strtoul (entity + 2, NULL, 16)
                                                        : strtoul (entity + 1, NULL, 10));
                    else if (strcmp (entity, "amp") == 0)
                        u = '&';
                    else if (strcmp (entity, "lt") == 0)
                        u = '<';
                    else if (strcmp (entity, "gt") == 0)
                        u = '>';
                    else if (strcmp (entity, "quot") == 0)
                        u = '"';
                    else if (strcmp (entity, "apos") == 0)
                        u = '\'';
                    if (u != 0) {
                        g_string_append_unichar (s, u);
                        c = semi + 1;
                        continue;
                    }
                }
            }
            g_string_append_c (s, *c++);
        }
        return g_string_free (s, FALSE);
    }
    return NULL;
}

/* Removes ` name="..."` from the start tag in @tag. */
static void
remove_attribute (GString *tag, const char *name)
{
    g_autofree char *pattern = g_strdup_printf (" %s=\"", name);
    char *p = strstr (tag->str, pattern);
    if (p == NULL)
        return;
    char *q = strchr (p + strlen (pattern), '"');
    if (q == NULL)
        return;
    g_string_erase (tag, p - tag->str, q + 1 - p);
}

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

/* Appends the start tag [lt, gt) with @prefix put before the value of its id attribute. */
static void
append_tag_prefixed (GString *out, const char *lt, const char *gt, const char *prefix)
{
    const char *id = g_strstr_len (lt, gt - lt, " id=\"");
    if (id == NULL || prefix == NULL) {
        g_string_append_len (out, lt, gt - lt);
        return;
    }
    id += strlen (" id=\"");
    g_string_append_len (out, lt, id - lt);
    g_string_append (out, prefix);
    g_string_append_len (out, id, gt - id);
}

char *
bloc_svg_finish (const char *svg, gsize len, const char *title, const char *desc,
                 gboolean responsive, const char *id_prefix, GHashTable *titles,
                 GHashTable *classes)
{
    const char *px = id_prefix != NULL ? id_prefix : "";
    GString *out = g_string_sized_new (len + 1024);
    const char *p = svg, *end = svg + len;
    const char *pending_id = NULL; /* a <g> whose next <title> is to be replaced */
    g_autofree char *pending_owned = NULL;

    /* Skip the prolog, the DOCTYPE and the leading comments. */
    const char *root = g_strstr_len (svg, (gssize)len, "<svg");
    if (root == NULL)
        return g_strndup (svg, len);
    p = root;

    while (p < end) {
        const char *lt = memchr (p, '<', (size_t)(end - p));
        if (lt == NULL) {
            g_string_append_len (out, p, end - p);
            break;
        }
        g_string_append_len (out, p, lt - p);
        if (strncmp (lt, "<!--", 4) == 0) {
            const char *close = g_strstr_len (lt, end - lt, "-->");
            p = close ? close + 3 : end;
            /* Drop the newline after a comment too. */
            if (p < end && *p == '\n')
                p++;
            continue;
        }
        const char *gt = memchr (lt, '>', (size_t)(end - lt));
        if (gt == NULL) {
            g_string_append_len (out, lt, end - lt);
            break;
        }
        gt++;

        if (strncmp (lt, "<svg", 4) == 0 && (lt[4] == ' ' || lt[4] == '\n')) {
            g_autoptr (GString) tag = g_string_new_len (lt, gt - lt);
            if (responsive) {
                remove_attribute (tag, "width");
                remove_attribute (tag, "height");
            }
            g_string_truncate (tag, tag->len - 1);
            g_string_append_printf (
                tag, " role=\"img\" aria-labelledby=\"%sbloc-title %sbloc-desc\">", px, px);
            g_string_append_len (out, tag->str, tag->len);
            g_string_append_printf (out, "\n<title id=\"%sbloc-title\">", px);
            append_escaped (out, title);
            g_string_append_printf (out, "</title>\n<desc id=\"%sbloc-desc\">", px);
            append_escaped (out, desc);
            g_string_append (out, "</desc>");
        } else if (strncmp (lt, "<g id=\"a_", 9) == 0) {
            /* A table cell with a tooltip: <g id="a_ID"><a xlink:href=".." xlink:title="T">. */
            g_autofree char *id = attribute (lt, gt, "id");
            const char *a = gt;
            while (a < end && (*a == '\n' || *a == ' '))
                a++;
            const char *a_end =
                strncmp (a, "<a ", 3) == 0 ? memchr (a, '>', (size_t)(end - a)) : NULL;
            if (a_end != NULL) {
                g_autofree char *tip = attribute (a, a_end + 1, "xlink:title");
                const char *text = titles ? g_hash_table_lookup (titles, id + 2) : NULL;
                const char *cls = classes ? g_hash_table_lookup (classes, id + 2) : NULL;
                g_string_append (out, "<g id=\"");
                append_escaped (out, px);
                append_escaped (out, id + 2);
                g_string_append (out, "\" class=\"");
                append_escaped (out, cls ? cls : "cell");
                g_string_append (out, "\">\n<title>");
                append_escaped (out, text ? text : tip ? tip : id + 2);
                g_string_append (out, "</title>");
                gt = a_end + 1;
            } else {
                g_string_append_len (out, lt, gt - lt);
            }
        } else if (strncmp (lt, "</a>", 4) == 0) {
            /* The end of such a cell's anchor: dropped with its start. */
            if (gt < end && *gt == '\n')
                gt++;
        } else if (strncmp (lt, "<g id=\"", 7) == 0) {
            append_tag_prefixed (out, lt, gt, id_prefix);
            g_free (pending_owned);
            pending_owned = attribute (lt, gt, "id");
            pending_id = pending_owned;
        } else if (strncmp (lt, "<title>", 7) == 0 && pending_id != NULL) {
            const char *close = g_strstr_len (gt, end - gt, "</title>");
            const char *text = titles ? g_hash_table_lookup (titles, pending_id) : NULL;
            if (close != NULL && text != NULL) {
                g_string_append (out, "<title>");
                append_escaped (out, text);
                g_string_append (out, "</title>");
                gt = close + strlen ("</title>");
            } else if (close != NULL && strcmp (pending_id, "graph0") == 0) {
                g_string_append (out, "<title>");
                append_escaped (out, title);
                g_string_append (out, "</title>");
                gt = close + strlen ("</title>");
            } else {
                g_string_append_len (out, lt, gt - lt);
            }
            pending_id = NULL;
        } else {
            g_string_append_len (out, lt, gt - lt);
        }
        p = gt;
    }
    if (out->len == 0 || out->str[out->len - 1] != '\n')
        g_string_append_c (out, '\n');
    return g_string_free (out, FALSE);
}
