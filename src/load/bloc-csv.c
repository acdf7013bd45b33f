/* bloc-csv.c: the streaming CSV reader. One byte at a time through a small state machine that
 * also validates UTF-8, so every error has the exact position of the offending byte. */
#include "bloc-csv.h"

#include <string.h>

#define BUFFER_SIZE  (64 * 1024)
#define END_OF_INPUT (-1)
#define READ_ERROR   (-2)

struct BlocCsvReader {
    GInputStream *in;
    char *name;
    guchar buffer[BUFFER_SIZE];
    gsize buffer_len;
    gsize buffer_pos;
    goffset offset; /* bytes consumed */
    goffset max_size;
    gboolean finished;
    GError *read_error;

    /* Position of the next byte. */
    guint line;
    guint col;
    gboolean after_cr;
    GArray *c1_columns; /* guint: fields where C1 controls are let through */

    /* UTF-8 validation state. */
    int utf8_need;
    guchar utf8_lo, utf8_hi;
    gunichar utf8_char;        /* the character being decoded */
    guint utf8_line, utf8_col; /* where the current sequence started */

    /* The record being read. */
    GString *text;  /* fields, each followed by a NUL */
    GArray *fields; /* BlocCsvField, text offsets in .len until the record is complete */
    BlocCsvRecord record;
    GError *record_error; /* the first problem of this record */
};

BlocCsvReader *
bloc_csv_reader_new (GInputStream *in, const char *name)
{
    BlocCsvReader *r = g_new0 (BlocCsvReader, 1);

    r->in = g_object_ref (in);
    r->name = g_strdup (name);
    r->line = 1;
    r->col = 1;
    r->text = g_string_sized_new (1024);
    r->max_size = BLOC_CSV_MAX_FILE;
    r->fields = g_array_new (FALSE, FALSE, sizeof (BlocCsvField));
    return r;
}

void
bloc_csv_reader_allow_c1 (BlocCsvReader *r, guint column)
{
    if (r->c1_columns == NULL)
        r->c1_columns = g_array_new (FALSE, FALSE, sizeof (guint));
    g_array_append_val (r->c1_columns, column);
}

void
bloc_csv_reader_free (BlocCsvReader *r)
{
    if (r == NULL)
        return;
    if (r->c1_columns != NULL)
        g_array_unref (r->c1_columns);
    g_object_unref (r->in);
    g_free (r->name);
    g_string_free (r->text, TRUE);
    g_array_unref (r->fields);
    g_clear_error (&r->record_error);
    g_clear_error (&r->read_error);
    g_free (r);
}

void
bloc_csv_reader_set_max_size (BlocCsvReader *r, goffset bytes)
{
    r->max_size = bytes;
}

gboolean
bloc_csv_reader_finished (const BlocCsvReader *r)
{
    return r->finished;
}

goffset
bloc_csv_reader_offset (const BlocCsvReader *r)
{
    return r->offset;
}

/* Records the first problem of the current record, at @line:@col. */
G_GNUC_PRINTF (4, 5)
static void
record_problem (BlocCsvReader *r, guint line, guint col, const char *format, ...)
{
    va_list args;

    if (r->record_error != NULL)
        return;
    va_start (args, format);
    g_autofree char *what = g_strdup_vprintf (format, args);
    va_end (args);
    r->record_error =
        g_error_new (BLOC_ERROR, BLOC_ERROR_DATA, "%s:%u:%u: %s", r->name, line, col, what);
}

/* "1 GiB", "64 KiB" or "1000 bytes". */
static char *
size_text (goffset bytes)
{
    static const char *const units[] = { "GiB", "MiB", "KiB" };
    for (int i = 0; i < 3; i++) {
        goffset unit = (goffset)1 << (10 * (3 - i));
        if (bytes % unit == 0)
            return g_strdup_printf ("%" G_GOFFSET_FORMAT " %s", bytes / unit, units[i]);
    }
    return g_strdup_printf ("%" G_GOFFSET_FORMAT " bytes", bytes);
}

/* Looks at the next byte without consuming it. */
static int
peek (BlocCsvReader *r)
{
    if (r->finished)
        return END_OF_INPUT;
    if (r->buffer_pos == r->buffer_len) {
        if (r->read_error != NULL)
            return READ_ERROR;
        if (r->offset >= r->max_size) {
            g_autofree char *limit = size_text (r->max_size);
            record_problem (r, r->line, r->col, "file larger than %s (expected a smaller file)",
                            limit);
            r->finished = TRUE;
            return END_OF_INPUT;
        }
        gssize n = g_input_stream_read (r->in, r->buffer, BUFFER_SIZE, NULL, &r->read_error);
        if (n < 0)
            return READ_ERROR;
        r->buffer_len = (gsize)n;
        r->buffer_pos = 0;
        if (n == 0)
            return END_OF_INPUT;
    }
    return r->buffer[r->buffer_pos];
}

/* TRUE when the field being read may hold C1 controls. The fields read so far in the record
 * number the current one. */
