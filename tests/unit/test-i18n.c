/* test-i18n.c: bloc's words in other languages: lookups per call whatever the process's locale,
 * plural forms, the catalogs' folder, every view in every language without an English interface
 * word, and a Persian gaps figure that reads right to left. The catalogs are the build tree's
 * (BLOC_LOCALEDIR, which CMake sets for every test). */
#define _POSIX_C_SOURCE 200809L

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bloc-render-private.h"
#include "bloc.h"
#include "test-words.h"

static BlocDataset *
load (const char *name)
{
    g_autoptr (GError) error = NULL;
    g_autofree char *dir = g_build_filename (BLOC_SOURCE_DIR, name, NULL);
    BlocDataset *ds = bloc_load_dataset (dir, &error);
    g_assert_no_error (error);
    return ds;
}

/* ---- Lookups ----------------------------------------------------------------------------------
 */

static void
test_lookups (void)
{
    /* The catalogs are where the tests say. */
    g_assert_cmpstr (bloc_i18n_localedir (), ==, g_getenv ("BLOC_LOCALEDIR"));

    g_assert_cmpstr (bloc_i18n_gettext ("ru", "Legend"), ==, "Условные обозначения");
    g_assert_cmpstr (bloc_i18n_gettext ("fa", "Legend"), ==, "راهنما");
    g_assert_cmpstr (bloc_i18n_gettext ("ar", "Legend"), ==, "مفتاح الرموز");
    /* A region falls back to its language. */
    g_assert_cmpstr (bloc_i18n_gettext ("fa-IR", "Legend"), ==, "راهنما");
    /* One English word, two Persian ones: a role and a matrix cell. */
    g_assert_cmpstr (bloc_i18n_pgettext ("fa", "role", "signatory"), ==, "امضاکننده");
    g_assert_cmpstr (bloc_i18n_pgettext ("fa", "cell", "signed"), ==, "امضا کرده");
    g_assert_cmpstr (bloc_i18n_pgettext ("ru", "kind", "country"), ==, "страна");

    /* English is the sources' language: the same string, for NULL, "en" and "en-GB". */
    const char *msgid = "Legend";
    g_assert_true (bloc_i18n_gettext (NULL, msgid) == msgid);
    g_assert_true (bloc_i18n_gettext ("en", msgid) == msgid);
    g_assert_true (bloc_i18n_gettext ("en-GB", msgid) == msgid);
    /* A language without a catalog, and a word no catalog has, stay English. */
    g_assert_true (bloc_i18n_gettext ("de", msgid) == msgid);
    g_assert_cmpstr (bloc_i18n_gettext ("ru", "no such words"), ==, "no such words");
    g_assert_cmpstr (bloc_i18n_pgettext ("ru", "kind", "no such kind"), ==, "no such kind");

    g_assert_true (bloc_i18n_has_language (NULL));
    g_assert_true (bloc_i18n_has_language ("en"));
    g_assert_true (bloc_i18n_has_language ("ru"));
    g_assert_true (bloc_i18n_has_language ("fa"));
    g_assert_true (bloc_i18n_has_language ("ar"));
    g_assert_false (bloc_i18n_has_language ("de"));
    g_assert_false (bloc_i18n_has_language ("xx"));

    g_assert_true (bloc_i18n_language_is_rtl ("fa"));
    g_assert_true (bloc_i18n_language_is_rtl ("ar-EG"));
    g_assert_false (bloc_i18n_language_is_rtl ("ru"));
    g_assert_false (bloc_i18n_language_is_rtl ("fr"));
    g_assert_false (bloc_i18n_language_is_rtl (NULL));
}

/* Plural forms follow each catalog's rule: three in Russian, six in Arabic, one in Persian; a
 * context tells two translations of the same English apart; an untranslated word stays English,
 * in the form for its number. */
