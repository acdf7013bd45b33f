/* bloc-import-graphml.c: GraphML, read with libxml2's streaming reader (xmlTextReader), which
 * gives each element its line. Keys are declared before the graph, as the format requires; data
 * values are kept per node and edge by key, and read once the whole file is known. */
#include <libxml/xmlreader.h>
#include <string.h>

#include "bloc-import-private.h"

typedef enum { FOR_NODE = 1 << 0, FOR_EDGE = 1 << 1, FOR_OTHER = 1 << 2 } KeyDomain;

typedef struct {
    char *id;
    char *name;     /* attr.name; the id when there is none */
    char *fallback; /* <default> */
    KeyDomain domain;
    gboolean yfiles_label; /* yEd's node graphics, whose NodeLabel is the node's name */
} Key;

/* A data value of a node or an edge. */
typedef struct {
    guint key;
    const char *value;
} Value;

typedef struct {
    const char *id;
    guint line;
    GArray *values; /* Value */
} Item;

typedef struct {
    Item item;
    const char *source;
    const char *target;
    int directed; /* -1: as the graph says */
} Edge;

typedef struct {
    const char *file;
    char *base;
    BlocImportProblems *problems;
    GStringChunk *strings;
    GPtrArray *keys;     /* Key * */
    GHashTable *key_of;  /* id -> index + 1 */
    GArray *nodes;       /* Item */
    GHashTable *node_of; /* id -> index + 1 */
    GArray *edges;       /* Edge */
    gboolean directed;   /* the graph's edgedefault */
    guint graphs;
    /* Where the reader is. */
    gboolean root_seen;
    int owner; /* 0 none, 1 a node, 2 an edge, 3 a key */
    int owner_depth;
    int data_key; /* the key of the <data> being read, or -1 */
    int data_depth;
    guint data_line;
    gboolean in_default;
    gboolean in_label;   /* inside a yEd NodeLabel */
    gboolean label_done; /* the node's first NodeLabel is read */
    GString *text;
    GError *read_error;
    gboolean malformed; /* libxml2 stopped on an error: what was read is not the whole file */
    goffset bytes_read;
    gboolean after_cr;    /* the last byte read was a CR */
    char *last_xml_error; /* the last error libxml2 reported, to report it once */
    BlocImportInput *input;
} Graphml;

static void
key_free (gpointer data)
{
    Key *k = data;
    g_free (k->id);
    g_free (k->name);
    g_free (k->fallback);
    g_free (k);
}

static void
graphml_clear (Graphml *g)
{
    g_free (g->base);
    for (guint i = 0; g->nodes != NULL && i < g->nodes->len; i++)
        g_array_unref (g_array_index (g->nodes, Item, i).values);
    for (guint i = 0; g->edges != NULL && i < g->edges->len; i++)
        g_array_unref (g_array_index (g->edges, Edge, i).item.values);
    g_clear_pointer (&g->strings, g_string_chunk_free);
    g_clear_pointer (&g->keys, g_ptr_array_unref);
    g_clear_pointer (&g->key_of, g_hash_table_unref);
    g_clear_pointer (&g->nodes, g_array_unref);
    g_clear_pointer (&g->node_of, g_hash_table_unref);
    g_clear_pointer (&g->edges, g_array_unref);
    if (g->text != NULL)
        g_string_free (g->text, TRUE);
    g_clear_error (&g->read_error);
    g_free (g->last_xml_error);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Graphml, graphml_clear)

/* ---- Reading ----------------------------------------------------------------------------- */

