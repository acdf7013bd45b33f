/* bloc-import-table.c: a long table, one row per tie or per tie-year. */
#include <string.h>

#include "bloc-import-private.h"
#include "bloc-output.h"

/* Header names that say "the participant" and "what it takes part in", after `from` and `to`. */
static const char *const from_names[] = { "from",   "country", "state",       "member", "actor",
                                          "person", "iso2",    "participant", NULL };
static const char *const to_names[] = { "to",    "organization", "org",         "organisation",
                                        "group", "event",        "institution", NULL };

/* A column an option may name, or -1. */
typedef struct {
    int from, to, role, since, until, year, from_name, to_name, from_kind, to_kind, source;
} Columns;

/* A kind: a constant, or the column that holds it. */
typedef struct {
    BlocKind kind;
    int column; /* -1 for the constant */
} KindSource;

/* One (role, note) a row may give; a spell of years keeps one. */
typedef struct {
    BlocRole role;
    const char *note; /* the value kept by --other-role, or NULL */
} TieClass;

typedef struct {
    const char *file; /* as given, for messages */
    char *base;       /* its base name, for sources */
    const BlocImportTableOptions *options;
    BlocImportReport *report;
    BlocImportProblems *problems;
    BlocRoleMap *map;
    BlocImportBuilder *builder;
    Columns col;
    KindSource from_kind, to_kind;
    GArray *observations; /* panel data */
    GArray *classes;      /* TieClass */
    GHashTable *class_of; /* "role\x1fnote" -> class + 1 */
    GHashTable *sources;  /* panel data: line -> its source cell (interned) */
    GStringChunk *strings;
    char *role_name; /* the role column's name */
    int last_year;
} Table;

static void
table_clear (Table *t)
{
    g_free (t->base);
    g_free (t->role_name);
    g_clear_pointer (&t->observations, g_array_unref);
    g_clear_pointer (&t->classes, g_array_unref);
    g_clear_pointer (&t->class_of, g_hash_table_unref);
    g_clear_pointer (&t->sources, g_hash_table_unref);
    g_clear_pointer (&t->strings, g_string_chunk_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Table, table_clear)

/* ---- The header -------------------------------------------------------------------------- */

/* The column @option names, or -1 for none; an unknown name is a usage error that lists the
 * columns. */
static gboolean
named_column (int *out, const BlocCsvHeader *h, const char *file, const char *option,
              const char *name, GError **error)
{
    *out = -1;
    if (name == NULL)
        return TRUE;
    g_autofree char *trimmed = bloc_import_trim (g_strdup (name));
    *out = bloc_csv_header_find (h, trimmed);
    if (*out >= 0)
        return TRUE;
    g_autofree char *list = bloc_csv_header_list (h);
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                 "%s '%s': no such column in %s (expected one of: %s)", option, name, file, list);
    return FALSE;
}

/* The column an option names, else the one of @candidates the header has. Two candidates at once
 * are a usage error; none is -1. */
static gboolean
detected_column (int *out, const BlocCsvHeader *h, const char *file, const char *option,
                 const char *name, const char *const *candidates, GError **error)
{
    if (name != NULL)
        return named_column (out, h, file, option, name, error);
    *out = -1;
    /* An exact `from` or `to` wins over the common names. */
    if ((*out = bloc_csv_header_find (h, candidates[0])) >= 0)
        return TRUE;
    for (guint i = 1; candidates[i] != NULL; i++) {
        int c = bloc_csv_header_find (h, candidates[i]);
        if (c < 0)
            continue;
        if (*out >= 0 && *out != c) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                         "%s: both '%s' and '%s' could be the column %s names (expected %s COL "
                         "to say which)",
                         file, bloc_csv_header_field (h, (guint)*out)->text,
                         bloc_csv_header_field (h, (guint)c)->text, option, option);
            return FALSE;
        }
        *out = c;
    }
    return TRUE;
}

