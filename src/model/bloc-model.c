/* bloc-model.c: kinds, roles, dates, and the dataset with its accessors. */
#include "bloc-model-private.h"

#include <glib/gi18n-lib.h>

#include "bloc-init.h"
#include "bloc-query.h"

#include "bloc-text.h"

#include <stdlib.h>
#include <string.h>

/* The names of kinds and roles are marked for translation (NC_): the tables for people show
 * them in the language asked for. */
static const BlocEnumName kind_names[] = {
    { BLOC_KIND_COUNTRY, NC_ ("kind", "country"), NULL },
    { BLOC_KIND_PERSON, NC_ ("kind", "person"), NULL },
    { BLOC_KIND_ORGANIZATION, NC_ ("kind", "organization"), BLOC_ENUM_ALIASES ("organisation") },
    { BLOC_KIND_BODY, NC_ ("kind", "body"), NULL },
    { BLOC_KIND_AGREEMENT, NC_ ("kind", "agreement"), NULL },
    { BLOC_KIND_PROGRAMME, NC_ ("kind", "programme"), BLOC_ENUM_ALIASES ("program") },
    { BLOC_KIND_FORUM, NC_ ("kind", "forum"), NULL },
    { BLOC_KIND_EXERCISE, NC_ ("kind", "exercise"), NULL },
    { 0, NULL, NULL },
};
static const BlocEnum kind_enum = { "kind", kind_names };

static const BlocEnumName role_names[] = {
    { BLOC_ROLE_MEMBER, NC_ ("role", "member"), NULL },
    { BLOC_ROLE_ASSOCIATE, NC_ ("role", "associate"), NULL },
    { BLOC_ROLE_OBSERVER, NC_ ("role", "observer"), NULL },
    { BLOC_ROLE_PARTNER, NC_ ("role", "partner"), NULL },
    { BLOC_ROLE_SIGNATORY, NC_ ("role", "signatory"), NULL },
    { BLOC_ROLE_PARTY, NC_ ("role", "party"), NULL },
    { BLOC_ROLE_PARTICIPANT, NC_ ("role", "participant"), NULL },
    { BLOC_ROLE_DONOR, NC_ ("role", "donor"), NULL },
    { BLOC_ROLE_IMPLEMENTER, NC_ ("role", "implementer"), NULL },
    { BLOC_ROLE_PART_OF, NC_ ("role", "part_of"), NULL },
    { BLOC_ROLE_HOST, NC_ ("role", "host"), NULL },
    { 0, NULL, NULL },
};
static const BlocEnum role_enum = { "role", role_names };

const BlocEnum *
bloc_kind_enum (void)
{
    return &kind_enum;
}

const BlocEnum *
bloc_role_enum (void)
{
    return &role_enum;
}

/* The tables list the values in enum order, so a value is its index. */
const char *
bloc_kind_to_string (BlocKind kind)
{
    g_return_val_if_fail (kind < BLOC_N_KINDS, "?");
    return kind_names[kind].name;
}

gboolean
bloc_kind_from_string (BlocKind *out, const char *text)
{
    int value;
    if (!bloc_enum_lookup (&value, &kind_enum, text))
        return FALSE;
    *out = (BlocKind)value;
    return TRUE;
}

const char *
bloc_role_to_string (BlocRole role)
{
    g_return_val_if_fail (role < BLOC_N_ROLES, "?");
    return role_names[role].name;
}

gboolean
bloc_role_from_string (BlocRole *out, const char *text)
{
    int value;
    if (!bloc_enum_lookup (&value, &role_enum, text))
        return FALSE;
    *out = (BlocRole)value;
    return TRUE;
}

gboolean
bloc_year_parse (const char *text, int *out)
{
    int year = 0;
    if (*text == '\0' || strlen (text) > 4)
        return FALSE;
    for (const char *p = text; *p; p++) {
        if (!g_ascii_isdigit (*p))
            return FALSE;
        year = year * 10 + (*p - '0');
    }
    if (year < 1)
        return FALSE;
    *out = year;
    return TRUE;
}

#define ID_FORMAT_CHARACTER "(expected an id without format or bidirectional controls)"