static int
read_input (void *context, char *buffer, int len)
{
    Graphml *g = context;
    /* The same cap as for CSV: a file that never ends is not read forever. */
    if (g->bytes_read >= BLOC_CSV_MAX_FILE) {
        if (g->read_error == NULL)
            g_set_error (&g->read_error, BLOC_ERROR, BLOC_ERROR_DATA,
                         "file larger than 1 GiB (expected a smaller file)");
        return -1;
    }
    gssize n = g_input_stream_read (G_INPUT_STREAM (g->input->in), buffer, (gsize)len, NULL,
                                    g->read_error ? NULL : &g->read_error);
    if (n <= 0)
        return n < 0 ? -1 : 0;
    g->bytes_read += n;
    bloc_import_input_tick (g->input);
    /* XML reads CR and CRLF as LF, but libxml2 counts lines by LF alone: normalise here, so
     * that the lines of an old Mac file are counted as an editor shows them. */
    gssize out = 0;
    for (gssize i = 0; i < n; i++) {
        char c = buffer[i];
        gboolean after_cr = g->after_cr;
        g->after_cr = c == '\r';
        if (c == '\n' && after_cr)
            continue;
        buffer[out++] = c == '\r' ? '\n' : c;
    }
    if (out == 0) /* a lone LF after a CR at the buffer's start: read on */
        return read_input (context, buffer, len);
    return (int)out;
}

/* libxml2's errors, with their position. */
static void
on_xml_error (void *context, xmlErrorPtr e)
{
    Graphml *g = context;
    if (e == NULL || e->level < XML_ERR_ERROR)
        return;
    g->malformed = TRUE;
    g_autofree char *message = g_strstrip (g_strdup (e->message ? e->message : "error"));
    guint byte = 0, next = 0;
    const char *bytes = strstr (message, "Bytes: ");
    if (bytes != NULL && sscanf (bytes, "Bytes: 0x%2X 0x%2X", &byte, &next) >= 1) {
        /* "Input is not proper UTF-8": say what the byte would be in Latin-1. */
        g_autofree char *what =
            bloc_csv_invalid_utf8_text ((guchar)byte, next < 0x80 || next > 0xBF, "");
        bloc_import_problem (g->problems, g->file, (guint)MAX (e->line, 1), (guint)MAX (e->int2, 0),
                             "%s", what);
        return;
    }
    char *end = strchr (message, '\n');
    if (end != NULL)
        *end = '\0';
    /* libxml2 may report one error several times as it unwinds. */
    g_autofree char *key = g_strdup_printf ("%d:%d:%s", e->line, e->int2, message);
    if (g_strcmp0 (key, g->last_xml_error) == 0)
        return;
    g_free (g->last_xml_error);
    g->last_xml_error = g_steal_pointer (&key);
    bloc_import_problem (g->problems, g->file, (guint)MAX (e->line, 1), (guint)MAX (e->int2, 0),
                         "%s (expected well-formed XML)", message);
}

static char *
attribute (xmlTextReaderPtr reader, const char *name)
{
    xmlChar *value = xmlTextReaderGetAttribute (reader, (const xmlChar *)name);
    if (value == NULL)
        return NULL;
    char *copy = g_strdup ((const char *)value);
    xmlFree (value);
    return copy;
}

static guint
line_of (xmlTextReaderPtr reader)
{
    return (guint)xmlGetLineNo (xmlTextReaderCurrentNode (reader));
}

/* TRUE when @text (may be NULL) holds only what a dataset may hold; else a problem at @line that
 * names @what. XML refuses C0 controls itself, but lets C1 controls and noncharacters through. */
static gboolean
text_ok (Graphml *g, guint line, const char *text, const char *what)
{
    g_autofree char *why = NULL;
    if (text == NULL || bloc_text_validate (text, strlen (text), NULL, &why))
        return TRUE;
    bloc_import_problem (g->problems, g->file, line, 0, "%s: %s", what, why);
    return FALSE;
}

