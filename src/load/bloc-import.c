/* bloc-import.c: the Correlates of War IGO v3 importer. */
#include "bloc-import.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "bloc-csv.h"
#include "bloc-load.h"
#include "bloc-output.h"

#define STATES_RESOURCE "/org/bloc/data/cow-states.csv"
#define COW_SOURCE                                                                                 \
    "Pevehouse, McManus, Nordstrom & Warnke (2020), Tracking Organizations in the World: the "     \
    "Correlates of War IGO Version 3.0 datasets, Journal of Peace Research 57(3)"

typedef struct {
    int ccode;
    char *abb;
    char *name;
    char *column;
    char *id;        /* ISO alpha-2 where there is one, else the COW abbreviation */
    int first, last; /* years in the system, within the years kept; 0 when unseen */
} State;

typedef struct {
    guint index;  /* the order it was first seen in, which cells refer to until renumbering */
    char *abbrev; /* lower case, as the state-year columns have it */
    char *name;
    char *cow_code;
    char *id;
    int first, last;
    gboolean repaired; /* its name as written had Mac Roman letters, repaired */
} Igo;

typedef struct {
    guint32 state;
    guint32 igo;
    gint16 year;
    guint8 status; /* 1 member, 2 associate, 3 observer */
    guint8 file;
} Cell;

typedef struct {
    GPtrArray *states;     /* State * */
    GHashTable *by_ccode;  /* ccode -> index + 1 */
    GHashTable *by_column; /* igo-year column name -> index + 1 */
    GPtrArray *igos;       /* Igo * */
    GHashTable *by_abbrev; /* lower-case abbreviation -> index + 1 */
    GArray *cells;
    int year_from, year_to;
    BlocImportStats *stats;
    BlocImportProgress progress;
    gpointer user_data;
} Import;

static void
state_free (gpointer data)
{
    State *s = data;
    g_free (s->abb);
    g_free (s->name);
    g_free (s->column);
    g_free (s->id);
    g_free (s);
}

static void
igo_free (gpointer data)
{
    Igo *g = data;
    g_free (g->abbrev);
    g_free (g->name);
    g_free (g->cow_code);
    g_free (g->id);
    g_free (g);
}

static void
import_clear (Import *im)
{
    g_clear_pointer (&im->states, g_ptr_array_unref);
    g_clear_pointer (&im->by_ccode, g_hash_table_unref);
    g_clear_pointer (&im->by_column, g_hash_table_unref);
    g_clear_pointer (&im->igos, g_ptr_array_unref);
    g_clear_pointer (&im->by_abbrev, g_hash_table_unref);
    g_clear_pointer (&im->cells, g_array_unref);
}