static void
test_plurals (void)
{
    static const struct {
        const char *lang;
        gulong n;
        const char *form;
    } cases[] = {
        { "ru", 1, "%u страна" },    { "ru", 2, "%u страны" },    { "ru", 4, "%u страны" },
        { "ru", 5, "%u стран" },     { "ru", 11, "%u стран" },    { "ru", 12, "%u стран" },
        { "ru", 21, "%u страна" },   { "ru", 22, "%u страны" },   { "ru", 111, "%u стран" },
        { "ar", 0, "%u دولة" },      { "ar", 1, "دولة واحدة" },   { "ar", 2, "دولتان" },
        { "ar", 3, "%u دول" },       { "ar", 10, "%u دول" },      { "ar", 11, "%u دولة" },
        { "ar", 99, "%u دولة" },     { "ar", 100, "%u دولة" },    { "ar", 103, "%u دول" },
        { "fa", 1, "%u کشور" },      { "fa", 7, "%u کشور" },      { NULL, 1, "%u country" },
        { NULL, 2, "%u countries" }, { "de", 2, "%u countries" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        g_assert_cmpstr (
            bloc_i18n_ngettext (cases[i].lang, "%u country", "%u countries", cases[i].n), ==,
            cases[i].form);
    /* In a context: the report's own words for what a search found, not the command's. */
    g_assert_cmpstr (bloc_i18n_npgettext ("ar", "report", "%u found", "%u found", 3), ==,
                     "عُثر على %u");
    g_assert_cmpstr (bloc_i18n_ngettext ("ar", "%u found", "%u found", 3), ==, "عدد النتائج: %u");
    g_assert_cmpstr (bloc_i18n_npgettext ("ru", "report", "%u of %u row", "%u of %u rows", 1), ==,
                     "%u of %u row");
    g_assert_cmpstr (bloc_i18n_npgettext (NULL, "report", "%u found", "%u founds", 2), ==,
                     "%u founds");
    g_assert_cmpstr (bloc_i18n_npgettext ("de", "report", "%u found", "%u founds", 1), ==,
                     "%u found");
}

/* The language is the caller's, not the process's: a lookup in Persian under the C locale, or
 * under another LANGUAGE, gives Persian, and leaves LANGUAGE as it was. */
static void
test_independent_of_locale (void)
{
    g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));
    char *previous = g_strdup (setlocale (LC_ALL, NULL));

    setlocale (LC_ALL, "C");
    g_unsetenv ("LANGUAGE");
    g_assert_cmpstr (bloc_i18n_gettext ("fa", "current ties"), ==, "پیوندهای کنونی");
    g_assert_null (g_getenv ("LANGUAGE"));
    g_setenv ("LANGUAGE", "ru", TRUE);
    g_assert_cmpstr (bloc_i18n_gettext ("ar", "current ties"), ==, "الصلات الحالية");
    g_assert_cmpstr (bloc_i18n_gettext ("fa", "timeline"), ==, "گاه‌شمار");
    g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "ru");
    /* And a figure without a language is English under any locale. */
    g_assert_cmpstr (bloc_i18n_gettext (NULL, "current ties"), ==, "current ties");

    if (saved != NULL)
        g_setenv ("LANGUAGE", saved, TRUE);
    else
        g_unsetenv ("LANGUAGE");
    setlocale (LC_ALL, previous);
    g_free (previous);
}

/* A program of the build tree reads the build tree's catalogs, also without BLOC_LOCALEDIR and
 * when an older install has catalogs in the prefix it was configured for. In a subprocess
 * started without BLOC_LOCALEDIR: the folder is chosen once per process, when bloc starts. */
static void
test_build_tree_catalogs (void)
{
    if (g_test_subprocess ()) {
        g_print ("%s", bloc_i18n_localedir ());
        return;
    }
    g_autofree char *build = g_strdup (g_getenv ("BLOC_LOCALEDIR")); /* as CMake sets it */
    g_assert_nonnull (build);
    g_unsetenv ("BLOC_LOCALEDIR");
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_setenv ("BLOC_LOCALEDIR", build, TRUE);
    g_test_trap_assert_passed ();
    g_autofree char *expected = g_canonicalize_filename (build, NULL);
    g_test_trap_assert_stdout (expected);
}

