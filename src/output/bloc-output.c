/* bloc-output.c: table formatting and atomic output. */
/* renameat2() and RENAME_EXCHANGE are Linux's. */
#define _GNU_SOURCE
#include "bloc-output-private.h"

#include "bloc-model.h"
#include "bloc-text.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const BlocEnumName format_names[] = {
    { BLOC_FORMAT_TABLE, "table", NULL },
    { BLOC_FORMAT_CSV, "csv", NULL },
    { BLOC_FORMAT_JSON, "json", NULL },
    { BLOC_FORMAT_MARKDOWN, "markdown", NULL },
    { 0, NULL, NULL },
};
static const BlocEnum format_enum = { "format", format_names };

const BlocEnum *
bloc_format_enum (void)
{
    return &format_enum;
}

gboolean
bloc_format_parse (BlocFormat *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &format_enum, text, error))
        return FALSE;
    *out = (BlocFormat)value;
    return TRUE;
}

typedef enum { CELL_NULL, CELL_TEXT, CELL_INT, CELL_REAL, CELL_LIST } CellType;

typedef struct {
    CellType type;
    union {
        char *text;
        gint64 i;
        double r;
        char **list;
    };
} Cell;

struct BlocTable {
    GPtrArray *columns; /* char * */
    GArray *cells;      /* Cell, row-major */
    guint n_rows;
    char *caption; /* or NULL */
    char *lang;    /* the language of bloc's words in people's output, or NULL for English */
};

static void
cell_clear (gpointer data)
{
    Cell *c = data;
    if (c->type == CELL_TEXT)
        g_free (c->text);
    else if (c->type == CELL_LIST)
        g_strfreev (c->list);
}

BlocTable *
bloc_table_new (const char *const *columns)
{
    BlocTable *t = g_new0 (BlocTable, 1);

    t->columns = g_ptr_array_new_with_free_func (g_free);
    for (int i = 0; columns[i] != NULL; i++)
        g_ptr_array_add (t->columns, g_strdup (columns[i]));
    t->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
    g_array_set_clear_func (t->cells, cell_clear);
    return t;
}

void
bloc_table_free (BlocTable *t)
{
    if (t == NULL)
        return;
    g_ptr_array_unref (t->columns);
    g_array_unref (t->cells);
    g_free (t->caption);
    g_free (t->lang);
    g_free (t);
}

void
bloc_table_add_row (BlocTable *t)
{
    /* Pad the previous row with nulls. */
    g_array_set_size (t->cells, t->n_rows * t->columns->len);
    t->n_rows++;
}

static void
add_cell (BlocTable *t, Cell c)
{
    g_return_if_fail (t->n_rows > 0 && t->cells->len < t->n_rows * t->columns->len);
    g_array_append_val (t->cells, c);
}

void
bloc_table_add_text (BlocTable *t, const char *text)
{
    add_cell (t, text ? (Cell){ .type = CELL_TEXT, .text = g_strdup (text) } : (Cell){ CELL_NULL });
}

void
bloc_table_add_int (BlocTable *t, gint64 value)
{
    add_cell (t, (Cell){ .type = CELL_INT, .i = value });
}

void
bloc_table_add_real (BlocTable *t, double value)
{
    add_cell (t, isfinite (value) ? (Cell){ .type = CELL_REAL, .r = value } : (Cell){ CELL_NULL });
}

void
bloc_table_add_null (BlocTable *t)
{
    add_cell (t, (Cell){ CELL_NULL });
}

void
bloc_table_add_list (BlocTable *t, const char *const *items, guint n)
{
    char **list = g_new0 (char *, n + 1);
    for (guint i = 0; i < n; i++)
        list[i] = g_strdup (items[i]);
    add_cell (t, (Cell){ .type = CELL_LIST, .list = list });
}

guint
bloc_table_n_rows (const BlocTable *t)
{
    return t->n_rows;
}

void
bloc_table_set_caption (BlocTable *t, const char *caption)
{
    g_free (t->caption);
    t->caption = g_strdup (caption);
}

const char *
bloc_table_get_caption (const BlocTable *t)
{
    return t->caption;
}