/* Reads the embedded COW state table (src/load/cow-states.csv). */
static gboolean
load_states (Import *im, GError **error)
{
    bloc_load_register_resources ();
    g_autoptr (GInputStream) in =
        g_resources_open_stream (STATES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
    if (in == NULL)
        return FALSE;
    g_autoptr (BlocCsvReader) reader = bloc_csv_reader_new (in, "cow-states.csv");
    const BlocCsvRecord *r;
    gboolean header = TRUE;

    while (bloc_csv_reader_next (reader, &r, error)) {
        if (r == NULL)
            return TRUE;
        if (header) {
            header = FALSE;
            continue;
        }
        g_assert (r->n_fields == 5);
        State *s = g_new0 (State, 1);
        s->ccode = atoi (r->fields[0].text);
        s->abb = g_strdup (r->fields[1].text);
        s->name = g_strdup (r->fields[2].text);
        s->column = g_strdup (r->fields[3].text);
        s->id = g_strdup (r->fields[4].len > 0 ? r->fields[4].text : r->fields[1].text);
        g_ptr_array_add (im->states, s);
        g_hash_table_insert (im->by_ccode, GINT_TO_POINTER (s->ccode),
                             GUINT_TO_POINTER (im->states->len));
        g_hash_table_insert (im->by_column, s->column, GUINT_TO_POINTER (im->states->len));
    }
    return FALSE;
}

/* Mac Roman 0x80 to 0x9F, which the published file holds as U+0080 to U+009F. */
static const char *const mac_roman_c1[32] = {
    "Ä", "Å", "Ç", "É", "Ñ", "Ö", "Ü", "á", "à", "â", "ä", "ã", "å", "ç", "é", "è",
    "ê", "ë", "í", "ì", "î", "ï", "ñ", "ó", "ò", "ô", "ö", "õ", "ú", "ù", "û", "ü",
};

/* A copy of the name @text with each C1 control character read as the Mac Roman letter it was;
 * sets @repaired when there was one. */
static char *
repair_mac_roman (const char *text, gboolean *repaired)
{
    GString *s = g_string_sized_new (strlen (text));
    *repaired = FALSE;
    for (const char *p = text; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        if (c >= 0x80 && c <= 0x9F) {
            g_string_append (s, mac_roman_c1[c - 0x80]);
            *repaired = TRUE;
        } else {
            g_string_append_len (s, p, g_utf8_next_char (p) - p);
        }
    }
    return g_string_free (s, FALSE);
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail_at (GError **error, const char *file, const BlocCsvField *f, const char *format, ...)
{
    va_list args;
    va_start (args, format);
    g_autofree char *what = g_strdup_vprintf (format, args);
    va_end (args);
    g_autofree char *line_what = bloc_text_one_line (what);
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA, "%s:%u:%u: %s", file, f->line, f->col,
                 line_what);
    return FALSE;
}

/* A status cell: 1, 2, 3 (kept), 0, -1, NA (no tie) or -9 (missing). */
static gboolean
parse_status (const BlocCsvField *f, int *out)
{
    const char *t = f->text;
    if (f->len == 1 && t[0] >= '0' && t[0] <= '3') {
        *out = t[0] - '0';
        return TRUE;
    }
    if (strcmp (t, "-1") == 0 || strcmp (t, "NA") == 0) {
        *out = -1;
        return TRUE;
    }
    if (strcmp (t, "-9") == 0) {
        *out = -9;
        return TRUE;
    }
    return FALSE;
}

static void
widen (int *first, int *last, int year)
{
    if (*first == 0 || year < *first)
        *first = year;
    if (year > *last)
        *last = year;
}

static guint
igo_for (Import *im, const char *abbrev)
{
    g_autofree char *lower = g_ascii_strdown (abbrev, -1);
    guint index = GPOINTER_TO_UINT (g_hash_table_lookup (im->by_abbrev, lower));
    if (index == 0) {
        Igo *g = g_new0 (Igo, 1);
        g->index = im->igos->len;
        g->abbrev = g_steal_pointer (&lower);
        g_ptr_array_add (im->igos, g);
        index = im->igos->len;
        g_hash_table_insert (im->by_abbrev, g->abbrev, GUINT_TO_POINTER (index));
    }
    return index - 1;
}

/* Keeps one status cell of the current row. Returns FALSE with @error set on a bad cell. */
static gboolean
take_cell (Import *im, const char *file, const BlocCsvField *f, guint state, guint igo, int year,
           guint file_index, gboolean *exists, GError **error)
{
    int status;
    if (!parse_status (f, &status))
        return fail_at (error, file, f, "bad status '%s' (expected 1, 2, 3, 0, -1, -9 or NA)",
                        f->text);
    /* 0 to 3 say the state and the IGO both exist that year; -9 (missing) says nothing. */
    *exists = status >= 0;
    if (status == -9) {
        im->stats->missing++;
    } else if (status >= 1) {
        Cell c = { state, igo, (gint16)year, (guint8)status, (guint8)file_index };
        g_array_append_val (im->cells, c);
        im->stats->memberships++;
    }
    return TRUE;
}

static gboolean
in_range (const Import *im, int year)
{
    return (im->year_from == 0 || year >= im->year_from) &&
           (im->year_to == 0 || year <= im->year_to);
}

/* Opens @path, decompressing it when it starts with the gzip magic bytes. */
static GInputStream *
open_input (const char *path, GFileInputStream **out_raw, goffset *out_size, GError **error)
{
    g_autoptr (GFile) file = g_file_new_for_path (path);
    g_autoptr (GError) local = NULL;
    g_autoptr (GFileInputStream) raw = g_file_read (file, NULL, &local);

    if (raw == NULL) {
        if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: no such file", path);
        else
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: cannot open: %s", path,
                         local->message);
        return NULL;
    }
    g_autoptr (GFileInfo) info =
        g_file_input_stream_query_info (raw, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);
    *out_size = info ? g_file_info_get_size (info) : 0;
    g_autoptr (GInputStream) buffered = g_buffered_input_stream_new (G_INPUT_STREAM (raw));
    gsize n = 0;
    const guchar *head;
    if (g_buffered_input_stream_fill (G_BUFFERED_INPUT_STREAM (buffered), 2, NULL, &local) < 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: %s", path, local->message);
        return NULL;
    }
    head = g_buffered_input_stream_peek_buffer (G_BUFFERED_INPUT_STREAM (buffered), &n);
    *out_raw = g_object_ref (raw);
    if (n >= 2 && head[0] == 0x1f && head[1] == 0x8b) {
        g_autoptr (GZlibDecompressor) gz = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
        return g_converter_input_stream_new (buffered, G_CONVERTER (gz));
    }
    return g_steal_pointer (&buffered);
}

