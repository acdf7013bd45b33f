/* bloc-import-report.c: what the importers say: problems, unmapped values and the report. */
#include <string.h>

#include "bloc-import-private.h"
#include "bloc-load.h"

/* ---- Problems ---------------------------------------------------------------------------- */

void
bloc_import_problems_init (BlocImportProblems *p)
{
    p->text = g_string_new (NULL);
    p->tail = g_string_new (NULL);
    p->shown = 0;
    p->total = 0;
}

void
bloc_import_problems_clear (BlocImportProblems *p)
{
    if (p->text != NULL)
        g_string_free (p->text, TRUE);
    if (p->tail != NULL)
        g_string_free (p->tail, TRUE);
    p->text = p->tail = NULL;
}

void
bloc_import_problem_message (BlocImportProblems *p, const char *message)
{
    p->total++;
    if (p->shown >= BLOC_LOAD_MAX_ERRORS)
        return;
    if (p->text->len > 0)
        g_string_append_c (p->text, '\n');
    g_string_append (p->text, message);
    p->shown++;
}

void
bloc_import_problem (BlocImportProblems *p, const char *file, guint line, guint col,
                     const char *format, ...)
{
    va_list args;

    if (p->shown >= BLOC_LOAD_MAX_ERRORS) {
        p->total++;
        return;
    }
    va_start (args, format);
    g_autofree char *what = g_strdup_vprintf (format, args);
    va_end (args);
    if (col > 0) {
        g_autofree char *message = bloc_text_position (file, line, col, what);
        bloc_import_problem_message (p, message);
        return;
    }
    /* Without a column (GraphML gives lines), or a line; on one line all the same. */
    g_autofree char *one_line = bloc_text_one_line (what);
    g_autofree char *message = line == 0 ? g_strdup_printf ("%s: %s", file, one_line)
                                         : g_strdup_printf ("%s:%u: %s", file, line, one_line);
    bloc_import_problem_message (p, message);
}

gboolean
bloc_import_problems_any (const BlocImportProblems *p)
{
    return p->total > 0 || p->tail->len > 0;
}

gboolean
bloc_import_problems_check (BlocImportProblems *p, GError **error)
{
    if (!bloc_import_problems_any (p))
        return TRUE;
    GString *all = g_string_new (p->text->str);
    if (p->total > p->shown)
        g_string_append_printf (all,
                                "\nand %" G_GUINT64_FORMAT " more problems (%" G_GUINT64_FORMAT
                                " in all; the first %u are shown)",
                                p->total - p->shown, p->total, p->shown);
    if (p->tail->len > 0) {
        if (all->len > 0)
            g_string_append_c (all, '\n');
        g_string_append (all, p->tail->str);
    }
    g_set_error_literal (error, BLOC_ERROR, BLOC_ERROR_DATA, all->str);
    g_string_free (all, TRUE);
    return FALSE;
}

/* ---- Roles from source values ------------------------------------------------------------ */

typedef struct {
    guint64 count;
    guint line;  /* first */
    guint order; /* of first appearance */
} Unmapped;

struct BlocRoleMap {
    GHashTable *entries;  /* value -> BlocValueMeaning * */
    GHashTable *unmapped; /* value -> Unmapped * */
    gboolean have_other;
    BlocRole other;
};

void
bloc_role_map_free (BlocRoleMap *map)
{
    if (map == NULL)
        return;
    g_hash_table_unref (map->entries);
    g_hash_table_unref (map->unmapped);
    g_free (map);
}

/* The targets of --role-map: bloc's roles, then none and missing. */
enum { TARGET_NONE = BLOC_N_ROLES, TARGET_MISSING };

static const BlocEnum *
target_enum (void)
{
    static BlocEnumName names[BLOC_N_ROLES + 3];
    static BlocEnum targets = { "role", names };
    static gsize done;

    if (g_once_init_enter (&done)) {
        const BlocEnum *roles = bloc_role_enum ();
        guint n = bloc_enum_n_values (roles);
        g_assert (n == BLOC_N_ROLES);
        memcpy (names, roles->names, n * sizeof *names);
        names[n] = (BlocEnumName){ TARGET_NONE, "none", NULL };
        names[n + 1] = (BlocEnumName){ TARGET_MISSING, "missing", NULL };
        g_once_init_leave (&done, 1);
    }
    return &targets;
}