/* What is wrong with @id (a static message) and where: the byte offset of the character at
 * fault in @out_offset, and for a format character the character in @out_format (else 0). */
static const char *
id_fault (const char *id, gsize *out_offset, gunichar *out_format)
{
    *out_offset = 0;
    *out_format = 0;
    if (*id == '\0')
        return "empty id (expected an id like KZ or CSTO)";
    if (g_ascii_isspace (id[0]) || g_ascii_isspace (id[strlen (id) - 1]))
        return "id with surrounding spaces (expected the id alone)";
    if (!g_utf8_validate (id, -1, NULL))
        return "id that is not valid UTF-8 (expected UTF-8 text)";
    /* Spreadsheets run a cell that begins so, -2 aside, which is a number. Then no CSV bloc
     * writes needs to mark an id, and ids read back as they are. */
    if (id[0] == '=' || id[0] == '+' || id[0] == '@' || (id[0] == '-' && !bloc_text_is_number (id)))
        return "id beginning with '=', '+', '-' or '@', which a spreadsheet runs as a formula "
               "(expected an id that begins otherwise, or a number like -2)";
    for (const char *p = id; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        *out_offset = (gsize)(p - id);
        if (c == ',' || c == ':' || c == ';' || bloc_text_is_control (c))
            return "id with ',', ':', ';' or a control character (expected an id without them)";
        /* Invisible, or reordering what follows: two ids that differ only by one look alike. */
        if (g_unichar_type (c) == G_UNICODE_FORMAT) {
            *out_format = c;
            return "id with an invisible format character " ID_FORMAT_CHARACTER;
        }
    }
    *out_offset = 0;
    return NULL;
}

const char *
bloc_id_problem (const char *id)
{
    gsize offset;
    gunichar c;
    return id_fault (id, &offset, &c);
}

char *
bloc_id_check (const char *id, gsize *out_offset)
{
    gsize offset;
    gunichar c;
    const char *why = id_fault (id, &offset, &c);

    if (out_offset != NULL)
        *out_offset = offset;
    if (why == NULL)
        return NULL;
    if (c != 0)
        return g_strdup_printf (
            "id with the invisible format character U+%04X " ID_FORMAT_CHARACTER, c);
    return g_strdup (why);
}

gboolean
bloc_kind_set_parse (BlocKindSet *out, const char *text, GError **error)
{
    return bloc_enum_parse_set (out, &kind_enum, text, error);
}

gboolean
bloc_role_set_parse (BlocRoleSet *out, const char *text, GError **error)
{
    return bloc_enum_parse_set (out, &role_enum, text, error);
}

/* Reads exactly @n ASCII digits. */
static gboolean
read_digits (const char **p, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!g_ascii_isdigit ((*p)[i]))
            return FALSE;
        v = v * 10 + ((*p)[i] - '0');
    }
    *p += n;
    *out = v;
    return TRUE;
}

gboolean
bloc_date_parse (BlocDate *out, const char *text, const char **why)
{
    const char *p = text;
    int year, month = 0, day = 0;

    *out = (BlocDate){ 0, 0, 0 };
    if (*text == '\0')
        return TRUE;
    if (!read_digits (&p, 4, &year) || year < 1) {
        *why = "not a year";
        return FALSE;
    }
    if (*p == '-') {
        p++;
        if (!read_digits (&p, 2, &month) || month < 1 || month > 12) {
            *why = "not a month 01-12";
            return FALSE;
        }
        if (*p == '-') {
            p++;
            if (!read_digits (&p, 2, &day) ||
                !g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year)) {
                *why = "not a day of that month";
                return FALSE;
            }
        }
    }
    if (*p != '\0') {
        *why = "unexpected text after the date";
        return FALSE;
    }
    *out = (BlocDate){ (gint16)year, (guint8)month, (guint8)day };
    return TRUE;
}

int
bloc_date_compare (BlocDate a, BlocDate b)
{
    if (a.year != b.year)
        return a.year < b.year ? -1 : 1;
    if (a.month == 0 || b.month == 0 || a.month == b.month) {
        if (a.month == 0 || b.month == 0 || a.day == 0 || b.day == 0 || a.day == b.day)
            return 0;
        return a.day < b.day ? -1 : 1;
    }
    return a.month < b.month ? -1 : 1;
}