static gboolean
read_file (Import *im, const char *path, guint file_index, GError **error)
{
    g_autoptr (GFileInputStream) raw = NULL;
    goffset size = 0;
    g_autoptr (GInputStream) in = open_input (path, &raw, &size, error);
    if (in == NULL)
        return FALSE;
    g_autoptr (BlocCsvReader) reader = bloc_csv_reader_new (in, path);
    g_autoptr (GHashTable) rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    const BlocCsvRecord *r;
    gboolean state_year;
    guint n_columns;

    if (!bloc_csv_reader_next (reader, &r, error))
        return FALSE;
    if (r == NULL || r->n_fields < 4) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                     "%s:1:1: %s (expected a COW IGO v3 header: ccode,year,state,... or "
                     "ioname,orgname,year,...)",
                     path, r == NULL ? "empty file" : "not a COW IGO v3 file");
        return FALSE;
    }
    state_year = strcmp (r->fields[0].text, "ccode") == 0 &&
                 strcmp (r->fields[1].text, "year") == 0 &&
                 strcmp (r->fields[2].text, "state") == 0;
    gboolean igo_year = strcmp (r->fields[0].text, "ioname") == 0 &&
                        strcmp (r->fields[1].text, "orgname") == 0 &&
                        strcmp (r->fields[2].text, "year") == 0;
    if (!state_year && !igo_year)
        return fail_at (error, path, &r->fields[0],
                        "not a COW IGO v3 file (expected a header starting ccode,year,state or "
                        "ioname,orgname,year)");

    /* Column roles: an IGO or state index, or -1 for metadata. */
    n_columns = r->n_fields;
    g_autofree gint *column = g_new (gint, n_columns);
    /* Where each column was first seen, by its name in lower case (upper and lower case are the
     * same IGO), to reject a second one. */
    g_autoptr (GHashTable) first_at = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    int long_name = -1, ionum = -1;
    for (guint c = 0; c < n_columns; c++) {
        const char *name = r->fields[c].text;
        column[c] = -1;
        if (c < 3)
            continue;
        if (state_year) {
            const char *why = bloc_id_problem (name);
            if (why != NULL)
                return fail_at (error, path, &r->fields[c], "IGO column: %s", why);
            column[c] = (gint)igo_for (im, name);
        } else {
            static const char *const attributes[] = {
                "sdate",
                "deaddate",
                "dead",
                "integrated",
                "replaced",
                "longorgname",
                "ionum",
                "igocode",
                "version",
                "accuracyofpre1965membershipdates",
                "sourcesandnotes",
                "imputed",
                "political",
                "social",
                "economic",
                NULL,
            };
            guint s = GPOINTER_TO_UINT (g_hash_table_lookup (im->by_column, name));
            column[c] = (gint)s - 1;
            if (strcmp (name, "longorgname") == 0)
                long_name = (int)c;
            else if (strcmp (name, "ionum") == 0)
                ionum = (int)c;
            /* A misspelt state would silently lose its memberships. */
            if (s == 0 && !g_strv_contains (attributes, name))
                return fail_at (error, path, &r->fields[c],
                                "unknown column '%s' (expected a state of the COW state list or "
                                "an IGO attribute such as sdate or longorgname)",
                                name);
        }
        g_autofree char *key = g_ascii_strdown (name, -1);
        guint first = GPOINTER_TO_UINT (g_hash_table_lookup (first_at, key));
        if (first != 0)
            return fail_at (error, path, &r->fields[c],
                            "duplicate column '%s' (expected each %s once; first at column %u)",
                            name,
                            column[c] < 0 ? "column"
                            : state_year  ? "IGO"
                                          : "state",
                            first);
        g_hash_table_insert (first_at, g_steal_pointer (&key), GUINT_TO_POINTER (r->fields[c].col));
    }

    /* The names the published file holds with Mac Roman letters as C1 controls (see
     * repair_mac_roman); anywhere else a control character stays an error. */
    if (!state_year) {
        bloc_csv_reader_allow_c1 (reader, 1);
        if (long_name >= 0)
            bloc_csv_reader_allow_c1 (reader, (guint)long_name);
    }

    guint since_progress = 0;
    while (bloc_csv_reader_next (reader, &r, error)) {
        int year;
        guint row_entity;
        if (r == NULL)
            return TRUE;
        if (r->n_fields != n_columns) {
            const BlocCsvField *f = &r->fields[MIN (r->n_fields, n_columns) - 1];
            return fail_at (error, path, f, "%u fields (expected %u, as in the header)",
                            r->n_fields, n_columns);
        }
        if (!bloc_year_parse (r->fields[state_year ? 1 : 2].text, &year))
            return fail_at (error, path, &r->fields[state_year ? 1 : 2],
                            "bad year '%s' (expected a year like 1990)",
                            r->fields[state_year ? 1 : 2].text);
        if (state_year) {
            char *end;
            long ccode = strtol (r->fields[0].text, &end, 10);
            row_entity =
                GPOINTER_TO_UINT (g_hash_table_lookup (im->by_ccode, GINT_TO_POINTER ((int)ccode)));
            if (r->fields[0].len == 0 || *end != '\0' || row_entity == 0)
                return fail_at (
                    error, path, &r->fields[0],
                    "unknown COW state code '%s' (expected a code of the COW state list)",
                    r->fields[0].text);
            row_entity--;
        } else {
            const char *why = bloc_id_problem (r->fields[0].text);
            if (why != NULL)
                return fail_at (error, path, &r->fields[0], "ioname: %s", why);
            row_entity = igo_for (im, r->fields[0].text);
        }

        /* One row per state-year or IGO-year. */
        gint64 key = ((gint64)row_entity << 20) | (gint64)year;
        gpointer first = g_hash_table_lookup (rows, &key);
        if (first != NULL)
            return fail_at (error, path, &r->fields[0],
                            "duplicate row for %s in %d (expected one row each; first at line %u)",
                            r->fields[0].text, year, GPOINTER_TO_UINT (first));
        g_hash_table_insert (rows, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (r->line));

        im->stats->rows++;
        if (!in_range (im, year))
            continue;
        widen (&im->stats->first_year, &im->stats->last_year, year);

        if (state_year) {
            State *s = g_ptr_array_index (im->states, row_entity);
            widen (&s->first, &s->last, year);
            for (guint c = 3; c < n_columns; c++) {
                gboolean exists;
                if (!take_cell (im, path, &r->fields[c], row_entity, (guint)column[c], year,
                                file_index, &exists, error))
                    return FALSE;
                if (exists) {
                    Igo *g = g_ptr_array_index (im->igos, column[c]);
                    widen (&g->first, &g->last, year);
                }
            }
        } else {
            Igo *g = g_ptr_array_index (im->igos, row_entity);
            widen (&g->first, &g->last, year);
            if (g->name == NULL || (long_name >= 0 && r->fields[long_name].len > 0)) {
                const BlocCsvField *name = long_name >= 0 && r->fields[long_name].len > 0
                                               ? &r->fields[long_name]
                                               : &r->fields[1];
                g_free (g->name);
                g->name = repair_mac_roman (name->text, &g->repaired);
            }
            if (ionum >= 0 && g->cow_code == NULL)
                g->cow_code = g_strdup (r->fields[ionum].text);
            for (guint c = 3; c < n_columns; c++) {
                gboolean exists;
                if (column[c] < 0)
                    continue;
                if (!take_cell (im, path, &r->fields[c], (guint)column[c], row_entity, year,
                                file_index, &exists, error))
                    return FALSE;
                if (exists) {
                    State *s = g_ptr_array_index (im->states, column[c]);
                    widen (&s->first, &s->last, year);
                }
            }
        }
        if (im->progress != NULL && size > 0 && ++since_progress == 256) {
            since_progress = 0;
            im->progress (path, (double)g_seekable_tell (G_SEEKABLE (raw)) / (double)size,
                          im->user_data);
        }
    }
    return FALSE;
}