/* Parses a target of the map, ignoring ASCII case: a role, `none` or `missing`. */
static gboolean
parse_target (BlocValueMeaning *out, const char *text, GError **error)
{
    g_autofree char *lower = g_ascii_strdown (text, -1);
    int value;
    *out = (BlocValueMeaning){ BLOC_VALUE_ROLE, BLOC_ROLE_MEMBER, FALSE };
    if (!bloc_enum_lookup (&value, target_enum (), lower)) {
        g_autofree char *why = bloc_enum_unknown (target_enum (), text);
        g_set_error_literal (error, BLOC_ERROR, BLOC_ERROR_USAGE, why);
        return FALSE;
    }
    if (value == TARGET_NONE)
        out->kind = BLOC_VALUE_NONE;
    else if (value == TARGET_MISSING)
        out->kind = BLOC_VALUE_MISSING;
    else
        out->role = (BlocRole)value;
    return TRUE;
}

gboolean
bloc_role_map_new (BlocRoleMap **out, const char *const *items, const char *other_role,
                   GError **error)
{
    g_autoptr (BlocRoleMap) map = g_new0 (BlocRoleMap, 1);

    map->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    map->unmapped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    for (guint i = 0; items != NULL && items[i] != NULL; i++) {
        g_auto (GStrv) parts = g_strsplit (items[i], ",", -1);
        for (guint j = 0; parts[j] != NULL; j++) {
            char *part = bloc_import_trim (parts[j]);
            if (*part == '\0')
                continue;
            /* Roles hold no '=': the last one separates the value from the role. */
            char *equals = strrchr (part, '=');
            if (equals == NULL) {
                g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                             "--role-map '%s': no '=' (expected VALUE=ROLE, like 1=member)", part);
                return FALSE;
            }
            *equals = '\0';
            const char *value = bloc_import_trim (part);
            const char *target = bloc_import_trim (equals + 1);
            BlocValueMeaning meaning;
            if (!parse_target (&meaning, target, error)) {
                g_prefix_error (error, "--role-map '%s=%s': ", value, target);
                return FALSE;
            }
            const BlocValueMeaning *before = g_hash_table_lookup (map->entries, value);
            if (before != NULL && (before->kind != meaning.kind || before->role != meaning.role)) {
                g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                             "--role-map maps '%s' twice, to two roles (expected one role for "
                             "each value)",
                             value);
                return FALSE;
            }
            g_hash_table_insert (map->entries, g_strdup (value),
                                 g_memdup2 (&meaning, sizeof meaning));
        }
    }
    if (other_role != NULL) {
        g_autofree char *lower = g_ascii_strdown (other_role, -1);
        int role;
        if (!bloc_enum_lookup (&role, bloc_role_enum (), g_strstrip (lower))) {
            g_autofree char *why = bloc_enum_unknown (bloc_role_enum (), other_role);
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "--other-role: %s", why);
            return FALSE;
        }
        map->other = (BlocRole)role;
        map->have_other = TRUE;
    }
    *out = g_steal_pointer (&map);
    return TRUE;
}

gboolean
bloc_role_map_has (const BlocRoleMap *map, const char *value)
{
    return g_hash_table_contains (map->entries, value);
}

BlocValueMeaning
bloc_role_map_lookup (BlocRoleMap *map, const char *value, guint line)
{
    const BlocValueMeaning *entry = g_hash_table_lookup (map->entries, value);
    if (entry != NULL)
        return *entry;

    BlocValueMeaning meaning = { BLOC_VALUE_ROLE, BLOC_ROLE_MEMBER, FALSE };
    g_autofree char *lower = g_ascii_strdown (value, -1);
    if (bloc_role_from_string (&meaning.role, lower))
        return meaning;
    if (map->have_other) {
        meaning.role = map->other;
        meaning.keep_note = TRUE;
        return meaning;
    }
    Unmapped *u = g_hash_table_lookup (map->unmapped, value);
    if (u == NULL) {
        u = g_new0 (Unmapped, 1);
        u->line = line;
        u->order = g_hash_table_size (map->unmapped);
        g_hash_table_insert (map->unmapped, g_strdup (value), u);
    }
    u->count++;
    meaning.kind = BLOC_VALUE_UNMAPPED;
    return meaning;
}

typedef struct {
    const char *value;
    const Unmapped *u;
} UnmappedEntry;

static int
compare_unmapped (gconstpointer a, gconstpointer b)
{
    const UnmappedEntry *x = a, *y = b;
    return x->u->order < y->u->order ? -1 : x->u->order > y->u->order;
}

