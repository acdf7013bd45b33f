/* bloc-import-cow-read.c: the Correlates of War IGO v3 files read into a BlocCowImport: the
 * embedded state table, then each file's header and rows, both layouts (state-year and
 * igo-year), every status cell checked and kept as an observation, and the years each entity's
 * cells speak of. bloc-import-cow.c makes a dataset of them. */
#include <string.h>

#include "bloc-import-private.h"
#include "bloc-load.h"

#define STATES_RESOURCE "/org/bloc/data/cow-states.csv"

/* Status codes, and what the importer keeps of them. */
enum { STATUS_NONE = 0, STATUS_MISSING = -9, STATUS_ABSENT = -1 };

static void
state_free (gpointer data)
{
    BlocCowState *s = data;
    g_free (s->abb);
    g_free (s->name);
    g_free (s->column);
    g_free (s->id);
    g_free (s);
}

static void
igo_free (gpointer data)
{
    BlocCowIgo *g = data;
    g_free (g->abbrev);
    g_free (g->name);
    g_free (g->cow_code);
    g_free (g->id);
    g_free (g);
}

void
bloc_cow_import_clear (BlocCowImport *im)
{
    g_clear_pointer (&im->states, g_ptr_array_unref);
    g_clear_pointer (&im->by_ccode, g_hash_table_unref);
    g_clear_pointer (&im->by_column, g_hash_table_unref);
    g_clear_pointer (&im->igos, g_ptr_array_unref);
    g_clear_pointer (&im->by_abbrev, g_hash_table_unref);
    g_clear_pointer (&im->observations, g_array_unref);
    g_clear_pointer (&im->years, g_hash_table_unref);
}

/* Reads the embedded COW state table (src/load/cow-states.csv). */
static gboolean
load_states (BlocCowImport *im, GError **error)
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
        gint64 ccode = 0;
        /* The list is built in: a bad line is a bug, not bad data. */
        g_assert (r->n_fields == 5);
        g_assert (bloc_text_parse_int (&ccode, r->fields[0].text, 1, 9999));
        BlocCowState *s = g_new0 (BlocCowState, 1);
        s->ccode = (int)ccode;
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
        if (bloc_text_is_c1 (c)) {
            g_string_append (s, mac_roman_c1[c - 0x80]);
            *repaired = TRUE;
        } else {
            g_string_append_len (s, p, g_utf8_next_char (p) - p);
        }
    }
    return g_string_free (s, FALSE);
}