static int
compare_cells (const void *a, const void *b)
{
    const Cell *x = a, *y = b;
    if (x->state != y->state)
        return x->state < y->state ? -1 : 1;
    if (x->igo != y->igo)
        return x->igo < y->igo ? -1 : 1;
    if (x->year != y->year)
        return x->year < y->year ? -1 : 1;
    return (int)x->file - (int)y->file;
}

/* Gives every IGO an id: its upper-case abbreviation, with "-IGO" when a state has that id. */
static gboolean
assign_igo_ids (Import *im, GError **error)
{
    g_autoptr (GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < im->states->len; i++)
        g_hash_table_add (taken, ((State *)g_ptr_array_index (im->states, i))->id);
    for (guint i = 0; i < im->igos->len; i++) {
        Igo *g = g_ptr_array_index (im->igos, i);
        g_autofree char *upper = g_ascii_strup (g->abbrev, -1);
        g->id = g_hash_table_contains (taken, upper) ? g_strconcat (upper, "-IGO", NULL)
                                                     : g_steal_pointer (&upper);
        if (!g_hash_table_add (taken, g->id)) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                         "two IGOs would both have the id '%s' (expected distinct abbreviations)",
                         g->id);
            return FALSE;
        }
        if (g->name == NULL)
            g->name = g_ascii_strup (g->abbrev, -1);
    }
    return TRUE;
}

