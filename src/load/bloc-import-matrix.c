/* bloc-import-matrix.c: an incidence matrix, rows × columns. */
#include <string.h>

#include "bloc-import-private.h"
#include "bloc-output.h"

typedef struct {
    const char *file;
    char *base;
    const BlocImportMatrixOptions *options;
    BlocImportReport *report;
    BlocImportProblems *problems;
    BlocRoleMap *map;
    BlocImportBuilder *builder;
    BlocKind row_kind;
    BlocKind column_kind;
    guint *column_entity;  /* builder index of each column; G_MAXUINT when unusable */
    GHashTable *row_lines; /* row id -> line + its first row */
    guint64 ties;
    guint64 empty;
    gboolean map_names_empty; /* the role map has an entry for "" */
    gboolean map_names_zero;  /* ... for "0" */
} Matrix;

static void
matrix_clear (Matrix *m)
{
    g_free (m->base);
    g_free (m->column_entity);
    g_clear_pointer (&m->row_lines, g_hash_table_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Matrix, matrix_clear)

/* The text of @f without surrounding white space: its start, and its length in *@len. */
static const char *
trimmed (const BlocCsvField *f, gsize *len)
{
    const char *start = f->text;
    gsize n = f->len;
    while (n > 0 && g_ascii_isspace (*start))
        start++, n--;
    while (n > 0 && g_ascii_isspace (start[n - 1]))
        n--;
    *len = n;
    return start;
}

/* The header: the column entities, after the corner cell, which names the rows or nothing. */
static void
read_header (Matrix *m, const BlocCsvRecord *r)
{
    BlocCsvRecord columns = *r;
    columns.fields = r->fields + 1;
    columns.n_fields = r->n_fields - 1;
    g_autoptr (BlocCsvHeader) h = bloc_csv_header_new (&columns, BLOC_CSV_HEADER_TRIM);

    m->column_entity = g_new (guint, r->n_fields);
    for (guint c = 0; c < r->n_fields; c++)
        m->column_entity[c] = G_MAXUINT;
    g_autofree gboolean *repeated = g_new0 (gboolean, r->n_fields);
    const GArray *repeats = bloc_csv_header_repeats (h);
    for (guint i = 0; i < repeats->len; i++) {
        const BlocCsvRepeat *rep = &g_array_index (repeats, BlocCsvRepeat, i);
        const BlocCsvField *f = bloc_csv_header_field (h, rep->column);
        repeated[rep->column + 1] = TRUE;
        bloc_import_problem (m->problems, m->file, f->line, f->col,
                             "duplicate column '%s' (expected each entity once; first at column "
                             "%u)",
                             f->text, bloc_csv_header_field (h, rep->first)->col);
    }
    for (guint c = 1; c < r->n_fields; c++) {
        const BlocCsvField *f = bloc_csv_header_field (h, c - 1);
        if (repeated[c])
            continue;
        /* An id that bloc's CSV marked for spreadsheets reads back as it was, as in tables. */
        BlocImportEntityRef ref = {
            bloc_csv_unmark (f->text), { f->line, f->col }, m->column_kind, { 0, 0 }, NULL, { 0, 0 }
        };
        guint index;
        if (bloc_import_builder_entity (m->builder, &index, &ref, m->problems))
            m->column_entity[c] = index;
    }
}

/* What a cell means: the map's value, else 0 or empty (none), 1 (member), or a role. */
static gboolean
cell_meaning (Matrix *m, const BlocCsvField *f, guint line, BlocValueMeaning *out)
{
    gsize len;
    const char *start = trimmed (f, &len);

    /* Most cells of a wide matrix are empty or 0: no copy for them unless the map names them. */
    if ((len == 0 && !m->map_names_empty) || (len == 1 && start[0] == '0' && !m->map_names_zero)) {
        *out = (BlocValueMeaning){ BLOC_VALUE_NONE, BLOC_ROLE_MEMBER, FALSE };
        return TRUE;
    }
    g_autofree char *value = g_strndup (start, len);
    if (bloc_role_map_has (m->map, value)) {
        *out = bloc_role_map_lookup (m->map, value, line);
        return TRUE;
    }
    *out = (BlocValueMeaning){ BLOC_VALUE_NONE, BLOC_ROLE_MEMBER, FALSE };
    if (len == 0 || strcmp (value, "0") == 0)
        return TRUE;
    out->kind = BLOC_VALUE_ROLE;
    if (strcmp (value, "1") == 0)
        return TRUE;
    g_autofree char *lower = g_ascii_strdown (value, -1);
    if (bloc_role_from_string (&out->role, lower))
        return TRUE;
    g_autofree char *roles = bloc_enum_list (bloc_role_enum ());
    bloc_import_problem (m->problems, m->file, f->line, f->col,
                         "bad cell '%s' (expected 0, 1, empty, a role (%s) or a value given "
                         "with --role-map)",
                         value, roles);
    return FALSE;
}

static void
read_row (gpointer data, const BlocCsvRecord *r)
{
    Matrix *m = data;
    gsize len;
    const char *start = trimmed (&r->fields[0], &len);
    g_autofree char *cell = g_strndup (start, len);
    const char *id = bloc_csv_unmark (cell);
    const BlocCsvField *f0 = &r->fields[0];

    gpointer first_line = g_hash_table_lookup (m->row_lines, id);
    if (first_line != NULL) {
        bloc_import_problem (m->problems, m->file, f0->line, f0->col,
                             "duplicate row '%s' (expected each entity once; first at line %u)", id,
                             GPOINTER_TO_UINT (first_line));
        return;
    }
    g_hash_table_insert (m->row_lines, g_strdup (id), GUINT_TO_POINTER (r->line));
    BlocImportEntityRef ref = { id, { f0->line, f0->col }, m->row_kind, { 0, 0 }, NULL, { 0, 0 } };
    guint row;
    if (!bloc_import_builder_entity (m->builder, &row, &ref, m->problems))
        return;

    for (guint c = 1; c < r->n_fields; c++) {
        BlocValueMeaning meaning;
        const BlocCsvField *f = &r->fields[c];
        if (!cell_meaning (m, f, r->line, &meaning))
            continue;
        if (meaning.kind == BLOC_VALUE_NONE) {
            m->empty++;
            continue;
        }
        if (meaning.kind == BLOC_VALUE_MISSING) {
            m->report->missing++;
            continue;
        }
        guint column = m->column_entity[c];
        if (column == G_MAXUINT)
            continue; /* its header is already reported */
        g_autofree char *source = g_strdup_printf ("%s:%u:%u", m->base, f->line, f->col);
        guint from = m->options->transpose ? column : row;
        guint to = m->options->transpose ? row : column;
        if (bloc_import_builder_tie (m->builder, from, to, meaning.role, NULL, NULL, source, NULL,
                                     (BlocImportSpot){ f->line, f->col }, m->problems))
            m->ties++;
    }
}

gboolean
bloc_import_matrix (BlocImportReport **out, const char *file, const BlocImportMatrixOptions *o,
                    const BlocImportTarget *target, GError **error)
{
    g_auto (Matrix) m = { 0 };
    g_auto (BlocImportProblems) problems = { 0 };
    g_autoptr (BlocImportReport) report = bloc_import_report_new ();
    g_autoptr (BlocRoleMap) map = NULL;
    g_auto (BlocImportInput) input = { 0 };

    m.row_kind = o->transpose ? BLOC_KIND_ORGANIZATION : BLOC_KIND_COUNTRY;
    m.column_kind = o->transpose ? BLOC_KIND_COUNTRY : BLOC_KIND_ORGANIZATION;
    if ((o->row_kind != NULL &&
         !bloc_import_kind_parse (&m.row_kind, o->row_kind, "--row-kind", error)) ||
        (o->column_kind != NULL &&
         !bloc_import_kind_parse (&m.column_kind, o->column_kind, "--column-kind", error)))
        return FALSE;
    if (!bloc_role_map_new (&map, o->role_map, NULL, error))
        return FALSE;
    if (!bloc_import_target_check (target, error))
        return FALSE;
    if (!bloc_import_input_open (&input, file, target, error))
        return FALSE;

    bloc_import_problems_init (&problems);
    g_autoptr (BlocImportBuilder) builder = bloc_import_builder_new (file, NULL);
    m.file = file;
    m.base = g_path_get_basename (file);
    m.options = o;
    m.report = report;
    m.problems = &problems;
    m.map = map;
    m.builder = builder;
    m.row_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    m.map_names_empty = bloc_role_map_has (map, "");
    m.map_names_zero = bloc_role_map_has (map, "0");

    char delimiter;
    const BlocCsvRecord *r;
    g_autoptr (BlocCsvReader) reader = bloc_import_csv_open (
        &input, o->delimiter, "a header line: a corner cell, then the ids of the columns",
        &delimiter, &r, error);
    if (reader == NULL)
        return FALSE;
    if (r->n_fields < 2)
        return bloc_text_set_error_at (error, file, r->line, r->fields[0].col,
                                       "one column (expected a corner cell, then the ids of the "
                                       "columns, separated by %s)",
                                       bloc_csv_delimiter_name (delimiter));
    guint n_columns = r->n_fields;
    read_header (&m, r);
    bloc_import_csv_rows (reader, &input, n_columns, report, &problems, read_row, &m);
    bloc_import_builder_check (builder, &problems);
    if (!bloc_import_problems_check (&problems, error))
        return FALSE;

    g_autofree char *title = g_strdup_printf ("Imported from %s", m.base);
    g_autofree char *description = g_strdup_printf (
        "Imported with bloc import matrix from %s: %" G_GUINT64_FORMAT " rows (%s) by %u "
        "columns (%s), %u ties.",
        m.base, report->rows, bloc_kind_to_string (m.row_kind), n_columns - 1,
        bloc_kind_to_string (m.column_kind), bloc_import_builder_n_ties (builder));
    const char *sources[] = { m.base, NULL };
    g_autoptr (GKeyFile) ini = bloc_import_ini_new (target, title, description, sources);

    bloc_import_report_add (report,
                            "read: %" G_GUINT64_FORMAT " rows by %u columns of %s, fields "
                            "separated by %s%s",
                            report->rows, n_columns - 1, file, bloc_csv_delimiter_name (delimiter),
                            o->transpose ? ", the columns taking part in the rows" : "");
    bloc_import_report_skip (report, "0 or empty", m.empty);
    bloc_import_report_skip (report, "missing", report->missing);
    bloc_import_report_add_skipped (report, "cells");
    if (report->missing > 0)
        bloc_import_report_add (report, "missing: %" G_GUINT64_FORMAT " %s coded missing",
                                report->missing, report->missing == 1 ? "cell" : "cells");
    if (!bloc_import_builder_write (builder, ini, target, report, &problems, error))
        return FALSE;
    *out = g_steal_pointer (&report);
    return TRUE;
}