/* --from-kind and --to-kind: a kind, or a column of kinds. */
static gboolean
kind_source (KindSource *out, const BlocCsvHeader *h, const char *file, const char *option,
             const char *value, const char *auto_column, BlocKind fallback, GError **error)
{
    out->kind = fallback;
    out->column = -1;
    if (value == NULL) {
        out->column = bloc_csv_header_find (h, auto_column);
        return TRUE;
    }
    g_autofree char *lower = bloc_import_trim (g_ascii_strdown (value, -1));
    if (bloc_kind_from_string (&out->kind, lower))
        return TRUE;
    out->column = bloc_csv_header_find (h, lower);
    if (out->column >= 0)
        return TRUE;
    g_autofree char *list = bloc_csv_header_list (h);
    g_autofree char *kinds = bloc_enum_list (bloc_kind_enum ());
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                 "%s '%s': neither a kind nor a column of %s (expected one of: %s; or one of the "
                 "columns: %s)",
                 option, value, file, kinds, list);
    return FALSE;
}

static gboolean
read_header (Table *t, const BlocCsvRecord *r, GError **error)
{
    const BlocImportTableOptions *o = t->options;
    g_autoptr (BlocCsvHeader) h =
        bloc_csv_header_new (r, BLOC_CSV_HEADER_TRIM | BLOC_CSV_HEADER_FOLD_CASE);
    const GArray *repeats = bloc_csv_header_repeats (h);
    for (guint i = 0; i < repeats->len; i++) {
        const BlocCsvRepeat *rep = &g_array_index (repeats, BlocCsvRepeat, i);
        const BlocCsvField *f = bloc_csv_header_field (h, rep->column);
        if (f->len == 0)
            continue; /* unnamed columns cannot be asked for */
        bloc_import_problem (t->problems, t->file, f->line, f->col,
                             "duplicate column '%s' (expected each column once; first at column "
                             "%u)",
                             f->text, bloc_csv_header_field (h, rep->first)->col);
    }
    if (bloc_import_problems_any (t->problems))
        return TRUE; /* reported with the others */

    Columns *c = &t->col;
    if (!detected_column (&c->from, h, t->file, "--from", o->from, from_names, error) ||
        !detected_column (&c->to, h, t->file, "--to", o->to, to_names, error) ||
        !named_column (&c->role, h, t->file, "--role", o->role, error) ||
        !named_column (&c->since, h, t->file, "--since", o->since, error) ||
        !named_column (&c->until, h, t->file, "--until", o->until, error) ||
        !named_column (&c->year, h, t->file, "--year", o->year, error) ||
        !named_column (&c->from_name, h, t->file, "--from-name", o->from_name, error) ||
        !named_column (&c->to_name, h, t->file, "--to-name", o->to_name, error) ||
        !named_column (&c->source, h, t->file, "--source", o->source, error) ||
        !kind_source (&t->from_kind, h, t->file, "--from-kind", o->from_kind, "from_kind",
                      BLOC_KIND_COUNTRY, error) ||
        !kind_source (&t->to_kind, h, t->file, "--to-kind", o->to_kind, "to_kind",
                      BLOC_KIND_ORGANIZATION, error))
        return FALSE;
    /* The columns `bloc export -T edges` writes are read without options; dates not with
     * --year, which gives them. */
    const struct {
        int *column;
        const char *option;
        const char *name;
        gboolean date;
    } automatic[] = {
        { &c->role, o->role, "role", FALSE },
        { &c->since, o->since, "since", TRUE },
        { &c->until, o->until, "until", TRUE },
        { &c->from_name, o->from_name, "from_name", FALSE },
        { &c->to_name, o->to_name, "to_name", FALSE },
        { &c->source, o->source, "source", FALSE },
    };
    for (guint i = 0; i < G_N_ELEMENTS (automatic); i++)
        if (automatic[i].option == NULL && !(automatic[i].date && o->year != NULL))
            *automatic[i].column = bloc_csv_header_find (h, automatic[i].name);

    if (c->role >= 0)
        t->role_name = g_strdup (bloc_csv_header_field (h, (guint)c->role)->text);
    g_autofree char *list = bloc_csv_header_list (h);
    if (c->from < 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "%s: no column of participants (expected --from COL, or a column named from, "
                     "country, state, member, actor, person or iso2); the columns are: %s",
                     t->file, list);
        return FALSE;
    }
    if (c->to < 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "%s: no column of what they take part in (expected --to COL, or a column "
                     "named to, organization, org, organisation, group or event); the columns "
                     "are: %s",
                     t->file, list);
        return FALSE;
    }
    if (c->from == c->to) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "%s: --from and --to both name the column '%s' (expected two columns)",
                     t->file, bloc_csv_header_field (h, (guint)c->from)->text);
        return FALSE;
    }
    return TRUE;
}