void
bloc_table_set_language (BlocTable *t, const char *lang)
{
    g_free (t->lang);
    t->lang = g_strdup (lang);
}

const char *
bloc_table_language (const BlocTable *t)
{
    return t->lang;
}

void
bloc_table_add_constant_column (BlocTable *t, const char *name, const char *value)
{
    guint n_cols = t->columns->len;
    GArray *cells = g_array_sized_new (FALSE, TRUE, sizeof (Cell), t->n_rows * (n_cols + 1));

    g_array_set_clear_func (cells, cell_clear);
    /* Pad the last row, then move every cell into the wider rows. */
    g_array_set_size (t->cells, t->n_rows * n_cols);
    for (guint r = 0; r < t->n_rows; r++) {
        g_array_append_vals (cells, &g_array_index (t->cells, Cell, r * n_cols), n_cols);
        Cell extra = { .type = CELL_TEXT, .text = g_strdup (value) };
        g_array_append_val (cells, extra);
    }
    /* The cells moved: drop the old array without clearing them. */
    g_array_set_clear_func (t->cells, NULL);
    g_array_unref (t->cells);
    t->cells = cells;
    g_ptr_array_add (t->columns, g_strdup (name));
}

static const Cell *
cell_at (const BlocTable *t, guint row, guint col)
{
    static const Cell null_cell = { CELL_NULL };
    guint i = row * t->columns->len + col;
    return i < t->cells->len ? &g_array_index (t->cells, Cell, i) : &null_cell;
}

double
bloc_round_real (double value)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    if (!isfinite (value))
        return value;
    return g_ascii_strtod (g_ascii_formatd (buf, sizeof buf, "%.10g", value), NULL);
}

const char *
bloc_format_real (char buf[G_ASCII_DTOSTR_BUF_SIZE], double value)
{
    g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.3f", value);
    if (strcmp (buf, "-0.000") == 0)
        strcpy (buf, "0.000");
    return buf;
}

const char *
bloc_format_real_exact (char buf[G_ASCII_DTOSTR_BUF_SIZE], double value)
{
    g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.10g", value);
    if (strcmp (buf, "-0") == 0)
        strcpy (buf, "0");
    return buf;
}

/* The items of list @list as table and Markdown output show them: each name or id isolated
 * (bloc_text_isolate()), so that a right-to-left one or an override in it cannot reorder the
 * rest of the line. Text cells are shown the same way (cell_text()): the one place of that rule
 * for the plain, fitted and Markdown tables. Caller frees with g_strfreev(). */
static char **
shown_items (char *const *list)
{
    char **shown = g_new0 (char *, g_strv_length ((char **)list) + 1);
    for (guint i = 0; list[i] != NULL; i++)
        shown[i] = bloc_text_isolate (list[i]);
    return shown;
}

/* The text of a cell for CSV (@exact) or for table and Markdown output in @lang, where text is
 * isolated and lists are their shown_items() joined by the separator of @lang. */
static char *
cell_text (const Cell *c, gboolean exact, const char *lang)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];

    switch (c->type) {
    case CELL_NULL:
        return g_strdup (exact ? "" : "-");
    case CELL_TEXT:
        return exact ? g_strdup (c->text) : bloc_text_isolate (c->text);
    case CELL_INT:
        return g_strdup_printf ("%" G_GINT64_FORMAT, c->i);
    case CELL_REAL:
        return g_strdup (exact ? bloc_format_real_exact (buf, c->r) : bloc_format_real (buf, c->r));
    case CELL_LIST: {
        if (exact)
            return g_strjoinv (";", c->list);
        g_auto (GStrv) shown = shown_items (c->list);
        return g_strjoinv (bloc_table_list_separator (lang), shown);
    }
    }
    g_assert_not_reached ();
}

