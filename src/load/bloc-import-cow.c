/* bloc-import-cow.c: the Correlates of War IGO v3 importer. */
#include <string.h>

#include "bloc-import-private.h"
#include "bloc-load.h"

#define STATES_RESOURCE "/org/bloc/data/cow-states.csv"
#define COW_SOURCE                                                                                 \
    "Pevehouse, McManus, Nordstrom & Warnke (2020), Tracking Organizations in the World: the "     \
    "Correlates of War IGO Version 3.0 datasets, Journal of Peace Research 57(3)"

/* Status codes, and what the importer keeps of them. */
enum { STATUS_NONE = 0, STATUS_MISSING = -9, STATUS_ABSENT = -1 };

/* What the cells of an entity say about one year. */
enum { YEAR_KNOWN = 1 << 0, YEAR_MISSING = 1 << 1 };

typedef struct {
    int ccode;
    char *abb;
    char *name;
    char *column;
    char *id;        /* ISO alpha-2 where there is one, else the COW abbreviation */
    int first, last; /* years in the system, within the years kept; 0 when unseen */
} State;

typedef struct {
    guint index;  /* the order it was first seen in, which cells refer to */
    char *abbrev; /* lower case, as the state-year columns have it */
    char *name;
    char *cow_code;
    char *id;
    int first, last;
    gboolean repaired; /* its name as written had Mac Roman letters, repaired */
} Igo;

typedef struct {
    GPtrArray *states;     /* State * */
    GHashTable *by_ccode;  /* ccode -> index + 1 */
    GHashTable *by_column; /* igo-year column name -> index + 1 */
    GPtrArray *igos;       /* Igo * */
    GHashTable *by_abbrev; /* lower-case abbreviation -> index + 1 */
    GArray *observations;  /* BlocImportObservation: from a state, to an IGO */
    /* (IGO or state, index, year) -> YEAR_KNOWN | YEAR_MISSING, for the entities whose years come
     * from cells: IGOs, and states in the igo-year layout. */
    GHashTable *years;
    const BlocImportCowOptions *options;
    const BlocImportTarget *target;
    BlocImportReport *report;
    BlocImportProblems *problems;
    guint64 memberships; /* cells coded 1, 2 or 3 in the years kept */
    guint64 conflicts;   /* cells two files code differently (the first file wins) */
    guint repaired;
    int first_year;
    int last_year;
} Import;

static void
state_free (gpointer data)
{
    State *s = data;
    g_free (s->abb);
    g_free (s->name);
    g_free (s->column);
    g_free (s->id);
    g_free (s);
}

static void
igo_free (gpointer data)
{
    Igo *g = data;
    g_free (g->abbrev);
    g_free (g->name);
    g_free (g->cow_code);
    g_free (g->id);
    g_free (g);
}