/* ---- Rows -------------------------------------------------------------------------------- */

/* The class of (@role, @note), added when new. */
static guint
tie_class (Table *t, BlocRole role, const char *note)
{
    g_autofree char *key = g_strdup_printf ("%d\x1f%s", role, note ? note : "");
    guint c = GPOINTER_TO_UINT (g_hash_table_lookup (t->class_of, key));
    if (c != 0)
        return c - 1;
    TieClass tc = { role, note ? g_string_chunk_insert_const (t->strings, note) : NULL };
    g_array_append_val (t->classes, tc);
    g_hash_table_insert (t->class_of, g_steal_pointer (&key), GUINT_TO_POINTER (t->classes->len));
    return t->classes->len - 1;
}

/* The trimmed text of cell @column of @r, in @buf; "" for no column. */
static const char *
cell (const BlocCsvRecord *r, int column, GString *buf)
{
    g_string_truncate (buf, 0);
    if (column >= 0)
        g_string_append_len (buf, r->fields[column].text, (gssize)r->fields[column].len);
    bloc_import_trim (buf->str);
    buf->len = strlen (buf->str);
    /* A cell that bloc's CSV marked for spreadsheets ('=x, ''=x) reads back as it was (=x,
     * '=x), so that an edge list of bloc export imports exactly. */
    if (bloc_csv_unmark (buf->str) != buf->str)
        g_string_erase (buf, 0, 1);
    return buf->str;
}

static BlocImportSpot
spot (const BlocCsvRecord *r, int column)
{
    if (column < 0)
        return (BlocImportSpot){ 0, 0 };
    return (BlocImportSpot){ r->fields[column].line, r->fields[column].col };
}

/* The kind of one end of a row. */
static gboolean
row_kind (Table *t, const BlocCsvRecord *r, const KindSource *source, BlocKind *out)
{
    *out = source->kind;
    if (source->column < 0)
        return TRUE;
    g_autoptr (GString) buf = g_string_new (NULL);
    g_autofree char *lower = g_ascii_strdown (cell (r, source->column, buf), -1);
    if (bloc_kind_from_string (out, lower))
        return TRUE;
    const BlocCsvField *f = &r->fields[source->column];
    g_autofree char *why = bloc_enum_unknown (bloc_kind_enum (), buf->str);
    bloc_import_problem (t->problems, t->file, f->line, f->col, "%s", why);
    return FALSE;
}

/* Reads a date cell into @out (NULL when empty). */
static gboolean
row_date (Table *t, const BlocCsvRecord *r, int column, char **out, BlocDate *date)
{
    g_autoptr (GString) buf = g_string_new (NULL);
    const char *why;
    *out = NULL;
    *date = (BlocDate){ 0, 0, 0 };
    if (column < 0 || *cell (r, column, buf) == '\0')
        return TRUE;
    if (!bloc_date_parse (date, buf->str, &why)) {
        const BlocCsvField *f = &r->fields[column];
        bloc_import_problem (t->problems, t->file, f->line, f->col,
                             "bad date '%s': %s (expected YYYY, YYYY-MM or YYYY-MM-DD)", buf->str,
                             why);
        return FALSE;
    }
    *out = g_strdup (buf->str);
    return TRUE;
}

