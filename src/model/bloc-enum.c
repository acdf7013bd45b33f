/* bloc-enum.c: names of enumerated values, parsed with suggestions. */
#include "bloc-enum.h"

#include <string.h>

#include "bloc-text.h"

guint
bloc_enum_n_values (const BlocEnum *e)
{
    guint n = 0;
    while (e->names[n].name != NULL)
        n++;
    return n;
}

const char *
bloc_enum_to_string (const BlocEnum *e, int value)
{
    for (const BlocEnumName *n = e->names; n->name != NULL; n++)
        if (n->value == value)
            return n->name;
    return NULL;
}

gboolean
bloc_enum_lookup (int *out, const BlocEnum *e, const char *text)
{
    for (const BlocEnumName *n = e->names; n->name != NULL; n++) {
        gboolean found = strcmp (n->name, text) == 0;
        for (guint i = 0; !found && n->aliases != NULL && n->aliases[i] != NULL; i++)
            found = strcmp (n->aliases[i], text) == 0;
        if (found) {
            *out = n->value;
            return TRUE;
        }
    }
    return FALSE;
}

char **
bloc_enum_names (const BlocEnum *e, gboolean aliases)
{
    g_autoptr (GStrvBuilder) names = g_strv_builder_new ();

    for (const BlocEnumName *n = e->names; n->name != NULL; n++)
        g_strv_builder_add (names, n->name);
    for (const BlocEnumName *n = e->names; aliases && n->name != NULL; n++)
        for (guint i = 0; n->aliases != NULL && n->aliases[i] != NULL; i++)
            g_strv_builder_add (names, n->aliases[i]);
    return g_strv_builder_end (names);
}

char *
bloc_enum_list (const BlocEnum *e)
{
    g_auto (GStrv) names = bloc_enum_names (e, FALSE);
    return g_strjoinv (", ", names);
}

/* The message for an unknown @text, with the names nearest @like as the hint. */
static char *
unknown_like (const BlocEnum *e, const char *text, const char *like)
{
    g_auto (GStrv) names = bloc_enum_names (e, TRUE);
    g_auto (GStrv) near = bloc_text_suggest (like, (const char *const *)names, 3);
    g_autofree char *list = bloc_enum_list (e);
    GString *s = g_string_new (NULL);

    g_string_append_printf (s, "unknown %s '%s'", e->what, text);
    if (near[0] != NULL) {
        g_autofree char *hint = bloc_text_quote_list ((const char *const *)near);
        g_string_append_printf (s, "; did you mean %s?", hint);
    }
    g_string_append_printf (s, " (expected one of: %s)", list);
    return g_string_free (s, FALSE);
}

char *
bloc_enum_unknown (const BlocEnum *e, const char *text)
{
    return unknown_like (e, text, text);
}

gboolean
bloc_enum_parse (int *out, const BlocEnum *e, const char *text, GError **error)
{
    if (bloc_enum_lookup (out, e, text))
        return TRUE;
    g_autofree char *message = bloc_enum_unknown (e, text);
    g_set_error_literal (error, BLOC_ERROR, BLOC_ERROR_USAGE, message);
    return FALSE;
}

/* The singulars @text may be the English plural of: "countries" of "country" (or "countrie"),
 * "members" of "member". NULL-terminated, empty when @text does not end in s; caller frees. */
static char **
singulars_of (const char *text)
{
    g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
    gsize n = strlen (text);

    if (n > 3 && g_str_has_suffix (text, "ies")) {
        g_autofree char *y = g_strdup_printf ("%.*sy", (int)(n - 3), text);
        g_strv_builder_add (b, y);
    }
    if (n > 1 && text[n - 1] == 's') {
        g_autofree char *stem = g_strndup (text, n - 1);
        g_strv_builder_add (b, stem);
    }
    return g_strv_builder_end (b);
}

/* Parses one name of a list: a name, an alias, or the plural of one. */
static gboolean
parse_in_list (int *out, const BlocEnum *e, const char *text, GError **error)
{
    g_auto (GStrv) singulars = singulars_of (text);

    if (bloc_enum_lookup (out, e, text))
        return TRUE;
    for (guint i = 0; singulars[i] != NULL; i++)
        if (bloc_enum_lookup (out, e, singulars[i]))
            return TRUE;
    /* A misspelt plural ("contries") gets the names near its singular. */
    g_auto (GStrv) names = bloc_enum_names (e, TRUE);
    g_auto (GStrv) near = bloc_text_suggest (text, (const char *const *)names, 3);
    const char *like = near[0] == NULL && singulars[0] != NULL ? singulars[0] : text;
    g_autofree char *message = unknown_like (e, text, like);
    g_set_error_literal (error, BLOC_ERROR, BLOC_ERROR_USAGE, message);
    return FALSE;
}

gboolean
bloc_enum_parse_set (guint32 *out, const BlocEnum *e, const char *text, GError **error)
{
    g_auto (GStrv) parts = g_strsplit (text, ",", -1);
    guint32 set = 0;

    for (int i = 0; parts[i] != NULL; i++) {
        const char *part = g_strstrip (parts[i]);
        int value;
        if (!parse_in_list (&value, e, part, error))
            return FALSE;
        g_assert (value >= 0 && value < 32);
        set |= 1u << value;
    }
    if (set == 0) {
        g_autofree char *list = bloc_enum_list (e);
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "empty list of %ss (expected some of: %s)", e->what, list);
        return FALSE;
    }
    *out = set;
    return TRUE;
}
