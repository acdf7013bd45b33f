/* bloc-fit.c: plain tables for people, fitted to the width of a terminal.
 *
 * Widths are terminal columns, as bloc_display_width() counts them. A table is laid out at its
 * natural widths; when that is wider than the terminal, the columns that can give room shrink
 * together (the widest first, all to one cap, as water finds its level), text is wrapped or
 * shortened inside them, and lists are cut with "and N more". See bloc_table_format_fit().
 */
#include "bloc-i18n.h"
#include "bloc-output-private.h"
#include "bloc-text.h"

#include <string.h>

#define ELLIPSIS "\u2026"

/* The columns @c takes on a terminal: 0 for combining marks, format characters and the
 * direction marks, 2 for wide East Asian characters, 1 for the rest. */
static gsize
char_width (gunichar c)
{
    if (g_unichar_iszerowidth (c) || c == 0x200E || c == 0x200F)
        return 0;
    return g_unichar_iswide (c) ? 2 : 1;
}

gsize
bloc_display_width (const char *text)
{
    gsize width = 0;

    for (const char *p = text; *p; p = g_utf8_next_char (p))
        width += char_width (g_utf8_get_char (p));
    return width;
}

/* The embeddings (U+202A, U+202B, U+202D, U+202E) and isolates (U+2066 to U+2068) that are open
 * after the text seen so far, outermost first: a GArray of gunichar that bidi_track() updates
 * character by character. A line that ends inside one closes it (bidi_close()), so that it
 * cannot reorder what follows on the terminal's line, and the next line opens it again
 * (bidi_reopen()). */
static void
bidi_track (GArray *open, gunichar c)
{
    if ((c >= 0x202A && c <= 0x202E && c != 0x202C) || (c >= 0x2066 && c <= 0x2068))
        g_array_append_val (open, c);
    else if ((c == 0x2069 || c == 0x202C) && open->len > 0)
        g_array_set_size (open, open->len - 1);
}

static void
bidi_close (GString *s, const GArray *open)
{
    for (guint i = open->len; i-- > 0;)
        g_string_append (s, g_array_index (open, gunichar, i) >= 0x2066 ? "\u2069" : "\u202C");
}

static void
bidi_reopen (GString *s, const GArray *open)
{
    for (guint i = 0; i < open->len; i++)
        g_string_append_unichar (s, g_array_index (open, gunichar, i));
}

char *
bloc_display_shorten (const char *text, gsize width)
{
    if (bloc_display_width (text) <= width)
        return g_strdup (text);
    if (width == 0)
        return g_strdup ("");

    GString *s = g_string_new (NULL);
    g_autoptr (GArray) open = g_array_new (FALSE, FALSE, sizeof (gunichar));
    gsize used = 0;
    for (const char *p = text; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        gsize w = char_width (c);
        if (used + w > width - 1)
            break;
        g_string_append_unichar (s, c);
        used += w;
        bidi_track (open, c);
    }
    while (s->len > 0 && s->str[s->len - 1] == ' ')
        g_string_truncate (s, s->len - 1);
    bidi_close (s, open);
    g_string_append (s, ELLIPSIS);
    return g_string_free (s, FALSE);
}

char **
bloc_display_wrap (const char *text, gsize width)
{
    g_autoptr (GStrvBuilder) lines = g_strv_builder_new ();
    g_auto (GStrv) words = g_strsplit (text, " ", -1);
    g_autoptr (GString) line = g_string_new (NULL);
    g_autoptr (GArray) open = g_array_new (FALSE, FALSE, sizeof (gunichar));
    gsize line_width = 0;

    for (guint i = 0; words[i] != NULL; i++) {
        if (*words[i] == '\0')
            continue;
        /* A word longer than a line: wrapping would not help. */
        g_autofree char *word = bloc_display_shorten (words[i], width);
        gsize word_width = bloc_display_width (word);
        if (line_width > 0 && line_width + 1 + word_width > width) {
            bidi_close (line, open);
            g_strv_builder_add (lines, line->str);
            g_string_truncate (line, 0);
            bidi_reopen (line, open);
            line_width = 0;
        }
        if (line_width > 0) {
            g_string_append_c (line, ' ');
            line_width++;
        }
        g_string_append (line, word);
        line_width += word_width;
        for (const char *p = word; *p; p = g_utf8_next_char (p))
            bidi_track (open, g_utf8_get_char (p));
    }
    g_strv_builder_add (lines, line->str);
    return g_strv_builder_end (lines);
}

