/* bloc-load-ini.c: reads and checks a dataset's dataset.ini: title, groups and role weights. */
#include <string.h>

#include "bloc-load-private.h"
#include "bloc-model-private.h"

/* Where a key of dataset.ini stands, for messages: GKeyFile does not keep positions. */
typedef struct {
    guint line;
    guint col;     /* of the value's first character */
    guint key_col; /* of the key's first character */
} IniPosition;

/* Records where "section\nkey" stands: its header for an empty key. FALSE when it was there
 * already, with @first set to the first position. */
static gboolean
ini_position_add (GHashTable *positions, const char *section, const char *key, IniPosition pos,
                  IniPosition *first)
{
    g_autofree char *k = g_strdup_printf ("%s\n%s", section, key);
    IniPosition *old = g_hash_table_lookup (positions, k);
    if (old != NULL) {
        *first = *old;
        return FALSE;
    }
    g_hash_table_insert (positions, g_steal_pointer (&k), g_memdup2 (&pos, sizeof pos));
    return TRUE;
}

/* Maps "section\nkey" to the IniPosition of its value, and "section\n" to its header, and checks
 * the syntax line by line so that errors get positions. GKeyFile would silently merge a repeated
 * section and keep the last of a repeated key, so both are errors. Returns FALSE after recording
 * problems. */
static gboolean
ini_scan (const char *path, const char *text, GHashTable *positions, BlocProblems *problems)
{
    g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
    g_autofree char *section = NULL;
    gboolean ok = TRUE;

    for (guint i = 0; lines[i] != NULL; i++) {
        const char *line = lines[i];
        const char *p = line;
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '\0' || *p == '#')
            continue;
        guint col = (guint)g_utf8_strlen (line, p - line) + 1;
        if (*p == '[') {
            const char *end = strchr (p, ']');
            if (end == NULL || end[1] != '\0') {
                bloc_problems_add (
                    problems, path, i + 1, col,
                    "bad section header (expected [dataset], [group:ID] or [weights])");
                ok = FALSE;
                continue;
            }
            g_free (section);
            section = g_strndup (p + 1, end - p - 1);
            IniPosition first;
            if (!ini_position_add (positions, section, "", (IniPosition){ i + 1, col, col },
                                   &first)) {
                bloc_problems_add (
                    problems, path, i + 1, col,
                    "duplicate section [%s] (expected each section once; first at line "
                    "%u)",
                    section, first.line);
                ok = FALSE;
            }
            continue;
        }
        const char *eq = strchr (p, '=');
        if (eq == NULL || eq == p) {
            bloc_problems_add (problems, path, i + 1, col,
                               "not a key=value line (expected key=value)");
            ok = FALSE;
            continue;
        }
        if (section == NULL) {
            bloc_problems_add (problems, path, i + 1, col,
                               "key outside any section (expected a [section] line first)");
            ok = FALSE;
            continue;
        }
        g_autofree char *key = g_strstrip (g_strndup (p, eq - p));
        const char *value = eq + 1;
        while (*value == ' ' || *value == '\t')
            value++;
        IniPosition pos = { i + 1, (guint)g_utf8_strlen (line, value - line) + 1, col }, first;
        if (!ini_position_add (positions, section, key, pos, &first)) {
            bloc_problems_add (
                problems, path, i + 1, col,
                "duplicate key '%s' in [%s] (expected each key once; first at line %u)", key,
                section, first.line);
            ok = FALSE;
        }
    }
    return ok;
}

static IniPosition
ini_position (GHashTable *positions, const char *section, const char *key)
{
    g_autofree char *k = g_strdup_printf ("%s\n%s", section, key);
    IniPosition *pos = g_hash_table_lookup (positions, k);
    return pos ? *pos : (IniPosition){ 1, 1, 1 };
}

/* Checks raw bytes with bloc_text_validate(), and records the first problem with its
 * position. */
static gboolean
check_text (const char *path, const char *data, gsize len, BlocProblems *problems)
{
    g_autofree char *why = NULL;
    gsize offset;
    guint line, col;

    if (bloc_text_validate (data, len, &offset, &why))
        return TRUE;
    bloc_text_locate (data, offset, &line, &col);
    bloc_problems_add (problems, path, line, col, "%s", why);
    return FALSE;
}

