/* bloc-i18n.c: bloc's words in other languages: the catalogs' folder, and lookups in a language
 * chosen per call through GNU gettext (see bloc-i18n.h for what a lookup touches). */
/* newlocale() and uselocale() are POSIX 2008; dladdr() is a GNU extension (also in the BSDs). */
#define _GNU_SOURCE

#include "bloc-i18n.h"

#include <dlfcn.h>
#include <libintl.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "bloc-model-private.h"

/* Set by CMake: the install prefix's locale folder, the build tree's, and the languages built. */
#ifndef BLOC_INSTALL_LOCALEDIR
#define BLOC_INSTALL_LOCALEDIR "/usr/local/share/locale"
#endif
#ifndef BLOC_LIB_TO_LOCALE
#define BLOC_LIB_TO_LOCALE "../share/locale"
#endif
#ifndef BLOC_BUILD_LOCALEDIR
#define BLOC_BUILD_LOCALEDIR ""
#endif
#ifndef BLOC_LINGUAS
#define BLOC_LINGUAS ""
#endif

static char *localedir;

/* TRUE when @dir holds a catalog of bloc for one of the languages the build made. */
static gboolean
holds_catalogs (const char *dir)
{
    if (dir == NULL || *dir == '\0')
        return FALSE;
    g_auto (GStrv) langs = g_strsplit (BLOC_LINGUAS, ",", -1);
    for (int i = 0; langs[i] != NULL; i++) {
        if (*langs[i] == '\0')
            continue;
        g_autofree char *mo =
            g_build_filename (dir, langs[i], "LC_MESSAGES", BLOC_GETTEXT_PACKAGE ".mo", NULL);
        if (g_file_test (mo, G_FILE_TEST_IS_REGULAR))
            return TRUE;
    }
    return FALSE;
}

/* The catalogs' folder that goes with the library that holds this code: the build tree's when
 * the library (or the program it is linked into) lies in the build tree, so that a build never
 * reads the catalogs of an older install; else the one installed beside it: the folder of its
 * file, then BLOC_LIB_TO_LOCALE (the install's libdir to its localedir). Caller frees. */
static char *
beside_library (void)
{
    Dl_info info;
    if (dladdr ((const void *)bloc_i18n_bind, &info) == 0 || info.dli_fname == NULL ||
        !g_path_is_absolute (info.dli_fname))
        return NULL;
    g_autofree char *dir = g_path_get_dirname (info.dli_fname);
    g_autofree char *canonical = g_canonicalize_filename (dir, NULL);
    g_autofree char *build_dir = g_path_get_dirname (BLOC_BUILD_LOCALEDIR);
    g_autofree char *build = g_canonicalize_filename (build_dir, NULL);
    gsize n = strlen (build);
    if (*BLOC_BUILD_LOCALEDIR != '\0' && strncmp (canonical, build, n) == 0 &&
        (canonical[n] == '\0' || canonical[n] == G_DIR_SEPARATOR))
        return g_strdup (BLOC_BUILD_LOCALEDIR);
    g_autofree char *joined = g_build_filename (dir, BLOC_LIB_TO_LOCALE, NULL);
    return g_canonicalize_filename (joined, NULL);
}

void
bloc_i18n_bind (void)
{
    static gsize once;
    if (g_once_init_enter (&once)) {
        const char *env = g_getenv ("BLOC_LOCALEDIR");
        g_autofree char *beside = beside_library ();
        if (env != NULL && *env != '\0')
            localedir = g_strdup (env);
        else if (holds_catalogs (beside))
            localedir = g_steal_pointer (&beside);
        else if (holds_catalogs (BLOC_INSTALL_LOCALEDIR))
            localedir = g_strdup (BLOC_INSTALL_LOCALEDIR);
        else if (holds_catalogs (BLOC_BUILD_LOCALEDIR))
            localedir = g_strdup (BLOC_BUILD_LOCALEDIR);
        else
            localedir = g_strdup (BLOC_INSTALL_LOCALEDIR);
        bindtextdomain (BLOC_GETTEXT_PACKAGE, localedir);
        /* Translations come out as UTF-8, whatever the locale's character set. */
        bind_textdomain_codeset (BLOC_GETTEXT_PACKAGE, "UTF-8");
        g_once_init_leave (&once, 1);
    }
}

const char *
bloc_i18n_localedir (void)
{
    bloc_i18n_bind ();
    return localedir;
}

/* ---- Lookups in a chosen language ----------------------------------------------------------- */

/* TRUE for English, the language of the sources, which needs no catalog. */
static gboolean
is_english (const char *lang)
{
    return lang == NULL || *lang == '\0' || g_ascii_strcasecmp (lang, "en") == 0 ||
           g_ascii_strncasecmp (lang, "en-", 3) == 0 || g_ascii_strncasecmp (lang, "en_", 3) == 0;
}

gboolean
bloc_i18n_language_is_rtl (const char *lang)
{
    static const char *const rtl[] = { "ar", "fa", "he", "iw",  "ur",      "ps", "sd",
                                       "ug", "yi", "dv", "ckb", "ku-Arab", NULL };
    if (lang == NULL)
        return FALSE;
    for (int i = 0; rtl[i] != NULL; i++) {
        gsize n = strlen (rtl[i]);
        if (g_ascii_strncasecmp (lang, rtl[i], n) == 0 &&
            (lang[n] == '\0' || lang[n] == '-' || lang[n] == '_'))
            return TRUE;
    }
    return FALSE;
}