const char *
bloc_table_list_separator (const char *lang)
{
    /* TRANSLATORS: what separates the items of a list: ", " in English. */
    return bloc_i18n_pgettext (lang, "list", ", ");
}

/* " and N more" in @lang, after a list cut short. Caller frees. */
static char *
and_more (const char *lang, guint n)
{
    g_autofree char *more =
        g_strdup_printf (bloc_i18n_ngettext (lang, "and %u more", "and %u more", n), n);
    return g_strconcat (" ", more, NULL);
}

/* bloc_display_list() in @lang. */
static char *
display_list (const char *lang, const char *const *items, gsize width)
{
    guint n = g_strv_length ((char **)items);
    const char *separator = bloc_table_list_separator (lang);
    gsize separator_width = bloc_display_width (separator);
    g_autofree gsize *prefix = g_new (gsize, n + 1); /* width of the first k items, joined */

    prefix[0] = 0;
    for (guint k = 1; k <= n; k++)
        prefix[k] =
            prefix[k - 1] + (k > 1 ? separator_width : 0) + bloc_display_width (items[k - 1]);
    if (prefix[n] <= width)
        return g_strjoinv (separator, (char **)items);
    for (guint k = n - 1; k >= 1; k--) {
        g_autofree char *more = and_more (lang, n - k);
        if (prefix[k] + bloc_display_width (more) > width)
            continue;
        GString *s = g_string_new (NULL);
        for (guint i = 0; i < k; i++) {
            if (i > 0)
                g_string_append (s, separator);
            g_string_append (s, items[i]);
        }
        g_string_append (s, more);
        return g_string_free (s, FALSE);
    }
    g_autofree char *count =
        g_strdup_printf (bloc_i18n_ngettext (lang, "%u item", "%u items", n), n);
    return bloc_display_shorten (count, width);
}

char *
bloc_display_list (const char *const *items, gsize width)
{
    return display_list (NULL, items, width);
}

/* How a column may give room. */
typedef enum {
    FIT_FIXED, /* numbers: never cut */
    FIT_LIST,  /* lists: cut with "and N more" */
    FIT_WRAP,  /* text with spaces: wrapped */
    FIT_WORD,  /* single words: shortened, last */
} FitKind;

/* The narrowest a column becomes in each stage (or its natural width, if smaller, or its
 * heading's, if wider): lists and text first to a readable width, then narrower, and only then
 * single words (ids), which lose the most when cut. */
enum { MIN_LIST = 20, MIN_WRAP = 12, LEAST_TEXT = 8, LEAST_WORD = 10 };
/* A list column is first kept wide enough for "FIRST and N more" in every row, up to this. */
enum { MAX_LIST = 32 };

/* The width of "FIRST and N more" for the list @items (NULL: none), at most MAX_LIST. */
static gsize
first_and_more (const char *lang, const char *const *items)
{
    if (items == NULL || items[0] == NULL)
        return 0;
    guint n = g_strv_length ((char **)items);
    g_autofree char *more = n > 1 ? and_more (lang, n - 1) : g_strdup ("");
    return MIN (MAX_LIST, bloc_display_width (items[0]) + bloc_display_width (more));
}

