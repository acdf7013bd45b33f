/* fuzz-csv.c: the streaming CSV reader (bloc-csv.h) on any bytes.
 *
 * Reads every record, going on after errors as the loader does. Besides crashes, leaks and
 * undefined behaviour, it checks what the header promises: fields are NUL-free valid UTF-8
 * without control characters (but tab and line breaks) or noncharacters, with positions from
 * 1:1 in reading order; every error is "name:line:col: what"; each call reads at least one byte,
 * so the reader always ends. C1 controls are let through in column (length mod 4). The size
 * limit, by the input's length mod 8: 0, half the length; 4, exactly the length, which the input
 * must not be refused for; 5, one byte less than the length. An input longer than its limit
 * never reads to a clean end: the reader stops with an error, at the limit or before.
 */
#include <string.h>

#include "bloc-csv.h"
#include "fuzz.h"

#define NAME "fuzz.csv"

/* Checks one field of a record read without error. */
static void
check_field (const BlocCsvField *f, guint column, guint c1_column)
{
    FUZZ_CHECK (f->text != NULL && strlen (f->text) == f->len, "field %u: length %zu, strlen %zu",
                column, (size_t)f->len, f->text ? strlen (f->text) : 0);
    FUZZ_CHECK (g_utf8_validate (f->text, (gssize)f->len, NULL), "field %u: invalid UTF-8", column);
    FUZZ_CHECK (f->line >= 1 && f->col >= 1, "field %u at %u:%u", column, f->line, f->col);
    for (const char *p = f->text; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        FUZZ_CHECK (!((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F),
                    "field %u: control character U+%04X let through", column, c);
        FUZZ_CHECK (!(c >= 0x80 && c <= 0x9F) || column == c1_column,
                    "field %u: C1 control U+%04X let through", column, c);
        FUZZ_CHECK (!((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE),
                    "field %u: noncharacter U+%04X let through", column, c);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
    g_autoptr (GInputStream) in = g_memory_input_stream_new_from_data (data, (gssize)size, NULL);
    g_autoptr (BlocCsvReader) reader = bloc_csv_reader_new (in, NAME);
    static const char *const prefixes[] = { NAME ":", NULL };
    guint c1_column = (guint)(size % 4), last_line = 0;
    goffset limit = BLOC_CSV_MAX_FILE;

    if (size > 0 && size % 8 == 0)
        limit = (goffset)(size / 2);
    else if (size % 8 == 4)
        limit = (goffset)size;
    else if (size % 8 == 5)
        limit = (goffset)size - 1;

    bloc_csv_reader_allow_c1 (reader, c1_column);
    if (limit != BLOC_CSV_MAX_FILE)
        bloc_csv_reader_set_max_size (reader, limit);

    /* Every record and every error takes at least one byte, and the end one more call. */
    for (gsize calls = 0;; calls++) {
        FUZZ_CHECK (calls <= size + 1, "%zu calls on %zu bytes: the reader does not advance",
                    (size_t)calls, (size_t)size);
        const BlocCsvRecord *record = NULL;
        g_autoptr (GError) error = NULL;
        if (!bloc_csv_reader_next (reader, &record, &error)) {
            FUZZ_CHECK (error != NULL && error->domain == BLOC_ERROR &&
                            error->code == BLOC_ERROR_DATA,
                        "failure without a data error");
            FUZZ_CHECK (fuzz_positioned (error->message, prefixes, NULL),
                        "error without a position: %s", error->message);
            /* After "fuzz.csv:line:col: ", which fuzz_positioned() checked. */
            const char *what = strchr (strchr (error->message + strlen (NAME ":"), ':') + 1, ':');
            FUZZ_CHECK (limit < (goffset)size || !g_str_has_prefix (what, ": file larger than"),
                        "a file of %zu bytes refused with a limit of %" G_GOFFSET_FORMAT ": %s",
                        (size_t)size, limit, error->message);
            if (bloc_csv_reader_finished (reader))
                break;
            continue;
        }
        FUZZ_CHECK (error == NULL, "success with an error set");
        if (record == NULL) {
            FUZZ_CHECK (bloc_csv_reader_finished (reader), "end without finished()");
            FUZZ_CHECK (limit >= (goffset)size,
                        "a file of %zu bytes read to its end with a limit of %" G_GOFFSET_FORMAT,
                        (size_t)size, limit);
            break;
        }
        FUZZ_CHECK (record->n_fields >= 1 && record->fields != NULL, "a record of no fields");
        FUZZ_CHECK (record->line > last_line, "record at line %u after line %u", record->line,
                    last_line);
        FUZZ_CHECK (record->end_line >= record->line, "record ends at line %u before line %u",
                    record->end_line, record->line);
        last_line = record->line;
        for (guint i = 0; i < record->n_fields; i++) {
            const BlocCsvField *f = &record->fields[i];
            check_field (f, i, c1_column);
            FUZZ_CHECK (f->line >= record->line && f->line <= record->end_line,
                        "field %u at line %u outside the record's lines %u-%u", i, f->line,
                        record->line, record->end_line);
            if (i > 0) {
                const BlocCsvField *prev = &record->fields[i - 1];
                FUZZ_CHECK (f->line > prev->line || (f->line == prev->line && f->col > prev->col),
                            "field %u at %u:%u not after field %u at %u:%u", i, f->line, f->col,
                            i - 1, prev->line, prev->col);
            }
        }
    }
    FUZZ_CHECK (bloc_csv_reader_offset (reader) <= (goffset)size,
                "read %" G_GOFFSET_FORMAT " bytes of %zu", bloc_csv_reader_offset (reader),
                (size_t)size);
    return 0;
}