static void
import_clear (Import *im)
{
    g_clear_pointer (&im->states, g_ptr_array_unref);
    g_clear_pointer (&im->by_ccode, g_hash_table_unref);
    g_clear_pointer (&im->by_column, g_hash_table_unref);
    g_clear_pointer (&im->igos, g_ptr_array_unref);
    g_clear_pointer (&im->by_abbrev, g_hash_table_unref);
    g_clear_pointer (&im->observations, g_array_unref);
    g_clear_pointer (&im->years, g_hash_table_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

/* Reads the embedded COW state table (src/load/cow-states.csv). */
static gboolean
load_states (Import *im, GError **error)
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
        State *s = g_new0 (State, 1);
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
igo_for (Import *im, const char *abbrev)
{
    g_autofree char *lower = g_ascii_strdown (abbrev, -1);
    guint index = GPOINTER_TO_UINT (g_hash_table_lookup (im->by_abbrev, lower));
    if (index == 0) {
        Igo *g = g_new0 (Igo, 1);
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

static guint
year_flags (const Import *im, gboolean igo, guint index, int year)
{
    gint64 key = year_key (igo, index, year);
    return GPOINTER_TO_UINT (g_hash_table_lookup (im->years, &key));
}

static void
mark_year (Import *im, gboolean igo, guint index, int year, guint flag)
{
    gint64 key = year_key (igo, index, year);
    guint flags = year_flags (im, igo, index, year);
    /* An existing key is kept, and the copy given freed. */
    g_hash_table_insert (im->years, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (flags | flag));
}

/* Keeps one status cell of the current row; the years of its state and IGO are marked from it. */
static void
take_cell (Import *im, const char *file, const BlocCsvField *f, guint state, guint igo, int year,
           guint file_index, guint line)
{
    int status;
    if (!parse_status (f, &status)) {
        PROBLEM_AT (im, file, f, "bad status '%s' (expected 1, 2, 3, 0, -1, -9 or NA)", f->text);
        return;
    }
    /* 0 to 3 say the state and the IGO both exist that year; -9 (missing) says nothing. */
    if (status >= 0) {
        State *s = g_ptr_array_index (im->states, state);
        Igo *g = g_ptr_array_index (im->igos, igo);
        widen (&s->first, &s->last, year);
        widen (&g->first, &g->last, year);
        mark_year (im, TRUE, igo, year, YEAR_KNOWN);
        mark_year (im, FALSE, state, year, YEAR_KNOWN);
    } else if (status == STATUS_MISSING) {
        mark_year (im, TRUE, igo, year, YEAR_MISSING);
        mark_year (im, FALSE, state, year, YEAR_MISSING);
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
in_range (const Import *im, int year)
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
read_header (Import *im, const char *path, const BlocCsvRecord *r, Layout *layout)
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
read_year (Import *im, const char *path, const BlocCsvField *f, int *year)
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
read_row (Import *im, const char *path, const Layout *layout, const BlocCsvRecord *r,
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
        State *s = g_ptr_array_index (im->states, row_entity);
        widen (&s->first, &s->last, year);
        for (guint c = 3; c < layout->n_columns; c++)
            if (layout->column[c] >= 0)
                take_cell (im, path, &r->fields[c], row_entity, (guint)layout->column[c], year,
                           file_index, r->line);
        return;
    }

    Igo *g = g_ptr_array_index (im->igos, row_entity);
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
read_file (Import *im, const char *path, guint file_index, goffset before, goffset all,
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

/* Gives every IGO an id: its upper-case abbreviation, with "-IGO" when a state has that id. */
static gboolean
assign_igo_ids (Import *im, GError **error)
{
    g_autoptr (GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < im->states->len; i++)
        g_hash_table_add (taken, ((State *)g_ptr_array_index (im->states, i))->id);
    for (guint i = 0; i < im->igos->len; i++) {
        Igo *g = g_ptr_array_index (im->igos, i);
        g_autofree char *upper = g_ascii_strup (g->abbrev, -1);
        g->id = g_hash_table_contains (taken, upper) ? g_strconcat (upper, "-IGO", NULL)
                                                     : g_steal_pointer (&upper);
        if (!g_hash_table_add (taken, g->id)) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                         "two IGOs would both have the id '%s' (expected distinct abbreviations)",
                         g->id);
            return FALSE;
        }
        if (g->name == NULL)
            g->name = g_ascii_strup (g->abbrev, -1);
    }
    return TRUE;
}

/* With `carry`, an entity whose cells are all -9 in the years after its last known one still
 * exists in them, as its ties go on. */
static void
carry_existence (const Import *im, gboolean igo, guint index, int *last)
{
    if (im->options->missing != BLOC_IMPORT_MISSING_CARRY || *last == 0)
        return;
    while (*last < im->last_year && year_flags (im, igo, index, *last + 1) == YEAR_MISSING)
        (*last)++;
}

static char *
year_text (int year)
{
    return year ? g_strdup_printf ("%d", year) : NULL;
}

/* Adds the states and IGOs that exist in the years kept, with their years: open at the last year
 * imported. Sets @state_entity and @igo_entity to their builder indices (G_MAXUINT when left
 * out). */
static void
add_entities (Import *im, BlocImportBuilder *b, guint *state_entity, guint *igo_entity,
              BlocImportProblems *p)
{
    for (guint pass = 0; pass < 2; pass++) {
        GPtrArray *list = pass == 0 ? im->states : im->igos;
        for (guint i = 0; i < list->len; i++) {
            int first, last;
            const char *id, *name, *code, *abb;
            g_autofree char *code_text = NULL;
            if (pass == 0) {
                State *s = g_ptr_array_index (list, i);
                first = s->first, last = s->last;
                id = s->id, name = s->name, abb = s->abb;
                code = code_text = g_strdup_printf ("%d", s->ccode);
            } else {
                Igo *g = g_ptr_array_index (list, i);
                first = g->first, last = g->last;
                id = g->id, name = g->name, abb = g->abbrev, code = g->cow_code;
                if (first != 0 && g->repaired)
                    im->repaired++;
            }
            guint *slot = pass == 0 ? &state_entity[i] : &igo_entity[i];
            *slot = G_MAXUINT;
            if (first == 0)
                continue;
            carry_existence (im, pass == 1, i, &last);
            BlocImportEntityRef ref = {
                id,       { 0, 0 }, pass == 0 ? BLOC_KIND_COUNTRY : BLOC_KIND_ORGANIZATION,
                { 0, 0 }, name,     { 0, 0 }
            };
            if (!bloc_import_builder_entity (b, slot, &ref, p))
                continue;
            g_autofree char *since = year_text (first);
            g_autofree char *until = last < im->last_year ? year_text (last + 1) : NULL;
            bloc_import_builder_entity_dates (b, *slot, since, until);
            bloc_import_builder_entity_extra (b, *slot, 0, code);
            bloc_import_builder_entity_extra (b, *slot, 1, abb);
        }
    }
}

static const BlocRole status_roles[4] = { BLOC_ROLE_MEMBER, BLOC_ROLE_MEMBER, BLOC_ROLE_ASSOCIATE,
                                          BLOC_ROLE_OBSERVER };

static int
compare_lines (gconstpointer a, gconstpointer b)
{
    return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* The IGO-years in which every cell is -9, one line per IGO: "ICAO: 2014". */
static void
report_missing_years (Import *im)
{
    g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
    guint total = 0;
    for (guint i = 0; i < im->igos->len; i++) {
        const Igo *g = g_ptr_array_index (im->igos, i);
        if (g->first == 0)
            continue;
        GString *s = NULL;
        for (int y = im->first_year; y <= im->last_year; y++) {
            if (year_flags (im, TRUE, g->index, y) != YEAR_MISSING)
                continue;
            int end = y;
            while (end < im->last_year && year_flags (im, TRUE, g->index, end + 1) == YEAR_MISSING)
                end++;
            if (s == NULL)
                s = g_string_new (NULL);
            g_string_append_printf (s, "%s%d", s->len ? ", " : "", y);
            if (end > y)
                g_string_append_printf (s, "-%d", end);
            total += (guint)(end - y + 1);
            y = end;
        }
        if (s != NULL)
            g_ptr_array_add (lines, g_strdup_printf ("  %s: %s", g->id, s->str)),
                g_string_free (s, TRUE);
    }
    g_ptr_array_sort (lines, compare_lines);
    if (total == 0)
        return;
    bloc_import_report_add (im->report,
                            "missing entirely: %u organization-year%s of %u organization%s, in "
                            "which every cell is -9:",
                            total, total == 1 ? "" : "s", lines->len, lines->len == 1 ? "" : "s");
    for (guint i = 0; i < lines->len; i++)
        bloc_import_report_add (im->report, "%s", (const char *)g_ptr_array_index (lines, i));
}

static GKeyFile *
make_ini (const Import *im, const char *const *files, const BlocImportBuilder *b)
{
    static const char *const p5[] = { "CN", "FR", "GB", "RU", "US", NULL };
    gboolean have_p5 = TRUE;
    g_autoptr (GString) names = g_string_new (NULL);

    for (guint i = 0; p5[i] != NULL; i++) {
        gboolean found = FALSE;
        for (guint j = 0; j < bloc_import_builder_n_entities (b) && !found; j++)
            found = strcmp (bloc_import_builder_entity_id (b, j), p5[i]) == 0;
        have_p5 &= found;
    }
    for (guint i = 0; files[i] != NULL; i++) {
        g_autofree char *base = g_path_get_basename (files[i]);
        g_string_append_printf (names, "%s%s", i ? ", " : "", base);
    }
    guint states = 0;
    for (guint j = 0; j < bloc_import_builder_n_entities (b); j++)
        states += bloc_import_builder_entity_kind (b, j) == BLOC_KIND_COUNTRY;
    g_autofree char *title =
        g_strdup_printf ("Correlates of War IGO v3, %d-%d", im->first_year, im->last_year);
    g_autofree char *description = g_strdup_printf (
        "Intergovernmental organization memberships of states, imported with bloc import cow-igo "
        "from %s: %u states, %u IGOs, %u ties. Status 1 is member, 2 associate, 3 observer; a "
        "spell of years %s cells coded -9 (missing).",
        names->str, states, bloc_import_builder_n_entities (b) - states,
        bloc_import_builder_n_ties (b),
        im->options->missing == BLOC_IMPORT_MISSING_CARRY ? "goes on across" : "ends at");
    const char *sources[] = { COW_SOURCE, NULL };
    GKeyFile *ini = bloc_import_ini_new (im->target, title, description, sources);
    if (have_p5) {
        g_key_file_set_string (ini, "dataset", "default-group", "p5");
        g_key_file_set_string (ini, "group:p5", "name",
                               "Permanent members of the UN Security Council");
        g_key_file_set_string_list (ini, "group:p5", "members", p5, 5);
    }
    g_key_file_set_string (ini, "weights", "member", "1.0");
    g_key_file_set_string (ini, "weights", "associate", "0.5");
    g_key_file_set_string (ini, "weights", "observer", "0.25");
    return ini;
}

gboolean
bloc_import_cow (BlocImportReport **out, const char *const *files,
                 const BlocImportCowOptions *options, const BlocImportTarget *target,
                 GError **error)
{
    g_auto (Import) im = { 0 };
    g_auto (BlocImportProblems) problems = { 0 };
    g_autoptr (BlocImportReport) report = bloc_import_report_new ();

    if (files == NULL || files[0] == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "no input file (expected COW IGO v3 files)");
        return FALSE;
    }
    if (options->year_from && options->year_to && options->year_from > options->year_to) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "bad years %d-%d (expected A <= B)",
                     options->year_from, options->year_to);
        return FALSE;
    }
    if (g_strv_length ((char **)files) > 255) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "too many files (expected at most 255)");
        return FALSE;
    }
    if (!bloc_import_target_check (target, error))
        return FALSE;

    bloc_import_problems_init (&problems);
    im.states = g_ptr_array_new_with_free_func (state_free);
    im.by_ccode = g_hash_table_new (g_direct_hash, g_direct_equal);
    im.by_column = g_hash_table_new (g_str_hash, g_str_equal);
    im.igos = g_ptr_array_new_with_free_func (igo_free);
    im.by_abbrev = g_hash_table_new (g_str_hash, g_str_equal);
    im.observations = g_array_new (FALSE, FALSE, sizeof (BlocImportObservation));
    im.years = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    im.options = options;
    im.target = target;
    im.report = report;
    im.problems = &problems;

    if (!load_states (&im, error))
        return FALSE;
    /* Progress counts the bytes of every file. */
    guint n_files = g_strv_length ((char **)files);
    g_autofree goffset *sizes = g_new (goffset, n_files);
    goffset all = 0, before = 0;
    for (guint i = 0; i < n_files; i++)
        all += sizes[i] = bloc_import_file_size (files[i]);
    for (guint i = 0; i < n_files; before += sizes[i], i++)
        if (!read_file (&im, files[i], i, before, all, error))
            return FALSE;
    if (!bloc_import_problems_check (&problems, error))
        return FALSE;
    if (im.first_year == 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA, "no data rows in the years asked for");
        return FALSE;
    }
    if (!assign_igo_ids (&im, error))
        return FALSE;

    /* The builder's order does not matter: the dataset is written in id order. */
    static const char *const extra[] = { "cow_code", "cow_abb", NULL };
    g_autoptr (BlocImportBuilder) b = bloc_import_builder_new (files[0], extra);
    g_autofree guint *state_entity = g_new (guint, im.states->len + 1);
    g_autofree guint *igo_entity = g_new (guint, im.igos->len + 1);
    add_entities (&im, b, state_entity, igo_entity, &problems);

    g_autoptr (GArray) spells = g_array_new (FALSE, FALSE, sizeof (BlocImportSpell));
    bloc_import_collapse (im.observations, options->missing, spells, &im.conflicts);
    for (guint i = 0; i < spells->len; i++) {
        const BlocImportSpell *s = &g_array_index (spells, BlocImportSpell, i);
        g_autofree char *since = year_text (s->first);
        g_autofree char *until = s->last < im.last_year ? year_text (s->last + 1) : NULL;
        BlocImportSpot at = { s->line, 0 };
        bloc_import_builder_tie (b, state_entity[s->from], igo_entity[s->to],
                                 status_roles[s->value], since, until, "COW IGO v3", NULL, at,
                                 &problems);
    }

    g_autoptr (GKeyFile) ini = make_ini (&im, files, b);
    bloc_import_report_add (report, "read: %" G_GUINT64_FORMAT " rows of %u %s, years %d-%d",
                            im.report->rows, n_files, n_files == 1 ? "file" : "files",
                            im.first_year, im.last_year);
    bloc_import_report_add (report, "memberships: %" G_GUINT64_FORMAT " cells coded 1, 2 or 3",
                            im.memberships);
    bloc_import_report_add (report, "missing: %" G_GUINT64_FORMAT " cells coded -9, %s",
                            report->missing,
                            options->missing == BLOC_IMPORT_MISSING_CARRY
                                ? "across which a spell goes on (--missing carry)"
                                : "at which a spell ends (--missing end)");
    report_missing_years (&im);
    if (n_files > 1)
        bloc_import_report_add (report,
                                "conflicts: %" G_GUINT64_FORMAT " cells coded differently by two "
                                "files (the first file's code kept)",
                                im.conflicts);
    if (im.repaired > 0)
        bloc_import_report_add (report,
                                "names: %u IGO %s had Mac Roman letters stored as control "
                                "characters, repaired",
                                im.repaired, im.repaired == 1 ? "name" : "names");
    if (!bloc_import_builder_write (b, ini, target, report, &problems, error))
        return FALSE;
    *out = g_steal_pointer (&report);
    return TRUE;
}