/* Shrinks the columns with @in_set[c] to one cap (their natural width @natural when smaller,
 * @min when larger) so that the columns' widths sum to @budget at most, and gives what is left
 * of the budget back to the columns that were cut, from the left. Returns FALSE, with the set
 * at @min, when even that does not fit. */
static gboolean
water_fill (gsize *widths, const gsize *natural, const gsize *min, const gboolean *in_set, guint n,
            gsize budget)
{
    gsize fixed = 0, floor = 0, top = 0;

    for (guint c = 0; c < n; c++) {
        if (!in_set[c]) {
            fixed += widths[c];
        } else {
            floor += min[c];
            top = MAX (top, natural[c]);
        }
    }
    if (fixed + floor > budget) {
        for (guint c = 0; c < n; c++)
            if (in_set[c])
                widths[c] = min[c];
        return FALSE;
    }
    gsize room = budget - fixed;
    /* The largest cap at which the set fits: the sum grows with the cap. */
    gsize lo = 0, hi = top;
    while (lo < hi) {
        gsize cap = (lo + hi + 1) / 2, sum = 0;
        for (guint c = 0; c < n; c++)
            if (in_set[c])
                sum += CLAMP (cap, min[c], natural[c]);
        if (sum <= room)
            lo = cap;
        else
            hi = cap - 1;
    }
    gsize sum = 0;
    for (guint c = 0; c < n; c++) {
        if (in_set[c]) {
            widths[c] = CLAMP (lo, min[c], natural[c]);
            sum += widths[c];
        }
    }
    for (guint c = 0; c < n && sum < room; c++) {
        if (in_set[c] && widths[c] < natural[c]) {
            widths[c]++;
            sum++;
        }
    }
    return TRUE;
}

/* Chooses the widths of the columns to fit @width, in the two stages of
 * bloc_table_format_fit(). Returns FALSE when nothing had to shrink. */
static gboolean
fit_widths (gsize *widths, const gsize *natural, const gsize *heading, const gsize *useful,
            const FitKind *kind, guint n, guint width)
{
    gsize total = 2 * (n - 1), budget;
    g_autofree gsize *min = g_new (gsize, n);
    g_autofree gboolean *in_set = g_new0 (gboolean, n);

    for (guint c = 0; c < n; c++)
        total += natural[c];
    if (total <= width)
        return FALSE;
    budget = width > 2 * (n - 1) ? width - 2 * (n - 1) : 0;
    for (guint stage = 1; stage <= 3; stage++) {
        for (guint c = 0; c < n; c++) {
            gboolean text = kind[c] == FIT_LIST || kind[c] == FIT_WRAP;
            gsize least = stage == 1 ? (kind[c] == FIT_LIST ? MAX (MIN_LIST, useful[c]) : MIN_WRAP)
                          : stage == 2 ? LEAST_TEXT
                                       : LEAST_WORD;
            in_set[c] = stage < 3 ? text : kind[c] == FIT_WORD;
            if (in_set[c])
                min[c] = MAX (heading[c], MIN (natural[c], least));
        }
        if (water_fill (widths, natural, min, in_set, n, budget))
            break;
    }
    return TRUE;
}

/* A NULL-terminated array of the one line @text (transfer full, taken). */
static char **
one_line (char *text)
{
    char **lines = g_new0 (char *, 2);
    lines[0] = text;
    return lines;
}

