/* bloc-label.c: text in figures: HTML-like labels built from escaped text, and the words for
 * years. Which text is right to left, and how it is isolated, is bloc-text.h's rule. */
#include <string.h>

#include "bloc-render-private.h"
#include "bloc-text.h"

/* Graphviz spaces lines by the font size, which the tall letters and low dots of Arabic script
 * overrun: after such a line (@rtl_above), a thin empty line keeps the next one clear. */
void
bloc_label_line_break (GString *html, gboolean rtl_above)
{
    g_string_append (html, rtl_above ? "<BR/><FONT POINT-SIZE=\"4\"> </FONT><BR/>" : "<BR/>");
}

/* Labels longer than this many characters are cut, and end with an ellipsis: the figure stays
 * readable, and no run of text reaches the 16,384 bytes Graphviz's DOT reader takes. The full
 * name stays in the tooltip. */
#define LABEL_MAX_CHARS 200
/* A word longer than this, or than the label's width, is broken into pieces of that length: a
 * node as wide as a 300-letter word crashed Graphviz's overlap removal. */
#define LABEL_MAX_WORD 30

/* @text cut to at most LABEL_MAX_CHARS characters, at a space when there is one near the end,
 * with an ellipsis; @text itself when it is short enough. Caller frees. */
static char *
shorten (const char *text)
{
    if (g_utf8_strlen (text, -1) <= LABEL_MAX_CHARS)
        return g_strdup (text);
    const char *end = g_utf8_offset_to_pointer (text, LABEL_MAX_CHARS - 1);
    const char *space = g_utf8_strrchr (text, end - text, ' ');
    if (space != NULL && g_utf8_strlen (space, end - space) <= LABEL_MAX_WORD)
        end = space;
    return g_strdup_printf ("%.*s\xe2\x80\xa6", (int)(end - text), text);
}

/* Appends @text (no spaces in it) escaped for an HTML-like label. */
static void
append_escaped (GString *html, const char *text, gssize len)
{
    g_autofree char *escaped = g_markup_escape_text (text, len);
    /* Graphviz expands \N, \G and friends even in HTML-like labels; a doubled backslash stands
     * for itself. */
    for (const char *c = escaped; *c; c++) {
        if (*c == '\\')
            g_string_append_c (html, '\\');
        g_string_append_c (html, *c);
    }
}

#define RLM "\xe2\x80\x8f" /* U+200F RIGHT-TO-LEFT MARK */

/* Starts a new line of a label; a right-to-left one closes its isolate and opens another. A
 * line of a right-to-left sentence (@rlm) starts with a right-to-left mark, as the first did:
 * each line of a label is a paragraph of its own. */
static void
new_line (GString *html, gboolean rtl, gboolean rlm)
{
    if (rtl) {
        g_string_append (html, "\xe2\x81\xa9");
        bloc_label_line_break (html, TRUE);
        g_string_append (html, "\xe2\x81\xa7");
    } else {
        g_string_append (html, "<BR/>");
        if (rlm)
            g_string_append (html, RLM);
    }
}

/* Appends @word, broken into lines of @piece characters when it is longer; never before a
 * combining mark, which belongs to the letter before it. Returns the length of its last line. */
static guint
append_word (GString *html, const char *word, guint piece, gboolean rtl, gboolean rlm)
{
    const char *p = word;
    guint n = (guint)g_utf8_strlen (word, -1);
    while (n > piece) {
        const char *cut = g_utf8_offset_to_pointer (p, piece);
        while (*cut && g_unichar_ismark (g_utf8_get_char (cut)))
            cut = g_utf8_next_char (cut);
        if (*cut == '\0')
            break;
        append_escaped (html, p, cut - p);
        new_line (html, rtl, rlm);
        n -= (guint)g_utf8_strlen (p, cut - p);
        p = cut;
    }
    append_escaped (html, p, -1);
    return n;
}

/* A right-to-left label is wrapped in a right-to-left isolate (U+2067 .. U+2069), line by line,
 * so that a browser orders the words right to left. */
void
bloc_label_append (GString *html, const char *raw, guint width)
{
    /* Line breaks and tabs in a name are spaces in a label. */
    g_autofree char *safe = bloc_text_flatten (bloc_text_xml_safe (raw));
    g_autofree char *text = shorten (safe);
    g_auto (GStrv) words = g_strsplit (text, " ", -1);
    gboolean rtl = bloc_text_starts_rtl (text);
    gboolean rlm = g_str_has_prefix (text, RLM);
    guint piece = MAX (width, LABEL_MAX_WORD);
    guint line = 0;

    if (rtl)
        g_string_append (html, "\xe2\x81\xa7");
    for (int i = 0; words[i] != NULL; i++) {
        guint n = (guint)g_utf8_strlen (words[i], -1);
        if (line > 0 && width > 0 && line + 1 + n > width) {
            new_line (html, rtl, rlm);
            line = 0;
        } else if (i > 0) {
            g_string_append_c (html, ' ');
            line++;
        }
        guint last = append_word (html, words[i], piece, rtl, rlm);
        line = n > piece ? last : line + n;
    }
    if (rtl)
        g_string_append (html, "\xe2\x81\xa9");
}

char *
bloc_label_sentence (const BlocFigure *figure, const char *text)
{
    /* A sign or a digit first (a neutral character) would let the line start left to right. */
    gunichar first = g_utf8_get_char (text);
    GUnicodeScript script = g_unichar_get_script (first);
    if (!bloc_figure_rtl (figure) ||
        (g_unichar_isalpha (first) &&
         (script == G_UNICODE_SCRIPT_ARABIC || script == G_UNICODE_SCRIPT_HEBREW)))
        return g_strdup (text);
    return g_strconcat (RLM, text, NULL);
}

char *
bloc_label_years (const BlocFigure *figure, const char *since, const char *until)
{
    if (*since && *until)
        /* TRANSLATORS: the years of a tie or an entity: "2006 to 2012". */
        return g_strdup_printf (T_ (figure, "%1$s to %2$s"), since, until);
    if (*since)
        return g_strdup_printf (T_ (figure, "since %s"), since);
    if (*until)
        return g_strdup_printf (T_ (figure, "until %s"), until);
    return g_strdup ("");
}

/* The characters a line of a label shows: tags left out, an escaped character counted once,
 * format characters (isolates, marks) not at all. */
static guint
visible_chars (const char *line)
{
    guint n = 0;
    for (const char *p = line; *p;) {
        if (*p == '<') {
            const char *end = strchr (p, '>');
            if (end == NULL)
                break;
            p = end + 1;
        } else if (*p == '&') {
            const char *end = strchr (p, ';');
            p = end != NULL ? end + 1 : p + 1;
            n++;
        } else {
            if (g_unichar_type (g_utf8_get_char_validated (p, -1)) != G_UNICODE_FORMAT)
                n++;
            p = g_utf8_next_char (p);
        }
    }
    return n;
}

void
bloc_label_measure (const char *html, guint *out_chars, guint *out_lines, guint *out_spacers)
{
    g_auto (GStrv) parts = g_strsplit (html != NULL ? html : "", "<BR/>", -1);
    guint longest = 0, lines = 0, spacers = 0;
    for (int i = 0; parts[i] != NULL; i++) {
        if (strstr (parts[i], "POINT-SIZE=\"4\"") != NULL) {
            spacers++;
            continue;
        }
        lines++;
        longest = MAX (longest, visible_chars (parts[i]));
    }
    *out_chars = longest;
    *out_lines = MAX (lines, 1);
    *out_spacers = spacers;
}