static GMutex lock;
/* lang -> (key -> translation): every answer gettext gave, kept for the life of the process. */
static GHashTable *answers;
/* A locale whose LC_MESSAGES is C.UTF-8, for the calling thread while it looks up: gettext
 * ignores LANGUAGE when LC_MESSAGES is "C", as it is in a process that never called setlocale().
 * (locale_t)0 when the C library has no C.UTF-8. */
static locale_t messages_locale;
static gboolean messages_locale_tried;

/* The language as LANGUAGE takes it: "pt-BR" becomes "pt_BR" (gettext then also tries "pt"). */
static char *
language_value (const char *lang)
{
    char *value = g_strdup (lang);
    g_strdelimit (value, "-", '_');
    return value;
}

/* Asks gettext for @key (a msgid, or "context\004msgid") in @lang; with @plural, the form for
 * @n. Call with the lock held. Returns gettext's answer (static). */
static const char *
ask_gettext (const char *lang, const char *key, const char *plural, gulong n)
{
    if (!messages_locale_tried) {
        messages_locale_tried = TRUE;
        messages_locale = newlocale (LC_MESSAGES_MASK, "C.UTF-8", (locale_t)0);
        if (messages_locale == (locale_t)0)
            messages_locale = newlocale (LC_MESSAGES_MASK, "C.utf8", (locale_t)0);
    }
    locale_t previous = (locale_t)0;
    if (messages_locale != (locale_t)0)
        previous = uselocale (messages_locale);
    g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));
    g_autofree char *value = language_value (lang);

    /* textdomain() with the current domain changes nothing but tells gettext that the
     * environment changed, so that it forgets what it found for the other language. (The C
     * library's setenv(), not g_setenv(), which logs on every call in a process with threads the
     * caveat bloc-i18n.h states.) */
    setenv ("LANGUAGE", value, 1);
    textdomain (textdomain (NULL));
    const char *answer = plural ? dngettext (BLOC_GETTEXT_PACKAGE, key, plural, n)
                                : dgettext (BLOC_GETTEXT_PACKAGE, key);
    if (saved != NULL)
        setenv ("LANGUAGE", saved, 1);
    else
        unsetenv ("LANGUAGE");
    textdomain (textdomain (NULL));

    if (messages_locale != (locale_t)0)
        uselocale (previous);
    return answer;
}

/* The answer for @key in @lang, from the table or from gettext. Returns a string owned by the
 * table, or @fallback when gettext gave back the key itself (no translation). */
static const char *
lookup (const char *lang, const char *key, const char *plural, gulong n, const char *fallback)
{
    bloc_i18n_bind ();
    g_autofree char *cache_key =
        plural ? g_strdup_printf ("%s\x1f%s\x1f%lu", key, plural, n) : g_strdup (key);
    const char *result;

    g_mutex_lock (&lock);
    if (answers == NULL)
        answers = g_hash_table_new (g_str_hash, g_str_equal);
    GHashTable *table = g_hash_table_lookup (answers, lang);
    if (table == NULL) {
        table = g_hash_table_new (g_str_hash, g_str_equal);
        g_hash_table_insert (answers, g_strdup (lang), table);
    }
    const char *known = g_hash_table_lookup (table, cache_key);
    if (known == NULL) {
        const char *answer = ask_gettext (lang, key, plural, n);
        /* A NULL value would read as "not asked yet": an untranslated key is stored as "". */
        gboolean untranslated = answer == key || answer == plural || strcmp (answer, key) == 0 ||
                                (plural != NULL && strcmp (answer, plural) == 0);
        known = untranslated ? "" : g_strdup (answer);
        g_hash_table_insert (table, g_steal_pointer (&cache_key), (gpointer)known);
    }
    result = *known != '\0' ? known : NULL;
    g_mutex_unlock (&lock);
    return result != NULL ? result : fallback;
}

gboolean
bloc_i18n_has_language (const char *lang)
{
    if (is_english (lang))
        return TRUE;
    /* A catalog translates the empty msgid into its header. */
    return lookup (lang, "", NULL, 0, NULL) != NULL;
}

const char *
bloc_i18n_gettext (const char *lang, const char *msgid)
{
    if (is_english (lang) || *msgid == '\0')
        return msgid;
    return lookup (lang, msgid, NULL, 0, msgid);
}

const char *
bloc_i18n_pgettext (const char *lang, const char *context, const char *msgid)
{
    if (is_english (lang) || *msgid == '\0')
        return msgid;
    g_autofree char *key = g_strconcat (context, "\004", msgid, NULL);
    return lookup (lang, key, NULL, 0, msgid);
}

const char *
bloc_i18n_ngettext (const char *lang, const char *msgid, const char *msgid_plural, gulong n)
{
    const char *english = n == 1 ? msgid : msgid_plural;
    if (is_english (lang))
        return english;
    return lookup (lang, msgid, msgid_plural, n, english);
}

const char *
bloc_i18n_npgettext (const char *lang, const char *context, const char *msgid,
                     const char *msgid_plural, gulong n)
{
    const char *english = n == 1 ? msgid : msgid_plural;
    if (is_english (lang))
        return english;
    g_autofree char *key = g_strconcat (context, "\004", msgid, NULL);
    return lookup (lang, key, msgid_plural, n, english);
}