/* When a row's tie holds: its year (panel data), or its since and until (NULL when open). */
static gboolean
row_when (Table *t, const BlocCsvRecord *r, int *year, char **since, char **until)
{
    const Columns *c = &t->col;
    *year = 0;
    *since = *until = NULL;
    if (c->year >= 0) {
        g_autoptr (GString) buf = g_string_new (NULL);
        const BlocCsvField *f = &r->fields[c->year];
        if (bloc_year_parse (cell (r, c->year, buf), year) && *year >= 1000)
            return TRUE;
        bloc_import_problem (t->problems, t->file, f->line, f->col,
                             "bad year '%s' (expected a year from 1000 to 9999, like 1990)",
                             buf->str);
        return FALSE;
    }
    BlocDate since_date, until_date;
    gboolean ok = row_date (t, r, c->since, since, &since_date);
    ok &= row_date (t, r, c->until, until, &until_date);
    if (ok && *since != NULL && *until != NULL && bloc_date_compare (since_date, until_date) > 0) {
        const BlocCsvField *f = &r->fields[c->until];
        bloc_import_problem (t->problems, t->file, f->line, f->col,
                             "until %s is before since %s (expected since <= until)", *until,
                             *since);
        ok = FALSE;
    }
    return ok;
}

/* Panel data: one observation of the pair in @year. */
static void
observe (Table *t, const BlocCsvRecord *r, guint from, guint to, int year, BlocValueMeaning meaning,
         const char *note, const char *source)
{
    t->last_year = MAX (t->last_year, year);
    guint16 value = BLOC_IMPORT_VALUE_MISSING;
    if (meaning.kind == BLOC_VALUE_ROLE) {
        guint id = tie_class (t, meaning.role, note);
        if (id >= BLOC_IMPORT_VALUE_MISSING) {
            bloc_import_problem (t->problems, t->file, r->line, 0,
                                 "more than %u distinct role values (expected fewer)",
                                 BLOC_IMPORT_VALUE_MISSING - 1);
            return;
        }
        value = (guint16)id;
    }
    BlocImportObservation obs = { from, to, r->line, (gint16)year, value, 0 };
    g_array_append_val (t->observations, obs);
    if (t->col.source >= 0)
        g_hash_table_insert (t->sources, GUINT_TO_POINTER (r->line),
                             (gpointer)g_string_chunk_insert_const (t->strings, source));
}