/* ---- The words of figures -----------------------------------------------------------------------
 */

/* The English interface words; kept as they are in some languages, as the names of an algorithm,
 * of a measure and of a kind of plot (the catalogs write "NODF" and "UpSet" in every language). */
static GHashTable *
english_words (void)
{
    static const char *const kept[] = { "pagerank", "nodf", "upset", NULL };
    return test_english_words (kept);
}

/* What an SVG shows as text: every <text>, the root <title> and <desc>; and for each <text>, its
 * x, anchor, direction and the id of the group it is in. */
typedef struct {
    char *content;
    double x, y;
    char *anchor, *direction, *group;
} Text;

static void
text_free (Text *t)
{
    g_free (t->content);
    g_free (t->anchor);
    g_free (t->direction);
    g_free (t->group);
    g_free (t);
}

typedef struct {
    GPtrArray *texts;  /* Text * */
    GPtrArray *groups; /* the ids of the open <g>s */
    GString *content;
    Text *current;
    char *title, *desc;
    int depth;
    gboolean in_root_title, in_root_desc;
} Svg;

static const char *
attr (const char **names, const char **values, const char *name)
{
    for (int i = 0; names[i] != NULL; i++)
        if (strcmp (names[i], name) == 0)
            return values[i];
    return NULL;
}

static void
svg_start (GMarkupParseContext *c, const char *element, const char **names, const char **values,
           gpointer data, GError **error)
{
    Svg *s = data;
    s->depth++;
    if (strcmp (element, "g") == 0) {
        const char *id = attr (names, values, "id");
        g_ptr_array_add (s->groups, g_strdup (id ? id : ""));
    } else if (strcmp (element, "text") == 0) {
        s->current = g_new0 (Text, 1);
        s->current->x = g_ascii_strtod (attr (names, values, "x"), NULL);
        s->current->y = g_ascii_strtod (attr (names, values, "y"), NULL);
        s->current->anchor = g_strdup (attr (names, values, "text-anchor"));
        s->current->direction = g_strdup (attr (names, values, "direction"));
        for (guint i = s->groups->len; i-- > 0;)
            if (*(char *)g_ptr_array_index (s->groups, i) != '\0') {
                s->current->group = g_strdup (g_ptr_array_index (s->groups, i));
                break;
            }
    }
    s->in_root_title = s->depth == 2 && strcmp (element, "title") == 0;
    s->in_root_desc = s->depth == 2 && strcmp (element, "desc") == 0;
    g_string_truncate (s->content, 0);
}

static void
svg_end (GMarkupParseContext *c, const char *element, gpointer data, GError **error)
{
    Svg *s = data;
    s->depth--;
    if (strcmp (element, "g") == 0) {
        g_ptr_array_remove_index (s->groups, s->groups->len - 1);
    } else if (strcmp (element, "text") == 0) {
        s->current->content = g_strdup (s->content->str);
        g_ptr_array_add (s->texts, g_steal_pointer (&s->current));
    } else if (s->in_root_title) {
        s->title = g_strdup (s->content->str);
    } else if (s->in_root_desc) {
        s->desc = g_strdup (s->content->str);
    }
    s->in_root_title = s->in_root_desc = FALSE;
}

static void
svg_text (GMarkupParseContext *c, const char *text, gsize len, gpointer data, GError **error)
{
    g_string_append_len (((Svg *)data)->content, text, (gssize)len);
}

static void
svg_parse (Svg *s, GBytes *svg)
{
    static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
    memset (s, 0, sizeof *s);
    s->texts = g_ptr_array_new_with_free_func ((GDestroyNotify)text_free);
    s->groups = g_ptr_array_new_with_free_func (g_free);
    s->content = g_string_new (NULL);
    gsize len;
    const char *data = g_bytes_get_data (svg, &len);
    g_autoptr (GMarkupParseContext) ctx = g_markup_parse_context_new (&parser, 0, s, NULL);
    g_autoptr (GError) error = NULL;
    g_assert_true (g_markup_parse_context_parse (ctx, data, (gssize)len, &error));
    g_assert_true (g_markup_parse_context_end_parse (ctx, &error));
    g_assert_no_error (error);
}

