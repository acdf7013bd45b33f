/* bloc-import-graphml-read.c: GraphML read with libxml2's streaming reader (xmlTextReader), which
 * gives each element its line, into a BlocGraphml: its keys, and its nodes and edges with their
 * data values by key, checked as far as the format goes. bloc-import-graphml.c makes a dataset
 * of them. */
#include <libxml/xmlreader.h>
#include <string.h>

#include "bloc-import-private.h"

static void
key_free (gpointer data)
{
    BlocGraphmlKey *k = data;
    g_free (k->id);
    g_free (k->name);
    g_free (k->fallback);
    g_free (k);
}

void
bloc_graphml_clear (BlocGraphml *g)
{
    g_free (g->base);
    for (guint i = 0; g->nodes != NULL && i < g->nodes->len; i++)
        g_array_unref (g_array_index (g->nodes, BlocGraphmlItem, i).values);
    for (guint i = 0; g->edges != NULL && i < g->edges->len; i++)
        g_array_unref (g_array_index (g->edges, BlocGraphmlEdge, i).item.values);
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

/* ---- Reading ----------------------------------------------------------------------------- */

static int
read_input (void *context, char *buffer, int len)
{
    BlocGraphml *g = context;
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
    BlocGraphml *g = context;
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
text_ok (BlocGraphml *g, guint line, const char *text, const char *what)
{
    g_autofree char *why = NULL;
    if (text == NULL || bloc_text_validate (text, strlen (text), NULL, &why))
        return TRUE;
    bloc_import_problem (g->problems, g->file, line, 0, "%s: %s", what, why);
    return FALSE;
}

static void
start_key (BlocGraphml *g, xmlTextReaderPtr reader, gboolean empty)
{
    BlocGraphmlKey *k = g_new0 (BlocGraphmlKey, 1);
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
        k->domain = BLOC_GRAPHML_NODE | BLOC_GRAPHML_EDGE | BLOC_GRAPHML_OTHER;
    else if (strcmp (domain, "node") == 0)
        k->domain = BLOC_GRAPHML_NODE;
    else if (strcmp (domain, "edge") == 0)
        k->domain = BLOC_GRAPHML_EDGE;
    else
        k->domain = BLOC_GRAPHML_OTHER;
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
start_item (BlocGraphml *g, xmlTextReaderPtr reader, gboolean node, gboolean empty)
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
                                 id, g_array_index (g->nodes, BlocGraphmlItem, before - 1).line);
            return;
        }
        BlocGraphmlItem item = { g_string_chunk_insert (g->strings, id), line,
                                 g_array_new (FALSE, FALSE, sizeof (BlocGraphmlValue)) };
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
        BlocGraphmlEdge e = { { id ? g_string_chunk_insert (g->strings, id) : NULL, line,
                                g_array_new (FALSE, FALSE, sizeof (BlocGraphmlValue)) },
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
start_data (BlocGraphml *g, xmlTextReaderPtr reader, gboolean empty)
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
        BlocGraphmlItem *item =
            g->owner == 1 ? &g_array_index (g->nodes, BlocGraphmlItem, g->nodes->len - 1)
                          : &g_array_index (g->edges, BlocGraphmlEdge, g->edges->len - 1).item;
        BlocGraphmlValue v = { (guint)g->data_key, "" };
        g_array_append_val (item->values, v);
        g->data_key = -1;
    }
}

static void
end_data (BlocGraphml *g)
{
    const BlocGraphmlKey *k = g_ptr_array_index (g->keys, (guint)g->data_key);
    BlocGraphmlItem *item =
        g->owner == 1 ? &g_array_index (g->nodes, BlocGraphmlItem, g->nodes->len - 1)
                      : &g_array_index (g->edges, BlocGraphmlEdge, g->edges->len - 1).item;
    g_autofree char *what = g_strdup_printf ("the value of '%s'", k->name);
    if (!text_ok (g, g->data_line, g->text->str, what)) {
        g->data_key = -1;
        return;
    }
    if (!k->yfiles_label || g->text->len > 0) {
        BlocGraphmlValue v = {
            (guint)g->data_key, g_string_chunk_insert (g->strings, bloc_import_trim (g->text->str))
        };
        g_array_append_val (item->values, v);
    }
    g->data_key = -1;
}

/* Reads the whole file into @g; FALSE when reading stopped on an error. */
static void
read_graphml (BlocGraphml *g, xmlTextReaderPtr reader)
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
                const BlocGraphmlKey *k = g_ptr_array_index (g->keys, (guint)g->data_key);
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
                BlocGraphmlKey *k = g_ptr_array_index (g->keys, g->keys->len - 1);
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

gboolean
bloc_graphml_read (BlocGraphml *g, const char *file, BlocImportProblems *problems,
                   BlocImportInput *input, GError **error)
{
    g->file = file;
    g->base = g_path_get_basename (file);
    g->problems = problems;
    g->strings = g_string_chunk_new (64 * 1024);
    g->keys = g_ptr_array_new_with_free_func (key_free);
    g->key_of = g_hash_table_new (g_str_hash, g_str_equal);
    g->nodes = g_array_new (FALSE, FALSE, sizeof (BlocGraphmlItem));
    g->node_of = g_hash_table_new (g_str_hash, g_str_equal);
    g->edges = g_array_new (FALSE, FALSE, sizeof (BlocGraphmlEdge));
    g->text = g_string_new (NULL);
    g->data_key = -1;
    g->input = input;

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
