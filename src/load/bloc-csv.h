/* bloc-csv.h: a streaming RFC 4180 CSV reader with editor positions.
 *
 * The reader pulls bytes from a GInputStream, so it never holds more than one record. It accepts
 * quoted fields with doubled quotes, commas and line breaks inside quotes, a UTF-8 byte-order
 * mark, and LF, CRLF or CR-only line endings. Fields must be valid UTF-8 without NUL bytes.
 *
 * Positions are what an editor shows: physical lines counted from 1 (a line break inside a
 * quoted field starts a new line) and columns counted in characters from 1.
 *
 * Records with no bytes at all (empty lines) are skipped.
 */
#pragma once

#include <gio/gio.h>

#include "bloc-error.h"

G_BEGIN_DECLS

#define BLOC_CSV_MAX_FIELD (64 * 1024)
#define BLOC_CSV_MAX_FILE  ((goffset)1 << 30)

typedef struct {
    const char *text; /* NUL-terminated, valid UTF-8 */
    gsize len;
    guint line; /* where the field starts */
    guint col;
} BlocCsvField;

typedef struct {
    guint n_fields;
    const BlocCsvField *fields;
    guint line;     /* first line of the record */
    guint end_line; /* where the record ends, for "missing field" messages */
    guint end_col;
} BlocCsvRecord;

typedef struct BlocCsvReader BlocCsvReader;

/* Creates a reader of @in; @name (e.g. "graphs/x/ties.csv") prefixes every message. The reader
 * takes a reference on @in. Free with bloc_csv_reader_free(). */
BlocCsvReader *bloc_csv_reader_new (GInputStream *in, const char *name);
/* NULL-safe. */
void bloc_csv_reader_free (BlocCsvReader *reader);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocCsvReader, bloc_csv_reader_free)

/* Reads the next record into @out. @out stays valid until the next call.
 *
 * Returns TRUE with *out set to a record, or TRUE with *out NULL at the end of the input.
 * Returns FALSE with @error set (BLOC_ERROR_DATA, "name:line:col: what (expected what)") when
 * a record is malformed; the reader then stands after that record, and the caller may go on
 * reading, unless bloc_csv_reader_finished() says nothing more can be read. */
gboolean bloc_csv_reader_next (BlocCsvReader *reader, const BlocCsvRecord **out, GError **error);

/* Lets C1 control characters (U+0080 to U+009F) through in field @column (counted from 0) of
 * the records read from now on, for a source known to hold legacy bytes decoded with the wrong
 * code page there; the caller must repair them. Everywhere else they stay errors. */
void bloc_csv_reader_allow_c1 (BlocCsvReader *reader, guint column);

/* Sets the largest input the reader accepts, in bytes (default BLOC_CSV_MAX_FILE). */
void bloc_csv_reader_set_max_size (BlocCsvReader *reader, goffset bytes);

/* TRUE once the input is exhausted or an error left the rest unreadable. */
gboolean bloc_csv_reader_finished (const BlocCsvReader *reader);

/* Bytes consumed so far, for progress reports. */
goffset bloc_csv_reader_offset (const BlocCsvReader *reader);

G_END_DECLS