void
bloc_role_map_report_unmapped (const BlocRoleMap *map, const char *file, const char *what,
                               BlocImportProblems *p)
{
    guint n = g_hash_table_size (map->unmapped);
    if (n == 0)
        return;

    g_autoptr (GArray) entries = g_array_sized_new (FALSE, FALSE, sizeof (UnmappedEntry), n);
    GHashTableIter iter;
    gpointer key, value;
    g_hash_table_iter_init (&iter, map->unmapped);
    while (g_hash_table_iter_next (&iter, &key, &value)) {
        UnmappedEntry e = { key, value };
        g_array_append_val (entries, e);
    }
    g_array_sort (entries, compare_unmapped);

    g_autofree char *roles = bloc_enum_list (bloc_role_enum ());
    GString *s = p->tail;
    if (s->len > 0)
        g_string_append_c (s, '\n');
    g_string_append_printf (s,
                            "%s: %u %s of %s %s of bloc (expected one of: %s; each is listed "
                            "with its first line and count):",
                            file, n, n == 1 ? "value" : "values", what,
                            n == 1 ? "is not a role" : "are not roles", roles);
    for (guint i = 0; i < entries->len; i++) {
        const UnmappedEntry *e = &g_array_index (entries, UnmappedEntry, i);
        g_autofree char *shown = bloc_text_one_line (e->value);
        g_string_append_printf (s, "\n%s:%u: '%s'%s, %" G_GUINT64_FORMAT " %s", file, e->u->line,
                                shown, *shown ? "" : " (empty)", e->u->count,
                                e->u->count == 1 ? "time" : "times");
    }
    g_string_append (s, "\nmap them with --role-map VALUE=ROLE (ROLE a role, none or missing), "
                        "or give them one role with --other-role ROLE, which keeps each value "
                        "in its tie's note");
}

/* ---- The report -------------------------------------------------------------------------- */

BlocImportReport *
bloc_import_report_new (void)
{
    BlocImportReport *r = g_new0 (BlocImportReport, 1);
    r->lines = g_ptr_array_new_with_free_func (g_free);
    g_ptr_array_add (r->lines, NULL);
    r->reasons = g_ptr_array_new_with_free_func (g_free);
    r->counts = g_array_new (FALSE, TRUE, sizeof (guint64));
    return r;
}

void
bloc_import_report_free (BlocImportReport *r)
{
    if (r == NULL)
        return;
    g_ptr_array_unref (r->lines);
    g_ptr_array_unref (r->reasons);
    g_array_unref (r->counts);
    g_free (r);
}

void
bloc_import_report_add (BlocImportReport *r, const char *format, ...)
{
    va_list args;
    va_start (args, format);
    char *line = g_strdup_vprintf (format, args);
    va_end (args);
    /* Keep the terminating NULL last. */
    r->lines->pdata[r->lines->len - 1] = line;
    g_ptr_array_add (r->lines, NULL);
}

/* Inserts a line at the start. */
void
bloc_import_report_prepend (BlocImportReport *r, const char *line)
{
    g_ptr_array_insert (r->lines, 0, g_strdup (line));
}

/* "skipped: 12 rows (role none: 10; duplicate: 2)", when anything was skipped. */
void
bloc_import_report_add_skipped (BlocImportReport *r, const char *unit)
{
    if (r->skipped == 0)
        return;
    GString *s = g_string_new (NULL);
    /* "rows", or "row" for one. */
    g_string_append_printf (s, "skipped: %" G_GUINT64_FORMAT " %.*s, no tie (", r->skipped,
                            (int)strlen (unit) - (r->skipped == 1), unit);
    for (guint i = 0; i < r->reasons->len; i++)
        g_string_append_printf (s, "%s%s: %" G_GUINT64_FORMAT, i ? "; " : "",
                                (const char *)g_ptr_array_index (r->reasons, i),
                                g_array_index (r->counts, guint64, i));
    g_string_append_c (s, ')');
    bloc_import_report_add (r, "%s", s->str);
    g_string_free (s, TRUE);
}

void
bloc_import_report_skip (BlocImportReport *r, const char *reason, guint64 n)
{
    if (n == 0)
        return;
    r->skipped += n;
    for (guint i = 0; i < r->reasons->len; i++) {
        if (strcmp (g_ptr_array_index (r->reasons, i), reason) == 0) {
            g_array_index (r->counts, guint64, i) += n;
            return;
        }
    }
    g_ptr_array_add (r->reasons, g_strdup (reason));
    g_array_append_val (r->counts, n);
}

guint64
bloc_import_report_rows (const BlocImportReport *r)
{
    return r->rows;
}

guint
bloc_import_report_entities (const BlocImportReport *r)
{
    return r->entities;
}

guint
bloc_import_report_ties (const BlocImportReport *r)
{
    return r->ties;
}

guint64
bloc_import_report_skipped (const BlocImportReport *r)
{
    return r->skipped;
}

guint64
bloc_import_report_missing (const BlocImportReport *r)
{
    return r->missing;
}

const char *const *
bloc_import_report_lines (const BlocImportReport *r)
{
    return (const char *const *)r->lines->pdata;
}