static int
compare_igo_ids (gconstpointer a, gconstpointer b)
{
    return strcmp ((*(Igo *const *)a)->id, (*(Igo *const *)b)->id);
}

static const char *
status_role (int status)
{
    return status == 1 ? "member" : status == 2 ? "associate" : "observer";
}

/* Appends a CSV line of @n fields; NULL fields are empty. */
static void
append_row (GString *out, const char *const *fields, guint n)
{
    for (guint i = 0; i < n; i++) {
        if (i > 0)
            g_string_append_c (out, ',');
        if (fields[i] != NULL)
            bloc_csv_append (out, fields[i]);
    }
    g_string_append_c (out, '\n');
}

static char *
year_text (int year)
{
    return year ? g_strdup_printf ("%d", year) : NULL;
}

/* The entity's since and until: its years in the data, open at the last year imported. */
static void
entity_years (const Import *im, int first, int last, char **since, char **until)
{
    *since = year_text (first);
    *until = last != 0 && last < im->stats->last_year ? year_text (last + 1) : NULL;
}

static void
write_entities (Import *im, GString *out)
{
    g_string_append (out, "id,kind,name,cow_code,cow_abb,since,until\n");
    for (guint i = 0; i < im->states->len; i++) {
        State *s = g_ptr_array_index (im->states, i);
        if (s->first == 0)
            continue;
        g_autofree char *code = g_strdup_printf ("%d", s->ccode);
        g_autofree char *since = NULL;
        g_autofree char *until = NULL;
        entity_years (im, s->first, s->last, &since, &until);
        const char *fields[] = { s->id, "country", s->name, code, s->abb, since, until };
        append_row (out, fields, G_N_ELEMENTS (fields));
        im->stats->states++;
    }
    for (guint i = 0; i < im->igos->len; i++) {
        Igo *g = g_ptr_array_index (im->igos, i);
        if (g->first == 0)
            continue;
        g_autofree char *since = NULL;
        g_autofree char *until = NULL;
        entity_years (im, g->first, g->last, &since, &until);
        const char *fields[] = { g->id,     "organization", g->name, g->cow_code,
                                 g->abbrev, since,          until };
        append_row (out, fields, G_N_ELEMENTS (fields));
        im->stats->igos++;
        if (g->repaired)
            im->stats->repaired++;
    }
}

