/* common.c: what fuzz.h declares, shared by the harnesses. */
#include "fuzz.h"

#include <glib/gstdio.h>
#include <string.h>

#include "bloc-load.h"

/* Reported, not fixed yet: see fuzz_known() and the reproducers in findings/. None stands. */
static const char *const known_findings[] = {
    NULL,
};

gboolean
fuzz_known (const char *name)
{
    const char *strict = g_getenv ("BLOC_FUZZ_STRICT");

    FUZZ_CHECK (g_strv_contains (known_findings, name), "'%s' is not a known finding", name);
    if (strict == NULL || *strict == '\0')
        return TRUE;
    if (strcmp (strict, "1") == 0)
        return FALSE;
    g_auto (GStrv) names = g_strsplit (strict, ",", -1);
    return !g_strv_contains ((const char *const *)names, name);
}

guint
fuzz_split (const uint8_t *data, size_t size, FuzzPart *parts, guint max)
{
    guint n = 0;
    gsize start = 0;

    if (data == NULL) /* an empty input may come as NULL */
        data = (const uint8_t *)"";
    for (gsize i = 0; i < size && n + 1 < max; i++) {
        if (data[i] == '\0') {
            parts[n++] = (FuzzPart){ (const char *)data + start, i - start };
            start = i + 1;
        }
    }
    parts[n++] = (FuzzPart){ (const char *)data + start, size - start };
    return n;
}

static char *tmp_dir;

static void
remove_tree (const char *path)
{
    if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK)) {
        GDir *dir = g_dir_open (path, 0, NULL);
        const char *name;
        while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
            g_autofree char *child = g_build_filename (path, name, NULL);
            remove_tree (child);
        }
        if (dir != NULL)
            g_dir_close (dir);
        g_rmdir (path);
    } else {
        g_unlink (path);
    }
}

static void
remove_tmp_dir (void)
{
    if (tmp_dir != NULL)
        remove_tree (tmp_dir);
    g_clear_pointer (&tmp_dir, g_free);
}

const char *
fuzz_tmp_dir (void)
{
    if (tmp_dir == NULL) {
        g_autoptr (GError) error = NULL;
        tmp_dir = g_dir_make_tmp ("bloc-fuzz-XXXXXX", &error);
        FUZZ_CHECK (tmp_dir != NULL, "cannot make a temporary folder: %s", error->message);
        atexit (remove_tmp_dir);
    }
    return tmp_dir;
}

char *
fuzz_write (const char *name, const void *data, gsize len)
{
    char *path = g_build_filename (fuzz_tmp_dir (), name, NULL);
    g_autoptr (GError) error = NULL;

    if (data == NULL) {
        g_unlink (path);
        return path;
    }
    /* Not G_FILE_SET_CONTENTS_NONE: GLib 2.74 then writes over the old file without truncating
     * it, so a shorter input would keep the tail of the last one. */
    FUZZ_CHECK (g_file_set_contents_full (path, data, (gssize)len, G_FILE_SET_CONTENTS_CONSISTENT,
                                          0644, &error),
                "cannot write %s: %s", path, error->message);
    return path;
}

/* Skips "digits:" at *p. */
static gboolean
skip_number (const char **p)
{
    const char *start = *p;
    while (g_ascii_isdigit (**p))
        (*p)++;
    if (*p == start || **p != ':')
        return FALSE;
    (*p)++;
    return TRUE;
}

gboolean
fuzz_positioned (const char *message, const char *const *prefixes, const char *trailer)
{
    g_auto (GStrv) lines = g_strsplit (message, "\n", -1);
    guint n = g_strv_length (lines);

    if (n == 0)
        return FALSE;
    for (guint i = 0; i < n; i++) {
        const char *p = lines[i];
        if (i == n - 1 && i > 0 && trailer != NULL && strcmp (p, trailer) == 0)
            continue;
        guint k = 0;
        while (prefixes[k] != NULL && !g_str_has_prefix (p, prefixes[k]))
            k++;
        if (prefixes[k] == NULL)
            return FALSE;
        p += strlen (prefixes[k]);
        if (!skip_number (&p) || !skip_number (&p) || *p != ' ' || p[1] == '\0')
            return FALSE;
    }
    return TRUE;
}

