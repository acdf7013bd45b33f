/* bloc-import-graphml.c: GraphML into a dataset. bloc-import-graphml-read.c reads the file with
 * libxml2's streaming reader, which gives each element its line; keys are declared before the
 * graph, as the format requires; data values are kept per node and edge by key, and read here
 * once the whole file is known. */
#include <string.h>

#include "bloc-import-private.h"

/* ---- Values ------------------------------------------------------------------------------ */

/* The key for nodes (@domain) named @name, or -1. */
static int
find_key (const BlocGraphml *g, BlocGraphmlDomain domain, const char *name)
{
    for (guint i = 0; i < g->keys->len; i++) {
        const BlocGraphmlKey *k = g_ptr_array_index (g->keys, i);
        if ((k->domain & domain) && strcmp (k->name, name) == 0)
            return (int)i;
    }
    return -1;
}

/* The value of @key for @item: its data, else the key's default, else NULL. */
static const char *
value_of (const BlocGraphml *g, const BlocGraphmlItem *item, int key)
{
    if (key < 0)
        return NULL;
    for (guint i = 0; i < item->values->len; i++) {
        const BlocGraphmlValue *v = &g_array_index (item->values, BlocGraphmlValue, i);
        if (v->key == (guint)key)
            return v->value;
    }
    return ((const BlocGraphmlKey *)g_ptr_array_index (g->keys, (guint)key))->fallback;
}

/* The yEd label of @item, if it has one. */
static const char *
yfiles_label (const BlocGraphml *g, const BlocGraphmlItem *item)
{
    for (guint i = 0; i < item->values->len; i++) {
        const BlocGraphmlValue *v = &g_array_index (item->values, BlocGraphmlValue, i);
        if (((const BlocGraphmlKey *)g_ptr_array_index (g->keys, v->key))->yfiles_label)
            return v->value;
    }
    return NULL;
}

/* A kind value: a kind name, or 0/1 (false/true) for the two sides. */
static gboolean
parse_kind (const char *value, BlocKind actor, BlocKind other, BlocKind *out)
{
    g_autofree char *lower = g_ascii_strdown (value, -1);
    if (bloc_kind_from_string (out, lower))
        return TRUE;
    if (strcmp (lower, "false") == 0) {
        *out = actor;
        return TRUE;
    }
    if (strcmp (lower, "true") == 0) {
        *out = other;
        return TRUE;
    }
    /* A decimal 0 or 1 ("1", "1.0"), not " 1" or "0x1", as every number bloc reads. */
    double number;
    if (!bloc_text_parse_real (&number, lower) || (number != 0.0 && number != 1.0))
        return FALSE;
    *out = number == 0.0 ? actor : other;
    return TRUE;
}

static char *
node_attributes (const BlocGraphml *g)
{
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < g->keys->len; i++) {
        const BlocGraphmlKey *k = g_ptr_array_index (g->keys, i);
        if (k->domain & BLOC_GRAPHML_NODE)
            g_string_append_printf (s, "%s%s", s->len ? ", " : "", k->name);
    }
    if (s->len == 0)
        g_string_append (s, "none");
    return g_string_free (s, FALSE);
}

/* Checks a date value of an edge; NULL or "" is open. */
static gboolean
edge_date (const BlocGraphml *g, const BlocGraphmlEdge *e, const char *what, const char *value,
           BlocDate *out)
{
    const char *why;
    *out = (BlocDate){ 0, 0, 0 };
    if (value == NULL || *value == '\0')
        return TRUE;
    if (bloc_date_parse (out, value, &why))
        return TRUE;
    bloc_import_problem (g->problems, g->file, e->item.line, 0,
                         "bad %s '%s': %s (expected YYYY, YYYY-MM or YYYY-MM-DD)", what, value,
                         why);
    return FALSE;
}

/* The key of the nodes' kinds: the attribute asked for, else `kind`, else NetworkX's
 * `bipartite`; its name in *@out_name. A missing one is a usage error. */
static gboolean
kind_key_of (const BlocGraphml *g, const char *asked, int *out, const char **out_name,
             GError **error)
{
    *out_name = asked != NULL ? asked : "kind";
    *out = find_key (g, BLOC_GRAPHML_NODE, *out_name);
    if (asked == NULL && *out < 0) {
        *out_name = "bipartite";
        *out = find_key (g, BLOC_GRAPHML_NODE, *out_name);
    }
    if (*out >= 0)
        return TRUE;
    g_autofree char *list = node_attributes (g);
    if (asked != NULL)
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "--kind-attribute '%s': no node attribute of that name in %s (expected one "
                     "of: %s)",
                     asked, g->file, list);
    else
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "%s: the nodes have neither a 'kind' nor a 'bipartite' attribute (expected "
                     "--kind-attribute NAME, an attribute whose values are kinds, or 0 and 1; the "
                     "node attributes are: %s)",
                     g->file, list);
    return FALSE;
}