static void
group_free (gpointer data)
{
    BlocGroup *g = data;
    g_array_unref (g->members);
    g_free (g);
}

BlocDataset *
bloc_dataset_new (const char *origin)
{
    BlocDataset *ds;

    bloc_init ();
    ds = g_new0 (BlocDataset, 1);

    ds->origin = g_strdup (origin);
    ds->strings = g_string_chunk_new (64 * 1024);
    ds->title = "";
    ds->description = "";
    ds->sources = (const char *const *)g_new0 (char *, 1);
    ds->entity_columns = g_ptr_array_new ();
    ds->tie_columns = g_ptr_array_new ();
    ds->entities = g_array_new (FALSE, TRUE, sizeof (BlocEntity));
    ds->ties = g_array_new (FALSE, TRUE, sizeof (BlocTie));
    ds->groups = g_ptr_array_new_with_free_func (group_free);
    ds->scenario = g_ptr_array_new_with_free_func (g_free);
    ds->scenario_changes = g_array_new (FALSE, FALSE, sizeof (BlocScenarioChange));
    ds->index = g_hash_table_new (g_str_hash, g_str_equal);
    ds->cells = g_array_new (FALSE, FALSE, sizeof (BlocCell));
    ds->cell_text = g_byte_array_new ();
    g_byte_array_append (ds->cell_text, (const guint8 *)"", 1); /* offset 0: "" */
    ds->entity_id_column = ds->entity_name_column = -1;
    ds->tie_from_column = ds->tie_to_column = ds->tie_role_column = -1;
    /* Default role weights, for weighted overlap and for picking a pair's strongest role; a
     * dataset's [weights] section overrides them. Full roles count 1, partial ones less. */
    static const double default_weights[BLOC_N_ROLES] = {
        [BLOC_ROLE_MEMBER] = 1.0,      [BLOC_ROLE_ASSOCIATE] = 0.5, [BLOC_ROLE_OBSERVER] = 0.25,
        [BLOC_ROLE_PARTNER] = 0.25,    [BLOC_ROLE_SIGNATORY] = 1.0, [BLOC_ROLE_PARTY] = 1.0,
        [BLOC_ROLE_PARTICIPANT] = 0.5, [BLOC_ROLE_DONOR] = 0.5,     [BLOC_ROLE_IMPLEMENTER] = 0.5,
        [BLOC_ROLE_PART_OF] = 1.0,     [BLOC_ROLE_HOST] = 1.0,
    };
    for (int r = 0; r < BLOC_N_ROLES; r++)
        ds->weights[r] = default_weights[r];
    return ds;
}

void
bloc_dataset_free (BlocDataset *ds)
{
    if (ds == NULL)
        return;
    g_free (ds->origin);
    g_free ((gpointer)ds->sources);
    g_ptr_array_unref (ds->entity_columns);
    g_ptr_array_unref (ds->tie_columns);
    g_array_unref (ds->cells);
    g_byte_array_unref (ds->cell_text);
    g_array_unref (ds->entities);
    g_array_unref (ds->ties);
    g_ptr_array_unref (ds->groups);
    g_ptr_array_unref (ds->scenario);
    g_array_unref (ds->scenario_changes);
    g_hash_table_unref (ds->index);
    g_string_chunk_free (ds->strings);
    g_free (ds);
}

const char *
bloc_dataset_origin (const BlocDataset *ds)
{
    return ds->origin;
}

const char *
bloc_dataset_title (const BlocDataset *ds)
{
    return ds->title;
}

const char *
bloc_dataset_description (const BlocDataset *ds)
{
    return ds->description;
}

const char *const *
bloc_dataset_sources (const BlocDataset *ds)
{
    return ds->sources;
}

const char *
bloc_dataset_default_group (const BlocDataset *ds)
{
    return ds->default_group;
}

double
bloc_dataset_role_weight (const BlocDataset *ds, BlocRole role)
{
    g_return_val_if_fail (role < BLOC_N_ROLES, 0.0);
    return ds->weights[role];
}