/* Reads the field at *@i into @field; FALSE when it is not well-formed CSV. */
static gboolean
parse_field (const char *csv, gsize len, gsize *i, GString *field)
{
    gsize p = *i;

    g_string_truncate (field, 0);
    if (p < len && csv[p] == '"') {
        for (p++;; p++) {
            if (p >= len)
                return FALSE; /* no closing quote */
            if (csv[p] == '"') {
                if (p + 1 < len && csv[p + 1] == '"')
                    p++;
                else
                    break;
            }
            g_string_append_c (field, csv[p]);
        }
        p++;
    } else {
        for (; p < len && csv[p] != ',' && csv[p] != '\r' && csv[p] != '\n'; p++) {
            if (csv[p] == '"')
                return FALSE; /* a quote inside an unquoted field */
            g_string_append_c (field, csv[p]);
        }
    }
    *i = p;
    return p == len || csv[p] == ',' || csv[p] == '\n' ||
           (csv[p] == '\r' && p + 1 < len && csv[p + 1] == '\n');
}

GPtrArray *
fuzz_csv_parse (const char *csv, gsize len)
{
    g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
    g_autoptr (GString) field = g_string_new (NULL);
    gsize i = 0;

    while (i < len) {
        GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
        g_ptr_array_add (rows, row);
        for (;;) {
            if (!parse_field (csv, len, &i, field))
                return NULL;
            g_ptr_array_add (row, g_strndup (field->str, field->len));
            if (i < len && csv[i] == ',') {
                i++;
                if (i == len) /* a last empty field */
                    g_ptr_array_add (row, g_strdup (""));
                else
                    continue;
            }
            break;
        }
        if (i < len && csv[i] == '\r')
            i++;
        if (i < len)
            i++; /* '\n' */
    }
    return g_steal_pointer (&rows);
}

/* Written apart from bloc_text_is_number(), as a regular expression, so that the rule checks the
 * code rather than repeat it: a sign, digits with an optional fraction (or a fraction alone), an
 * optional exponent. */
gboolean
fuzz_is_number (const char *p)
{
    static GRegex *number;
    if (number == NULL)
        number = g_regex_new ("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$",
                              G_REGEX_DOLLAR_ENDONLY | G_REGEX_RAW, 0, NULL);
    return g_regex_match (number, p, 0, NULL);
}

void
fuzz_check_ids (const BlocDataset *ds)
{
    for (guint i = 0; i < bloc_dataset_n_entities (ds); i++) {
        const char *id = bloc_dataset_entity (ds, i)->id;
        FUZZ_CHECK (id[0] != '=' && id[0] != '+' && id[0] != '@' &&
                        (id[0] != '-' || fuzz_is_number (id)),
                    "entity %u: the id '%s' begins as a formula", i, id);
        for (const char *p = id; *p; p = g_utf8_next_char (p))
            FUZZ_CHECK (g_unichar_type (g_utf8_get_char (p)) != G_UNICODE_FORMAT,
                        "entity %u: the id holds the format character U+%04X at byte %zu", i,
                        g_utf8_get_char (p), (size_t)(p - id));
    }
}

typedef struct {
    guint calls, done, total;
} Progress;

static void
on_progress (guint done, guint total, gpointer user_data)
{
    Progress *p = user_data;

    FUZZ_CHECK (done <= total, "progress %u of %u", done, total);
    FUZZ_CHECK (p->calls == 0 || total == p->total, "progress of %u, then of %u", p->total, total);
    FUZZ_CHECK (done >= p->done, "progress went back from %u to %u", p->done, done);
    p->calls++;
    p->done = done;
    p->total = total;
}

/* TRUE when the temporary folder holds something of the output's but the output itself. */
static gboolean
leftovers (const char *dir)
{
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        if (g_str_has_prefix (name, ".out."))
            return TRUE;
    return FALSE;
}

