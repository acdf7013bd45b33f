/* bloc-export-gml.c: GML, as igraph's and NetworkX's readers take it.
 *
 * igraph 0.10.2's own writer is not used: it keeps only the letters and digits of attribute
 * names (name@fa becomes namefa), drops an edge attribute named "source" with a warning, and
 * writes line breaks inside strings, which NetworkX's line-based reader cannot parse. This
 * writer follows igraph's escaping otherwise: strings in double quotes, UTF-8, with '&' and '"'
 * as &amp; and &quot;, which both readers decode; line breaks are written as &#10; and &#13;.
 *
 * Nodes: GML needs integer ids, so "id" is the node's position and "label" the entity id
 * (NetworkX's read_gml names nodes by their label); "name" holds the name. Keys are letters,
 * digits and '_', starting with a letter; "source" (a citation) becomes "citation", and any
 * other attribute that would take a key GML reserves is prefixed with "attr_".
 */
#include "bloc-export-private.h"

#include <string.h>

static const char *const reserved_keys[] = { "id",       "label",      "source", "target",
                                             "directed", "multigraph", "graph",  "node",
                                             "edge",     "key",        "name",   "Creator",
                                             "Version",  NULL };

/* The GML key of attribute @name, distinct from the keys already in @taken (which it joins).
 * Returns a string owned by @taken. */
static const char *
gml_key (const char *name, GPtrArray *taken)
{
    g_autoptr (GString) key = g_string_new (NULL);

    if (g_str_equal (name, "source")) {
        g_string_append (key, "citation");
    } else {
        for (const char *p = name; *p; p++)
            g_string_append_c (key, g_ascii_isalnum (*p) ? *p : '_');
        if (key->len == 0 || !g_ascii_isalpha (key->str[0]))
            g_string_prepend (key, "x");
        if (g_strv_contains (reserved_keys, key->str))
            g_string_prepend (key, "attr_");
    }
    g_autofree char *base = g_strdup (key->str);
    for (guint n = 2;; n++) {
        gboolean used = FALSE;
        for (guint i = 0; i < taken->len && !used; i++)
            used = g_str_equal (g_ptr_array_index (taken, i), key->str);
        if (!used)
            break;
        g_string_printf (key, "%s_%u", base, n);
    }
    char *result = g_string_free (g_steal_pointer (&key), FALSE);
    g_ptr_array_add (taken, result);
    return result;
}

static void
append_string (GString *out, const char *text)
{
    g_string_append_c (out, '"');
    for (const char *p = text; *p; p++) {
        switch (*p) {
        case '&':
            g_string_append (out, "&amp;");
            break;
        case '"':
            g_string_append (out, "&quot;");
            break;
        case '\n':
            g_string_append (out, "&#10;");
            break;
        case '\r':
            g_string_append (out, "&#13;");
            break;
        default:
            g_string_append_c (out, *p);
        }
    }
    g_string_append_c (out, '"');
}

static void
append_value (GString *out, const BlocExportValue *v, BlocExportType type)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    switch (type) {
    case BLOC_EXPORT_STRING:
        append_string (out, v->s);
        break;
    case BLOC_EXPORT_INT:
        g_string_append (out, bloc_export_value_text (buf, v, type));
        break;
    case BLOC_EXPORT_DOUBLE: {
        /* A real keeps its point, so that readers do not take 1 for an integer ("1e-05"
         * becomes "1.0e-05", which NetworkX's tokenizer also needs). */
        const char *text = bloc_export_value_text (buf, v, type);
        const char *exponent = strpbrk (text, "eE");
        if (strchr (text, '.') != NULL || strpbrk (text, "0123456789") == NULL) {
            g_string_append (out, text);
        } else if (exponent != NULL) {
            g_string_append_len (out, text, exponent - text);
            g_string_append (out, ".0");
            g_string_append (out, exponent);
        } else {
            g_string_append (out, text);
            g_string_append (out, ".0");
        }
        break;
    }
    }
}

static void
append_values (GString *out, const GArray *attrs, const GArray *values, guint index,
               const char *const *keys, const char *indent)
{
    for (guint a = 0; a < attrs->len; a++) {
        const BlocExportValue *v = &g_array_index (values, BlocExportValue, index * attrs->len + a);
        if (!v->set)
            continue;
        g_string_append_printf (out, "%s%s ", indent, keys[a]);
        append_value (out, v, g_array_index (attrs, BlocExportAttr, a).type);
        g_string_append_c (out, '\n');
    }
}

static const char **
keys_of (const GArray *attrs, GPtrArray *taken)
{
    const char **keys = g_new (const char *, attrs->len + 1);
    for (guint a = 0; a < attrs->len; a++)
        keys[a] = gml_key (g_array_index (attrs, BlocExportAttr, a).name, taken);
    keys[attrs->len] = NULL;
    return keys;
}

gboolean
bloc_export_write_gml (GString *out, const BlocExportModel *m, GError **error)
{
    g_autoptr (GPtrArray) graph_taken = g_ptr_array_new_with_free_func (g_free);
    g_autoptr (GPtrArray) node_taken = g_ptr_array_new_with_free_func (g_free);
    g_autoptr (GPtrArray) edge_taken = g_ptr_array_new_with_free_func (g_free);
    g_autofree const char **graph_keys = keys_of (m->graph_attrs, graph_taken);
    g_autofree const char **node_keys = keys_of (m->node_attrs, node_taken);
    g_autofree const char **edge_keys = keys_of (m->edge_attrs, edge_taken);

    g_string_append (out, "Creator \"bloc\"\ngraph\n[\n");
    g_string_append_printf (out, "  directed %d\n", m->directed ? 1 : 0);
    if (m->multigraph)
        g_string_append (out, "  multigraph 1\n");
    append_values (out, m->graph_attrs, m->graph_values, 0, graph_keys, "  ");
    for (guint i = 0; i < m->nodes->len; i++) {
        const BlocExportNode *node = &g_array_index (m->nodes, BlocExportNode, i);
        g_string_append_printf (out, "  node\n  [\n    id %u\n    label ", i);
        append_string (out, node->id);
        g_string_append (out, "\n    name ");
        append_string (out, node->label);
        g_string_append_c (out, '\n');
        append_values (out, m->node_attrs, m->node_values, i, node_keys, "    ");
        g_string_append (out, "  ]\n");
    }
    for (guint i = 0; i < m->edges->len; i++) {
        const BlocExportEdge *e = &g_array_index (m->edges, BlocExportEdge, i);
        g_string_append_printf (out, "  edge\n  [\n    source %u\n    target %u\n", e->source,
                                e->target);
        append_values (out, m->edge_attrs, m->edge_values, i, edge_keys, "    ");
        g_string_append (out, "  ]\n");
    }
    g_string_append (out, "]\n");
    return TRUE;
}