static void
svg_clear (Svg *s)
{
    g_ptr_array_unref (s->texts);
    g_ptr_array_unref (s->groups);
    g_string_free (s->content, TRUE);
    g_free (s->title);
    g_free (s->desc);
}

/* The English interface words that @s shows as text, in its title or its description, and that
 * are not words of the data (@data). Free with g_hash_table_unref(). */
static GHashTable *
svg_english (const Svg *s, GHashTable *english, GHashTable *data)
{
    GHashTable *found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < s->texts->len; i++)
        test_find_english (((Text *)g_ptr_array_index (s->texts, i))->content, english, data,
                           found);
    test_find_english (s->title, english, data, found);
    test_find_english (s->desc, english, data, found);
    return found;
}

/* The words of the data a figure may show in @lang: ids, the dataset's title, group names, and
 * the labels in @lang (English names where the data has none in @lang). */
static GHashTable *
data_words (const BlocDataset *ds, const char *lang)
{
    GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr (GString) all = g_string_new (bloc_dataset_title (ds));
    for (guint i = 0; i < bloc_dataset_n_groups (ds); i++)
        g_string_append_printf (all, " %s", bloc_dataset_nth_group (ds, i)->name);
    for (guint i = 0; i < bloc_dataset_n_entities (ds); i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, i);
        g_string_append_printf (all, " %s %s", e->id, bloc_entity_label (ds, e, lang));
    }
    for (const char *p = all->str; *p;) {
        if (!g_ascii_isalpha (*p)) {
            p++;
            continue;
        }
        const char *start = p;
        while (g_ascii_isalpha (*p))
            p++;
        g_hash_table_add (words, g_ascii_strdown (start, p - start));
    }
    return words;
}

/* Every view, in every language, on data named in every language and with a what-if change: no
 * English interface word remains in the figure's text, its title or its description. In
 * English, the same check finds many, so it can fail. */
static void
test_every_view_every_language (void)
{
    g_autoptr (BlocDataset) ds = load ("tests/data/i18n");
    g_autoptr (GError) error = NULL;
    g_assert_true (bloc_dataset_add_tie (ds, "DD:O1:member", &error));
    g_autoptr (GHashTable) english = english_words ();
    g_assert_cmpuint (g_hash_table_size (english), >, 150);
    static const char *const langs[] = { "en", "ru", "fa", "ar" };

    for (guint l = 0; l < G_N_ELEMENTS (langs); l++) {
        g_autoptr (GHashTable) data = data_words (ds, langs[l]);
        g_autoptr (GHashTable) all_found =
            g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        for (int v = 0; v < BLOC_N_VIEWS; v++) {
            BlocRenderOptions o;
            bloc_render_options_init (&o, (BlocView)v);
            o.lang = langs[l];
            /* The entity of the ego view and timeline; the UpSet plot intersects its default sets.
             */
            o.focus = v == BLOC_VIEW_UPSET ? NULL : "AA";
            o.depth = 2;
            g_autoptr (GArray) group = NULL;
            g_autofree char *name = NULL;
            g_assert_true (bloc_dataset_resolve_group (ds, "zeta", &group, &name, &error));
            /* The views that take a group (all of them today). */
            if (bloc_view_takes_group ((BlocView)v)) {
                o.group = group;
                o.group_name = name;
            }
            g_autoptr (GBytes) svg = bloc_render (ds, &o, BLOC_IMAGE_SVG, &error);
            g_assert_no_error (error);
            Svg s;
            svg_parse (&s, svg);
            g_autoptr (GHashTable) found = svg_english (&s, english, data);
            if (strcmp (langs[l], "en") != 0 && g_hash_table_size (found) > 0) {
                guint n;
                g_autofree gpointer *words = g_hash_table_get_keys_as_array (found, &n);
                g_autofree char *list = g_strjoinv (", ", (char **)words);
                g_error ("the %s view in '%s' has English words: %s",
                         bloc_view_to_string ((BlocView)v), langs[l], list);
            }
            GHashTableIter it;
            gpointer word;
            g_hash_table_iter_init (&it, found);
            while (g_hash_table_iter_next (&it, &word, NULL))
                g_hash_table_add (all_found, g_strdup (word));
            svg_clear (&s);
        }
        if (strcmp (langs[l], "en") == 0) {
            /* The check sees English where there is some: legend, subtitle, kinds, roles. */
            g_assert_cmpuint (g_hash_table_size (all_found), >, 40);
            g_assert_true (g_hash_table_contains (all_found, "legend"));
            g_assert_true (g_hash_table_contains (all_found, "current"));
            g_assert_true (g_hash_table_contains (all_found, "observer"));
        }
    }
}