static void
read_row (gpointer data, const BlocCsvRecord *r)
{
    Table *t = data;
    const Columns *c = &t->col;
    g_autoptr (GString) from_id = g_string_new (NULL);
    g_autoptr (GString) to_id = g_string_new (NULL);
    g_autoptr (GString) from_name = g_string_new (NULL);
    g_autoptr (GString) to_name = g_string_new (NULL);
    g_autoptr (GString) value = g_string_new (NULL);
    gboolean ok = TRUE;

    BlocImportEntityRef from = { cell (r, c->from, from_id),
                                 spot (r, c->from),
                                 0,
                                 spot (r, t->from_kind.column),
                                 c->from_name >= 0 ? cell (r, c->from_name, from_name) : NULL,
                                 spot (r, c->from_name) };
    BlocImportEntityRef to = { cell (r, c->to, to_id),
                               spot (r, c->to),
                               0,
                               spot (r, t->to_kind.column),
                               c->to_name >= 0 ? cell (r, c->to_name, to_name) : NULL,
                               spot (r, c->to_name) };
    /* Each end on its own, so that a row shows all its problems. */
    guint from_index = 0, to_index = 0;
    if (!row_kind (t, r, &t->from_kind, &from.kind) ||
        !bloc_import_builder_entity (t->builder, &from_index, &from, t->problems))
        ok = FALSE;
    if (!row_kind (t, r, &t->to_kind, &to.kind) ||
        !bloc_import_builder_entity (t->builder, &to_index, &to, t->problems))
        ok = FALSE;

    BlocValueMeaning meaning = { BLOC_VALUE_ROLE, BLOC_ROLE_MEMBER, FALSE };
    if (c->role >= 0)
        meaning = bloc_role_map_lookup (t->map, cell (r, c->role, value), r->line);
    int year;
    g_autofree char *since = NULL, *until = NULL;
    ok &= row_when (t, r, &year, &since, &until);
    if (!ok || meaning.kind == BLOC_VALUE_UNMAPPED)
        return;
    if (from_index == to_index) {
        bloc_import_problem (t->problems, t->file, from.id_at.line, from.id_at.col,
                             "tie from '%s' to itself (expected two different entities)", from.id);
        return;
    }
    if (meaning.kind == BLOC_VALUE_NONE) {
        bloc_import_report_skip (t->report, "role mapped to none", 1);
        return;
    }
    if (meaning.kind == BLOC_VALUE_MISSING)
        t->report->missing++;

    g_autoptr (GString) source = g_string_new (NULL);
    if (c->source >= 0)
        cell (r, c->source, source);
    if (source->len == 0)
        g_string_printf (source, "%s:%u", t->base, r->line);
    const char *note = meaning.keep_note ? value->str : NULL;
    if (c->year >= 0)
        observe (t, r, from_index, to_index, year, meaning, note, source->str);
    else if (meaning.kind == BLOC_VALUE_MISSING)
        bloc_import_report_skip (t->report, "role mapped to missing", 1);
    else
        bloc_import_builder_tie (t->builder, from_index, to_index, meaning.role, since, until,
                                 source->str, note, (BlocImportSpot){ r->line, 0 }, t->problems);
}

/* Panel data: one row per pair and year, then spells. */
static void
add_spells (Table *t)
{
    g_autoptr (GArray) spells = g_array_new (FALSE, FALSE, sizeof (BlocImportSpell));
    bloc_import_collapse (t->observations, t->options->missing, spells, NULL);

    /* The sort put repeated pair-years side by side. */
    const BlocImportObservation *o = (const BlocImportObservation *)t->observations->data;
    for (guint i = 1; i < t->observations->len; i++) {
        if (o[i].from != o[i - 1].from || o[i].to != o[i - 1].to || o[i].year != o[i - 1].year)
            continue;
        guint first = MIN (o[i].line, o[i - 1].line), again = MAX (o[i].line, o[i - 1].line);
        bloc_import_problem (t->problems, t->file, again, 0,
                             "a second row for %s -> %s in %d (expected one row for each pair "
                             "and year; first at line %u)",
                             bloc_import_builder_entity_id (t->builder, o[i].from),
                             bloc_import_builder_entity_id (t->builder, o[i].to), o[i].year, first);
    }
    for (guint i = 0; i < spells->len; i++) {
        const BlocImportSpell *s = &g_array_index (spells, BlocImportSpell, i);
        const TieClass *tc = &g_array_index (t->classes, TieClass, s->value);
        g_autofree char *since = g_strdup_printf ("%d", s->first);
        g_autofree char *until =
            s->last < t->last_year ? g_strdup_printf ("%d", s->last + 1) : NULL;
        g_autofree char *line_source = NULL;
        const char *source = g_hash_table_lookup (t->sources, GUINT_TO_POINTER (s->line));
        if (source == NULL)
            source = line_source = g_strdup_printf ("%s:%u", t->base, s->line);
        bloc_import_builder_tie (t->builder, s->from, s->to, tc->role, since, until, source,
                                 tc->note, (BlocImportSpot){ s->line, 0 }, t->problems);
    }
}