guint
bloc_dataset_n_entities (const BlocDataset *ds)
{
    return ds->entities->len;
}

const BlocEntity *
bloc_dataset_entity (const BlocDataset *ds, guint index)
{
    g_return_val_if_fail (index < ds->entities->len, NULL);
    return &g_array_index (ds->entities, BlocEntity, index);
}

guint
bloc_dataset_n_ties (const BlocDataset *ds)
{
    return ds->ties->len;
}

const BlocTie *
bloc_dataset_tie (const BlocDataset *ds, guint index)
{
    g_return_val_if_fail (index < ds->ties->len, NULL);
    return &g_array_index (ds->ties, BlocTie, index);
}

guint
bloc_dataset_n_groups (const BlocDataset *ds)
{
    return ds->groups->len;
}

const BlocGroup *
bloc_dataset_nth_group (const BlocDataset *ds, guint index)
{
    g_return_val_if_fail (index < ds->groups->len, NULL);
    return g_ptr_array_index (ds->groups, index);
}

guint
bloc_dataset_n_entity_columns (const BlocDataset *ds)
{
    return ds->entity_columns->len;
}

const char *
bloc_dataset_entity_column (const BlocDataset *ds, guint index)
{
    g_return_val_if_fail (index < ds->entity_columns->len, NULL);
    return g_ptr_array_index (ds->entity_columns, index);
}

guint
bloc_dataset_n_tie_columns (const BlocDataset *ds)
{
    return ds->tie_columns->len;
}

const char *
bloc_dataset_tie_column (const BlocDataset *ds, guint index)
{
    g_return_val_if_fail (index < ds->tie_columns->len, NULL);
    return g_ptr_array_index (ds->tie_columns, index);
}

guint
bloc_dataset_n_scenario_lines (const BlocDataset *ds)
{
    return ds->scenario->len;
}

const char *
bloc_dataset_scenario_line (const BlocDataset *ds, guint index)
{
    g_return_val_if_fail (index < ds->scenario->len, NULL);
    return g_ptr_array_index (ds->scenario, index);
}

gboolean
bloc_dataset_scenario_change (const BlocDataset *ds, guint index, guint *out_from, guint *out_to,
                              BlocRole *out_role)
{
    g_return_val_if_fail (index < ds->scenario_changes->len, FALSE);
    const BlocScenarioChange *c = &g_array_index (ds->scenario_changes, BlocScenarioChange, index);
    *out_from = c->from;
    *out_to = c->to;
    *out_role = c->role;
    return c->added;
}

const char *
bloc_dataset_intern (BlocDataset *ds, const char *text)
{
    return g_string_chunk_insert_const (ds->strings, text);
}

gboolean
bloc_dataset_lookup (const BlocDataset *ds, const char *id, guint *out)
{
    guint v = GPOINTER_TO_UINT (g_hash_table_lookup (ds->index, id));
    if (v == 0)
        return FALSE;
    *out = v - 1;
    return TRUE;
}

gboolean
bloc_dataset_find (const BlocDataset *ds, const char *id, guint *out, GError **error)
{
    if (bloc_dataset_lookup (ds, id, out))
        return TRUE;
    g_autofree char *message = bloc_dataset_unknown_id_message (ds, id);
    g_set_error_literal (error, BLOC_ERROR, BLOC_ERROR_NOT_FOUND, message);
    return FALSE;
}

const BlocGroup *
bloc_dataset_group (const BlocDataset *ds, const char *id)
{
    for (guint i = 0; i < ds->groups->len; i++) {
        const BlocGroup *g = g_ptr_array_index (ds->groups, i);
        if (strcmp (g->id, id) == 0)
            return g;
    }
    return NULL;
}

int
bloc_column_index (const GPtrArray *columns, const char *column)
{
    for (guint i = 0; i < columns->len; i++)
        if (strcmp (g_ptr_array_index (columns, i), column) == 0)
            return (int)i;
    return -1;
}

