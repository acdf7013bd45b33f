/* bloc-csv.c: the streaming CSV reader. One byte at a time through a small state machine that
 * also validates UTF-8, so every error has the exact position of the offending byte. */
#include "bloc-csv.h"

#include <string.h>

#include "bloc-text.h"

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
    gboolean over_size; /* bytes follow the first max_size: the buffer stops at the limit */
    char delimiter;
    guint64 records; /* records returned so far */
    gboolean finished;
    GError *read_error;

    /* Position of the next byte. */
    guint line;
    guint col;
    gboolean after_cr;
    GArray *c1_columns; /* guint: fields where C1 controls are let through */

    /* UTF-8 validation state. */
    int utf8_need;
    int utf8_length;  /* bytes of the current sequence read so far */
    guchar utf8_lead; /* its first byte */
    guchar utf8_lo, utf8_hi;
    gunichar utf8_char;        /* the character being decoded */
    guint utf8_line, utf8_col; /* where the current sequence started */

    /* The record being read. */
    GString *text;  /* fields, each followed by a NUL */
    GArray *fields; /* BlocCsvField, text offsets in .len until the record is complete */
    BlocCsvRecord record;
    GError *record_error;     /* the first problem of this record */
    gboolean first_quoted;    /* the record's first field was quoted */
    gboolean too_many_fields; /* the record has more than BLOC_CSV_MAX_FIELDS */
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
    r->delimiter = ',';
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

void
bloc_csv_reader_set_delimiter (BlocCsvReader *r, char delimiter)
{
    g_return_if_fail (delimiter == ',' || delimiter == ';' || delimiter == '\t');
    r->delimiter = delimiter;
}

char
bloc_csv_reader_delimiter (const BlocCsvReader *r)
{
    return r->delimiter;
}

