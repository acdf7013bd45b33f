/* bloc-output.h: tables in four formats, numbers that ignore the locale, and atomic writes.
 *
 * A BlocTable holds typed cells (text, integer, real, list of ids, or null) so that one table
 * prints as an aligned plain table, RFC 4180 CSV, a Markdown table, or a JSON array of objects.
 * Ownership: the table copies every string it is given; bloc_table_free() releases it all.
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "bloc-enum.h"
#include "bloc-error.h"

G_BEGIN_DECLS

typedef enum {
    BLOC_FORMAT_TABLE,
    BLOC_FORMAT_CSV,
    BLOC_FORMAT_JSON,
    BLOC_FORMAT_MARKDOWN,
} BlocFormat;

/* The table formats, with their names. Static. */
const BlocEnum *bloc_format_enum (void);
/* Parses a format name; a BLOC_ERROR_USAGE error names the valid ones. */
gboolean bloc_format_parse (BlocFormat *out, const char *text, GError **error);

/* A table of typed cells. Opaque. */
typedef struct BlocTable BlocTable;

/* Creates a table with the given column names (NULL-terminated, copied). Returns a new table
 * (transfer full): free it with bloc_table_free(). */
BlocTable *bloc_table_new (const char *const *columns);
/* Frees @table and every cell. NULL-safe. */
void bloc_table_free (BlocTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocTable, bloc_table_free)

/* Starts a new row; the cells that follow fill it from the left. */
void bloc_table_add_row (BlocTable *table);
/* Adds a text cell (the text is copied; NULL gives a null cell). */
void bloc_table_add_text (BlocTable *table, const char *text);
/* Adds an integer cell. */
void bloc_table_add_int (BlocTable *table, gint64 value);
/* A NaN prints as null (JSON), empty (CSV) or "-" (table, Markdown). */
void bloc_table_add_real (BlocTable *table, double value);
/* Adds a null cell. */
void bloc_table_add_null (BlocTable *table);
/* Adds a list of @n strings (copied): a JSON array, or the items joined with ';' in CSV and
 * ", " (or its language's separator, see bloc_table_set_language()) in tables and Markdown. */
void bloc_table_add_list (BlocTable *table, const char *const *items, guint n);

/* The number of rows added. */
guint bloc_table_n_rows (const BlocTable *table);

/* Sets a one-line caption that says what the table answers (the question, the data, the year,
 * the scenario). Table output prints it on the line before the table, Markdown as a "Table:"
 * paragraph (Pandoc's caption); CSV and JSON stay plain data and leave it out. The text is
 * copied; NULL removes the caption. */
void bloc_table_set_caption (BlocTable *table, const char *caption);
/* The caption (owned by the table), or NULL. */
const char *bloc_table_get_caption (const BlocTable *table);

/* Sets the language of the table's own words in table and Markdown output: what separates the
 * items of a list (", " in English), "and N more" after a list cut to fit and "N items", in
 * @lang as bloc-i18n.h takes it (NULL or "en": English, the default; copied). The headings and
 * cells are the caller's: CSV and JSON print them as they are. */
void bloc_table_set_language (BlocTable *table, const char *lang);

/* Adds a column @name after the others with the text @value (copied) in every row, such as the
 * scenario of a what-if in CSV and JSON output. */
void bloc_table_add_constant_column (BlocTable *table, const char *name, const char *value);

/* Appends the table in @format to @out. A JSON table is an array of objects, one per row. In
 * table and Markdown output, a column whose real numbers are all integers, and not all 0 or 1,
 * prints them as integers ("21", not "21.000"); otherwise reals have 3 decimals for people, and
 * up to 10 significant digits for machines (CSV, JSON). */
void bloc_table_format (const BlocTable *table, BlocFormat format, GString *out);

/* As bloc_table_format(), but a plain table (BLOC_FORMAT_TABLE) is fitted into @width terminal
 * columns; @width 0 fits nothing, as for a pipe or a file, where scripts need every character.
 * Numbers are never cut. When the natural layout is wider than @width, the columns shrink in
 * three stages until it fits, all the columns of a stage to one cap (the widest first):
 * 1. columns of text with spaces, to 12 characters, are wrapped at spaces inside their column
 *    (up to BLOC_FIT_MAX_LINES lines, the last ending with "…"; a word longer than its column
 *    is shortened with "…"), and lists, to 20, are cut to the items that fit, then "and N more";
 * 2. if that is not enough, the same columns go down to 8;
 * 3. then columns of single words (ids, kinds, dates) are shortened with "…", down to 10.
 * No column becomes narrower than its heading. A table that does not fit even so is printed at
 * those smallest widths. The caption is wrapped at spaces to @width. */
void bloc_table_format_fit (const BlocTable *table, BlocFormat format, guint width, GString *out);

/* The most lines a wrapped cell takes in a fitted table. */
#define BLOC_FIT_MAX_LINES 4
/* The table as a JSON array node (transfer full: json_node_unref()), to embed in a larger
 * document. */
JsonNode *bloc_table_to_json (const BlocTable *table);

/* A number for people: fixed 3 decimals, '.' whatever the locale. Writes into @buf and returns
 * it. */