/* Collapses the cells into ties: runs of consecutive years with one status. The IGOs are in id
 * order and the cells refer to them by that order. */
static void
write_ties (Import *im, GString *out)
{
    GArray *cells = im->cells;

    if (cells->len > 1)
        qsort (cells->data, cells->len, sizeof (Cell), compare_cells);
    g_string_append (out, "from,to,role,since,until,source\n");
    for (guint i = 0; i < cells->len;) {
        const Cell *start = &g_array_index (cells, Cell, i);
        int last = start->year;
        guint j = i + 1;
        for (; j < cells->len; j++) {
            const Cell *c = &g_array_index (cells, Cell, j);
            if (c->state != start->state || c->igo != start->igo)
                break;
            if (c->year == last) {
                /* The same cell from another file: the first file wins. */
                if (c->status != start->status)
                    im->stats->conflicts++;
                continue;
            }
            if (c->year != last + 1 || c->status != start->status)
                break;
            last = c->year;
        }
        State *s = g_ptr_array_index (im->states, start->state);
        Igo *g = g_ptr_array_index (im->igos, start->igo);
        g_autofree char *since = year_text (start->year);
        g_autofree char *until = last < im->stats->last_year ? year_text (last + 1) : NULL;
        const char *fields[] = { s->id, g->id, status_role (start->status),
                                 since, until, "COW IGO v3" };
        append_row (out, fields, G_N_ELEMENTS (fields));
        im->stats->ties++;
        i = j;
    }
}

static void
write_ini (const Import *im, const char *const *files, GString *out)
{
    static const char *const p5[] = { "CN", "FR", "GB", "RU", "US" };
    gboolean have_p5 = TRUE;
    g_autoptr (GString) names = g_string_new (NULL);

    for (guint i = 0; i < G_N_ELEMENTS (p5); i++) {
        gboolean found = FALSE;
        for (guint j = 0; j < im->states->len && !found; j++) {
            State *s = g_ptr_array_index (im->states, j);
            found = s->first != 0 && strcmp (s->id, p5[i]) == 0;
        }
        have_p5 &= found;
    }
    for (guint i = 0; files[i] != NULL; i++) {
        g_autofree char *base = g_path_get_basename (files[i]);
        g_string_append_printf (names, "%s%s", i ? ", " : "", base);
    }
    g_string_append_printf (out,
                            "[dataset]\n"
                            "title=Correlates of War IGO v3, %d-%d\n"
                            "description=Intergovernmental organization memberships of states, "
                            "imported with bloc import cow-igo from %s: %u states, %u IGOs, "
                            "%u ties. Status 1 is member, 2 associate, 3 observer.\n"
                            "sources=%s\n",
                            im->stats->first_year, im->stats->last_year, names->str,
                            im->stats->states, im->stats->igos, im->stats->ties, COW_SOURCE);
    if (have_p5)
        g_string_append (out, "default-group=p5\n\n[group:p5]\n"
                              "name=Permanent members of the UN Security Council\n"
                              "members=CN;FR;GB;RU;US\n");
    g_string_append (out, "\n[weights]\nmember=1.0\nassociate=0.5\nobserver=0.25\n");
}