/* The lines of a cell in a column of @width: one, unless it wraps. */
static char **
cell_lines (const BlocTable *t, guint row, guint col, const char *text, FitKind kind, gsize width)
{
    if (bloc_display_width (text) <= width || kind == FIT_FIXED)
        return one_line (g_strdup (text));
    g_auto (GStrv) items = bloc_table_cell_items (t, row, col);
    if (items != NULL)
        return one_line (display_list (bloc_table_language (t), (const char *const *)items, width));
    if (kind != FIT_WRAP)
        return one_line (bloc_display_shorten (text, width));

    char **lines = bloc_display_wrap (text, width);
    guint n = g_strv_length (lines);
    if (n <= BLOC_FIT_MAX_LINES)
        return lines;
    /* The lines past the last one allowed, shortened into it. */
    g_autofree char *rest = g_strjoinv (" ", lines + BLOC_FIT_MAX_LINES - 1);
    g_free (lines[BLOC_FIT_MAX_LINES - 1]);
    lines[BLOC_FIT_MAX_LINES - 1] = bloc_display_shorten (rest, width);
    for (guint i = BLOC_FIT_MAX_LINES; i < n; i++)
        g_clear_pointer (&lines[i], g_free);
    return lines;
}

/* The widest line of column @col when it is @width wide: a list cut with "and N more" or a
 * wrapped text often takes less than its column. */
static gsize
used_width (const BlocTable *t, const GPtrArray *cells, guint col, FitKind kind, gsize width)
{
    guint n_cols = bloc_table_n_columns (t);
    gsize used = bloc_display_width (bloc_table_column (t, col));

    for (guint r = 0; r < bloc_table_n_rows (t); r++) {
        g_auto (GStrv) lines =
            cell_lines (t, r, col, g_ptr_array_index (cells, r * n_cols + col), kind, width);
        for (guint i = 0; lines[i] != NULL; i++)
            used = MAX (used, bloc_display_width (lines[i]));
    }
    return used;
}

/* Gives the room that cut columns leave unused (a list of short ids cut to "A, B and 5 more"
 * is narrower than its column) to the other cut columns, a few rounds. */
static void
share_unused (const BlocTable *t, const GPtrArray *cells, gsize *widths, const gsize *natural,
              const FitKind *kind, guint n)
{
    g_autofree gboolean *settled = g_new0 (gboolean, n);
    g_autofree gboolean *in_set = g_new0 (gboolean, n);
    g_autofree gsize *min = g_new0 (gsize, n);

    for (guint round = 0; round < 3; round++) {
        gsize unused = 0, budget = 0;
        gboolean any = FALSE;
        for (guint c = 0; c < n; c++) {
            if (kind[c] == FIT_FIXED || settled[c] || widths[c] >= natural[c])
                continue;
            gsize used = used_width (t, cells, c, kind[c], widths[c]);
            if (used < widths[c]) {
                unused += widths[c] - used;
                widths[c] = used;
                settled[c] = TRUE;
            }
        }
        if (unused == 0)
            return;
        for (guint c = 0; c < n; c++) {
            budget += widths[c];
            in_set[c] = kind[c] != FIT_FIXED && !settled[c] && widths[c] < natural[c];
            min[c] = widths[c];
            any |= in_set[c];
        }
        if (!any)
            return;
        water_fill (widths, natural, min, in_set, n, budget + unused);
    }
}

/* Appends @text, padded to @width, right-aligned with @right; the last column is not padded
 * on the right. */
static void
append_padded (GString *line, const char *text, gsize width, gboolean right, gboolean last)
{
    gsize w = bloc_display_width (text);
    gsize pad = width > w ? width - w : 0;

    if (right)
        for (gsize i = 0; i < pad; i++)
            g_string_append_c (line, ' ');
    g_string_append (line, text);
    if (!right && !last)
        for (gsize i = 0; i < pad; i++)
            g_string_append_c (line, ' ');
}

static void
append_line (GString *out, GString *line)
{
    while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
    g_string_append_len (out, line->str, line->len);
    g_string_append_c (out, '\n');
    g_string_truncate (line, 0);
}