static void
start_key (Graphml *g, xmlTextReaderPtr reader, gboolean empty)
{
    Key *k = g_new0 (Key, 1);
    k->id = attribute (reader, "id");
    k->name = attribute (reader, "attr.name");
    g_autofree char *domain = attribute (reader, "for");
    g_autofree char *yfiles = attribute (reader, "yfiles.type");
    guint line = line_of (reader);

    if (k->id == NULL) {
        bloc_import_problem (g->problems, g->file, line, 0,
                             "<key> without an id (expected <key id=\"...\">)");
        key_free (k);
        return;
    }
    if (k->name == NULL)
        k->name = g_strdup (k->id);
    if (domain == NULL || strcmp (domain, "all") == 0)
        k->domain = FOR_NODE | FOR_EDGE | FOR_OTHER;
    else if (strcmp (domain, "node") == 0)
        k->domain = FOR_NODE;
    else if (strcmp (domain, "edge") == 0)
        k->domain = FOR_EDGE;
    else
        k->domain = FOR_OTHER;
    k->yfiles_label = yfiles != NULL && strcmp (yfiles, "nodegraphics") == 0;
    if (g_hash_table_contains (g->key_of, k->id)) {
        bloc_import_problem (g->problems, g->file, line, 0,
                             "a second <key> with the id '%s' (expected each key id once)", k->id);
        key_free (k);
        return;
    }
    g_ptr_array_add (g->keys, k);
    g_hash_table_insert (g->key_of, k->id, GUINT_TO_POINTER (g->keys->len));
    if (!empty) {
        g->owner = 3;
        g->owner_depth = xmlTextReaderDepth (reader);
    }
}

/* A new node or edge, made the owner of the <data> that follow. */
static void
start_item (Graphml *g, xmlTextReaderPtr reader, gboolean node, gboolean empty)
{
    guint line = line_of (reader);
    g_autofree char *id = attribute (reader, "id");

    if (g->graphs == 0) {
        bloc_import_problem (g->problems, g->file, line, 0, "<%s> outside a <graph>",
                             node ? "node" : "edge");
        return;
    }
    if (node) {
        if (id == NULL) {
            bloc_import_problem (g->problems, g->file, line, 0,
                                 "<node> without an id (expected <node id=\"...\">)");
            return;
        }
        if (!text_ok (g, line, id, "the node's id"))
            return;
        guint before = GPOINTER_TO_UINT (g_hash_table_lookup (g->node_of, id));
        if (before != 0) {
            bloc_import_problem (g->problems, g->file, line, 0,
                                 "a second node '%s' (expected each node id once; first at line "
                                 "%u)",
                                 id, g_array_index (g->nodes, Item, before - 1).line);
            return;
        }
        Item item = { g_string_chunk_insert (g->strings, id), line,
                      g_array_new (FALSE, FALSE, sizeof (Value)) };
        g_array_append_val (g->nodes, item);
        g_hash_table_insert (g->node_of, (gpointer)item.id, GUINT_TO_POINTER (g->nodes->len));
    } else {
        g_autofree char *source = attribute (reader, "source");
        g_autofree char *target = attribute (reader, "target");
        g_autofree char *directed = attribute (reader, "directed");
        if (source == NULL || target == NULL) {
            bloc_import_problem (g->problems, g->file, line, 0,
                                 "<edge> without %s (expected <edge source=\"...\" "
                                 "target=\"...\">)",
                                 source == NULL ? "a source" : "a target");
            return;
        }
        if (!text_ok (g, line, id, "the edge's id") ||
            !text_ok (g, line, source, "the edge's source") ||
            !text_ok (g, line, target, "the edge's target"))
            return;
        Edge e = { { id ? g_string_chunk_insert (g->strings, id) : NULL, line,
                     g_array_new (FALSE, FALSE, sizeof (Value)) },
                   g_string_chunk_insert (g->strings, source),
                   g_string_chunk_insert (g->strings, target),
                   directed == NULL ? -1 : strcmp (directed, "true") == 0 };
        g_array_append_val (g->edges, e);
    }
    if (!empty) {
        g->owner = node ? 1 : 2;
        g->owner_depth = xmlTextReaderDepth (reader);
        g->label_done = FALSE;
    }
}