void
bloc_csv_append (GString *out, const char *text)
{
    if (strpbrk (text, ",\"\r\n") == NULL && !g_ascii_isspace (text[0]) &&
        (text[0] == '\0' || !g_ascii_isspace (text[strlen (text) - 1]))) {
        g_string_append (out, text);
        return;
    }
    g_string_append_c (out, '"');
    for (const char *p = text; *p; p++) {
        if (*p == '"')
            g_string_append_c (out, '"');
        g_string_append_c (out, *p);
    }
    g_string_append_c (out, '"');
}

gboolean
bloc_csv_is_formula (const char *text)
{
    return text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL && !bloc_text_is_number (text);
}

/* TRUE when @text begins with one apostrophe or more, then a character that begins a formula:
 * a cell that bloc_csv_append_safe() marked, or one that would look marked. */
static gboolean
begins_marked (const char *text)
{
    const char *p = text;

    while (*p == '\'')
        p++;
    return p > text && *p != '\0' && strchr ("=+-@\t\r", *p) != NULL;
}

void
bloc_csv_append_safe (GString *out, const char *text)
{
    /* Text that already looks marked gets one more apostrophe too, so that bloc_csv_unmark()
     * can take one off every cell that looks marked and give back every text exactly. */
    if (!bloc_csv_is_formula (text) && !begins_marked (text)) {
        bloc_csv_append (out, text);
        return;
    }
    g_autofree char *marked = g_strconcat ("'", text, NULL);
    bloc_csv_append (out, marked);
}

const char *
bloc_csv_unmark (const char *cell)
{
    return begins_marked (cell) ? cell + 1 : cell;
}

void
bloc_markdown_append (GString *out, const char *text)
{
    for (const char *p = text; *p; p++) {
        switch (*p) {
        case '|':
        case '\\':
        case '`':
        case '*':
        case '_':
        case '<':
        case '>':
        case '[':
        case ']':
            g_string_append_c (out, '\\');
            g_string_append_c (out, *p);
            break;
        case '&':
            g_string_append (out, "&amp;");
            break;
        case '\r':
            break;
        case '\n':
        case '\t':
            g_string_append_c (out, ' ');
            break;
        default:
            g_string_append_c (out, *p);
        }
    }
}

static gboolean
is_number (const Cell *c)
{
    return c->type == CELL_INT || c->type == CELL_REAL;
}

/* A column is numeric when it has numbers and nothing else but nulls. */
static gboolean
column_is_numeric (const BlocTable *t, guint col)
{
    gboolean any = FALSE;
    for (guint r = 0; r < t->n_rows; r++) {
        const Cell *cell = cell_at (t, r, col);
        if (is_number (cell))
            any = TRUE;
        else if (cell->type != CELL_NULL)
            return FALSE;
    }
    return any;
}

guint
bloc_table_n_columns (const BlocTable *t)
{
    return t->columns->len;
}

const char *
bloc_table_column (const BlocTable *t, guint col)
{
    return g_ptr_array_index (t->columns, col);
}

BlocCellKind
bloc_table_cell_kind (const BlocTable *t, guint row, guint col)
{
    switch (cell_at (t, row, col)->type) {
    case CELL_NULL:
        return BLOC_CELL_NULL;
    case CELL_TEXT:
        return BLOC_CELL_TEXT;
    case CELL_INT:
    case CELL_REAL:
        return BLOC_CELL_NUMBER;
    case CELL_LIST:
        return BLOC_CELL_LIST;
    }
    g_assert_not_reached ();
}

char **
bloc_table_cell_items (const BlocTable *t, guint row, guint col)
{
    const Cell *cell = cell_at (t, row, col);
    return cell->type == CELL_LIST ? shown_items (cell->list) : NULL;
}

gboolean
bloc_table_column_is_numeric (const BlocTable *t, guint col)
{
    return column_is_numeric (t, col);
}

gboolean
bloc_table_column_is_integral (const BlocTable *t, guint col)
{
    gboolean count = FALSE;
    for (guint r = 0; r < t->n_rows; r++) {
        const Cell *cell = cell_at (t, r, col);
        if (cell->type == CELL_REAL) {
            /* Beyond 2^53 a double is an integer whatever it measured: keep the decimals. */
            if (cell->r != floor (cell->r) || fabs (cell->r) >= 9007199254740992.0)
                return FALSE;
            count |= fabs (cell->r) >= 2;
        }
    }
    return count;
}