/* The text of a gaps cell (id c-ENTITY__MEMBER after the figure's prefix), or NULL. */
static const Text *
cell_text (const Svg *s, const char *prefix, const char *entity, const char *member)
{
    g_autofree char *id = g_strdup_printf ("%sc-%s__%s", prefix, entity, member);
    for (guint i = 0; i < s->texts->len; i++) {
        const Text *t = g_ptr_array_index (s->texts, i);
        if (g_strcmp0 (t->group, id) == 0)
            return t;
    }
    return NULL;
}

static const Text *
text_with (const Svg *s, const char *content)
{
    for (guint i = 0; i < s->texts->len; i++) {
        const Text *t = g_ptr_array_index (s->texts, i);
        if (strstr (t->content, content) != NULL)
            return t;
    }
    return NULL;
}

/* The Persian gaps figure of Central Asia reads right to left: the names' column at the right,
 * the first member's column next to it, the coverage at the left; Persian text is marked
 * right to left; and no English interface word is left (the dataset's title, the group's name
 * and the names without a Persian form are the data's). */
static void
test_persian_gaps (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");
    g_autoptr (GError) error = NULL;
    g_autoptr (GHashTable) english = english_words ();
    static const char *const order[] = { "KG", "KZ", "TJ", "TM", "UZ" };
    double english_x[5], persian_x[5];

    for (int fa = 0; fa <= 1; fa++) {
        BlocRenderOptions o;
        bloc_render_options_init (&o, BLOC_VIEW_GAPS);
        o.lang = fa ? "fa" : NULL;
        o.id_prefix = "g-";
        g_autoptr (GArray) group = NULL;
        g_autofree char *name = NULL;
        g_assert_true (bloc_dataset_resolve_group (ds, "central-asia", &group, &name, &error));
        o.group = group;
        o.group_name = name;
        g_autoptr (GBytes) svg = bloc_render (ds, &o, BLOC_IMAGE_SVG, &error);
        g_assert_no_error (error);
        Svg s;
        svg_parse (&s, svg);
        /* The CSTO's row: its cells by member, its name, its coverage. */
        for (int k = 0; k < 5; k++) {
            const Text *t = cell_text (&s, "g-", "CSTO", order[k]);
            g_assert_nonnull (t);
            (fa ? persian_x : english_x)[k] = t->x;
        }
        const Text *label = text_with (&s, fa ? "سازمان پیمان امنیت جمعی" : "Collective Security");
        g_assert_nonnull (label);
        /* The CSTO's coverage, on the line of its cells. */
        const Text *first = cell_text (&s, "g-", "CSTO", "KG"), *coverage = NULL;
        for (guint i = 0; i < s.texts->len; i++) {
            const Text *t = g_ptr_array_index (s.texts, i);
            if (strcmp (t->content, "60%") == 0 && fabs (t->y - first->y) < 2)
                coverage = t;
        }
        g_assert_nonnull (coverage);
        for (int k = 0; k < 5; k++) {
            double x = (fa ? persian_x : english_x)[k];
            if (fa) {
                g_assert_cmpfloat (label->x, >, x);
                g_assert_cmpfloat (coverage->x, <, x);
            } else {
                g_assert_cmpfloat (label->x, <, x);
                g_assert_cmpfloat (coverage->x, >, x);
            }
        }
        if (fa) {
            /* Right-to-left text is marked so, with its anchor swapped. */
            g_assert_cmpstr (label->direction, ==, "rtl");
            const Text *absent = cell_text (&s, "g-", "CSTO", "UZ");
            g_assert_cmpstr (absent->direction, ==, "rtl");
            g_assert_cmpstr (absent->anchor, ==, "end");
            g_assert_null (coverage->direction);
            /* No English interface word. */
            g_autoptr (GHashTable) data = data_words (ds, "fa");
            g_autoptr (GHashTable) found = svg_english (&s, english, data);
            g_assert_cmpuint (g_hash_table_size (found), ==, 0);
            g_assert_nonnull (text_with (&s, "شکاف\xe2\x80\x8c\xd9\x87\xd8\xa7"));
        }
        svg_clear (&s);
    }
    /* The members' order is the same, mirrored: the first at the left in English, at the right
     * in Persian. */
    for (int k = 1; k < 5; k++) {
        g_assert_cmpfloat (english_x[k - 1], <, english_x[k]);
        g_assert_cmpfloat (persian_x[k - 1], >, persian_x[k]);
    }
}