/* Reads the list of entity ids of a group, separated by ';' or ',', checking each. */
static void
load_group (BlocDataset *ds, GKeyFile *ini, const char *path, const char *section,
            GHashTable *positions, BlocProblems *problems)
{
    const char *id = section + strlen ("group:");
    BlocGroup *group = g_new0 (BlocGroup, 1);
    g_auto (GStrv) keys = g_key_file_get_keys (ini, section, NULL, NULL);

    group->id = bloc_dataset_intern (ds, id);
    group->members = g_array_new (FALSE, FALSE, sizeof (guint));
    g_ptr_array_add (ds->groups, group);

    if (*id == '\0' || bloc_id_problem (id) != NULL) {
        IniPosition pos = ini_position (positions, section, ""); /* at "[group:" */
        bloc_problems_add (problems, path, pos.line, pos.key_col + 7,
                           "bad group id '%s' (expected [group:ID] with an id like central-asia)",
                           id);
    }
    for (int i = 0; keys[i] != NULL; i++) {
        if (strcmp (keys[i], "name") != 0 && strcmp (keys[i], "members") != 0 &&
            strcmp (keys[i], "description") != 0) {
            IniPosition pos = ini_position (positions, section, keys[i]);
            bloc_problems_add (problems, path, pos.line, pos.key_col,
                               "unknown key '%s' in [%s] (expected name, members or description)",
                               keys[i], section);
        }
    }
    g_autofree char *name = g_key_file_get_string (ini, section, "name", NULL);
    group->name = bloc_dataset_intern (ds, name ? name : "");

    g_autofree char *raw = g_key_file_get_value (ini, section, "members", NULL);
    IniPosition pos = ini_position (positions, section, "members");
    if (raw == NULL) {
        pos = ini_position (positions, section, "");
        bloc_problems_add (
            problems, path, pos.line, pos.col,
            "group '%s' has no members key (expected members=ID;ID;... or ID,ID,...)", id);
        return;
    }
    /* Walk the raw value to know each member's column. */
    guint col = pos.col;
    g_auto (GStrv) items = g_strsplit_set (raw, ";,", -1);
    for (int i = 0; items[i] != NULL; col += (guint)g_utf8_strlen (items[i], -1) + 1, i++) {
        const char *item = items[i];
        guint lead = 0;
        while (item[lead] == ' ')
            lead++;
        g_autofree char *member = g_strstrip (g_strdup (item));
        guint index;
        if (*member == '\0')
            continue;
        if (!bloc_dataset_lookup (ds, member, &index)) {
            bloc_problems_add (problems, path, pos.line, col + lead,
                               "unknown group member '%s' (expected an id of entities.csv)",
                               member);
            continue;
        }
        gboolean repeated = FALSE;
        for (guint j = 0; j < group->members->len && !repeated; j++)
            repeated = g_array_index (group->members, guint, j) == index;
        if (repeated) {
            bloc_problems_add (problems, path, pos.line, col + lead,
                               "duplicate group member '%s' (expected each member once)", member);
            continue;
        }
        g_array_append_val (group->members, index);
    }
}

static int
compare_groups (gconstpointer a, gconstpointer b)
{
    const BlocGroup *ga = *(const BlocGroup *const *)a;
    const BlocGroup *gb = *(const BlocGroup *const *)b;
    return strcmp (ga->id, gb->id);
}

/* Reads the [dataset] section of @ini. */
static void
load_dataset_section (BlocDataset *ds, GKeyFile *ini, const char *path, GHashTable *positions,
                      BlocProblems *problems)
{
    static const char *const known[] = { "title", "description", "sources", "default-group", NULL };
    const char *section = "dataset";
    g_auto (GStrv) keys = g_key_file_get_keys (ini, section, NULL, NULL);

    for (int j = 0; keys[j] != NULL; j++) {
        if (!g_strv_contains (known, keys[j])) {
            IniPosition pos = ini_position (positions, section, keys[j]);
            bloc_problems_add (problems, path, pos.line, pos.key_col,
                               "unknown key '%s' in [dataset] (expected title, description, "
                               "sources or default-group)",
                               keys[j]);
        }
    }
    g_autofree char *title = g_key_file_get_string (ini, section, "title", NULL);
    g_autofree char *description = g_key_file_get_string (ini, section, "description", NULL);
    g_auto (GStrv) sources = g_key_file_get_string_list (ini, section, "sources", NULL, NULL);
    g_autofree char *group = g_key_file_get_string (ini, section, "default-group", NULL);
    if (title)
        ds->title = bloc_dataset_intern (ds, title);
    if (group)
        ds->default_group = bloc_dataset_intern (ds, g_strstrip (group));
    if (description)
        ds->description = bloc_dataset_intern (ds, description);
    if (sources) {
        guint n = g_strv_length (sources);
        const char **list = g_new0 (const char *, n + 1);
        for (guint j = 0; j < n; j++)
            list[j] = bloc_dataset_intern (ds, g_strstrip (sources[j]));
        g_free ((gpointer)ds->sources);
        ds->sources = list;
    }
}