guint32
bloc_dataset_cell_text (BlocDataset *ds, const char *text, gsize len)
{
    guint32 at = ds->cell_text->len;
    /* One-byte cells (codes, flags) are common in wide files: they share one copy each. */
    guint32 *shared = len == 1 ? &ds->one_byte[(guchar)text[0]] : NULL;

    if (shared != NULL && *shared != 0)
        return *shared;
    if (len >= G_MAXUINT32 - at)
        return 0;
    g_byte_array_append (ds->cell_text, (const guint8 *)text, (guint)len);
    g_byte_array_append (ds->cell_text, (const guint8 *)"", 1);
    if (shared != NULL)
        *shared = at;
    return at;
}

void
bloc_dataset_cells_add (BlocDataset *ds, guint column, guint32 text)
{
    BlocCell cell = { column, text };
    g_array_append_val (ds->cells, cell);
}

const char *
bloc_dataset_cell (const BlocDataset *ds, guint at, guint n, guint column)
{
    if (n == 0)
        return "";
    const BlocCell *cells = &g_array_index (ds->cells, BlocCell, at);
    guint lo = 0, hi = n;

    /* A binary search of the row's columns. */
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        if (cells[mid].column < column)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < n && cells[lo].column == column)
        return (const char *)ds->cell_text->data + cells[lo].text;
    return "";
}

const char *
bloc_entity_cell_at (const BlocDataset *ds, const BlocEntity *e, guint column)
{
    if ((int)column == ds->entity_id_column)
        return e->id;
    if ((int)column == ds->entity_name_column)
        return e->name;
    return bloc_dataset_cell (ds, e->cells_at, e->n_cells, column);
}

const char *
bloc_tie_cell_at (const BlocDataset *ds, const BlocTie *t, guint column)
{
    if (t->line == 0) /* added by a scenario: no cells */
        return "";
    if ((int)column == ds->tie_from_column)
        return bloc_dataset_entity (ds, t->from)->id;
    if ((int)column == ds->tie_to_column)
        return bloc_dataset_entity (ds, t->to)->id;
    if ((int)column == ds->tie_role_column)
        return bloc_role_to_string (t->role);
    return bloc_dataset_cell (ds, t->cells_at, t->n_cells, column);
}

const char *
bloc_entity_cell (const BlocDataset *ds, const BlocEntity *e, const char *column)
{
    int i = bloc_column_index (ds->entity_columns, column);
    return i < 0 ? "" : bloc_entity_cell_at (ds, e, (guint)i);
}

const char *
bloc_tie_cell (const BlocDataset *ds, const BlocTie *t, const char *column)
{
    int i = bloc_column_index (ds->tie_columns, column);
    return i < 0 ? "" : bloc_tie_cell_at (ds, t, (guint)i);
}

const char *
bloc_entity_label (const BlocDataset *ds, const BlocEntity *e, const char *lang)
{
    if (lang != NULL && *lang != '\0' && strcmp (lang, "en") != 0) {
        char column[32];
        g_snprintf (column, sizeof column, "name@%s", lang);
        const char *label = bloc_entity_cell (ds, e, column);
        if (*label != '\0')
            return label;
    }
    return e->name;
}

int
bloc_dataset_compare_ids (const BlocDataset *ds, guint a, guint b)
{
    return strcmp (bloc_dataset_entity (ds, a)->id, bloc_dataset_entity (ds, b)->id);
}

char *
bloc_dataset_join_ids (const BlocDataset *ds, const GArray *entities, const char *separator,
                       guint max)
{
    GString *s = g_string_new (NULL);
    guint n = max > 0 ? MIN (max, entities->len) : entities->len;
    for (guint i = 0; i < n; i++) {
        if (i > 0)
            g_string_append (s, separator);
        g_string_append (s, bloc_dataset_entity (ds, g_array_index (entities, guint, i))->id);
    }
    if (n < entities->len)
        g_string_append_printf (s, " and %u more", entities->len - n);
    return g_string_free (s, FALSE);
}

static int
compare_index_by_id (gconstpointer a, gconstpointer b, gpointer user_data)
{
    return bloc_dataset_compare_ids (user_data, *(const guint *)a, *(const guint *)b);
}