static void
start_data (Graphml *g, xmlTextReaderPtr reader, gboolean empty)
{
    g_autofree char *key = attribute (reader, "key");
    guint index = key ? GPOINTER_TO_UINT (g_hash_table_lookup (g->key_of, key)) : 0;

    if (g->owner != 1 && g->owner != 2)
        return; /* data of the graph or of the document: not used */
    if (index == 0) {
        bloc_import_problem (g->problems, g->file, line_of (reader), 0,
                             "<data> for the key '%s', which no <key> declares (expected the id "
                             "of a <key>)",
                             key ? key : "");
        return;
    }
    g->data_key = (int)index - 1;
    g->data_depth = xmlTextReaderDepth (reader);
    g->data_line = line_of (reader);
    g_string_truncate (g->text, 0);
    if (empty) {
        /* <data key="x"/>: an empty value. */
        Item *item = g->owner == 1 ? &g_array_index (g->nodes, Item, g->nodes->len - 1)
                                   : &g_array_index (g->edges, Edge, g->edges->len - 1).item;
        Value v = { (guint)g->data_key, "" };
        g_array_append_val (item->values, v);
        g->data_key = -1;
    }
}

static void
end_data (Graphml *g)
{
    const Key *k = g_ptr_array_index (g->keys, (guint)g->data_key);
    Item *item = g->owner == 1 ? &g_array_index (g->nodes, Item, g->nodes->len - 1)
                               : &g_array_index (g->edges, Edge, g->edges->len - 1).item;
    g_autofree char *what = g_strdup_printf ("the value of '%s'", k->name);
    if (!text_ok (g, g->data_line, g->text->str, what)) {
        g->data_key = -1;
        return;
    }
    if (!k->yfiles_label || g->text->len > 0) {
        Value v = { (guint)g->data_key,
                    g_string_chunk_insert (g->strings, bloc_import_trim (g->text->str)) };
        g_array_append_val (item->values, v);
    }
    g->data_key = -1;
}

/* Reads the whole file into @g; FALSE when reading stopped on an error. */
static void
read_graphml (Graphml *g, xmlTextReaderPtr reader)
{
    int status;
    while ((status = xmlTextReaderRead (reader)) == 1) {
        int type = xmlTextReaderNodeType (reader);
        int depth = xmlTextReaderDepth (reader);
        const char *name = (const char *)xmlTextReaderConstLocalName (reader);

        if (type == XML_READER_TYPE_ELEMENT) {
            gboolean empty = xmlTextReaderIsEmptyElement (reader);
            if (!g->root_seen) {
                g->root_seen = TRUE;
                if (strcmp (name, "graphml") != 0) {
                    bloc_import_problem (g->problems, g->file, line_of (reader), 0,
                                         "root element <%s> (expected <graphml>)", name);
                    g->malformed = TRUE;
                    return;
                }
                continue;
            }
            if (g->data_key >= 0) {
                if (strcmp (name, "NodeLabel") == 0 && !g->label_done)
                    g->in_label = TRUE;
                continue;
            }
            if (strcmp (name, "key") == 0 && depth == 1)
                start_key (g, reader, empty);
            else if (strcmp (name, "default") == 0 && g->owner == 3) {
                g->in_default = !empty;
                g_string_truncate (g->text, 0);
            } else if (strcmp (name, "graph") == 0) {
                if (g->owner == 1 || g->owner == 2 || g->graphs > 0) {
                    bloc_import_problem (
                        g->problems, g->file, line_of (reader), 0, "%s (expected one flat graph)",
                        g->graphs > 0 && g->owner == 0 ? "a second graph" : "a nested graph");
                    g->malformed = TRUE;
                    return;
                }
                g_autofree char *edges = attribute (reader, "edgedefault");
                g->directed = edges == NULL || strcmp (edges, "undirected") != 0;
                g->graphs++;
            } else if (strcmp (name, "node") == 0 && g->owner == 0)
                start_item (g, reader, TRUE, empty);
            else if (strcmp (name, "edge") == 0 && g->owner == 0)
                start_item (g, reader, FALSE, empty);
            else if (strcmp (name, "hyperedge") == 0) {
                bloc_import_problem (g->problems, g->file, line_of (reader), 0,
                                     "a hyperedge (expected edges between two nodes)");
            } else if (strcmp (name, "data") == 0)
                start_data (g, reader, empty);
        } else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
                   type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) {
            const char *value = (const char *)xmlTextReaderConstValue (reader);
            if (value == NULL)
                continue;
            if (g->data_key >= 0) {
                const Key *k = g_ptr_array_index (g->keys, (guint)g->data_key);
                if (!k->yfiles_label || g->in_label)
                    g_string_append (g->text, value);
            } else if (g->in_default) {
                g_string_append (g->text, value);
            }
        } else if (type == XML_READER_TYPE_END_ELEMENT) {
            if (g->data_key >= 0 && strcmp (name, "NodeLabel") == 0 && g->in_label) {
                g->in_label = FALSE;
                g->label_done = TRUE;
            } else if (g->data_key >= 0 && depth == g->data_depth && strcmp (name, "data") == 0) {
                end_data (g);
            } else if (g->in_default && strcmp (name, "default") == 0) {
                Key *k = g_ptr_array_index (g->keys, g->keys->len - 1);
                g_autofree char *what = g_strdup_printf ("the default of '%s'", k->name);
                g_free (k->fallback);
                k->fallback = NULL;
                if (text_ok (g, line_of (reader), g->text->str, what))
                    k->fallback = g_strdup (bloc_import_trim (g->text->str));
                g->in_default = FALSE;
            } else if (g->owner != 0 && depth == g->owner_depth) {
                g->owner = 0;
            }
        }
    }
    if (status == 0 && !g->root_seen) {
        bloc_import_problem (g->problems, g->file, 1, 1, "empty file (expected GraphML)");
        g->malformed = TRUE;
    }
}