static const char *const dataset_files[] = { "entities.csv", "ties.csv", "dataset.ini", NULL };

typedef enum { FOLDER_MISSING, FOLDER_EMPTY, FOLDER_DATASET, FOLDER_OTHER } FolderState;

/* What @dir holds: nothing, an empty folder, only dataset files, or anything else. */
static FolderState
folder_state (const char *dir)
{
    if (!g_file_test (dir, G_FILE_TEST_EXISTS))
        return FOLDER_MISSING;
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    if (d == NULL)
        return FOLDER_OTHER;
    const char *name;
    gboolean empty = TRUE;
    while ((name = g_dir_read_name (d)) != NULL) {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        if (!g_strv_contains (dataset_files, name) || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
            return FOLDER_OTHER;
        empty = FALSE;
    }
    return empty ? FOLDER_EMPTY : FOLDER_DATASET;
}

/* Removes the dataset files of @dir and the folder. */
static gboolean
remove_dataset (const char *dir)
{
    for (int i = 0; dataset_files[i] != NULL; i++) {
        g_autofree char *path = g_build_filename (dir, dataset_files[i], NULL);
        if (g_file_test (path, G_FILE_TEST_EXISTS) && g_remove (path) != 0)
            return FALSE;
    }
    return g_rmdir (dir) == 0;
}

/* Writes the three files into a fresh folder next to @out_dir, then renames it into place. An
 * empty @out_dir, or (with @replace) one that holds a dataset, is replaced. */
static gboolean
write_dataset (const char *out_dir, gboolean replace, GString *entities, GString *ties,
               GString *ini, GError **error)
{
    g_autofree char *parent = g_path_get_dirname (out_dir);
    g_autofree char *base = g_path_get_basename (out_dir);
    g_autofree char *tmpl = g_strdup_printf ("%s/.%s.tmp-XXXXXX", parent, base);
    g_autofree char *old = NULL;
    FolderState state = folder_state (out_dir);

    if (state == FOLDER_OTHER || (state == FOLDER_DATASET && !replace)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: changed during the import", out_dir);
        return FALSE;
    }
    /* Permissions as mkdir gives them (0777 less the umask), not g_mkdtemp's 0700. */
    if (g_mkdtemp_full (tmpl, 0777) == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: cannot create a folder: %s", parent,
                     g_strerror (errno));
        return FALSE;
    }
    GString *contents[] = { entities, ties, ini };
    for (int i = 0; dataset_files[i] != NULL; i++) {
        g_autofree char *path = g_build_filename (tmpl, dataset_files[i], NULL);
        if (!bloc_output_write (path, contents[i]->str, contents[i]->len, error))
            goto fail;
    }
    if (state == FOLDER_EMPTY && g_rmdir (out_dir) != 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: cannot replace the empty folder: %s",
                     out_dir, g_strerror (errno));
        goto fail;
    }
    if (state == FOLDER_DATASET) {
        old = g_strdup_printf ("%s/.%s.old-XXXXXX", parent, base);
        if (g_mkdtemp (old) == NULL || g_rmdir (old) != 0 || g_rename (out_dir, old) != 0) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO,
                         "%s: cannot move the old dataset aside: %s", out_dir, g_strerror (errno));
            goto fail;
        }
    }
    if (g_rename (tmpl, out_dir) != 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: cannot create: %s", out_dir,
                     g_strerror (errno));
        if (old != NULL)
            g_rename (old, out_dir);
        goto fail;
    }
    if (old != NULL && !remove_dataset (old)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO,
                     "%s: written, but the old dataset is left in %s: %s", out_dir, old,
                     g_strerror (errno));
        return FALSE;
    }
    return TRUE;
fail:
    remove_dataset (tmpl);
    return FALSE;
}