void
bloc_dataset_sort_by_id (const BlocDataset *ds, GArray *indices)
{
    g_array_sort_with_data (indices, compare_index_by_id, (gpointer)ds);
}

/* The message for a group that is neither a group nor an entity: the nearest groups (by id, or
 * by name), else the nearest entity ids, and the groups there are. */
static char *
unknown_group_message (const BlocDataset *ds, const char *spec)
{
    g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
    g_autofree char *folded = bloc_text_fold (spec);
    g_autoptr (GStrvBuilder) named = g_strv_builder_new ();
    GString *s = g_string_new (NULL);

    for (guint i = 0; i < ds->groups->len; i++) {
        const BlocGroup *g = g_ptr_array_index (ds->groups, i);
        g_autofree char *name = bloc_text_fold (g->name);
        g_strv_builder_add (ids, g->id);
        if (*name != '\0' && strcmp (name, folded) == 0)
            g_strv_builder_add (named, g->id);
    }
    g_auto (GStrv) group_ids = g_strv_builder_end (ids);
    g_auto (GStrv) near = g_strv_builder_end (named);
    if (near[0] == NULL) {
        g_strfreev (near);
        near = bloc_text_suggest (spec, (const char *const *)group_ids, 3);
    }
    if (near[0] == NULL) {
        g_strfreev (near);
        near = bloc_dataset_suggest_ids (ds, spec, 3);
    }
    g_string_append_printf (s, "unknown group '%s'", spec);
    if (near[0] != NULL) {
        g_autofree char *hint = bloc_text_quote_list ((const char *const *)near);
        g_string_append_printf (s, "; did you mean %s?", hint);
    }
    if (group_ids[0] == NULL) {
        g_string_append_printf (s, " (%s defines no group; expected a list of ids like KZ,KG)",
                                ds->origin);
    } else {
        g_autofree char *list = g_strjoinv (", ", group_ids);
        g_string_append_printf (s, " (expected a group of %s: %s; or a list of ids like KZ,KG)",
                                ds->origin, list);
    }
    return g_string_free (s, FALSE);
}

gboolean
bloc_dataset_resolve_group (const BlocDataset *ds, const char *spec, GArray **out_members,
                            char **out_name, GError **error)
{
    const BlocGroup *group = bloc_dataset_group (ds, spec);

    if (group != NULL) {
        g_autoptr (GArray) members = g_array_copy (group->members);
        *out_members = g_steal_pointer (&members);
        *out_name = g_strdup (*group->name ? group->name : group->id);
        return TRUE;
    }
    if (*spec == '\0') {
        g_set_error (
            error, BLOC_ERROR, BLOC_ERROR_USAGE,
            "empty group (expected a [group:ID] of dataset.ini or a list of ids like KZ,KG)");
        return FALSE;
    }
    if (strchr (spec, ',') == NULL && !bloc_dataset_lookup (ds, spec, &(guint){ 0 })) {
        g_autofree char *message = unknown_group_message (ds, spec);
        g_set_error_literal (error, BLOC_ERROR, BLOC_ERROR_NOT_FOUND, message);
        return FALSE;
    }

    g_auto (GStrv) ids = g_strsplit (spec, ",", -1);
    g_autoptr (GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
    for (int i = 0; ids[i] != NULL; i++) {
        guint index;
        const char *id = g_strstrip (ids[i]);
        if (*id == '\0')
            continue;
        if (!bloc_dataset_find (ds, id, &index, error))
            return FALSE;
        if (g_hash_table_add (seen, GUINT_TO_POINTER (index + 1)))
            g_array_append_val (members, index);
    }
    if (members->len == 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "empty group '%s'", spec);
        return FALSE;
    }
    *out_members = g_steal_pointer (&members);
    *out_name = g_strdup (spec);
    return TRUE;
}

/* The years [*first, *end) of one object's own since and until, 0 when open. An interval that
 * begins and ends in the same year (joined in March, left in June) counts in that year. */
static void
own_years (BlocDate since, BlocDate until, int *first, int *end)
{
    *first = since.year;
    *end = until.year;
    if (*first != 0 && *end == *first)
        *end = *first + 1;
}