const char *bloc_format_real (char buf[G_ASCII_DTOSTR_BUF_SIZE], double value);
/* A number for machines: at most 10 significant digits, '.' whatever the locale. Writes into
 * @buf and returns it. */
const char *bloc_format_real_exact (char buf[G_ASCII_DTOSTR_BUF_SIZE], double value);
/* Rounds to 10 significant digits, so that JSON output is stable across libm versions. */
double bloc_round_real (double value);

/* Appends @text to @out quoted for CSV when it needs to be (RFC 4180), and otherwise as it is:
 * for data files that bloc or a script reads back. */
void bloc_csv_append (GString *out, const char *text);

/* TRUE when a spreadsheet would take text cell @text for a formula: it begins with '=', '+',
 * '-', '@', a tab or a carriage return (the OWASP list), and is not a number such as -2 or
 * +0.5 (bloc_text_is_number()). */
gboolean bloc_csv_is_formula (const char *text);

/* Appends text cell @text to CSV meant for people and their spreadsheets: a formula (see
 * bloc_csv_is_formula()) gets a leading apostrophe, which spreadsheets show as text and do not
 * run; so does text that begins with apostrophes and then '=', '+', '-', '@', a tab or a
 * carriage return ("'=x" is written "''=x"), so that bloc_csv_unmark() gives every text back
 * exactly. Then quoted as bloc_csv_append() does. Every --format csv output writes its text
 * cells (names, ids, notes, sources, lists) with this function; numbers with
 * bloc_csv_append(). */
void bloc_csv_append_safe (GString *out, const char *text);
/* The text that bloc_csv_append_safe() wrote as the (unquoted) cell @cell: @cell without its
 * first character when it begins with apostrophes and then '=', '+', '-', '@', a tab or a
 * carriage return ("'=x" gives "=x", "''-2" gives "'-2"), else @cell itself ("-2", "'x").
 * Returns a pointer into @cell (transfer none). */
const char *bloc_csv_unmark (const char *cell);
/* Appends @text with Markdown table syntax escaped. */
void bloc_markdown_append (GString *out, const char *text);
/* The number of terminal columns @text takes: wide East Asian characters count 2, combining
 * marks 0. */
gsize bloc_display_width (const char *text);

/* @text shortened to at most @width terminal columns (see bloc_display_width()), ending with "…"
 * when it was cut; bidirectional embeddings and isolates cut open are closed again. Caller
 * frees. */
char *bloc_display_shorten (const char *text, gsize width);
/* @text wrapped at spaces into lines of at most @width terminal columns; a word longer than a
 * line is shortened with "…". NULL-terminated, at least one line; caller frees with
 * g_strfreev(). */
char **bloc_display_wrap (const char *text, gsize width);
/* The items of @items (NULL-terminated) joined with ", ", as many as fit into @width terminal
 * columns, then " and N more" for the others ("N items" when not even one fits, shortened
 * with "…" if need be). Caller frees. */
char *bloc_display_list (const char *const *items, gsize width);

/* Serialises @root as pretty JSON with a final newline, appended to @out. */
void bloc_json_append (GString *out, JsonNode *root);

/* Writes @data to @path atomically: into a hidden temporary file beside it (".NAME.XXXXXX"),
 * synced, then renamed over @path, so that a reader, or a kill at any moment, sees the old file
 * whole or the new one whole; a kill leaves at most the hidden file. A file replaced keeps its
 * mode; a link is followed, and the file it names replaced. Refused with BLOC_ERROR_IO: a
 * read-only file (no write bit in its mode, whoever runs bloc, as cp does without -f), a
 * folder, a link to nothing. A device or a named pipe (/dev/null) is written to directly. With
 * @path NULL or "-", writes to stdout; an empty @path is a BLOC_ERROR_USAGE error. Messages name
 * @path, never the temporary file. */
gboolean bloc_output_write (const char *path, const char *data, gsize len, GError **error);

/* Puts the complete folder @new_dir in the place of @path, so that @path names the old folder
 * or the new one at every moment, even if the process is killed. @new_dir must be beside @path
 * (in the same folder, hence the same file system).
 * - When @path does not exist, @new_dir is renamed to it, and @out_old is set to NULL.
 * - When @path is a folder, the two are exchanged in one step (renameat2() with
 *   RENAME_EXCHANGE), and @out_old is set to @new_dir, which now holds the old folder.
 * - Where the file system cannot exchange (EINVAL, ENOSYS, ENOTSUP), in two steps: @path is
 *   renamed aside to a hidden ".NAME.old-XXXXXX" beside it, then @new_dir to @path, and @out_old
 *   is set to the hidden name. A kill between the two renames leaves no folder at @path and the
 *   old one under the hidden name; a failure of the second rename puts it back.
 * The caller removes the old folder at *@out_old (transfer full: g_free() the name). On failure,
 * returns FALSE with a BLOC_ERROR_IO error naming @path, and leaves both folders where they
 * were. */
gboolean bloc_output_replace_dir (char **out_old, const char *new_dir, const char *path,
                                  GError **error);

G_END_DECLS