static gint
compare_strings (gconstpointer a, gconstpointer b)
{
    return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* The digit runs of every text of @s and of its description, sorted: the numbers a figure
 * shows. */
static GPtrArray *
numbers_of (const Svg *s)
{
    GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
    for (guint i = 0; i <= s->texts->len; i++) {
        const char *t =
            i < s->texts->len ? ((const Text *)g_ptr_array_index (s->texts, i))->content : s->desc;
        for (const char *p = t; *p;) {
            if (!g_ascii_isdigit (*p)) {
                p++;
                continue;
            }
            const char *start = p;
            while (g_ascii_isdigit (*p))
                p++;
            g_ptr_array_add (found, g_strndup (start, p - start));
        }
    }
    g_ptr_array_sort (found, (GCompareFunc)compare_strings);
    return found;
}

/* The text of the group with id @prefix@kind@id (a label of the views bloc places), or NULL. */
static const Text *
label_text (const Svg *s, const char *prefix, const char *kind, const char *id)
{
    g_autofree char *want = g_strdup_printf ("%s%s%s", prefix, kind, id);
    for (guint i = 0; i < s->texts->len; i++) {
        const Text *t = g_ptr_array_index (s->texts, i);
        if (g_strcmp0 (t->group, want) == 0)
            return t;
    }
    return NULL;
}

/* The Persian co-membership and incidence matrices read right to left, as the gaps matrix does:
 * the names of the rows at the right of every column, the first column at the right; Persian
 * labels are marked right to left; the numbers are those of the English figure; and no English
 * interface word is left. */
static void
test_persian_matrices (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");
    g_autoptr (GError) error = NULL;
    g_autoptr (GHashTable) english = english_words ();
    static const BlocView views[] = { BLOC_VIEW_MATRIX, BLOC_VIEW_INCIDENCE };
    static const char *const states[] = { "KG", "KZ", "TJ", "TM", "UZ" };

    for (guint v = 0; v < G_N_ELEMENTS (views); v++) {
        Svg figures[2];
        for (int fa = 0; fa <= 1; fa++) {
            BlocRenderOptions o;
            bloc_render_options_init (&o, views[v]);
            o.lang = fa ? "fa" : NULL;
            o.id_prefix = "m-";
            if (views[v] == BLOC_VIEW_MATRIX)
                o.order = BLOC_ORDER_ID;
            g_autoptr (GArray) group = NULL;
            g_autofree char *name = NULL;
            g_assert_true (bloc_dataset_resolve_group (ds, "central-asia", &group, &name, &error));
            o.group = group;
            o.group_name = name;
            g_autoptr (GBytes) svg = bloc_render (ds, &o, BLOC_IMAGE_SVG, &error);
            g_assert_no_error (error);
            svg_parse (&figures[fa], svg);
        }
        /* The columns: the matrix's are the states, by id; the incidence matrix's are what they
         * take part in, by number of members (the first column is the first "h-" label). */
        double first_column[2] = { 0, 0 };
        for (int fa = 0; fa <= 1; fa++) {
            const Svg *s = &figures[fa];
            double row_x = G_MAXDOUBLE, lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;
            gboolean first = TRUE;
            for (guint i = 0; i < s->texts->len; i++) {
                const Text *t = g_ptr_array_index (s->texts, i);
                if (t->group == NULL)
                    continue;
                if (g_str_has_prefix (t->group, "m-h-")) {
                    if (first)
                        first_column[fa] = t->x;
                    first = FALSE;
                    lo = MIN (lo, t->x);
                    hi = MAX (hi, t->x);
                }
            }
            const Text *row = label_text (s, "m-", "r-", "KZ");
            g_assert_nonnull (row);
            row_x = row->x;
            g_assert_false (first);
            if (fa) {
                /* The row's name at the right of every column, the first column rightmost. */
                g_assert_cmpfloat (row_x, >, hi);
                g_assert_cmpfloat (first_column[fa], ==, hi);
                /* A Persian name is marked right to left, its anchor swapped: it starts next to
                 * the cells, its left end ("end", in a right-to-left text) at its x. */
                g_assert_cmpstr (row->direction, ==, "rtl");
                g_assert_cmpstr (row->anchor, ==, "end");
            } else {
                g_assert_cmpfloat (row_x, <, lo);
                g_assert_cmpfloat (first_column[fa], ==, lo);
                g_assert_null (row->direction);
                g_assert_cmpstr (row->anchor, ==, "end");
            }
        }
        if (views[v] == BLOC_VIEW_MATRIX) {
            /* The states' columns in id order: left to right, or right to left. */
            for (int k = 1; k < 5; k++) {
                const Text *a_en = label_text (&figures[0], "m-", "h-", states[k - 1]);
                const Text *b_en = label_text (&figures[0], "m-", "h-", states[k]);
                const Text *a_fa = label_text (&figures[1], "m-", "h-", states[k - 1]);
                const Text *b_fa = label_text (&figures[1], "m-", "h-", states[k]);
                g_assert_cmpfloat (a_en->x, <, b_en->x);
                g_assert_cmpfloat (a_fa->x, >, b_fa->x);
            }
        }
        /* The same numbers, in the same digits. */
        g_autoptr (GPtrArray) en_numbers = numbers_of (&figures[0]);
        g_autoptr (GPtrArray) fa_numbers = numbers_of (&figures[1]);
        g_assert_cmpuint (en_numbers->len, >, 3);
        g_assert_cmpuint (en_numbers->len, ==, fa_numbers->len);
        for (guint i = 0; i < en_numbers->len; i++)
            g_assert_cmpstr (g_ptr_array_index (en_numbers, i), ==,
                             g_ptr_array_index (fa_numbers, i));
        /* No English interface word. */
        g_autoptr (GHashTable) data = data_words (ds, "fa");
        g_autoptr (GHashTable) found = svg_english (&figures[1], english, data);
        g_assert_cmpuint (g_hash_table_size (found), ==, 0);
        svg_clear (&figures[0]);
        svg_clear (&figures[1]);
    }
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/i18n/lookups", test_lookups);
    g_test_add_func ("/i18n/plurals", test_plurals);
    g_test_add_func ("/i18n/independent-of-locale", test_independent_of_locale);
    g_test_add_func ("/i18n/build-tree-catalogs", test_build_tree_catalogs);
    g_test_add_func ("/i18n/every-view-every-language", test_every_view_every_language);
    g_test_add_func ("/i18n/persian-gaps", test_persian_gaps);
    g_test_add_func ("/i18n/persian-matrices", test_persian_matrices);
    return g_test_run ();
}