gboolean
bloc_import_table (BlocImportReport **out, const char *file, const BlocImportTableOptions *o,
                   const BlocImportTarget *target, GError **error)
{
    g_auto (Table) t = { 0 };
    g_auto (BlocImportProblems) problems = { 0 };
    g_autoptr (BlocImportReport) report = bloc_import_report_new ();
    g_autoptr (BlocRoleMap) map = NULL;
    g_auto (BlocImportInput) input = { 0 };

    if (o->year != NULL && (o->since != NULL || o->until != NULL)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "--year with --since or --until (expected either one row per year, or "
                     "dates)");
        return FALSE;
    }
    if (!bloc_role_map_new (&map, o->role_map, o->other_role, error))
        return FALSE;
    if (!bloc_import_target_check (target, error))
        return FALSE;
    if (!bloc_import_input_open (&input, file, target, error))
        return FALSE;

    bloc_import_problems_init (&problems);
    t.file = file;
    t.base = g_path_get_basename (file);
    t.options = o;
    t.report = report;
    t.problems = &problems;
    t.map = map;
    t.observations = g_array_new (FALSE, FALSE, sizeof (BlocImportObservation));
    t.classes = g_array_new (FALSE, FALSE, sizeof (TieClass));
    t.class_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    t.sources = g_hash_table_new (g_direct_hash, g_direct_equal);
    t.strings = g_string_chunk_new (4096);
    g_autoptr (BlocImportBuilder) builder = bloc_import_builder_new (file, NULL);
    t.builder = builder;

    char delimiter;
    const BlocCsvRecord *header;
    g_autoptr (BlocCsvReader) reader = bloc_import_csv_open (
        &input, o->delimiter, "a header line, such as from,to,role", &delimiter, &header, error);
    if (reader == NULL)
        return FALSE;
    if (!read_header (&t, header, error) || !bloc_import_problems_check (&problems, error))
        return FALSE;
    if ((o->role_map != NULL || o->other_role != NULL) && t.col.role < 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "--role-map and --other-role map the values of a role column, and %s has "
                     "none (expected --role COL)",
                     file);
        return FALSE;
    }
    bloc_import_csv_rows (reader, &input, header->n_fields, report, &problems, read_row, &t);
    if (t.col.year >= 0)
        add_spells (&t);
    bloc_import_builder_check (builder, &problems);
    if (t.col.role >= 0) {
        g_autofree char *what = g_strdup_printf ("the column '%s'", t.role_name);
        bloc_role_map_report_unmapped (map, file, what, &problems);
    }
    if (!bloc_import_problems_check (&problems, error))
        return FALSE;

    g_autofree char *title = g_strdup_printf ("Imported from %s", t.base);
    g_autofree char *description = g_strdup_printf (
        "Imported with bloc import table from %s: %u entities, %u ties.", t.base,
        bloc_import_builder_n_entities (builder), bloc_import_builder_n_ties (builder));
    const char *sources[] = { t.base, NULL };
    g_autoptr (GKeyFile) ini = bloc_import_ini_new (target, title, description, sources);

    bloc_import_report_add (
        report, "read: %" G_GUINT64_FORMAT " rows of %s, fields separated by %s%s", report->rows,
        file, bloc_csv_delimiter_name (delimiter), t.col.year >= 0 ? ", one row per year" : "");
    bloc_import_report_add_skipped (report, "rows");
    if (report->missing > 0 || t.col.year >= 0)
        bloc_import_report_add (report, "missing: %" G_GUINT64_FORMAT " %s coded missing%s",
                                report->missing, report->missing == 1 ? "row" : "rows",
                                t.col.year < 0 ? ", no tie"
                                : o->missing == BLOC_IMPORT_MISSING_CARRY
                                    ? ", across which a spell goes on"
                                    : ", at which a spell ends");
    if (!bloc_import_builder_write (builder, ini, target, report, &problems, error))
        return FALSE;
    *out = g_steal_pointer (&report);
    return TRUE;
}
