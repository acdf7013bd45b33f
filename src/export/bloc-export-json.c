/* bloc-export-json.c: node-link JSON, as networkx.node_link_data writes it, with json-glib.
 *
 * {"directed", "multigraph", "graph": {...}, "nodes": [{"id", ...}], "links": [{"source",
 * "target", ("key"), ...}]}: networkx.node_link_graph() and d3-force read it as is. A link's
 * "source" and "target" name its ends, so the tie attribute "source" (a citation) is written
 * as "citation".
 */
#include "bloc-export-private.h"

#include "bloc-output.h"

/* The key of attribute @name beside the keys node-link JSON reserves: NULL for one of those. */
static const char *
json_key (const char *name)
{
    static const char *const reserved[] = { "id", "source", "target", "key", NULL };
    if (g_str_equal (name, "source"))
        return "citation";
    if (g_strv_contains (reserved, name))
        return NULL;
    return name;
}

static void
add_value (JsonBuilder *b, const char *key, const BlocExportValue *v, BlocExportType type)
{
    if (!v->set)
        return;
    json_builder_set_member_name (b, key);
    switch (type) {
    case BLOC_EXPORT_STRING:
        json_builder_add_string_value (b, v->s);
        break;
    case BLOC_EXPORT_INT:
        json_builder_add_int_value (b, v->i);
        break;
    case BLOC_EXPORT_DOUBLE:
        json_builder_add_double_value (b, bloc_round_real (v->d));
        break;
    }
}

/* Adds the members of element @index whose attributes are @attrs and values @values. */
static void
add_values (JsonBuilder *b, const GArray *attrs, const GArray *values, guint index)
{
    for (guint a = 0; a < attrs->len; a++) {
        const BlocExportAttr *attr = &g_array_index (attrs, BlocExportAttr, a);
        const char *key = json_key (attr->name);
        g_autofree char *renamed = key == NULL ? g_strconcat ("attr_", attr->name, NULL) : NULL;
        add_value (b, key != NULL ? key : renamed,
                   &g_array_index (values, BlocExportValue, index * attrs->len + a), attr->type);
    }
}

gboolean
bloc_export_write_json (GString *out, const BlocExportModel *m, GError **error)
{
    g_autoptr (JsonBuilder) b = json_builder_new ();

    json_builder_begin_object (b);
    json_builder_set_member_name (b, "directed");
    json_builder_add_boolean_value (b, m->directed);
    json_builder_set_member_name (b, "multigraph");
    json_builder_add_boolean_value (b, m->multigraph);
    json_builder_set_member_name (b, "graph");
    json_builder_begin_object (b);
    add_values (b, m->graph_attrs, m->graph_values, 0);
    json_builder_end_object (b);

    json_builder_set_member_name (b, "nodes");
    json_builder_begin_array (b);
    for (guint i = 0; i < m->nodes->len; i++) {
        const BlocExportNode *node = &g_array_index (m->nodes, BlocExportNode, i);
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "id");
        json_builder_add_string_value (b, node->id);
        json_builder_set_member_name (b, "name");
        json_builder_add_string_value (b, node->label);
        add_values (b, m->node_attrs, m->node_values, i);
        json_builder_end_object (b);
    }
    json_builder_end_array (b);

    json_builder_set_member_name (b, "links");
    json_builder_begin_array (b);
    gint64 key = 0;
    for (guint i = 0; i < m->edges->len; i++) {
        const BlocExportEdge *e = &g_array_index (m->edges, BlocExportEdge, i);
        const BlocExportEdge *prev = i > 0 ? e - 1 : NULL;
        /* Parallel edges come one after another: number them per pair, as NetworkX keys. */
        key =
            (prev != NULL && prev->source == e->source && prev->target == e->target) ? key + 1 : 0;
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "source");
        json_builder_add_string_value (b, g_array_index (m->nodes, BlocExportNode, e->source).id);
        json_builder_set_member_name (b, "target");
        json_builder_add_string_value (b, g_array_index (m->nodes, BlocExportNode, e->target).id);
        if (m->multigraph) {
            json_builder_set_member_name (b, "key");
            json_builder_add_int_value (b, key);
        }
        add_values (b, m->edge_attrs, m->edge_values, i);
        json_builder_end_object (b);
    }
    json_builder_end_array (b);
    json_builder_end_object (b);

    g_autoptr (JsonNode) root = json_builder_get_root (b);
    bloc_json_append (out, root);
    return TRUE;
}
