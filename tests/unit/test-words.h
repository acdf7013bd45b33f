/* test-words.h: bloc's English interface words, and finding them in a text, for the tests that
 * check that none is left in a figure or a report in another language (test-i18n.c, test-report.c).
 */
#pragma once

#include <glib.h>

/* Every word of three letters or more in the msgids of po/bloc.pot, in lower case, but those of
 * @kept (NULL-terminated: words every language writes as they are, such as "NODF"). Letters
 * only: "%1$s" and "\n" leave no word of three letters, and an option's name ("--top") is the
 * command line's, in every language. Free with g_hash_table_unref(). */
static inline GHashTable *
test_english_words (const char *const *kept)
{
    g_autofree char *path = g_build_filename (BLOC_SOURCE_DIR, "po", "bloc.pot", NULL);
    g_autofree char *pot = NULL;
    g_assert_true (g_file_get_contents (path, &pot, NULL, NULL));
    GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_auto (GStrv) lines = g_strsplit (pot, "\n", -1);
    gboolean in_msgid = FALSE;
    for (int i = 0; lines[i] != NULL; i++) {
        const char *line = lines[i];
        if (g_str_has_prefix (line, "msgid ") || g_str_has_prefix (line, "msgid_plural "))
            in_msgid = TRUE;
        else if (!g_str_has_prefix (line, "\""))
            in_msgid = FALSE;
        if (!in_msgid)
            continue;
        for (const char *p = line; *p;) {
            if (!g_ascii_isalpha (*p) || (p > line && p[-1] == '\\')) {
                p++;
                continue;
            }
            const char *start = p;
            while (g_ascii_isalpha (*p))
                p++;
            if (p - start >= 3 && !(start - line >= 2 && start[-1] == '-' && start[-2] == '-'))
                g_hash_table_add (words, g_ascii_strdown (start, p - start));
        }
    }
    g_hash_table_remove (words, "msgid");
    g_hash_table_remove (words, "msgctxt");
    for (guint i = 0; kept != NULL && kept[i] != NULL; i++)
        g_hash_table_remove (words, kept[i]);
    return words;
}

/* Adds to @found the words of @text (runs of ASCII letters, in lower case) that are in @english
 * and not in @data (the words of the data shown, which may be English). An option's name
 * ("--top 6") is the command line's, in every language. */
static inline void
test_find_english (const char *text, GHashTable *english, GHashTable *data, GHashTable *found)
{
    for (const char *p = text; *p;) {
        if (!g_ascii_isalpha (*p)) {
            p++;
            continue;
        }
        const char *start = p;
        while (g_ascii_isalpha (*p))
            p++;
        if (start - text >= 2 && start[-1] == '-' && start[-2] == '-')
            continue;
        g_autofree char *word = g_ascii_strdown (start, p - start);
        if (g_hash_table_contains (english, word) && !g_hash_table_contains (data, word))
            g_hash_table_add (found, g_steal_pointer (&word));
    }
}