void
bloc_table_format_plain (const BlocTable *t, guint width, GString *out)
{
    guint n_cols = bloc_table_n_columns (t);
    guint n_rows = bloc_table_n_rows (t);
    g_autofree gsize *widths = g_new0 (gsize, n_cols);
    g_autofree gsize *natural = g_new0 (gsize, n_cols);
    g_autofree gsize *heading = g_new0 (gsize, n_cols);
    g_autofree gsize *useful = g_new0 (gsize, n_cols); /* of lists: see first_and_more() */
    g_autofree FitKind *kind = g_new0 (FitKind, n_cols);
    g_autoptr (GPtrArray) texts = g_ptr_array_new_full (n_rows * n_cols, g_free);
    g_autoptr (GString) line = g_string_new (NULL);

    for (guint c = 0; c < n_cols; c++) {
        gboolean integral = bloc_table_column_is_integral (t, c);
        gboolean list = FALSE, spaces = FALSE;
        heading[c] = natural[c] = bloc_display_width (bloc_table_column (t, c));
        useful[c] = 0;
        for (guint r = 0; r < n_rows; r++) {
            /* Table cells hold one line: line breaks and tabs become spaces. */
            char *text = bloc_text_flatten (bloc_table_cell_text (t, r, c, integral));
            natural[c] = MAX (natural[c], bloc_display_width (text));
            list |= bloc_table_cell_kind (t, r, c) == BLOC_CELL_LIST;
            g_auto (GStrv) items = bloc_table_cell_items (t, r, c);
            useful[c] = MAX (useful[c],
                             first_and_more (bloc_table_language (t), (const char *const *)items));
            spaces |= bloc_table_cell_kind (t, r, c) == BLOC_CELL_TEXT && strchr (text, ' ');
            g_ptr_array_add (texts, text);
        }
        kind[c] = bloc_table_column_is_numeric (t, c) ? FIT_FIXED
                  : list                              ? FIT_LIST
                  : spaces                            ? FIT_WRAP
                                                      : FIT_WORD;
        widths[c] = natural[c];
    }
    /* texts is row-major below. */
    g_autoptr (GPtrArray) cells = g_ptr_array_new_full (n_rows * n_cols, NULL);
    for (guint r = 0; r < n_rows; r++)
        for (guint c = 0; c < n_cols; c++)
            g_ptr_array_add (cells, g_ptr_array_index (texts, c * n_rows + r));
    if (width > 0 && n_cols > 0 &&
        fit_widths (widths, natural, heading, useful, kind, n_cols, width))
        share_unused (t, cells, widths, natural, kind, n_cols);

    const char *caption = bloc_table_get_caption (t);
    if (caption != NULL) {
        g_autofree char *flat = bloc_text_flatten (g_strdup (caption));
        g_auto (GStrv) lines =
            width > 0 ? bloc_display_wrap (flat, width) : one_line (g_strdup (flat));
        for (guint i = 0; lines[i] != NULL; i++) {
            g_string_append (line, lines[i]);
            append_line (out, line);
        }
        g_string_append_c (out, '\n');
    }
    for (guint c = 0; c < n_cols; c++) {
        if (c > 0)
            g_string_append (line, "  ");
        append_padded (line, bloc_table_column (t, c), widths[c], FALSE, c + 1 == n_cols);
    }
    append_line (out, line);

    g_autofree GStrv *lines = g_new0 (GStrv, n_cols);
    for (guint r = 0; r < n_rows; r++) {
        guint height = 1;
        for (guint c = 0; c < n_cols; c++) {
            lines[c] =
                cell_lines (t, r, c, g_ptr_array_index (cells, r * n_cols + c), kind[c], widths[c]);
            height = MAX (height, g_strv_length (lines[c]));
        }
        for (guint k = 0; k < height; k++) {
            for (guint c = 0; c < n_cols; c++) {
                const char *text = k < g_strv_length (lines[c]) ? lines[c][k] : "";
                if (c > 0)
                    g_string_append (line, "  ");
                append_padded (line, text, widths[c], kind[c] == FIT_FIXED, c + 1 == n_cols);
            }
            append_line (out, line);
        }
        for (guint c = 0; c < n_cols; c++)
            g_strfreev (lines[c]);
    }
}