gboolean
bloc_entity_exists (const BlocEntity *e, int year)
{
    int first, end;

    own_years (e->since, e->until, &first, &end);
    if (year == BLOC_YEAR_ALL)
        return end == 0;
    return (first == 0 || first <= year) && (end == 0 || year < end);
}

void
bloc_entity_years (const BlocEntity *e, int *out_first, int *out_end)
{
    own_years (e->since, e->until, out_first, out_end);
}

const char *
bloc_entity_region (const BlocDataset *ds, const BlocEntity *e)
{
    return bloc_entity_cell (ds, e, "region");
}

/* strcmp() for a GPtrArray of strings: byte order, the same under every locale. */
static int
compare_strings (gconstpointer a, gconstpointer b)
{
    return strcmp (*(const char *const *)a, *(const char *const *)b);
}

char **
bloc_dataset_regions (const BlocDataset *ds)
{
    g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr (GPtrArray) regions = g_ptr_array_new ();

    for (guint i = 0; i < ds->entities->len; i++) {
        const char *region = bloc_entity_region (ds, bloc_dataset_entity (ds, i));
        if (*region == '\0')
            continue;
        if (g_hash_table_add (seen, bloc_text_fold (region)))
            g_ptr_array_add (regions, (gpointer)region);
    }
    g_ptr_array_sort (regions, compare_strings);
    char **out = g_new0 (char *, regions->len + 1);
    for (guint i = 0; i < regions->len; i++)
        out[i] = g_strdup (g_ptr_array_index (regions, i));
    return out;
}

gboolean
bloc_dataset_resolve_region (const BlocDataset *ds, const char *region, GArray **out,
                             GError **error)
{
    g_autofree char *wanted = bloc_text_fold (region);
    g_autoptr (GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));

    for (guint i = 0; *wanted != '\0' && i < ds->entities->len; i++) {
        const char *own = bloc_entity_region (ds, bloc_dataset_entity (ds, i));
        if (*own == '\0')
            continue;
        g_autofree char *folded = bloc_text_fold (own);
        if (strcmp (folded, wanted) == 0)
            g_array_append_val (members, i);
    }
    if (members->len > 0) {
        bloc_dataset_sort_by_id (ds, members);
        *out = g_steal_pointer (&members);
        return TRUE;
    }
    g_auto (GStrv) regions = bloc_dataset_regions (ds);
    if (regions[0] == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "unknown region '%s' (the entities of %s have no region)", region, ds->origin);
        return FALSE;
    }
    g_auto (GStrv) near = bloc_text_suggest (region, (const char *const *)regions, 3);
    g_autofree char *list = g_strjoinv (", ", regions);
    GString *message = g_string_new (NULL);
    g_string_append_printf (message, "unknown region '%s'", region);
    if (near[0] != NULL) {
        g_autofree char *hint = bloc_text_quote_list ((const char *const *)near);
        g_string_append_printf (message, "; did you mean %s?", hint);
    }
    g_string_append_printf (message, " (expected one of: %s)", list);
    g_set_error_literal (error, BLOC_ERROR, BLOC_ERROR_USAGE, message->str);
    g_string_free (message, TRUE);
    return FALSE;
}

char **
bloc_dataset_languages (const BlocDataset *ds)
{
    g_autoptr (GStrvBuilder) languages = g_strv_builder_new ();

    for (guint i = 0; i < ds->entity_columns->len; i++) {
        const char *column = g_ptr_array_index (ds->entity_columns, i);
        if (g_str_has_prefix (column, "name@") && column[5] != '\0')
            g_strv_builder_add (languages, column + 5);
    }
    return g_strv_builder_end (languages);
}

GArray *
bloc_dataset_groups_of (const BlocDataset *ds, guint entity)
{
    GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));

    for (guint i = 0; i < ds->groups->len; i++) {
        const BlocGroup *g = g_ptr_array_index (ds->groups, i);
        for (guint k = 0; k < g->members->len; k++) {
            if (g_array_index (g->members, guint, k) == entity) {
                g_array_append_val (out, i);
                break;
            }
        }
    }
    return out;
}