BlocDataset *
fuzz_import (FuzzImportFunc import, gpointer data, const char *title,
             gboolean (*known) (const char *message))
{
    g_autofree char *out = g_build_filename (fuzz_tmp_dir (), "out", NULL);
    g_autoptr (BlocImportReport) report = NULL;
    g_autoptr (GError) error = NULL;
    Progress progress = { 0, 0, 0 };
    BlocImportTarget target = { out, FALSE, title, on_progress, &progress };

    /* A fresh output folder each time: remove what the last input wrote. */
    remove_tree (out);
    FUZZ_CHECK (!g_file_test (out, G_FILE_TEST_EXISTS), "cannot clear %s", out);

    if (!import (&report, &target, data, &error)) {
        FUZZ_CHECK (error != NULL && error->domain == BLOC_ERROR, "refused without a bloc error");
        FUZZ_CHECK (report == NULL, "refused with a report");
        FUZZ_CHECK (!g_file_test (out, G_FILE_TEST_EXISTS), "a refused import left %s: %s", out,
                    error->message);
        FUZZ_CHECK (!leftovers (fuzz_tmp_dir ()), "a refused import left a temporary folder: %s",
                    error->message);
        FUZZ_CHECK (!g_str_has_prefix (error->message, "the dataset imported does not load") ||
                        (known != NULL && known (error->message)),
                    "the importer wrote a dataset that does not load:\n%s", error->message);
        return NULL;
    }
    FUZZ_CHECK (error == NULL && report != NULL, "success without a report, or with an error");
    FUZZ_CHECK (!leftovers (fuzz_tmp_dir ()), "an import left a temporary folder");
    FUZZ_CHECK (progress.calls == 0 || progress.done == progress.total,
                "progress ended at %u of %u", progress.done, progress.total);

    /* Whatever an importer writes, bloc check loads. */
    BlocDataset *ds = bloc_load_dataset (out, &error);
    FUZZ_CHECK (ds != NULL, "the import does not load:\n%s", error->message);
    FUZZ_CHECK (bloc_dataset_n_entities (ds) == bloc_import_report_entities (report),
                "%u entities loaded, %u written", bloc_dataset_n_entities (ds),
                bloc_import_report_entities (report));
    FUZZ_CHECK (bloc_dataset_n_ties (ds) == bloc_import_report_ties (report),
                "%u ties loaded, %u written", bloc_dataset_n_ties (ds),
                bloc_import_report_ties (report));
    fuzz_check_ids (ds);
    FUZZ_CHECK (title == NULL || strcmp (bloc_dataset_title (ds), title) == 0,
                "the title '%s' read back as '%s'", title, bloc_dataset_title (ds));
    return ds;
}

void
fuzz_import_input_init (FuzzImportInput *in, const uint8_t *data, size_t size, const char *name)
{
    FuzzPart parts[2];
    guint n = fuzz_split (data, size, parts, G_N_ELEMENTS (parts));
    const FuzzPart *file = &parts[n - 1];

    in->file = fuzz_write (name, file->data, file->len);
    in->keys = g_ptr_array_new_with_free_func (g_free);
    in->values = g_ptr_array_new_with_free_func (g_free);
    in->lists = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
    if (n < 2)
        return;
    g_autofree char *options = g_strndup (parts[0].data, parts[0].len);
    g_auto (GStrv) lines = g_strsplit (options, "\n", -1);
    for (guint i = 0; lines[i] != NULL; i++) {
        if (lines[i][0] == '\0')
            continue;
        char *eq = strchr (lines[i], '=');
        g_ptr_array_add (in->keys,
                         eq ? g_strndup (lines[i], (gsize)(eq - lines[i])) : g_strdup (lines[i]));
        g_ptr_array_add (in->values, g_strdup (eq ? eq + 1 : ""));
    }
}

void
fuzz_import_input_clear (FuzzImportInput *in)
{
    g_clear_pointer (&in->file, g_free);
    g_clear_pointer (&in->keys, g_ptr_array_unref);
    g_clear_pointer (&in->values, g_ptr_array_unref);
    g_clear_pointer (&in->lists, g_ptr_array_unref);
}

const char *
fuzz_option (const FuzzImportInput *in, const char *name)
{
    for (guint i = in->keys->len; i-- > 0;)
        if (strcmp (g_ptr_array_index (in->keys, i), name) == 0)
            return g_ptr_array_index (in->values, i);
    return NULL;
}

const char *const *
fuzz_option_all (FuzzImportInput *in, const char *name)
{
    g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
    guint n = 0;

    for (guint i = 0; i < in->keys->len; i++)
        if (strcmp (g_ptr_array_index (in->keys, i), name) == 0) {
            g_strv_builder_add (b, g_ptr_array_index (in->values, i));
            n++;
        }
    if (n == 0)
        return NULL;
    char **list = g_strv_builder_end (b);
    g_ptr_array_add (in->lists, list);
    return (const char *const *)list;
}

char
fuzz_option_delimiter (const FuzzImportInput *in)
{
    const char *text = fuzz_option (in, "delimiter");
    int value;

    if (text == NULL || !bloc_enum_lookup (&value, bloc_import_delimiter_enum (), text))
        return 0;
    return (char)value;
}