char *
bloc_table_cell_text (const BlocTable *t, guint row, guint col, gboolean integral)
{
    const Cell *cell = cell_at (t, row, col);
    if (integral && cell->type == CELL_REAL) {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        g_ascii_formatd (buf, sizeof buf, "%.0f", cell->r);
        return g_strdup (strcmp (buf, "-0") == 0 ? "0" : buf);
    }
    return cell_text (cell, FALSE, t->lang);
}

static void
format_csv (const BlocTable *t, GString *out)
{
    for (guint c = 0; c < t->columns->len; c++) {
        if (c > 0)
            g_string_append_c (out, ',');
        bloc_csv_append (out, g_ptr_array_index (t->columns, c));
    }
    g_string_append (out, "\r\n");
    for (guint r = 0; r < t->n_rows; r++) {
        for (guint c = 0; c < t->columns->len; c++) {
            const Cell *cell = cell_at (t, r, c);
            g_autofree char *text = cell_text (cell, TRUE, NULL);
            if (c > 0)
                g_string_append_c (out, ',');
            /* Text and lists may hold what a spreadsheet would run; numbers may not. */
            if (cell->type == CELL_TEXT || cell->type == CELL_LIST)
                bloc_csv_append_safe (out, text);
            else
                bloc_csv_append (out, text);
        }
        g_string_append (out, "\r\n");
    }
}

static void
format_markdown (const BlocTable *t, GString *out)
{
    if (t->caption != NULL) {
        /* Pandoc reads a "Table:" paragraph next to a table as its caption. */
        g_string_append (out, "Table: ");
        bloc_markdown_append (out, t->caption);
        g_string_append (out, "\n\n");
    }
    g_string_append (out, "|");
    for (guint c = 0; c < t->columns->len; c++) {
        g_string_append_c (out, ' ');
        bloc_markdown_append (out, g_ptr_array_index (t->columns, c));
        g_string_append (out, " |");
    }
    g_string_append (out, "\n|");
    for (guint c = 0; c < t->columns->len; c++)
        g_string_append (out, column_is_numeric (t, c) ? " ---: |" : " --- |");
    g_string_append_c (out, '\n');
    g_autofree gboolean *integral = g_new (gboolean, t->columns->len);
    for (guint c = 0; c < t->columns->len; c++)
        integral[c] = bloc_table_column_is_integral (t, c);
    for (guint r = 0; r < t->n_rows; r++) {
        g_string_append (out, "|");
        for (guint c = 0; c < t->columns->len; c++) {
            g_autofree char *text = bloc_table_cell_text (t, r, c, integral[c]);
            g_string_append_c (out, ' ');
            bloc_markdown_append (out, text);
            g_string_append (out, " |");
        }
        g_string_append_c (out, '\n');
    }
}

JsonNode *
bloc_table_to_json (const BlocTable *t)
{
    g_autoptr (JsonBuilder) b = json_builder_new ();

    json_builder_begin_array (b);
    for (guint r = 0; r < t->n_rows; r++) {
        json_builder_begin_object (b);
        for (guint c = 0; c < t->columns->len; c++) {
            const Cell *cell = cell_at (t, r, c);
            json_builder_set_member_name (b, g_ptr_array_index (t->columns, c));
            switch (cell->type) {
            case CELL_NULL:
                json_builder_add_null_value (b);
                break;
            case CELL_TEXT:
                json_builder_add_string_value (b, cell->text);
                break;
            case CELL_INT:
                json_builder_add_int_value (b, cell->i);
                break;
            case CELL_REAL:
                json_builder_add_double_value (b, bloc_round_real (cell->r));
                break;
            case CELL_LIST:
                json_builder_begin_array (b);
                for (char **p = cell->list; *p; p++)
                    json_builder_add_string_value (b, *p);
                json_builder_end_array (b);
                break;
            }
        }
        json_builder_end_object (b);
    }
    json_builder_end_array (b);
    return json_builder_get_root (b);
}

