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
 *
 * Text in another encoding is an error that names it: UTF-16 and UTF-32 (by their byte-order mark,
 * or by NUL bytes between ASCII letters) at 1:1, and a byte that Latin-1 or Windows-1252 would
 * write for one letter at its position, with the letter. A first line that is a single unquoted
 * field holding ';' or tabs is an error that says the file looks separated by them.
 *
 * Fields are separated by ',' unless bloc_csv_reader_set_delimiter() says otherwise.
 */
#pragma once

#include <gio/gio.h>

#include "bloc-error.h"

G_BEGIN_DECLS

#define BLOC_CSV_MAX_FIELD (64 * 1024)
#define BLOC_CSV_MAX_FILE  ((goffset)1 << 30)
/* Fields in one record. The reader holds one record: its text and 24 bytes per field, so this
 * bounds its memory whatever the input. */
#define BLOC_CSV_MAX_FIELDS (1 << 20)

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

/* Sets the byte between fields: ',' (the default), ';' or '\t'. Call it before the first read. */
void bloc_csv_reader_set_delimiter (BlocCsvReader *reader, char delimiter);
/* The byte between fields. */
char bloc_csv_reader_delimiter (const BlocCsvReader *reader);
/* "','", "';'" or "a tab", for messages. Static storage. */
const char *bloc_csv_delimiter_name (char delimiter);

/* Guesses the delimiter of a file from its first bytes @data (@len of them): the one of ',', ';'
 * and tab found most often outside quotes on the first line (',' when none is, or on a tie). */
char bloc_csv_guess_delimiter (const guchar *data, gsize len);

/* The name of the encoding of @data (its first @len bytes) when it is UTF-16 or UTF-32 text, by
 * its byte-order mark or, without one, by NUL bytes between ASCII characters; else NULL. Static
 * storage. */
const char *bloc_csv_wide_encoding (const guchar *data, gsize len);

/* What to say of invalid UTF-8 whose first byte is @byte, "@where" (like " at the end of the
 * file") after "invalid UTF-8". A @lone byte (not followed by a continuation byte) of 0x80 or more
 * is what Latin-1 or Windows-1252 writes for one letter: the text names them and the letter.
 * Caller frees. */
char *bloc_csv_invalid_utf8_text (guchar byte, gboolean lone, const char *where);

/* TRUE once the input is exhausted or an error left the rest unreadable. */
gboolean bloc_csv_reader_finished (const BlocCsvReader *reader);

/* Bytes consumed so far, for progress reports. */
goffset bloc_csv_reader_offset (const BlocCsvReader *reader);

/* The column names of a header record, indexed by name: building the index and each lookup take
 * constant time per column, so a header of a million columns is checked in linear time. */
typedef struct BlocCsvHeader BlocCsvHeader;

typedef enum {
    BLOC_CSV_HEADER_EXACT = 0,
    BLOC_CSV_HEADER_TRIM = 1 << 0,      /* names lose surrounding white space */
    BLOC_CSV_HEADER_FOLD_CASE = 1 << 1, /* names that differ only in ASCII case are the same */
} BlocCsvHeaderFlags;

/* A repeated column name: @column repeats the name first seen in @first (both from 0). */
typedef struct {
    guint column;
    guint first;
} BlocCsvRepeat;

/* Indexes the fields of @record, a header. The header copies what it needs; @record may change
 * afterwards. Free with bloc_csv_header_free(). */
BlocCsvHeader *bloc_csv_header_new (const BlocCsvRecord *record, BlocCsvHeaderFlags flags);
/* NULL-safe. */
void bloc_csv_header_free (BlocCsvHeader *header);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocCsvHeader, bloc_csv_header_free)

guint bloc_csv_header_n_columns (const BlocCsvHeader *header);
/* The name of @column (trimmed with BLOC_CSV_HEADER_TRIM) and where it is in the file. Owned by
 * the header (transfer none). */
const BlocCsvField *bloc_csv_header_field (const BlocCsvHeader *header, guint column);
/* The first column named @name (by the header's flags), or -1. */
int bloc_csv_header_find (const BlocCsvHeader *header, const char *name);
/* The columns whose name an earlier column already has, in the order they come: a GArray of
 * BlocCsvRepeat, owned by the header (transfer none). */
const GArray *bloc_csv_header_repeats (const BlocCsvHeader *header);
/* The column names as "a, b, c", for messages. Caller frees. */
char *bloc_csv_header_list (const BlocCsvHeader *header);

G_END_DECLS