/* What the nodes and edges become. */
typedef struct {
    BlocGraphml *g;
    BlocImportBuilder *b;
    BlocImportReport *report;
    BlocRoleMap *map;
    BlocKind actor, other;
    int kind_key;
    const char *kind_name;
    guint *entity;    /* the builder's index of each node */
    gboolean *usable; /* the node became an entity */
} Convert;

static void
add_nodes (Convert *c)
{
    const BlocGraphml *g = c->g;
    int label_key = find_key (g, BLOC_GRAPHML_NODE, "label");
    int name_key = find_key (g, BLOC_GRAPHML_NODE, "name");

    for (guint i = 0; i < g->nodes->len; i++) {
        const BlocGraphmlItem *n = &g_array_index (g->nodes, BlocGraphmlItem, i);
        const char *kind_value = value_of (g, n, c->kind_key);
        BlocKind kind;
        if (kind_value == NULL || *kind_value == '\0') {
            bloc_import_problem (g->problems, g->file, n->line, 0,
                                 "node '%s' has no '%s' (expected a kind, or 0 or 1, for every "
                                 "node)",
                                 n->id, c->kind_name);
            continue;
        }
        if (!parse_kind (kind_value, c->actor, c->other, &kind)) {
            g_autofree char *kinds = bloc_enum_list (bloc_kind_enum ());
            g_auto (GStrv) names = bloc_enum_names (bloc_kind_enum (), TRUE);
            g_auto (GStrv) near = bloc_text_suggest (kind_value, (const char *const *)names, 3);
            g_autofree char *quoted = bloc_text_quote_list ((const char *const *)near);
            g_autofree char *hint =
                near[0] != NULL ? g_strdup_printf ("; did you mean %s?", quoted) : g_strdup ("");
            bloc_import_problem (g->problems, g->file, n->line, 0,
                                 "node '%s': %s '%s' is not a kind%s (expected one of: %s; or 0 "
                                 "and 1, for --actor-kind and --other-kind)",
                                 n->id, c->kind_name, kind_value, hint, kinds);
            continue;
        }
        const char *name = value_of (g, n, label_key);
        if (name == NULL || *name == '\0')
            name = value_of (g, n, name_key);
        if (name == NULL || *name == '\0')
            name = yfiles_label (g, n);
        BlocImportEntityRef ref = { n->id, { n->line, 0 }, kind, { 0, 0 }, name, { n->line, 0 } };
        c->usable[i] = bloc_import_builder_entity (c->b, &c->entity[i], &ref, g->problems);
    }
}

static void
add_edge (Convert *c, const BlocGraphmlEdge *e, const int *keys)
{
    const BlocGraphml *g = c->g;
    guint ends[2];
    const char *ids[2] = { e->source, e->target };
    gboolean ok = TRUE;

    for (int j = 0; j < 2; j++) {
        ends[j] = GPOINTER_TO_UINT (g_hash_table_lookup (g->node_of, ids[j]));
        if (ends[j] == 0) {
            bloc_import_problem (g->problems, g->file, e->item.line, 0,
                                 "edge %s '%s' is not a node (expected the id of a node)",
                                 j == 0 ? "source" : "target", ids[j]);
            ok = FALSE;
        } else if (!c->usable[--ends[j]]) {
            ok = FALSE; /* reported with the node */
        }
    }
    const char *role_value = value_of (g, &e->item, keys[0]);
    BlocValueMeaning meaning = { BLOC_VALUE_ROLE, BLOC_ROLE_MEMBER, FALSE };
    if (role_value != NULL)
        meaning = bloc_role_map_lookup (c->map, role_value, e->item.line);
    BlocDate since, until;
    const char *since_text = value_of (g, &e->item, keys[1]);
    const char *until_text = value_of (g, &e->item, keys[2]);
    ok &= edge_date (g, e, "since", since_text, &since);
    ok &= edge_date (g, e, "until", until_text, &until);
    if (ok && since.year != 0 && until.year != 0 && bloc_date_compare (since, until) > 0) {
        bloc_import_problem (g->problems, g->file, e->item.line, 0,
                             "until %s is before since %s (expected since <= until)", until_text,
                             since_text);
        ok = FALSE;
    }
    if (!ok || meaning.kind == BLOC_VALUE_UNMAPPED)
        return;
    if (meaning.kind == BLOC_VALUE_NONE) {
        bloc_import_report_skip (c->report, "role mapped to none", 1);
        return;
    }
    if (meaning.kind == BLOC_VALUE_MISSING) {
        c->report->missing++;
        bloc_import_report_skip (c->report, "role mapped to missing", 1);
        return;
    }
    guint from = c->entity[ends[0]], to = c->entity[ends[1]];
    /* An undirected edge goes from the actor's side, whichever way it is written. */
    gboolean directed = e->directed >= 0 ? e->directed : g->directed;
    if (!directed && bloc_import_builder_entity_kind (c->b, to) == c->actor &&
        bloc_import_builder_entity_kind (c->b, from) != c->actor) {
        guint swap = from;
        from = to;
        to = swap;
    }
    const char *source = value_of (g, &e->item, keys[3]);
    g_autofree char *line_source = NULL;
    if (source == NULL || *source == '\0')
        source = line_source = g_strdup_printf ("%s:%u", g->base, e->item.line);
    bloc_import_builder_tie (c->b, from, to, meaning.role, since_text, until_text, source,
                             meaning.keep_note ? role_value : NULL,
                             (BlocImportSpot){ e->item.line, 0 }, g->problems);
}