/* Appends the JSON @text with every real number rewritten to at most 10 significant digits.
 * json-glib prints doubles with 17 digits, so 0.4 would come out as 0.40000000000000002. The
 * pass skips strings (minding escapes) and touches only number tokens with a '.' or exponent. */
static void
append_json_with_short_reals (GString *out, const char *text)
{
    const char *p = text;

    while (*p) {
        if (*p == '"') {
            const char *start = p++;
            while (*p && *p != '"')
                p += (*p == '\\' && p[1]) ? 2 : 1;
            if (*p == '"')
                p++;
            g_string_append_len (out, start, p - start);
        } else if (*p == '-' || g_ascii_isdigit (*p)) {
            const char *start = p;
            gboolean real = FALSE;
            while (*p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E' ||
                   g_ascii_isdigit (*p)) {
                real |= (*p == '.' || *p == 'e' || *p == 'E');
                p++;
            }
            if (real) {
                char buf[G_ASCII_DTOSTR_BUF_SIZE];
                g_autofree char *token = g_strndup (start, p - start);
                g_string_append (out, bloc_format_real_exact (buf, g_ascii_strtod (token, NULL)));
            } else {
                g_string_append_len (out, start, p - start);
            }
        } else {
            g_string_append_c (out, *p++);
        }
    }
}

void
bloc_json_append (GString *out, JsonNode *root)
{
    g_autoptr (JsonGenerator) gen = json_generator_new ();
    json_generator_set_pretty (gen, TRUE);
    json_generator_set_indent (gen, 2);
    json_generator_set_root (gen, root);
    g_autofree char *text = json_generator_to_data (gen, NULL);
    append_json_with_short_reals (out, text);
    g_string_append_c (out, '\n');
}

void
bloc_table_format (const BlocTable *t, BlocFormat format, GString *out)
{
    bloc_table_format_fit (t, format, 0, out);
}

void
bloc_table_format_fit (const BlocTable *t, BlocFormat format, guint width, GString *out)
{
    switch (format) {
    case BLOC_FORMAT_TABLE:
        bloc_table_format_plain (t, width, out);
        break;
    case BLOC_FORMAT_CSV:
        format_csv (t, out);
        break;
    case BLOC_FORMAT_MARKDOWN:
        format_markdown (t, out);
        break;
    case BLOC_FORMAT_JSON: {
        g_autoptr (JsonNode) root = bloc_table_to_json (t);
        bloc_json_append (out, root);
        break;
    }
    }
}

/* Sets a BLOC_ERROR_IO error "cannot write PATH: WHY" and returns FALSE. */
static gboolean
write_error (GError **error, const char *path, const char *why)
{
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "cannot write %s: %s", path, why);
    return FALSE;
}

/* The same with the reason for errno @saved: a missing folder said in words. */
static gboolean
write_errno (GError **error, const char *path, int saved)
{
    return write_error (error, path,
                        saved == ENOENT ? "its folder does not exist" : g_strerror (saved));
}