void
bloc_dataset_bound_tie (const BlocDataset *ds, BlocTie *t)
{
    const BlocEntity *from = bloc_dataset_entity (ds, t->from);
    const BlocEntity *to = bloc_dataset_entity (ds, t->to);
    int firsts[3], ends[3], first = 0, end = 0;

    /* Each object's own years first, then their intersection: a tie that left in 2012 stays out
     * of 2012 even when its organization was founded in 2012. */
    own_years (t->since, t->until, &firsts[0], &ends[0]);
    own_years (from->since, from->until, &firsts[1], &ends[1]);
    own_years (to->since, to->until, &firsts[2], &ends[2]);
    for (int i = 0; i < 3; i++) {
        if (firsts[i] != 0 && firsts[i] > first)
            first = firsts[i];
        if (ends[i] != 0 && (end == 0 || ends[i] < end))
            end = ends[i];
    }
    /* An empty intersection: never active (first == end). */
    if (first != 0 && end != 0 && end < first)
        end = first;
    t->first_year = (gint16)first;
    t->end_year = (gint16)end;
}

typedef struct {
    const BlocDataset *ds;
    gboolean incoming;
} TieOrder;

static int
compare_ties (gconstpointer a, gconstpointer b, gpointer user_data)
{
    const TieOrder *order = user_data;
    const BlocTie *ta = bloc_dataset_tie (order->ds, *(const guint *)a);
    const BlocTie *tb = bloc_dataset_tie (order->ds, *(const guint *)b);
    int c = bloc_dataset_compare_ids (order->ds, order->incoming ? ta->from : ta->to,
                                      order->incoming ? tb->from : tb->to);
    if (c != 0)
        return c;
    if (ta->role != tb->role)
        return ta->role < tb->role ? -1 : 1;
    /* Full dates, unknown parts first: a total order, unlike the common-precision compare. */
    guint32 a_date =
        ((guint32)(guint16)ta->since.year << 16) | (ta->since.month << 8) | ta->since.day;
    guint32 b_date =
        ((guint32)(guint16)tb->since.year << 16) | (tb->since.month << 8) | tb->since.day;
    return a_date < b_date ? -1 : a_date > b_date;
}

GArray *
bloc_dataset_ties_of (const BlocDataset *ds, guint entity, gboolean incoming, int year,
                      gboolean all)
{
    GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
    TieOrder order = { ds, incoming };

    for (guint i = 0; i < ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if ((incoming ? t->to : t->from) != entity)
            continue;
        if (all || bloc_tie_active (t, year))
            g_array_append_val (out, i);
    }
    g_array_sort_with_data (out, compare_ties, &order);
    return out;
}

static void
widen_year (BlocCounts *c, int year)
{
    if (year == 0)
        return;
    if (c->first_year == 0 || year < c->first_year)
        c->first_year = year;
    if (year > c->last_year)
        c->last_year = year;
}

/* Widens @c to the years an object with @since and @until is active in: until is the first year
 * it is not, so a roadmap for 2024 to 2025 (until 2026) covers 2025 at most. */
static void
widen_years (BlocCounts *c, BlocDate since, BlocDate until)
{
    int first, end;
    own_years (since, until, &first, &end);
    widen_year (c, first);
    widen_year (c, end != 0 ? end - 1 : 0);
}

void
bloc_dataset_count (const BlocDataset *ds, int year, BlocCounts *out)
{
    bloc_dataset_count_among (ds, year, NULL, out);
}

void
bloc_dataset_count_among (const BlocDataset *ds, int year, const gboolean *keep, BlocCounts *out)
{
    memset (out, 0, sizeof *out);
    for (guint i = 0; i < ds->entities->len; i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, i);
        if (keep != NULL && !keep[i])
            continue;
        widen_years (out, e->since, e->until);
        if (year == BLOC_YEAR_ALL || bloc_entity_exists (e, year))
            out->kinds[e->kind]++;
    }
    for (guint i = 0; i < ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (keep != NULL && !keep[t->from] && !keep[t->to])
            continue;
        widen_years (out, t->since, t->until);
        if (!bloc_tie_active (t, year))
            continue;
        out->roles[t->role]++;
        out->n_ties++;
    }
}