static gboolean
c1_allowed (const BlocCsvReader *r)
{
    for (guint i = 0; r->c1_columns != NULL && i < r->c1_columns->len; i++)
        if (g_array_index (r->c1_columns, guint, i) == r->fields->len)
            return TRUE;
    return FALSE;
}

/* Consumes the byte peek() returned and advances the position past it. A byte that breaks UTF-8
 * or is a NUL is recorded as the record's problem. */
static void
advance (BlocCsvReader *r, int c)
{
    r->buffer_pos++;
    r->offset++;

    if (r->utf8_need > 0) {
        if (c >= r->utf8_lo && c <= r->utf8_hi) {
            r->utf8_need--;
            r->utf8_lo = 0x80;
            r->utf8_hi = 0xBF;
            r->utf8_char = (r->utf8_char << 6) | (gunichar)(c & 0x3F);
            /* Noncharacters are valid UTF-8 but not text, and XML rejects U+FFFE and U+FFFF.
             * C1 controls (U+0080 to U+009F) would reach terminals as escape sequences. */
            if (r->utf8_need == 0 && ((r->utf8_char >= 0xFDD0 && r->utf8_char <= 0xFDEF) ||
                                      (r->utf8_char & 0xFFFE) == 0xFFFE))
                record_problem (r, r->utf8_line, r->utf8_col, "noncharacter U+%04X (expected text)",
                                r->utf8_char);
            else if (r->utf8_need == 0 && r->utf8_char >= 0x80 && r->utf8_char <= 0x9F &&
                     !c1_allowed (r))
                record_problem (r, r->utf8_line, r->utf8_col,
                                "control character U+%04X (expected text)", r->utf8_char);
            return; /* a continuation byte: same character, same column */
        }
        record_problem (r, r->utf8_line, r->utf8_col,
                        "invalid UTF-8 (expected text encoded as UTF-8)");
        r->utf8_need = 0;
    }

    if (c == '\n') {
        if (!r->after_cr) {
            r->line++;
            r->col = 1;
        }
        r->after_cr = FALSE;
        return;
    }
    r->after_cr = (c == '\r');
    if (c == '\r') {
        r->line++;
        r->col = 1;
        return;
    }

    r->utf8_line = r->line;
    r->utf8_col = r->col;
    r->utf8_lo = 0x80;
    r->utf8_hi = 0xBF;
    r->utf8_char = (gunichar)c;
    if (c == 0) {
        /* Not text at all: stop here rather than read the rest of a binary file. */
        record_problem (r, r->line, r->col, "NUL byte (expected text)");
        r->finished = TRUE;
    } else if ((c < 0x20 && c != '\t') || c == 0x7F) {
        /* A control character would reach terminals, tables and SVG as is. */
        record_problem (r, r->line, r->col, "control character U+%04X (expected text)", (guint)c);
    } else if (c < 0x80) {
        /* ASCII */
    } else if (c >= 0xC2 && c <= 0xDF) {
        r->utf8_char = (gunichar)(c & 0x1F);
        r->utf8_need = 1;
    } else if (c == 0xE0) {
        r->utf8_need = 2;
        r->utf8_lo = 0xA0;
        r->utf8_char = (gunichar)(c & 0x0F);
    } else if (c == 0xED) {
        r->utf8_need = 2;
        r->utf8_hi = 0x9F;
        r->utf8_char = (gunichar)(c & 0x0F);
    } else if (c >= 0xE1 && c <= 0xEF) {
        r->utf8_need = 2;
        r->utf8_char = (gunichar)(c & 0x0F);
    } else if (c == 0xF0) {
        r->utf8_need = 3;
        r->utf8_lo = 0x90;
        r->utf8_char = (gunichar)(c & 0x07);
    } else if (c >= 0xF1 && c <= 0xF3) {
        r->utf8_need = 3;
        r->utf8_char = (gunichar)(c & 0x07);
    } else if (c == 0xF4) {
        r->utf8_need = 3;
        r->utf8_hi = 0x8F;
        r->utf8_char = (gunichar)(c & 0x07);
    } else {
        record_problem (r, r->line, r->col, "invalid UTF-8 (expected text encoded as UTF-8)");
    }
    r->col++;
}

/* Appends a byte to the current field, unless the field is already over the limit. */
static void
append (BlocCsvReader *r, const BlocCsvField *field, int c)
{
    gsize start = field->len; /* the field's text offset while it is being read */

    if (r->text->len - start >= BLOC_CSV_MAX_FIELD) {
        record_problem (r, field->line, field->col,
                        "field longer than %d bytes (expected at most %d)", BLOC_CSV_MAX_FIELD,
                        BLOC_CSV_MAX_FIELD);
        return;
    }
    g_string_append_c (r->text, (char)c);
}

static gboolean
is_line_end (int c)
{
    return c == '\n' || c == '\r';
}

/* Consumes one line break (LF, CR or CRLF). */
static void
skip_line_end (BlocCsvReader *r, int c)
{
    advance (r, c);
    if (c == '\r' && peek (r) == '\n')
        advance (r, '\n');
}

