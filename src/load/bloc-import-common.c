/* bloc-import-common.c: what every importer reads with: input streams, progress, option values,
 * and spells of years. */
#include <string.h>

#include "bloc-import-private.h"

/* ---- Option values ----------------------------------------------------------------------- */

static const BlocEnumName missing_names[] = {
    { BLOC_IMPORT_MISSING_CARRY, "carry", NULL },
    { BLOC_IMPORT_MISSING_END, "end", NULL },
    { 0, NULL, NULL },
};
static const BlocEnum missing_enum = { "missing-value rule", missing_names };

const BlocEnum *
bloc_import_missing_enum (void)
{
    return &missing_enum;
}

static const BlocEnumName delimiter_names[] = {
    { ',', "comma", BLOC_ENUM_ALIASES (",") },
    { ';', "semicolon", BLOC_ENUM_ALIASES (";") },
    { '\t', "tab", BLOC_ENUM_ALIASES ("\\t") },
    { 0, NULL, NULL },
};
static const BlocEnum delimiter_enum = { "delimiter", delimiter_names };

const BlocEnum *
bloc_import_delimiter_enum (void)
{
    return &delimiter_enum;
}

gboolean
bloc_import_kind_parse (BlocKind *out, const char *text, const char *option, GError **error)
{
    g_autofree char *lower = g_ascii_strdown (text, -1);
    int value;
    if (bloc_enum_lookup (&value, bloc_kind_enum (), g_strstrip (lower))) {
        *out = (BlocKind)value;
        return TRUE;
    }
    g_autofree char *why = bloc_enum_unknown (bloc_kind_enum (), text);
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "%s: %s", option, why);
    return FALSE;
}

char *
bloc_import_trim (char *text)
{
    char *start = text;
    while (g_ascii_isspace (*start))
        start++;
    gsize len = strlen (start);
    while (len > 0 && g_ascii_isspace (start[len - 1]))
        len--;
    memmove (text, start, len);
    text[len] = '\0';
    return text;
}

/* ---- Input ------------------------------------------------------------------------------- */

gboolean
bloc_import_input_open (BlocImportInput *input, const char *path, const BlocImportTarget *target,
                        GError **error)
{
    g_autoptr (GFile) file = g_file_new_for_path (path);
    g_autoptr (GError) local = NULL;

    memset (input, 0, sizeof *input);
    input->path = path;
    input->target = target;
    g_autoptr (GFileInfo) info =
        g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                           G_FILE_QUERY_INFO_NONE, NULL, &local);
    if (info == NULL) {
        if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: no such file", path);
        else
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: cannot open: %s", path,
                         local->message);
        return FALSE;
    }
    /* A FIFO or a device would block or never end. */
    if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: not a regular file (expected a file)",
                     path);
        return FALSE;
    }
    input->size = g_file_info_get_size (info);
    input->all = input->size;
    GFileInputStream *raw = g_file_read (file, NULL, &local);
    if (raw == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: cannot open: %s", path, local->message);
        return FALSE;
    }
    input->raw = G_INPUT_STREAM (raw);

    g_autoptr (GInputStream) buffered = g_buffered_input_stream_new (input->raw);
    if (g_buffered_input_stream_fill (G_BUFFERED_INPUT_STREAM (buffered), 2, NULL, &local) < 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: cannot read: %s", path, local->message);
        return FALSE;
    }
    gsize n = 0;
    const guchar *head =
        g_buffered_input_stream_peek_buffer (G_BUFFERED_INPUT_STREAM (buffered), &n);
    if (n >= 2 && head[0] == 0x1f && head[1] == 0x8b) {
        g_autoptr (GZlibDecompressor) gz = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
        g_autoptr (GInputStream) plain = g_converter_input_stream_new (buffered, G_CONVERTER (gz));
        input->in = G_BUFFERED_INPUT_STREAM (g_buffered_input_stream_new (plain));
    } else {
        input->in = G_BUFFERED_INPUT_STREAM (g_steal_pointer (&buffered));
    }
    return TRUE;
}

void
bloc_import_input_clear (BlocImportInput *input)
{
    g_clear_object (&input->in);
    g_clear_object (&input->raw);
}

const guchar *
bloc_import_input_peek (BlocImportInput *input, gsize want, gsize *out_len, GError **error)
{
    g_autoptr (GError) local = NULL;
    if (g_buffered_input_stream_get_buffer_size (input->in) < want)
        g_buffered_input_stream_set_buffer_size (input->in, want);
    /* Fill until @want bytes are there or the input ends. */
    for (;;) {
        gsize have = g_buffered_input_stream_get_available (input->in);
        if (have >= want)
            break;
        gssize got = g_buffered_input_stream_fill (input->in, (gssize)(want - have), NULL, &local);
        if (got < 0) {
            /* As the CSV reader says it, at the start of the file. */
            if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_INVALID_DATA))
                bloc_text_set_error_at (error, input->path, 1, 1,
                                        "corrupt compressed data: %s (expected a valid gzip file)",
                                        local->message);
            else if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
                bloc_text_set_error_at (error, input->path, 1, 1,
                                        "the compressed data ends early (expected a complete gzip "
                                        "file)");
            else
                g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: cannot read: %s", input->path,
                             local->message);
            return NULL;
        }
        if (got == 0)
            break;
    }
    return g_buffered_input_stream_peek_buffer (input->in, out_len);
}

goffset
bloc_import_file_size (const char *path)
{
    g_autoptr (GFile) file = g_file_new_for_path (path);
    g_autoptr (GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                    G_FILE_QUERY_INFO_NONE, NULL, NULL);
    return info != NULL ? g_file_info_get_size (info) : 0;
}

