/* bloc-enum.h: names of enumerated values, and one parser for all of them.
 *
 * Every option or column that takes one of a fixed set of words (a kind, a role, a format, a
 * measure, a side ...) is described by a BlocEnum: a table of the values, each with its
 * canonical name and the other spellings accepted (British and American, or a synonym). The
 * same table parses the word, prints the value, lists the names in messages and --help, and
 * can be walked to generate shell completion and manual pages.
 *
 * An unknown word gets a BLOC_ERROR_USAGE error that names it, suggests the nearest names (see
 * bloc_text_suggest()) and lists the valid ones:
 *
 *     unknown measure 'jacard'; did you mean 'jaccard'? (expected one of: count, weighted, ...)
 *
 * Tables are static and never freed; nothing here returns memory to free unless it says so.
 */
#pragma once

#include <glib.h>

#include "bloc-error.h"

G_BEGIN_DECLS

/* One value: its canonical name (printed, listed) and the other spellings accepted. */
typedef struct {
    int value;
    const char *name;
    const char *const *aliases; /* NULL-terminated, or NULL for none */
} BlocEnumName;

/* Aliases for a BlocEnumName: BLOC_ENUM_ALIASES ("organisation", "organisations"). */
#define BLOC_ENUM_ALIASES(...) ((const char *const[]){ __VA_ARGS__, NULL })

/* An enumeration. */
typedef struct {
    const char *what;          /* one value in messages: "kind", "measure" */
    const BlocEnumName *names; /* in the order they are listed; ends with a NULL name */
} BlocEnum;

/* The number of values of @e. */
guint bloc_enum_n_values (const BlocEnum *e);

/* The canonical name of @value, or NULL when @e has no such value. */
const char *bloc_enum_to_string (const BlocEnum *e, int value);

/* Looks up @text among the names and aliases of @e, exactly. Returns FALSE when it is none. */
gboolean bloc_enum_lookup (int *out, const BlocEnum *e, const char *text);

/* Every name of @e, canonical names first in table order, then (with @aliases) every alias,
 * NULL-terminated: for completion and manual pages. Caller frees with g_strfreev(). */
char **bloc_enum_names (const BlocEnum *e, gboolean aliases);

/* The canonical names joined with ", ", for --help and messages. Caller frees. */
char *bloc_enum_list (const BlocEnum *e);

/* The message for an unknown @text: "unknown WHAT 'TEXT'; did you mean 'X'? (expected one of:
 * A, B, C)", without the hint when nothing is near. Caller frees. */
char *bloc_enum_unknown (const BlocEnum *e, const char *text);

/* Parses @text (one name or alias) into @out. On failure sets a BLOC_ERROR_USAGE error with
 * bloc_enum_unknown() and returns FALSE. */
gboolean bloc_enum_parse (int *out, const BlocEnum *e, const char *text, GError **error);

/* Parses a comma-separated list of names ("member, observer"; spaces around names are ignored)
 * into a set with bit (1 << value) for each; the values of @e must be 0 to 31. A list reads as
 * plurals, so the English plural of a name or alias names its value too ("countries",
 * "organisations", "bodies", "members"). An empty list or name is an error too. */
gboolean bloc_enum_parse_set (guint32 *out, const BlocEnum *e, const char *text, GError **error);

G_END_DECLS
