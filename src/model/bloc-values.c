/* bloc-values.c: the values entities and ties hold: kinds and roles (their names, aliases and
 * sets), years, dates and ids, parsed and checked. */
#include "bloc-model-private.h"

#include <glib/gi18n-lib.h>

#include "bloc-text.h"

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