/* Calls the target's progress function with @done of @total bytes, in units that fit a guint. */
static void
report_progress (const BlocImportTarget *t, goffset done, goffset total)
{
    while (total > (goffset)G_MAXUINT) {
        done >>= 1;
        total >>= 1;
    }
    t->progress ((guint)done, (guint)total, t->user_data);
}

void
bloc_import_input_tick (BlocImportInput *input)
{
    const BlocImportTarget *t = input->target;
    if (t == NULL || t->progress == NULL || input->all <= 0 || ++input->rows_since_progress < 256)
        return;
    input->rows_since_progress = 0;
    /* The bytes of the file read so far: all of them counts once the reading is done. */
    goffset at = MIN (g_seekable_tell (G_SEEKABLE (input->raw)), input->size - 1);
    report_progress (t, input->before + MAX (at, 0), input->all);
}

void
bloc_import_input_done (BlocImportInput *input)
{
    const BlocImportTarget *t = input->target;
    if (t != NULL && t->progress != NULL && input->all > 0)
        report_progress (t, input->before + input->size, input->all);
}

/* ---- CSV --------------------------------------------------------------------------------- */

BlocCsvReader *
bloc_import_csv_open (BlocImportInput *input, char delimiter, const char *expected,
                      char *out_delimiter, const BlocCsvRecord **out_header, GError **error)
{
    if (delimiter == 0) {
        gsize len = 0;
        const guchar *head = bloc_import_input_peek (input, 64 * 1024, &len, error);
        if (head == NULL)
            return NULL;
        delimiter = bloc_csv_guess_delimiter (head, len);
    }
    *out_delimiter = delimiter;
    g_autoptr (BlocCsvReader) reader =
        bloc_csv_reader_new (G_INPUT_STREAM (input->in), input->path);
    bloc_csv_reader_set_delimiter (reader, delimiter);
    if (!bloc_csv_reader_next (reader, out_header, error))
        return NULL;
    if (*out_header == NULL) {
        bloc_text_set_error_at (error, input->path, 1, 1, "empty file (expected %s)", expected);
        return NULL;
    }
    return g_steal_pointer (&reader);
}

void
bloc_import_csv_rows (BlocCsvReader *reader, BlocImportInput *input, guint n_columns,
                      BlocImportReport *report, BlocImportProblems *p, BlocImportRowFunc func,
                      gpointer data)
{
    const BlocCsvRecord *r;
    for (;;) {
        g_autoptr (GError) local = NULL;
        if (!bloc_csv_reader_next (reader, &r, &local)) {
            bloc_import_problem_message (p, local->message);
            if (local->code != BLOC_ERROR_DATA || bloc_csv_reader_finished (reader))
                break;
            continue;
        }
        if (r == NULL)
            break;
        report->rows++;
        bloc_import_input_tick (input);
        if (r->n_fields > n_columns) /* at the first field too many */
            bloc_import_problem (
                p, input->path, r->fields[n_columns].line, r->fields[n_columns].col,
                "%u fields (expected %u, as in the header)", r->n_fields, n_columns);
        else if (r->n_fields < n_columns) /* at the end of the row */
            bloc_import_problem (p, input->path, r->end_line, r->end_col,
                                 "%u fields (expected %u, as in the header)", r->n_fields,
                                 n_columns);
        else
            func (data, r);
    }
    bloc_import_input_done (input);
}

/* ---- Spells ------------------------------------------------------------------------------ */

static int
compare_observations (gconstpointer a, gconstpointer b)
{
    const BlocImportObservation *x = a, *y = b;
    if (x->from != y->from)
        return x->from < y->from ? -1 : 1;
    if (x->to != y->to)
        return x->to < y->to ? -1 : 1;
    if (x->year != y->year)
        return x->year < y->year ? -1 : 1;
    /* In one year, a value before a missing one, then the first file. */
    gboolean xm = x->value == BLOC_IMPORT_VALUE_MISSING, ym = y->value == BLOC_IMPORT_VALUE_MISSING;
    if (xm != ym)
        return xm ? 1 : -1;
    if (x->file != y->file)
        return x->file < y->file ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

void
bloc_import_collapse (GArray *observations, BlocImportMissing missing, GArray *spells,
                      guint64 *conflicts)
{
    g_array_sort (observations, compare_observations);
    const BlocImportObservation *o = (const BlocImportObservation *)observations->data;
    guint n = observations->len;

    for (guint i = 0; i < n;) {
        /* Missing years that no value precedes give nothing. */
        if (o[i].value == BLOC_IMPORT_VALUE_MISSING) {
            i++;
            continue;
        }
        BlocImportSpell spell = { o[i].from, o[i].to, o[i].line, o[i].year, o[i].year, o[i].value };
        guint j = i + 1;
        for (; j < n; j++) {
            const BlocImportObservation *c = &o[j];
            if (c->from != spell.from || c->to != spell.to)
                break;
            if (c->year == o[j - 1].year) {
                /* The same year again, from another file: the first one counts. */
                if (c->value != BLOC_IMPORT_VALUE_MISSING && c->value != o[j - 1].value &&
                    o[j - 1].value != BLOC_IMPORT_VALUE_MISSING && conflicts != NULL)
                    (*conflicts)++;
                continue;
            }
            if (c->year != spell.last + 1)
                break;
            if (c->value == BLOC_IMPORT_VALUE_MISSING) {
                if (missing == BLOC_IMPORT_MISSING_END)
                    break;
                spell.last = c->year; /* it goes on across a missing year */
                continue;
            }
            if (c->value != spell.value)
                break;
            spell.last = c->year;
        }
        g_array_append_val (spells, spell);
        /* With `end`, missing years after the spell are skipped by the check above. */
        i = j;
    }
}