/* ---- Values ------------------------------------------------------------------------------ */

/* The key for nodes (@domain) named @name, or -1. */
static int
find_key (const Graphml *g, KeyDomain domain, const char *name)
{
    for (guint i = 0; i < g->keys->len; i++) {
        const Key *k = g_ptr_array_index (g->keys, i);
        if ((k->domain & domain) && strcmp (k->name, name) == 0)
            return (int)i;
    }
    return -1;
}

/* The value of @key for @item: its data, else the key's default, else NULL. */
static const char *
value_of (const Graphml *g, const Item *item, int key)
{
    if (key < 0)
        return NULL;
    for (guint i = 0; i < item->values->len; i++) {
        const Value *v = &g_array_index (item->values, Value, i);
        if (v->key == (guint)key)
            return v->value;
    }
    return ((const Key *)g_ptr_array_index (g->keys, (guint)key))->fallback;
}

/* The yEd label of @item, if it has one. */
static const char *
yfiles_label (const Graphml *g, const Item *item)
{
    for (guint i = 0; i < item->values->len; i++) {
        const Value *v = &g_array_index (item->values, Value, i);
        if (((const Key *)g_ptr_array_index (g->keys, v->key))->yfiles_label)
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
node_attributes (const Graphml *g)
{
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < g->keys->len; i++) {
        const Key *k = g_ptr_array_index (g->keys, i);
        if (k->domain & FOR_NODE)
            g_string_append_printf (s, "%s%s", s->len ? ", " : "", k->name);
    }
    if (s->len == 0)
        g_string_append (s, "none");
    return g_string_free (s, FALSE);
}

/* Checks a date value of an edge; NULL or "" is open. */
static gboolean
edge_date (const Graphml *g, const Edge *e, const char *what, const char *value, BlocDate *out)
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

/* Reads @input into @g with libxml2. FALSE with @error set when nothing more can be checked: the
 * file is empty, in another encoding, unreadable, or not well-formed (then @error lists the
 * problems so far). */
static gboolean
parse_file (Graphml *g, BlocImportInput *input, GError **error)
{
    /* UTF-8 only, as everywhere in bloc: libxml2 would read UTF-16 by its byte-order mark. */
    gsize head_len = 0;
    const guchar *head = bloc_import_input_peek (input, 4, &head_len, error);
    if (head == NULL)
        return FALSE;
    if (head_len == 0) {
        return bloc_text_set_error_at (error, g->file, 1, 1, "empty file (expected GraphML)");
    }
    const char *wide = bloc_csv_wide_encoding (head, head_len);
    if (wide != NULL)
        return bloc_text_set_error_at (error, g->file, 1, 1,
                                       "%s text (expected text encoded as UTF-8; convert the file "
                                       "to UTF-8)",
                                       wide);

    xmlInitParser ();
    xmlTextReaderPtr reader =
        xmlReaderForIO (read_input, NULL, g, g->file, NULL,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                            XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA);
    if (reader == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: cannot read", g->file);
        return FALSE;
    }
    xmlTextReaderSetStructuredErrorHandler (reader, on_xml_error, g);
    read_graphml (g, reader);
    const char *encoding = (const char *)xmlTextReaderConstEncoding (reader);
    if (encoding != NULL && g_ascii_strcasecmp (encoding, "UTF-8") != 0 &&
        g_ascii_strcasecmp (encoding, "US-ASCII") != 0 &&
        g_ascii_strcasecmp (encoding, "ASCII") != 0) {
        bloc_import_problem (g->problems, g->file, 1, 1,
                             "encoding '%s' (expected text encoded as UTF-8; convert the file to "
                             "UTF-8)",
                             encoding);
        g->malformed = TRUE;
    }
    xmlFreeTextReader (reader);
    if (g->read_error != NULL) {
        if (g->read_error->domain == BLOC_ERROR)
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA, "%s: %s", g->file,
                         g->read_error->message);
        else
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: cannot read: %s", g->file,
                         g->read_error->message);
        return FALSE;
    }
    bloc_import_input_done (input);
    /* Past a well-formedness error nothing more is known; other problems leave the rest to
     * check. */
    if (g->malformed && !bloc_import_problems_check (g->problems, error))
        return FALSE;
    if (g->graphs == 0 && !bloc_import_problems_any (g->problems)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA, "%s: no <graph> (expected one)", g->file);
        return FALSE;
    }
    return TRUE;
}