/* Writes all of @data to @fd. Returns 0, or the errno of the failure. */
static int
write_all (int fd, const char *data, gsize len)
{
    while (len > 0) {
        ssize_t n = write (fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno;
        data += n;
        len -= (gsize)n;
    }
    return 0;
}

/* TRUE when the mode of a file lets it be replaced. Root may write to anything, so access()
 * says yes to a file of mode 0444; the write bits say what its owner meant. */
static gboolean
replaceable (const char *path, const struct stat *st)
{
    if ((st->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        return FALSE;
    return geteuid () == 0 || access (path, W_OK) == 0;
}

gboolean
bloc_output_write (const char *path, const char *data, gsize len, GError **error)
{
    if (path == NULL || strcmp (path, "-") == 0) {
        if (fwrite (data, 1, len, stdout) != len || fflush (stdout) != 0) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "cannot write to standard output: %s",
                         g_strerror (errno));
            return FALSE;
        }
        return TRUE;
    }
    if (*path == '\0') {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "empty output file name (expected a file name, or - for standard output)");
        return FALSE;
    }

    /* What is there now: nothing, a file to replace (through a link), or something else. */
    g_autofree char *target = g_strdup (path);
    struct stat st;
    gboolean exists = g_stat (path, &st) == 0;
    if (!exists && errno != ENOENT)
        return write_errno (error, path, errno);
    if (!exists && g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        return write_error (error, path, "a link to a file that does not exist (expected a file)");
    if (exists && S_ISDIR (st.st_mode))
        return write_error (error, path, "a folder (expected a file)");
    if (exists && !S_ISREG (st.st_mode)) {
        /* A device or a pipe (/dev/null, /dev/stdout): nothing to replace, write to it. */
        int fd = open (path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
        int saved = fd < 0 ? errno : write_all (fd, data, len);
        if (fd >= 0 && close (fd) != 0 && saved == 0)
            saved = errno;
        return saved == 0 || write_errno (error, path, saved);
    }
    if (exists && !replaceable (path, &st))
        return write_error (error, path,
                            "the file is read-only (expected a file bloc may replace: make it "
                            "writable or remove it first)");
    if (exists && g_file_test (path, G_FILE_TEST_IS_SYMLINK)) {
        /* Replace the file the link names, and keep the link. */
        char *resolved = realpath (path, NULL);
        if (resolved == NULL)
            return write_errno (error, path, errno);
        g_free (target);
        target = g_strdup (resolved);
        free (resolved);
    }

    /* Hidden, beside the target: the rename stays within one file system, and a file left by a
     * kill does not show in a listing. */
    g_autofree char *dir = g_path_get_dirname (target);
    g_autofree char *base = g_path_get_basename (target);
    g_autofree char *temp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
    /* A new file gets 0666 less the umask, as open() gives it; a replaced one keeps its mode. */
    int fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0)
        return write_errno (error, path, errno);
    int saved = 0;
    if (exists && fchmod (fd, st.st_mode & 07777 & ~(mode_t)(S_ISUID | S_ISGID)) != 0)
        saved = errno;
    if (saved == 0)
        saved = write_all (fd, data, len);
    if (saved == 0 && fsync (fd) != 0)
        saved = errno;
    if (close (fd) != 0 && saved == 0)
        saved = errno;
    if (saved == 0 && rename (temp, target) != 0)
        saved = errno;
    if (saved != 0) {
        g_unlink (temp);
        return write_errno (error, path, saved);
    }
    return TRUE;
}

/* TRUE for the errors of renameat2() on a file system that cannot exchange. */
static gboolean
cannot_exchange (int saved)
{
    return saved == EINVAL || saved == ENOSYS || saved == ENOTSUP || saved == EOPNOTSUPP;
}

gboolean
bloc_output_replace_dir (char **out_old, const char *new_dir, const char *path, GError **error)
{
    struct stat st;

    *out_old = NULL;
    if (g_lstat (path, &st) != 0) {
        if (errno != ENOENT)
            return write_errno (error, path, errno);
        if (rename (new_dir, path) != 0)
            return write_errno (error, path, errno);
        return TRUE;
    }
    if (!S_ISDIR (st.st_mode))
        return write_error (error, path, "not a folder (expected a folder to replace)");

    if (renameat2 (AT_FDCWD, new_dir, AT_FDCWD, path, RENAME_EXCHANGE) == 0) {
        *out_old = g_strdup (new_dir);
        return TRUE;
    }
    if (!cannot_exchange (errno))
        return write_errno (error, path, errno);

    /* Two steps: the old folder aside under a free hidden name, then the new one in place. */
    g_autofree char *dir = g_path_get_dirname (path);
    g_autofree char *base = g_path_get_basename (path);
    g_autofree char *aside = g_strdup_printf ("%s/.%s.old-XXXXXX", dir, base);
    if (g_mkdtemp (aside) == NULL || g_rmdir (aside) != 0 || rename (path, aside) != 0)
        return write_errno (error, path, errno);
    if (rename (new_dir, path) != 0) {
        int saved = errno;
        rename (aside, path);
        return write_errno (error, path, saved);
    }
    *out_old = g_steal_pointer (&aside);
    return TRUE;
}