/* Reads one field; returns the byte that ended it (',', a line end, END_OF_INPUT or
 * READ_ERROR) without consuming it. Returns READ_ERROR on an unterminated quote too, after
 * recording the problem and marking the reader finished. */
static int
read_field (BlocCsvReader *r, BlocCsvField *field)
{
    int c = peek (r);

    if (c != '"') {
        for (;; c = peek (r)) {
            if (c < 0 || c == ',' || is_line_end (c))
                return c;
            if (c == '"')
                record_problem (r, r->line, r->col,
                                "quote in an unquoted field (expected the whole field in quotes, "
                                "with inner quotes doubled)");
            append (r, field, c);
            advance (r, c);
        }
    }

    guint quote_line = r->line, quote_col = r->col;
    advance (r, c);
    for (;;) {
        c = peek (r);
        if (c == READ_ERROR)
            return c;
        if (c == END_OF_INPUT) {
            record_problem (r, quote_line, quote_col,
                            "unterminated quoted field (expected a closing '\"')");
            r->finished = TRUE;
            return READ_ERROR;
        }
        if (c == '"') {
            advance (r, c);
            c = peek (r);
            if (c != '"')
                break;
        }
        append (r, field, c); /* line breaks inside quotes are kept as written */
        advance (r, c);
    }

    /* After the closing quote: a separator or the end of the line. */
    for (c = peek (r); c >= 0 && c != ',' && !is_line_end (c); c = peek (r)) {
        record_problem (r, r->line, r->col,
                        "text after a closing quote (expected ',' or the end of the line)");
        append (r, field, c);
        advance (r, c);
    }
    return c;
}

/* Reports a failed read, at the position reached. */
static void
set_read_error (BlocCsvReader *r, GError **error)
{
    r->finished = TRUE;
    if (g_error_matches (r->read_error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                     "%s:%u:%u: the compressed data ends early (expected a complete gzip file)",
                     r->name, r->line, r->col);
    else if (r->read_error->domain == G_IO_ERROR && r->read_error->code == G_IO_ERROR_INVALID_DATA)
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                     "%s:%u:%u: corrupt compressed data: %s (expected a valid gzip file)", r->name,
                     r->line, r->col, r->read_error->message);
    else
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: cannot read: %s", r->name,
                     r->read_error->message);
}

gboolean
bloc_csv_reader_next (BlocCsvReader *r, const BlocCsvRecord **out, GError **error)
{
    int c;

    *out = NULL;
    if (r->finished)
        return TRUE;
    g_clear_error (&r->record_error);

    /* The byte-order mark, at the very start. */
    if (r->offset == 0 && peek (r) == 0xEF) {
        if (r->buffer_len - r->buffer_pos >= 3 && r->buffer[r->buffer_pos + 1] == 0xBB &&
            r->buffer[r->buffer_pos + 2] == 0xBF) {
            r->buffer_pos += 3;
            r->offset += 3;
        }
    }

    /* Skip empty lines. */
    for (c = peek (r); is_line_end (c); c = peek (r))
        skip_line_end (r, c);
    if (c == END_OF_INPUT || c == READ_ERROR) {
        r->finished = TRUE;
        if (r->read_error != NULL) {
            set_read_error (r, error);
            return FALSE;
        }
        if (r->record_error != NULL) {
            g_propagate_error (error, g_steal_pointer (&r->record_error));
            return FALSE;
        }
        return TRUE;
    }

    g_string_truncate (r->text, 0);
    g_array_set_size (r->fields, 0);
    r->record.line = r->line;

    for (;;) {
        BlocCsvField field = { NULL, r->text->len, r->line, r->col };
        c = read_field (r, &field);
        field.len = r->text->len - field.len; /* now the length; the offset is recomputed below */
        g_string_append_c (r->text, '\0');
        g_array_append_val (r->fields, field);
        if (c == ',') {
            advance (r, c);
            continue;
        }
        r->record.end_line = r->line;
        r->record.end_col = r->col;
        if (is_line_end (c))
            skip_line_end (r, c);
        break;
    }
    if (r->utf8_need > 0 && (c == END_OF_INPUT || c == READ_ERROR)) {
        record_problem (r, r->utf8_line, r->utf8_col,
                        "invalid UTF-8 at the end of the file (expected text encoded as UTF-8)");
        r->utf8_need = 0;
    }
    if (c == READ_ERROR && r->read_error != NULL) {
        set_read_error (r, error);
        return FALSE;
    }
    if (r->record_error != NULL) {
        g_propagate_error (error, g_steal_pointer (&r->record_error));
        return FALSE;
    }

    /* Point the fields into the finished buffer. */
    gsize offset = 0;
    for (guint i = 0; i < r->fields->len; i++) {
        BlocCsvField *f = &g_array_index (r->fields, BlocCsvField, i);
        f->text = r->text->str + offset;
        offset += f->len + 1;
    }
    r->record.n_fields = r->fields->len;
    r->record.fields = (const BlocCsvField *)r->fields->data;
    *out = &r->record;
    return TRUE;
}