gboolean
bloc_import_cow (const char *const *files, int year_from, int year_to, const char *out_dir,
                 gboolean replace, BlocImportProgress progress, gpointer user_data,
                 BlocImportStats *stats, GError **error)
{
    Import im = { 0 };
    g_autoptr (GString) entities = NULL;
    g_autoptr (GString) ties = NULL;
    g_autoptr (GString) ini = NULL;
    g_autofree guint *rank = NULL;
    gboolean ok = FALSE;

    memset (stats, 0, sizeof *stats);
    /* "DIR/" from shell completion is DIR: the temporary folder goes beside it, not inside. */
    g_autofree char *dir = g_strdup (out_dir);
    while (strlen (dir) > 1 && dir[strlen (dir) - 1] == G_DIR_SEPARATOR)
        dir[strlen (dir) - 1] = '\0';
    out_dir = dir;
    g_autofree char *base = g_path_get_basename (out_dir);
    if (strcmp (base, ".") == 0 || strcmp (base, "..") == 0 ||
        strcmp (base, G_DIR_SEPARATOR_S) == 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "-o %s: not a folder name (expected a name for the new folder, like cow)",
                     out_dir);
        return FALSE;
    }
    if (g_file_test (out_dir, G_FILE_TEST_IS_SYMLINK)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO,
                     "%s: a symbolic link (expected a folder or a new path, not a link)", out_dir);
        return FALSE;
    }
    if (files == NULL || files[0] == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "no input file (expected COW IGO v3 files)");
        return FALSE;
    }
    if (year_from && year_to && year_from > year_to) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "bad years %d-%d (expected A <= B)",
                     year_from, year_to);
        return FALSE;
    }
    switch (folder_state (out_dir)) {
    case FOLDER_MISSING:
    case FOLDER_EMPTY:
        break;
    case FOLDER_DATASET:
        if (replace)
            break;
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO,
                     "%s: already exists (expected a new folder; --force replaces it)", out_dir);
        return FALSE;
    case FOLDER_OTHER:
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO,
                     "%s: holds other files (expected a new folder, or with --force a dataset "
                     "folder to replace)",
                     out_dir);
        return FALSE;
    }

    im.states = g_ptr_array_new_with_free_func (state_free);
    im.by_ccode = g_hash_table_new (g_direct_hash, g_direct_equal);
    im.by_column = g_hash_table_new (g_str_hash, g_str_equal);
    im.igos = g_ptr_array_new_with_free_func (igo_free);
    im.by_abbrev = g_hash_table_new (g_str_hash, g_str_equal);
    im.cells = g_array_new (FALSE, FALSE, sizeof (Cell));
    im.year_from = year_from;
    im.year_to = year_to;
    im.stats = stats;
    im.progress = progress;
    im.user_data = user_data;

    if (!load_states (&im, error))
        goto out;
    for (guint i = 0; files[i] != NULL; i++) {
        if (i >= 255) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                         "too many files (expected at most 255)");
            goto out;
        }
        if (!read_file (&im, files[i], i, error))
            goto out;
        if (progress != NULL)
            progress (files[i], 1.0, user_data);
        stats->files++;
    }
    if (stats->first_year == 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA, "no data rows in the years asked for");
        goto out;
    }
    if (!assign_igo_ids (&im, error))
        goto out;

    entities = g_string_new (NULL);
    ties = g_string_new (NULL);
    ini = g_string_new (NULL);
    /* Renumber the IGOs in id order, and the cells with them. */
    g_ptr_array_sort (im.igos, compare_igo_ids);
    rank = g_new (guint, im.igos->len + 1);
    for (guint i = 0; i < im.igos->len; i++)
        rank[((Igo *)g_ptr_array_index (im.igos, i))->index] = i;
    for (guint i = 0; i < im.cells->len; i++) {
        Cell *c = &g_array_index (im.cells, Cell, i);
        c->igo = rank[c->igo];
    }
    write_ties (&im, ties);
    write_entities (&im, entities);
    write_ini (&im, files, ini);
    ok = write_dataset (out_dir, replace, entities, ties, ini, error);
out:
    import_clear (&im);
    return ok;
}