gboolean
bloc_import_graphml (BlocImportReport **out, const char *file, const BlocImportGraphmlOptions *o,
                     const BlocImportTarget *target, GError **error)
{
    g_auto (BlocGraphml) g = { 0 };
    g_auto (BlocImportProblems) problems = { 0 };
    g_autoptr (BlocImportReport) report = bloc_import_report_new ();
    g_autoptr (BlocRoleMap) map = NULL;
    g_auto (BlocImportInput) input = { 0 };
    Convert c = { &g, NULL, report, NULL, BLOC_KIND_COUNTRY, BLOC_KIND_ORGANIZATION,
                  -1, NULL, NULL,   NULL };

    if ((o->actor_kind != NULL &&
         !bloc_import_kind_parse (&c.actor, o->actor_kind, "--actor-kind", error)) ||
        (o->other_kind != NULL &&
         !bloc_import_kind_parse (&c.other, o->other_kind, "--other-kind", error)))
        return FALSE;
    if (!bloc_role_map_new (&map, o->role_map, o->other_role, error))
        return FALSE;
    if (!bloc_import_target_check (target, error))
        return FALSE;
    if (!bloc_import_input_open (&input, file, target, error))
        return FALSE;

    bloc_import_problems_init (&problems);
    if (!bloc_graphml_read (&g, file, &problems, &input, error))
        return FALSE;
    if (!kind_key_of (&g, o->kind_attribute, &c.kind_key, &c.kind_name, error)) {
        /* Data problems come before a question about options. */
        if (bloc_import_problems_any (&problems)) {
            g_clear_error (error);
            return bloc_import_problems_check (&problems, error);
        }
        return FALSE;
    }

    g_autoptr (BlocImportBuilder) b = bloc_import_builder_new (file, NULL);
    g_autofree guint *entity = g_new (guint, g.nodes->len + 1);
    g_autofree gboolean *usable = g_new0 (gboolean, g.nodes->len + 1);
    c.b = b;
    c.map = map;
    c.entity = entity;
    c.usable = usable;
    add_nodes (&c);
    const int keys[] = { find_key (&g, BLOC_GRAPHML_EDGE, "role"),
                         find_key (&g, BLOC_GRAPHML_EDGE, "since"),
                         find_key (&g, BLOC_GRAPHML_EDGE, "until"),
                         find_key (&g, BLOC_GRAPHML_EDGE, "source") };
    for (guint i = 0; i < g.edges->len; i++)
        add_edge (&c, &g_array_index (g.edges, BlocGraphmlEdge, i), keys);
    bloc_import_builder_check (b, &problems);
    bloc_role_map_report_unmapped (map, file, "the edge attribute 'role'", &problems);
    if (!bloc_import_problems_check (&problems, error))
        return FALSE;

    report->rows = g.nodes->len + g.edges->len;
    g_autofree char *title = g_strdup_printf ("Imported from %s", g.base);
    g_autofree char *description = g_strdup_printf (
        "Imported with bloc import graphml from %s: %u nodes, %u edges; kinds from the "
        "attribute '%s'.",
        g.base, g.nodes->len, g.edges->len, c.kind_name);
    const char *sources[] = { g.base, NULL };
    g_autoptr (GKeyFile) ini = bloc_import_ini_new (target, title, description, sources);
    bloc_import_report_add (report, "read: %u nodes and %u edges of %s, kinds from '%s'",
                            g.nodes->len, g.edges->len, file, c.kind_name);
    bloc_import_report_add_skipped (report, "edges");
    if (!bloc_import_builder_write (b, ini, target, report, &problems, error))
        return FALSE;
    *out = g_steal_pointer (&report);
    return TRUE;
}
