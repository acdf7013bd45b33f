/* bloc-export-pajek.c: Pajek .net files, as Pajek and igraph read them.
 *
 * A two-mode graph starts with "*Vertices N N1": the first N1 vertices are the actors, and
 * igraph gives them type FALSE. Each vertex line holds its number and its label, the entity
 * id; edges follow as "*Edges" (or "*Arcs" for the directed ties) lines "a b weight".
 *
 * Pajek has no escape inside quoted labels, so a label is quoted unless it holds a double quote
 * itself; such a label is written bare when it has no space and cannot be read as a quoted
 * string, a comment or a parenthesised one. Any other label with a double quote cannot be
 * written without changing it, and is refused. Lines end in CRLF, as Pajek writes them.
 */
#include "bloc-export-private.h"

#include <string.h>

/* Appends @label as a Pajek vertex label, or returns FALSE when it cannot be written. */
static gboolean
append_label (GString *out, const char *label)
{
    gsize n = strlen (label);

    if (strchr (label, '"') == NULL) {
        g_string_append_c (out, '"');
        g_string_append (out, label);
        g_string_append_c (out, '"');
        return TRUE;
    }
    /* Bare: one word that no other token of igraph's Pajek lexer matches as long. */
    for (const char *p = label; *p; p++)
        if (*p == ' ' || *p == '\t')
            return FALSE;
    if (label[0] == '%' || (label[0] == '"' && label[n - 1] == '"') ||
        (label[0] == '(' && label[n - 1] == ')'))
        return FALSE;
    g_string_append (out, label);
    return TRUE;
}

gboolean
bloc_export_write_pajek (GString *out, const BlocExportModel *m, GError **error)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    guint n = m->nodes->len;

    if (m->n_first_mode > 0)
        g_string_append_printf (out, "*Vertices %u %u\r\n", n, m->n_first_mode);
    else
        g_string_append_printf (out, "*Vertices %u\r\n", n);
    for (guint i = 0; i < n; i++) {
        const BlocExportNode *node = &g_array_index (m->nodes, BlocExportNode, i);
        g_string_append_printf (out, "%u ", i + 1);
        if (!append_label (out, node->id)) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                         "cannot write the id '%s' as a Pajek label: it holds a double quote and "
                         "a space or bracket, which Pajek cannot quote (expected another format, "
                         "such as GraphML or GML)",
                         node->id);
            return FALSE;
        }
        g_string_append (out, "\r\n");
    }
    g_string_append (out, m->directed ? "*Arcs\r\n" : "*Edges\r\n");
    for (guint i = 0; i < m->edges->len; i++) {
        const BlocExportEdge *e = &g_array_index (m->edges, BlocExportEdge, i);
        g_string_append_printf (out, "%u %u", e->source + 1, e->target + 1);
        if (m->weight_attr >= 0) {
            const BlocExportValue *w = bloc_export_edge_value (m, i, (guint)m->weight_attr);
            if (w->set)
                g_string_append_printf (
                    out, " %s",
                    bloc_export_value_text (
                        buf, w,
                        g_array_index (m->edge_attrs, BlocExportAttr, m->weight_attr).type));
        }
        g_string_append (out, "\r\n");
    }
    return TRUE;
}