/* The key of the nodes' kinds: the attribute asked for, else `kind`, else NetworkX's
 * `bipartite`; its name in *@out_name. A missing one is a usage error. */
static gboolean
kind_key_of (const Graphml *g, const char *asked, int *out, const char **out_name, GError **error)
{
    *out_name = asked != NULL ? asked : "kind";
    *out = find_key (g, FOR_NODE, *out_name);
    if (asked == NULL && *out < 0) {
        *out_name = "bipartite";
        *out = find_key (g, FOR_NODE, *out_name);
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
    Graphml *g;
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
    const Graphml *g = c->g;
    int label_key = find_key (g, FOR_NODE, "label");
    int name_key = find_key (g, FOR_NODE, "name");

    for (guint i = 0; i < g->nodes->len; i++) {
        const Item *n = &g_array_index (g->nodes, Item, i);
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
add_edge (Convert *c, const Edge *e, const int *keys)
{
    const Graphml *g = c->g;
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
    g_auto (Graphml) g = { 0 };
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
    g.file = file;
    g.base = g_path_get_basename (file);
    g.problems = &problems;
    g.strings = g_string_chunk_new (64 * 1024);
    g.keys = g_ptr_array_new_with_free_func (key_free);
    g.key_of = g_hash_table_new (g_str_hash, g_str_equal);
    g.nodes = g_array_new (FALSE, FALSE, sizeof (Item));
    g.node_of = g_hash_table_new (g_str_hash, g_str_equal);
    g.edges = g_array_new (FALSE, FALSE, sizeof (Edge));
    g.text = g_string_new (NULL);
    g.data_key = -1;
    g.input = &input;
    if (!parse_file (&g, &input, error))
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
    const int keys[] = { find_key (&g, FOR_EDGE, "role"), find_key (&g, FOR_EDGE, "since"),
                         find_key (&g, FOR_EDGE, "until"), find_key (&g, FOR_EDGE, "source") };
    for (guint i = 0; i < g.edges->len; i++)
        add_edge (&c, &g_array_index (g.edges, Edge, i), keys);
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
