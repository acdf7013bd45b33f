/* bloc-text.c: which characters text may hold, escapes, and positions in files. */
#include "bloc-text.h"

#include <math.h>
#include <string.h>

gboolean
bloc_text_is_control (gunichar c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

gboolean
bloc_text_is_c1 (gunichar c)
{
    return c >= 0x80 && c <= 0x9F;
}

gboolean
bloc_text_is_noncharacter (gunichar c)
{
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

gboolean
bloc_text_is_bidi_control (gunichar c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

BlocTextProblem
bloc_text_check_char (gunichar c)
{
    if (c == 0)
        return BLOC_TEXT_NUL;
    if (bloc_text_is_control (c) && c != '\t' && c != '\n' && c != '\r')
        return BLOC_TEXT_CONTROL;
    if (bloc_text_is_noncharacter (c))
        return BLOC_TEXT_NONCHARACTER;
    return BLOC_TEXT_OK;
}

char *
bloc_text_problem_message (BlocTextProblem problem, gunichar c)
{
    switch (problem) {
    case BLOC_TEXT_OK:
        break;
    case BLOC_TEXT_NUL:
        return g_strdup ("NUL byte (expected text)");
    case BLOC_TEXT_CONTROL:
        return g_strdup_printf ("control character U+%04X (expected text)", c);
    case BLOC_TEXT_NONCHARACTER:
        return g_strdup_printf ("noncharacter U+%04X (expected text)", c);
    case BLOC_TEXT_INVALID:
        return g_strdup ("invalid UTF-8 (expected text encoded as UTF-8)");
    }
    return g_strdup ("text (expected text)");
}

gboolean
bloc_text_validate (const char *data, gsize len, gsize *out_offset, char **out_why)
{
    const char *end;
    /* Validation stops at a NUL byte as it stops at invalid UTF-8: tell them apart below. */
    gboolean utf8 = g_utf8_validate_len (data, len, &end);
    BlocTextProblem problem = BLOC_TEXT_OK;
    const char *bad = NULL;
    gunichar c = 0;

    for (const char *p = data; p < end; p = g_utf8_next_char (p)) {
        c = g_utf8_get_char (p);
        if ((problem = bloc_text_check_char (c)) != BLOC_TEXT_OK) {
            bad = p;
            break;
        }
    }
    if (bad == NULL && !utf8) {
        bad = end;
        problem = end < data + len && *end == '\0' ? BLOC_TEXT_NUL : BLOC_TEXT_INVALID;
    }
    if (bad == NULL)
        return TRUE;
    if (out_offset != NULL)
        *out_offset = (gsize)(bad - data);
    if (out_why != NULL)
        *out_why = bloc_text_problem_message (problem, c);
    return FALSE;
}

char *
bloc_text_one_line (const char *text)
{
    GString *s = g_string_new (NULL);
    for (const char *c = text; *c; c++) {
        if (*c == '\n')
            g_string_append (s, "\\n");
        else if (*c == '\r')
            g_string_append (s, "\\r");
        else if (*c == '\t')
            g_string_append (s, "\\t");
        else
            g_string_append_c (s, *c);
    }
    return g_string_free (s, FALSE);
}

char *
bloc_text_flatten (char *text)
{
    for (char *p = text; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    return text;
}

char *
bloc_text_for_terminal (const char *text)
{
    g_autofree char *valid = g_utf8_make_valid (text, -1);
    GString *s = g_string_new (NULL);

    for (const char *p = valid; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        if (c < 0x80 && c != '\t' && bloc_text_is_control (c))
            g_string_append_printf (s, "\\x%02X", c);
        else if (bloc_text_is_c1 (c) || bloc_text_is_bidi_control (c))
            g_string_append_printf (s, "\\u%04X", c);
        else
            g_string_append_len (s, p, g_utf8_next_char (p) - p);
    }
    return g_string_free (s, FALSE);
}

char *
bloc_text_xml_safe (const char *text)
{
    g_autofree char *valid = g_utf8_make_valid (text, -1);
    GString *s = g_string_new (NULL);

    for (const char *p = valid; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
            c = 0xFFFD;
        g_string_append_unichar (s, c);
    }
    return g_string_free (s, FALSE);
}

gboolean
bloc_text_starts_rtl (const char *text)
{
    for (const char *p = text; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        if (g_unichar_isalpha (c)) {
            GUnicodeScript s = g_unichar_get_script (c);
            return s == G_UNICODE_SCRIPT_ARABIC || s == G_UNICODE_SCRIPT_HEBREW ||
                   s == G_UNICODE_SCRIPT_SYRIAC || s == G_UNICODE_SCRIPT_THAANA ||
                   s == G_UNICODE_SCRIPT_NKO;
        }
    }
    return FALSE;
}

char *
bloc_text_isolate_rtl (const char *text)
{
    return bloc_text_starts_rtl (text) ? g_strdup_printf ("\xe2\x81\xa8%s\xe2\x81\xa9", text)
                                       : g_strdup (text);
}

gboolean
bloc_text_parse_int (gint64 *out, const char *text, gint64 min, gint64 max)
{
    const char *p = text;
    gboolean negative = FALSE;
    guint64 magnitude = 0;

    if (*p == '+' || *p == '-')
        negative = *p++ == '-';
    if (!g_ascii_isdigit (*p))
        return FALSE;
    for (; *p; p++) {
        if (!g_ascii_isdigit (*p))
            return FALSE;
        guint digit = (guint)(*p - '0');
        /* Up to 2^63, the magnitude of G_MININT64. */
        if (magnitude > ((guint64)G_MAXINT64 + 1 - digit) / 10)
            return FALSE;
        magnitude = magnitude * 10 + digit;
    }
    if (!negative && magnitude > (guint64)G_MAXINT64)
        return FALSE;
    gint64 value = negative ? (gint64)(0 - magnitude) : (gint64)magnitude;
    if (value < min || value > max)
        return FALSE;
    *out = value;
    return TRUE;
}

gboolean
bloc_text_is_number (const char *text)
{
    const char *p = text;
    gboolean digits = FALSE;

    if (*p == '+' || *p == '-')
        p++;
    for (; g_ascii_isdigit (*p); p++)
        digits = TRUE;
    if (*p == '.')
        for (p++; g_ascii_isdigit (*p); p++)
            digits = TRUE;
    if (!digits)
        return FALSE;
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-')
            p++;
        if (!g_ascii_isdigit (*p))
            return FALSE;
        while (g_ascii_isdigit (*p))
            p++;
    }
    return *p == '\0';
}

gboolean
bloc_text_parse_real (double *out, const char *text)
{
    if (!bloc_text_is_number (text))
        return FALSE;
    char *end;
    double value = g_ascii_strtod (text, &end);
    if (*end != '\0' || !isfinite (value))
        return FALSE;
    *out = value;
    return TRUE;
}

gboolean
bloc_text_is_rtl_letter (gunichar c)
{
    gboolean rtl_block = (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) ||
                         (c >= 0xFE70 && c <= 0xFEFE) || (c >= 0x10800 && c <= 0x10FFF) ||
                         (c >= 0x1E800 && c <= 0x1EFFF);
    /* Letters there are strong right-to-left; digits and marks are not. */
    return rtl_block && g_unichar_isalpha (c);
}

char *
bloc_text_isolate (const char *text)
{
    gboolean needed = FALSE;
    if (!g_utf8_validate (text, -1, NULL))
        return g_strdup (text);
    for (const char *p = text; *p && !needed; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        needed = bloc_text_is_rtl_letter (c) || bloc_text_is_bidi_control (c) || c == 0x2029;
    }
    if (!needed)
        return g_strdup (text);

    GString *s = g_string_new ("\xe2\x81\xa8"); /* FSI */
    guint open = 0;
    for (const char *p = text; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        if (c >= 0x2066 && c <= 0x2068) { /* LRI, RLI, FSI */
            open++;
        } else if (c == 0x2069) { /* PDI */
            if (open == 0)
                continue;
            open--;
        } else if (c == 0x2029) {
            c = ' ';
        }
        g_string_append_unichar (s, c);
    }
    for (; open > 0; open--)
        g_string_append (s, "\xe2\x81\xa9");
    g_string_append (s, "\xe2\x81\xa9"); /* PDI */
    return g_string_free (s, FALSE);
}

/* @text case-folded, as characters. */
static gunichar *
folded_chars (const char *text, glong *out_len)
{
    g_autofree char *folded = g_utf8_casefold (text, -1);
    gunichar *chars = g_utf8_to_ucs4_fast (folded, -1, out_len);
    return chars;
}

guint
bloc_text_distance (const char *a, const char *b)
{
    glong n, m;
    g_autofree gunichar *x = folded_chars (a, &n);
    g_autofree gunichar *y = folded_chars (b, &m);
    /* Three rows of the distance matrix: two back, one back and the current one. */
    g_autofree guint *rows = g_new (guint, 3 * (m + 1));
    guint *before = rows, *previous = rows + (m + 1), *current = rows + 2 * (m + 1);

    for (glong j = 0; j <= m; j++)
        previous[j] = (guint)j;
    for (glong i = 1; i <= n; i++) {
        current[0] = (guint)i;
        for (glong j = 1; j <= m; j++) {
            guint cost = x[i - 1] == y[j - 1] ? 0 : 1;
            guint best = MIN (previous[j] + 1, current[j - 1] + 1);
            best = MIN (best, previous[j - 1] + cost);
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                best = MIN (best, before[j - 2] + 1);
            current[j] = best;
        }
        guint *recycled = before;
        before = previous;
        previous = current;
        current = recycled;
    }
    return previous[m];
}

/* The largest edit distance at which a candidate is a plausible slip for a text of @length
 * characters. */
static guint
distance_limit (glong length)
{
    return length <= 5 ? 1 : length <= 8 ? 2 : 3;
}

char **
bloc_text_suggest (const char *text, const char *const *candidates, guint max)
{
    g_autoptr (GStrvBuilder) out = g_strv_builder_new ();
    g_autofree char *folded = g_utf8_casefold (text, -1);
    glong length = g_utf8_strlen (text, -1);
    guint n = 0, best = G_MAXUINT, found = 0;

    if (!g_utf8_validate (text, -1, NULL))
        return g_strv_builder_end (out);
    for (n = 0; candidates[n] != NULL; n++) {
        g_autofree char *candidate = g_utf8_casefold (candidates[n], -1);
        if (strcmp (candidate, folded) == 0) {
            g_strv_builder_add (out, candidates[n]);
            return g_strv_builder_end (out);
        }
    }
    g_autofree guint *distance = g_new (guint, n + 1);
    for (guint i = 0; i < n; i++) {
        distance[i] = bloc_text_distance (text, candidates[i]);
        best = MIN (best, distance[i]);
    }
    for (guint i = 0; i < n && found < max && best <= distance_limit (length); i++) {
        if (distance[i] == best) {
            g_strv_builder_add (out, candidates[i]);
            found++;
        }
    }
    for (guint i = 0; i < n && found < max && length >= 3 && best > distance_limit (length); i++) {
        g_autofree char *candidate = g_utf8_casefold (candidates[i], -1);
        if (g_str_has_prefix (candidate, folded)) {
            g_strv_builder_add (out, candidates[i]);
            found++;
        }
    }
    return g_strv_builder_end (out);
}

char *
bloc_text_fold (const char *text)
{
    if (!g_utf8_validate (text, -1, NULL))
        return g_strdup ("");
    g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
    GString *bare = g_string_sized_new (strlen (decomposed));
    for (const char *p = decomposed; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        GUnicodeType type = g_unichar_type (c);
        if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK ||
            type == G_UNICODE_SPACING_MARK)
            continue;
        g_string_append_unichar (bare, c);
    }
    g_autofree char *unfolded = g_string_free (bare, FALSE);
    return g_utf8_casefold (unfolded, -1);
}

char *
bloc_text_quote_list (const char *const *names)
{
    GString *s = g_string_new (NULL);
    guint n = g_strv_length ((char **)names);

    for (guint i = 0; i < n; i++) {
        if (i > 0)
            g_string_append (s, i + 1 == n ? " or " : ", ");
        g_string_append_printf (s, "'%s'", names[i]);
    }
    return g_string_free (s, FALSE);
}

void
bloc_text_locate (const char *data, gsize offset, guint *out_line, guint *out_col)
{
    const char *bad = data + offset;
    const char *line_start = data;
    guint line = 1;

    if (offset >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
        line_start = data + 3;
    for (const char *p = data; p < bad; p++) {
        if (*p == '\n' || (*p == '\r' && (p + 1 >= bad || p[1] != '\n'))) {
            line++;
            line_start = p + 1;
        }
    }
    *out_line = line;
    *out_col = (guint)g_utf8_strlen (line_start, bad - line_start) + 1;
}

char *
bloc_text_position (const char *file, guint line, guint col, const char *what)
{
    /* A quoted value may hold a tab or a line break: shown escaped, each problem stays on one
     * line with its position. */
    g_autofree char *one_line = bloc_text_one_line (what);
    return g_strdup_printf ("%s:%u:%u: %s", file, line, col, one_line);
}

gboolean
bloc_text_set_error_at (GError **error, const char *file, guint line, guint col, const char *format,
                        ...)
{
    va_list args;

    va_start (args, format);
    g_autofree char *what = g_strdup_vprintf (format, args);
    va_end (args);
    g_autofree char *message = bloc_text_position (file, line, col, what);
    g_set_error_literal (error, BLOC_ERROR, BLOC_ERROR_DATA, message);
    return FALSE;
}