/* A problem at field @f of @file. */
#define PROBLEM_AT(im, file, f, ...)                                                               \
    bloc_import_problem ((im)->problems, (file), (f)->line, (f)->col, __VA_ARGS__)

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
        *out = STATUS_ABSENT;
        return TRUE;
    }
    if (strcmp (t, "-9") == 0) {
        *out = STATUS_MISSING;
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
igo_for (BlocCowImport *im, const char *abbrev)
{
    g_autofree char *lower = g_ascii_strdown (abbrev, -1);
    guint index = GPOINTER_TO_UINT (g_hash_table_lookup (im->by_abbrev, lower));
    if (index == 0) {
        BlocCowIgo *g = g_new0 (BlocCowIgo, 1);
        g->index = im->igos->len;
        g->abbrev = g_steal_pointer (&lower);
        g_ptr_array_add (im->igos, g);
        index = im->igos->len;
        g_hash_table_insert (im->by_abbrev, g->abbrev, GUINT_TO_POINTER (index));
    }
    return index - 1;
}

static gint64
year_key (gboolean igo, guint index, int year)
{
    return ((gint64)igo << 48) | ((gint64)index << 16) | (gint64)year;
}

guint
bloc_cow_year_flags (const BlocCowImport *im, gboolean igo, guint index, int year)
{
    gint64 key = year_key (igo, index, year);
    return GPOINTER_TO_UINT (g_hash_table_lookup (im->years, &key));
}

static void
mark_year (BlocCowImport *im, gboolean igo, guint index, int year, guint flag)
{
    gint64 key = year_key (igo, index, year);
    guint flags = bloc_cow_year_flags (im, igo, index, year);
    /* An existing key is kept, and the copy given freed. */
    g_hash_table_insert (im->years, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (flags | flag));
}

/* Keeps one status cell of the current row; the years of its state and IGO are marked from it. */
static void
take_cell (BlocCowImport *im, const char *file, const BlocCsvField *f, guint state, guint igo,
           int year, guint file_index, guint line)
{
    int status;
    if (!parse_status (f, &status)) {
        PROBLEM_AT (im, file, f, "bad status '%s' (expected 1, 2, 3, 0, -1, -9 or NA)", f->text);
        return;
    }
    /* 0 to 3 say the state and the IGO both exist that year; -9 (missing) says nothing. */
    if (status >= 0) {
        BlocCowState *s = g_ptr_array_index (im->states, state);
        BlocCowIgo *g = g_ptr_array_index (im->igos, igo);
        widen (&s->first, &s->last, year);
        widen (&g->first, &g->last, year);
        mark_year (im, TRUE, igo, year, BLOC_COW_YEAR_KNOWN);
        mark_year (im, FALSE, state, year, BLOC_COW_YEAR_KNOWN);
    } else if (status == STATUS_MISSING) {
        mark_year (im, TRUE, igo, year, BLOC_COW_YEAR_MISSING);
        mark_year (im, FALSE, state, year, BLOC_COW_YEAR_MISSING);
        im->report->missing++;
    }
    if (status >= 1 ||
        (status == STATUS_MISSING && im->options->missing == BLOC_IMPORT_MISSING_CARRY)) {
        BlocImportObservation o = { state,
                                    igo,
                                    line,
                                    (gint16)year,
                                    status >= 1 ? (guint16)status : BLOC_IMPORT_VALUE_MISSING,
                                    (guint8)file_index };
        g_array_append_val (im->observations, o);
        if (status >= 1)
            im->memberships++;
    }
}

static gboolean
in_range (const BlocCowImport *im, int year)
{
    return (im->options->year_from == 0 || year >= im->options->year_from) &&
           (im->options->year_to == 0 || year <= im->options->year_to);
}

/* Attributes of the igo-year layout, after the state columns. */
static const char *const igo_attributes[] = { "sdate",
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
                                              NULL };

/* The layout and columns of one file. */
typedef struct {
    gboolean state_year;
    guint n_columns;
    gint *column; /* an IGO or state index, or -1 for metadata */
    int long_name;
    int ionum;
} Layout;

/* Reads the header of @path. Returns FALSE when it is not a COW file or has bad columns, after
 * recording the problems. */
static gboolean
read_header (BlocCowImport *im, const char *path, const BlocCsvRecord *r, Layout *layout)
{
    if (r->n_fields < 4) {
        bloc_import_problem (im->problems, path, 1, 1,
                             "not a COW IGO v3 file (expected a header: ccode,year,state,... or "
                             "ioname,orgname,year,...)");
        return FALSE;
    }
    layout->state_year = strcmp (r->fields[0].text, "ccode") == 0 &&
                         strcmp (r->fields[1].text, "year") == 0 &&
                         strcmp (r->fields[2].text, "state") == 0;
    gboolean igo_year = strcmp (r->fields[0].text, "ioname") == 0 &&
                        strcmp (r->fields[1].text, "orgname") == 0 &&
                        strcmp (r->fields[2].text, "year") == 0;
    if (!layout->state_year && !igo_year) {
        PROBLEM_AT (im, path, &r->fields[0],
                    "not a COW IGO v3 file (expected a header starting ccode,year,state or "
                    "ioname,orgname,year)");
        return FALSE;
    }

    gboolean ok = TRUE;
    layout->n_columns = r->n_fields;
    layout->column = g_new (gint, r->n_fields);
    layout->long_name = layout->ionum = -1;
    for (guint c = 0; c < r->n_fields; c++) {
        const char *name = r->fields[c].text;
        layout->column[c] = -1;
        if (c < 3)
            continue;
        if (layout->state_year) {
            const char *why = bloc_id_problem (name);
            if (why != NULL) {
                PROBLEM_AT (im, path, &r->fields[c], "IGO column: %s", why);
                ok = FALSE;
                continue;
            }
            layout->column[c] = (gint)igo_for (im, name);
        } else {
            guint s = GPOINTER_TO_UINT (g_hash_table_lookup (im->by_column, name));
            layout->column[c] = (gint)s - 1;
            if (strcmp (name, "longorgname") == 0)
                layout->long_name = (int)c;
            else if (strcmp (name, "ionum") == 0)
                layout->ionum = (int)c;
            /* A misspelt state would silently lose its memberships. */
            if (s == 0 && !g_strv_contains (igo_attributes, name)) {
                PROBLEM_AT (im, path, &r->fields[c],
                            "unknown column '%s' (expected a state of the COW state list or an "
                            "IGO attribute such as sdate or longorgname)",
                            name);
                ok = FALSE;
            }
        }
    }
    /* Upper and lower case are the same IGO: one index of the names folded, in linear time. */
    g_autoptr (BlocCsvHeader) header = bloc_csv_header_new (r, BLOC_CSV_HEADER_FOLD_CASE);
    const GArray *repeats = bloc_csv_header_repeats (header);
    for (guint i = 0; i < repeats->len; i++) {
        const BlocCsvRepeat *rep = &g_array_index (repeats, BlocCsvRepeat, i);
        gint what = layout->column[rep->column];
        PROBLEM_AT (im, path, &r->fields[rep->column],
                    "duplicate column '%s' (expected each %s once; first at column %u)",
                    r->fields[rep->column].text,
                    what < 0             ? "column"
                    : layout->state_year ? "IGO"
                                         : "state",
                    r->fields[rep->first].col);
        ok = FALSE;
    }
    return ok;
}

/* Reads the year of a row: 1000 to 9999, as the dataset writes years with four digits. */
static gboolean
read_year (BlocCowImport *im, const char *path, const BlocCsvField *f, int *year)
{
    if (!bloc_year_parse (f->text, year) || *year < 1000) {
        PROBLEM_AT (im, path, f, "bad year '%s' (expected a year from 1000 to 9999, like 1990)",
                    f->text);
        return FALSE;
    }
    return TRUE;
}

/* Reads one data row. */
static void
read_row (BlocCowImport *im, const char *path, const Layout *layout, const BlocCsvRecord *r,
          guint file_index, GHashTable *rows)
{
    int year;
    guint row_entity;

    if (r->n_fields != layout->n_columns) {
        const BlocCsvField *f = &r->fields[MIN (r->n_fields, layout->n_columns) - 1];
        PROBLEM_AT (im, path, f, "%u fields (expected %u, as in the header)", r->n_fields,
                    layout->n_columns);
        return;
    }
    if (!read_year (im, path, &r->fields[layout->state_year ? 1 : 2], &year))
        return;
    if (layout->state_year) {
        gint64 ccode = 0;
        row_entity = 0;
        if (bloc_text_parse_int (&ccode, r->fields[0].text, 0, 9999))
            row_entity =
                GPOINTER_TO_UINT (g_hash_table_lookup (im->by_ccode, GINT_TO_POINTER ((int)ccode)));
        if (row_entity == 0) {
            PROBLEM_AT (im, path, &r->fields[0],
                        "unknown COW state code '%s' (expected a code of the COW state list)",
                        r->fields[0].text);
            return;
        }
        row_entity--;
    } else {
        const char *why = bloc_id_problem (r->fields[0].text);
        if (why != NULL) {
            PROBLEM_AT (im, path, &r->fields[0], "ioname: %s", why);
            return;
        }
        row_entity = igo_for (im, r->fields[0].text);
    }

    /* One row per state-year or IGO-year. */
    gint64 key = ((gint64)row_entity << 20) | (gint64)year;
    gpointer first = g_hash_table_lookup (rows, &key);
    if (first != NULL) {
        PROBLEM_AT (im, path, &r->fields[0],
                    "duplicate row for %s in %d (expected one row each; first at line %u)",
                    r->fields[0].text, year, GPOINTER_TO_UINT (first));
        return;
    }
    g_hash_table_insert (rows, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (r->line));

    im->report->rows++;
    if (!in_range (im, year))
        return;
    widen (&im->first_year, &im->last_year, year);

    if (layout->state_year) {
        BlocCowState *s = g_ptr_array_index (im->states, row_entity);
        widen (&s->first, &s->last, year);
        for (guint c = 3; c < layout->n_columns; c++)
            if (layout->column[c] >= 0)
                take_cell (im, path, &r->fields[c], row_entity, (guint)layout->column[c], year,
                           file_index, r->line);
        return;
    }

    BlocCowIgo *g = g_ptr_array_index (im->igos, row_entity);
    widen (&g->first, &g->last, year);
    const BlocCsvField *long_name = layout->long_name >= 0 ? &r->fields[layout->long_name] : NULL;
    const BlocCsvField *name = long_name != NULL && long_name->len > 0 ? long_name : &r->fields[1];
    if (name->len == 0 && g->name == NULL) {
        PROBLEM_AT (im, path, name, "empty organization name (expected the IGO's name)");
    } else if (g->name == NULL || name == long_name) {
        gboolean repaired;
        g_free (g->name);
        g->name = repair_mac_roman (name->text, &repaired);
        g->repaired |= repaired;
    }
    if (layout->ionum >= 0 && g->cow_code == NULL && r->fields[layout->ionum].len > 0)
        g->cow_code = g_strdup (r->fields[layout->ionum].text);
    for (guint c = 3; c < layout->n_columns; c++)
        if (layout->column[c] >= 0)
            take_cell (im, path, &r->fields[c], (guint)layout->column[c], row_entity, year,
                       file_index, r->line);
}

static gboolean
read_file (BlocCowImport *im, const char *path, guint file_index, goffset before, goffset all,
           GError **error)
{
    g_auto (BlocImportInput) input = { 0 };
    if (!bloc_import_input_open (&input, path, im->target, error))
        return FALSE;
    input.before = before;
    input.all = all;
    g_autoptr (BlocCsvReader) reader = bloc_csv_reader_new (G_INPUT_STREAM (input.in), path);
    g_autoptr (GHashTable) rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    const BlocCsvRecord *r;
    Layout layout = { 0 };
    g_autoptr (GError) local = NULL;

    if (!bloc_csv_reader_next (reader, &r, &local)) {
        bloc_import_problem_message (im->problems, local->message);
        return TRUE;
    }
    if (r == NULL) {
        bloc_import_problem (im->problems, path, 1, 1,
                             "empty file (expected a COW IGO v3 header: ccode,year,state,... or "
                             "ioname,orgname,year,...)");
        return TRUE;
    }
    if (!read_header (im, path, r, &layout)) {
        g_free (layout.column);
        return TRUE;
    }

    /* The names the published file holds with Mac Roman letters as C1 controls (see
     * repair_mac_roman); anywhere else a control character stays an error. */
    if (!layout.state_year) {
        bloc_csv_reader_allow_c1 (reader, 1);
        if (layout.long_name >= 0)
            bloc_csv_reader_allow_c1 (reader, (guint)layout.long_name);
    }
    for (;;) {
        g_clear_error (&local);
        if (!bloc_csv_reader_next (reader, &r, &local)) {
            bloc_import_problem_message (im->problems, local->message);
            if (local->code != BLOC_ERROR_DATA || bloc_csv_reader_finished (reader))
                break;
            continue;
        }
        if (r == NULL)
            break;
        read_row (im, path, &layout, r, file_index, rows);
        bloc_import_input_tick (&input);
    }
    g_free (layout.column);
    bloc_import_input_done (&input);
    return TRUE;
}

void
bloc_cow_import_init (BlocCowImport *im, const BlocImportCowOptions *options,
                      const BlocImportTarget *target, BlocImportReport *report,
                      BlocImportProblems *problems)
{
    im->states = g_ptr_array_new_with_free_func (state_free);
    im->by_ccode = g_hash_table_new (g_direct_hash, g_direct_equal);
    im->by_column = g_hash_table_new (g_str_hash, g_str_equal);
    im->igos = g_ptr_array_new_with_free_func (igo_free);
    im->by_abbrev = g_hash_table_new (g_str_hash, g_str_equal);
    im->observations = g_array_new (FALSE, FALSE, sizeof (BlocImportObservation));
    im->years = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    im->options = options;
    im->target = target;
    im->report = report;
    im->problems = problems;
}

gboolean
bloc_cow_read (BlocCowImport *im, const char *const *files, GError **error)
{
    if (!load_states (im, error))
        return FALSE;
    /* Progress counts the bytes of every file. */
    guint n_files = g_strv_length ((char **)files);
    g_autofree goffset *sizes = g_new (goffset, n_files);
    goffset all = 0, before = 0;
    for (guint i = 0; i < n_files; i++)
        all += sizes[i] = bloc_import_file_size (files[i]);
    for (guint i = 0; i < n_files; before += sizes[i], i++)
        if (!read_file (im, files[i], i, before, all, error))
            return FALSE;
    return TRUE;
}