const char *
bloc_csv_delimiter_name (char delimiter)
{
    return delimiter == '\t' ? "a tab" : delimiter == ';' ? "';'" : "','";
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
    g_autofree char *message = bloc_text_position (r->name, line, col, what);
    r->record_error = g_error_new_literal (BLOC_ERROR, BLOC_ERROR_DATA, message);
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
        /* The buffer is consumed, so r->offset bytes are read. A file of exactly max_size bytes
         * is accepted: only a byte past the limit is refused, once those before it are read. */
        gssize n = 0;
        if (!r->over_size) {
            n = g_input_stream_read (r->in, r->buffer, BUFFER_SIZE, NULL, &r->read_error);
            if (n < 0)
                return READ_ERROR;
            if (n > 0 && (goffset)n > r->max_size - MIN (r->offset, r->max_size)) {
                n = (gssize)(r->max_size - MIN (r->offset, r->max_size));
                r->over_size = TRUE;
            }
        }
        if (n == 0 && r->over_size) {
            g_autofree char *limit = size_text (r->max_size);
            record_problem (r, r->line, r->col, "file larger than %s (expected a smaller file)",
                            limit);
            r->finished = TRUE;
            return END_OF_INPUT;
        }
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

/* Records the problem with character @c, if it has one, at @line:@col. */
static void
check_char (BlocCsvReader *r, gunichar c, guint line, guint col)
{
    BlocTextProblem problem = bloc_text_check_char (c);
    /* C1 controls would reach terminals as escape sequences, unless the caller repairs them. */
    if (problem == BLOC_TEXT_OK || (bloc_text_is_c1 (c) && c1_allowed (r)))
        return;
    g_autofree char *what = bloc_text_problem_message (problem, c);
    record_problem (r, line, col, "%s", what);
}

/* Windows-1252 for the bytes 0x80 to 0x9F; NULL where it has no character. */
static const char *const cp1252_c1[32] = {
    "€",  NULL, "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", NULL, "Ž", NULL,
    NULL, "‘",  "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", NULL, "ž", "Ÿ",
};

char *
bloc_csv_invalid_utf8_text (guchar byte, gboolean lone, const char *where)
{
    char letter[8] = { 0 };
    const char *shown = NULL;

    if (lone && byte >= 0xA0) {
        letter[g_unichar_to_utf8 (byte, letter)] = '\0';
        shown = letter;
    } else if (lone && byte >= 0x80) {
        shown = cp1252_c1[byte - 0x80];
    }
    if (shown == NULL)
        return g_strdup_printf ("invalid UTF-8%s (expected text encoded as UTF-8)", where);
    return g_strdup_printf ("invalid UTF-8%s: byte 0x%02X, '%s' in %s (expected text encoded as "
                            "UTF-8; convert the file from %s)",
                            where, byte, shown, byte >= 0xA0 ? "Latin-1" : "Windows-1252",
                            byte >= 0xA0 ? "Latin-1 or Windows-1252" : "Windows-1252");
}

/* Records invalid UTF-8 at the start of the current sequence; @lone when its first byte is not
 * followed by a continuation byte. */
static void
invalid_utf8 (BlocCsvReader *r, gboolean lone, const char *where)
{
    g_autofree char *what =
        bloc_csv_invalid_utf8_text (r->utf8_lead, lone && r->utf8_length == 1, where);
    record_problem (r, r->utf8_line, r->utf8_col, "%s", what);
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
            r->utf8_length++;
            r->utf8_lo = 0x80;
            r->utf8_hi = 0xBF;
            r->utf8_char = (r->utf8_char << 6) | (gunichar)(c & 0x3F);
            if (r->utf8_need == 0)
                check_char (r, r->utf8_char, r->utf8_line, r->utf8_col);
            return; /* a continuation byte: same character, same column */
        }
        invalid_utf8 (r, c < 0x80 || c > 0xBF, "");
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
    r->utf8_lead = (guchar)c;
    r->utf8_length = 1;
    r->utf8_lo = 0x80;
    r->utf8_hi = 0xBF;
    r->utf8_char = (gunichar)c;
    if (c == 0) {
        /* Not text at all: stop here rather than read the rest of a binary file. */
        check_char (r, 0, r->line, r->col);
        r->finished = TRUE;
    } else if (c < 0x80) {
        /* ASCII: a control character (line ends are handled above) is refused. */
        check_char (r, (gunichar)c, r->line, r->col);
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
        invalid_utf8 (r, TRUE, "");
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

/* Reads one field; returns the byte that ended it (the delimiter, a line end, END_OF_INPUT or
 * READ_ERROR) without consuming it. Returns READ_ERROR on an unterminated quote too, after
 * recording the problem and marking the reader finished. */
static int
read_field (BlocCsvReader *r, BlocCsvField *field)
{
    int c = peek (r);

    if (c != '"') {
        for (;; c = peek (r)) {
            if (c < 0 || c == r->delimiter || is_line_end (c))
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
    if (r->fields->len == 0)
        r->first_quoted = TRUE;
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
    for (c = peek (r); c >= 0 && c != r->delimiter && !is_line_end (c); c = peek (r)) {
        record_problem (r, r->line, r->col,
                        "text after a closing quote (expected %s or the end of the line)",
                        bloc_csv_delimiter_name (r->delimiter));
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
        bloc_text_set_error_at (error, r->name, r->line, r->col,
                                "the compressed data ends early (expected a complete gzip file)");
    else if (g_error_matches (r->read_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA))
        bloc_text_set_error_at (error, r->name, r->line, r->col,
                                "corrupt compressed data: %s (expected a valid gzip file)",
                                r->read_error->message);
    else
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: cannot read: %s", r->name,
                     r->read_error->message);
}

const char *
bloc_csv_wide_encoding (const guchar *data, gsize len)
{
    if (len >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0)
        return "UTF-32 (little-endian)";
    if (len >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF)
        return "UTF-32 (big-endian)";
    if (len >= 2 && data[0] == 0xFF && data[1] == 0xFE)
        return "UTF-16 (little-endian)";
    if (len >= 2 && data[0] == 0xFE && data[1] == 0xFF)
        return "UTF-16 (big-endian)";
    if (len >= 4 && data[0] >= 0x20 && data[0] < 0x7F && data[1] == 0 && data[2] >= 0x20 &&
        data[2] < 0x7F && data[3] == 0)
        return "UTF-16 (little-endian, without a byte-order mark)";
    if (len >= 4 && data[0] == 0 && data[1] >= 0x20 && data[1] < 0x7F && data[2] == 0 &&
        data[3] >= 0x20 && data[3] < 0x7F)
        return "UTF-16 (big-endian, without a byte-order mark)";
    return NULL;
}

/* A first line that is one unquoted field holding ';' or tabs, with the delimiter ',', is a file
 * separated by something else: say so rather than report a missing column later. */
static void
check_first_line (BlocCsvReader *r)
{
    if (r->delimiter != ',' || r->fields->len != 1 || r->first_quoted)
        return;
    const BlocCsvField *f = &g_array_index (r->fields, BlocCsvField, 0);
    const char *text = r->text->str; /* the only field, not yet pointed at */
    guint semicolons = 0, tabs = 0;
    for (const char *p = text; *p; p++) {
        semicolons += *p == ';';
        tabs += *p == '\t';
    }
    if (semicolons == 0 && tabs == 0)
        return;
    char other = semicolons >= tabs ? ';' : '\t';
    const char *at = strchr (text, other);
    record_problem (r, f->line, f->col + (guint)g_utf8_strlen (text, at - text),
                    "%s but no ',' in the first line: the file looks %s-separated (expected "
                    "fields separated by ',')",
                    bloc_csv_delimiter_name (other), other == ';' ? "';'" : "tab");
}

gboolean
bloc_csv_reader_next (BlocCsvReader *r, const BlocCsvRecord **out, GError **error)
{
    int c;

    *out = NULL;
    if (r->finished)
        return TRUE;
    g_clear_error (&r->record_error);

    /* The byte-order mark, at the very start, and text in another encoding than UTF-8. */
    if (r->offset == 0 && peek (r) >= 0) {
        if (r->buffer_len - r->buffer_pos >= 3 && r->buffer[r->buffer_pos] == 0xEF &&
            r->buffer[r->buffer_pos + 1] == 0xBB && r->buffer[r->buffer_pos + 2] == 0xBF) {
            r->buffer_pos += 3;
            r->offset += 3;
        } else {
            const char *encoding =
                bloc_csv_wide_encoding (r->buffer + r->buffer_pos, r->buffer_len - r->buffer_pos);
            if (encoding != NULL) {
                r->finished = TRUE;
                return bloc_text_set_error_at (error, r->name, 1, 1,
                                               "%s text (expected text encoded as UTF-8; convert "
                                               "the file to UTF-8)",
                                               encoding);
            }
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

    r->first_quoted = FALSE;
    for (;;) {
        BlocCsvField field = { NULL, r->text->len, r->line, r->col };
        c = read_field (r, &field);
        if (r->fields->len < BLOC_CSV_MAX_FIELDS) {
            field.len = r->text->len - field.len; /* now the length; the offset comes below */
            g_string_append_c (r->text, '\0');
            g_array_append_val (r->fields, field);
        } else {
            /* Past the limit, the fields are read and dropped, so that memory stays bounded. */
            record_problem (r, field.line, field.col,
                            "more than %d fields in a record (expected at most %d)",
                            BLOC_CSV_MAX_FIELDS, BLOC_CSV_MAX_FIELDS);
            g_string_truncate (r->text, field.len);
        }
        if (c == r->delimiter) {
            advance (r, c);
            continue;
        }
        r->record.end_line = r->line;
        r->record.end_col = r->col;
        if (is_line_end (c))
            skip_line_end (r, c);
        break;
    }
    if (r->records++ == 0)
        check_first_line (r);
    if (r->utf8_need > 0 && (c == END_OF_INPUT || c == READ_ERROR)) {
        invalid_utf8 (r, TRUE, " at the end of the file");
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

char
bloc_csv_guess_delimiter (const guchar *data, gsize len)
{
    guint commas = 0, semicolons = 0, tabs = 0;
    gboolean quoted = FALSE;

    if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        data += 3, len -= 3;
    for (gsize i = 0; i < len; i++) {
        guchar c = data[i];
        if (c == '"')
            quoted = !quoted; /* a doubled quote toggles twice */
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else
            commas += c == ',', semicolons += c == ';', tabs += c == '\t';
    }
    if (commas >= semicolons && commas >= tabs)
        return ',';
    return semicolons >= tabs ? ';' : '\t';
}

struct BlocCsvHeader {
    GArray *fields;      /* BlocCsvField, text in @names */
    GStringChunk *names; /* the names, and with BLOC_CSV_HEADER_FOLD_CASE their folded keys */
    GHashTable *index;   /* name or key -> column + 1, the first column with it */
    GArray *repeats;     /* BlocCsvRepeat */
    BlocCsvHeaderFlags flags;
};

/* The key of @name in the index; in @h's string chunk when it differs from @name. */
static const char *
header_key (const BlocCsvHeader *h, const char *name, char **to_free)
{
    *to_free = NULL;
    if (!(h->flags & BLOC_CSV_HEADER_FOLD_CASE))
        return name;
    *to_free = g_ascii_strdown (name, -1);
    return *to_free;
}

BlocCsvHeader *
bloc_csv_header_new (const BlocCsvRecord *record, BlocCsvHeaderFlags flags)
{
    BlocCsvHeader *h = g_new0 (BlocCsvHeader, 1);

    h->flags = flags;
    h->fields = g_array_sized_new (FALSE, FALSE, sizeof (BlocCsvField), record->n_fields);
    h->names = g_string_chunk_new (4096);
    h->index = g_hash_table_new (g_str_hash, g_str_equal);
    h->repeats = g_array_new (FALSE, FALSE, sizeof (BlocCsvRepeat));
    for (guint i = 0; i < record->n_fields; i++) {
        BlocCsvField f = record->fields[i];
        const char *start = f.text;
        gsize len = f.len;
        if (flags & BLOC_CSV_HEADER_TRIM) {
            while (len > 0 && g_ascii_isspace (*start))
                start++, len--;
            while (len > 0 && g_ascii_isspace (start[len - 1]))
                len--;
        }
        f.text = g_string_chunk_insert_len (h->names, start, (gssize)len);
        f.len = len;
        g_array_append_val (h->fields, f);

        g_autofree char *folded = NULL;
        const char *key = header_key (h, f.text, &folded);
        gpointer first;
        if (g_hash_table_lookup_extended (h->index, key, NULL, &first)) {
            BlocCsvRepeat repeat = { i, GPOINTER_TO_UINT (first) - 1 };
            g_array_append_val (h->repeats, repeat);
        } else {
            if (folded != NULL)
                key = g_string_chunk_insert (h->names, folded);
            g_hash_table_insert (h->index, (gpointer)key, GUINT_TO_POINTER (i + 1));
        }
    }
    return h;
}

void
bloc_csv_header_free (BlocCsvHeader *h)
{
    if (h == NULL)
        return;
    g_array_unref (h->fields);
    g_string_chunk_free (h->names);
    g_hash_table_unref (h->index);
    g_array_unref (h->repeats);
    g_free (h);
}

guint
bloc_csv_header_n_columns (const BlocCsvHeader *h)
{
    return h->fields->len;
}

const BlocCsvField *
bloc_csv_header_field (const BlocCsvHeader *h, guint column)
{
    g_return_val_if_fail (column < h->fields->len, NULL);
    return &g_array_index (h->fields, BlocCsvField, column);
}

int
bloc_csv_header_find (const BlocCsvHeader *h, const char *name)
{
    g_autofree char *folded = NULL;
    const char *key = header_key (h, name, &folded);
    return (int)GPOINTER_TO_UINT (g_hash_table_lookup (h->index, key)) - 1;
}

const GArray *
bloc_csv_header_repeats (const BlocCsvHeader *h)
{
    return h->repeats;
}

char *
bloc_csv_header_list (const BlocCsvHeader *h)
{
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < h->fields->len; i++) {
        if (i > 0)
            g_string_append (s, ", ");
        g_string_append (s, g_array_index (h->fields, BlocCsvField, i).text);
    }
    return g_string_free (s, FALSE);
}