/* Reads the [weights] section of @ini: a role weight per key. */
static void
load_weights (BlocDataset *ds, GKeyFile *ini, const char *path, GHashTable *positions,
              BlocProblems *problems)
{
    const char *section = "weights";
    g_auto (GStrv) keys = g_key_file_get_keys (ini, section, NULL, NULL);

    for (int j = 0; keys[j] != NULL; j++) {
        IniPosition pos = ini_position (positions, section, keys[j]);
        g_autofree char *value = g_key_file_get_value (ini, section, keys[j], NULL);
        BlocRole role;
        double w = 0;
        if (!bloc_role_from_string (&role, keys[j])) {
            g_autofree char *unknown = bloc_enum_unknown (bloc_role_enum (), keys[j]);
            bloc_problems_add (problems, path, pos.line, pos.key_col, "%s", unknown);
            continue;
        }
        /* Decimal only: g_ascii_strtod would read 0x10 as 16, and inf and nan as numbers. Zero
         * would make a distance of 1 / 0 in path-based centralities. */
        if (!bloc_text_parse_real (&w, g_strstrip (value)) || !(w > 0.0) || w > 1e6) {
            bloc_problems_add (problems, path, pos.line, pos.col,
                               "bad weight '%s' (expected a number > 0, like 0.5)", value);
            continue;
        }
        ds->weights[role] = w;
    }
}

void
bloc_load_ini (BlocDataset *ds, GFile *dir, const char *display, BlocProblems *problems)
{
    g_autoptr (GFile) file = g_file_get_child (dir, "dataset.ini");
    g_autofree char *path = g_build_filename (display, "dataset.ini", NULL);
    g_autoptr (GError) local = NULL;
    gboolean missing;

    g_autoptr (GInputStream) in =
        bloc_load_open (file, path, BLOC_LOAD_MAX_INI, &missing, problems);
    if (in == NULL)
        return; /* dataset.ini is optional; other problems are recorded */
    /* One byte more than the cap says whether there is more (an embedded file has no size). */
    g_autofree char *data = g_malloc (BLOC_LOAD_MAX_INI + 2);
    gsize len;
    if (!g_input_stream_read_all (in, data, BLOC_LOAD_MAX_INI + 1, &len, NULL, &local)) {
        bloc_problems_add (problems, path, 1, 1, "cannot read: %s", local->message);
        return;
    }
    G_STATIC_ASSERT (BLOC_LOAD_MAX_INI == 1 << 20); /* the message says so */
    if (len > BLOC_LOAD_MAX_INI) {
        bloc_problems_add (problems, path, 1, 1,
                           "file larger than 1 MiB (expected a smaller file)");
        return;
    }
    data[len] = '\0';
    if (!check_text (path, data, len, problems))
        return;

    /* Accept a byte-order mark and CRLF or CR line endings. */
    GString *text = g_string_new_len (data, len);
    if (g_str_has_prefix (text->str, "\xEF\xBB\xBF"))
        g_string_erase (text, 0, 3);
    g_string_replace (text, "\r\n", "\n", 0);
    g_string_replace (text, "\r", "\n", 0);
    g_autofree char *normal = g_string_free (text, FALSE);

    g_autoptr (GHashTable) positions =
        g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    if (!ini_scan (path, normal, positions, problems))
        return;

    g_autoptr (GKeyFile) ini = g_key_file_new ();
    g_key_file_set_list_separator (ini, ';');
    /* Without KEEP_TRANSLATIONS, GKeyFile would silently drop title[fr] under another locale:
     * kept, it is a key like any other, and unknown. */
    if (!g_key_file_load_from_data (ini, normal, (gsize)-1, G_KEY_FILE_KEEP_TRANSLATIONS, &local)) {
        bloc_problems_add (problems, path, 1, 1, "%s", local->message);
        return;
    }

    g_auto (GStrv) sections = g_key_file_get_groups (ini, NULL);
    for (int i = 0; sections[i] != NULL; i++) {
        const char *section = sections[i];
        if (strcmp (section, "dataset") == 0) {
            load_dataset_section (ds, ini, path, positions, problems);
        } else if (g_str_has_prefix (section, "group:")) {
            load_group (ds, ini, path, section, positions, problems);
        } else if (strcmp (section, "weights") == 0) {
            load_weights (ds, ini, path, positions, problems);
        } else {
            IniPosition pos = ini_position (positions, section, "");
            bloc_problems_add (problems, path, pos.line, pos.key_col,
                               "unknown section [%s] (expected [dataset], [group:ID] or [weights])",
                               section);
        }
    }
    g_ptr_array_sort (ds->groups, compare_groups);
    if (ds->default_group != NULL && bloc_dataset_group (ds, ds->default_group) == NULL) {
        IniPosition pos = ini_position (positions, "dataset", "default-group");
        bloc_problems_add (problems, path, pos.line, pos.col,
                           "unknown default-group '%s' (expected the ID of a [group:ID] section)",
                           ds->default_group);
    }
}
