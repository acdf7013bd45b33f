/* bloc-text.h: bloc's rules for text, in one place.
 *
 * - Which characters a dataset may hold: valid UTF-8 without NUL, control characters (but tab
 *   and line ends) or noncharacters. Bidirectional controls are allowed in data, but escaped in
 *   messages.
 * - How text is escaped: on one line for a message, safe for a terminal, safe for XML.
 * - How a place in a file is written: "file:line:col: what", lines and columns as an editor
 *   counts them (lines from 1, ending with LF, CRLF or CR; columns in characters from 1).
 *
 * Strings returned by functions marked "caller frees" are new (transfer full); free them with
 * g_free(). Every other function returns nothing to free.
 */
#pragma once

#include <glib.h>

#include "bloc-error.h"

G_BEGIN_DECLS

/* ---- Characters ----------------------------------------------------------------------------- */

/* TRUE for a control character: C0 (U+0000 to U+001F, with tab and line ends), DEL (U+007F) and
 * C1 (U+0080 to U+009F). */
gboolean bloc_text_is_control (gunichar c);
/* TRUE for a C1 control character, U+0080 to U+009F. */
gboolean bloc_text_is_c1 (gunichar c);
/* TRUE for a noncharacter: U+FDD0 to U+FDEF, and the last two code points of every plane
 * (U+FFFE, U+FFFF, U+1FFFE, ...). */
gboolean bloc_text_is_noncharacter (gunichar c);
/* TRUE for a character that changes the direction of the text around it: the Arabic letter
 * mark U+061C, the marks U+200E and U+200F, the embeddings and overrides U+202A to U+202E, and
 * the isolates U+2066 to U+2069. */
gboolean bloc_text_is_bidi_control (gunichar c);

/* What is wrong with a character in a dataset. */
typedef enum {
    BLOC_TEXT_OK,
    BLOC_TEXT_NUL,          /* U+0000 */
    BLOC_TEXT_CONTROL,      /* a control character other than tab, LF and CR */
    BLOC_TEXT_NONCHARACTER, /* see bloc_text_is_noncharacter() */
    BLOC_TEXT_INVALID,      /* not valid UTF-8 (from bloc_text_validate() only) */
} BlocTextProblem;

/* Whether @c may appear in a dataset: tab, LF and CR may, other controls may not. */
BlocTextProblem bloc_text_check_char (gunichar c);

/* The message for @problem with character @c, as "control character U+0007 (expected text)".
 * Caller frees. */
char *bloc_text_problem_message (BlocTextProblem problem, gunichar c);

/* Checks @len bytes of @data: valid UTF-8 and only characters bloc_text_check_char() accepts.
 * Returns TRUE, or FALSE with @out_offset (may be NULL) set to the byte where the first problem
 * starts and @out_why (may be NULL) to its message (caller frees). */
gboolean bloc_text_validate (const char *data, gsize len, gsize *out_offset, char **out_why);

/* ---- Escapes -------------------------------------------------------------------------------- */

/* @text on one line for a message: tabs and line breaks written as \t, \n and \r. Caller
 * frees. */
char *bloc_text_one_line (const char *text);
/* Replaces, in place, every tab and line break of @text with a space, for a table cell. Returns
 * @text. */
char *bloc_text_flatten (char *text);
/* @text made safe to print on a terminal: invalid UTF-8 replaced by U+FFFD, control characters
 * but tab written as \xHH (C0 and DEL) or \uHHHH (C1), and bidirectional controls as \uHHHH, so
 * that a quoted value cannot move the cursor, recolour or reorder the line. Caller frees. */
char *bloc_text_for_terminal (const char *text);
/* @text with every character XML 1.0 does not allow (C0 controls but tab and line ends, U+FFFE,
 * U+FFFF) and every invalid UTF-8 sequence replaced by U+FFFD. Caller frees. */
char *bloc_text_xml_safe (const char *text);

/* TRUE when the first letter of @text is of a right-to-left script (Arabic, Hebrew, Syriac,
 * Thaana, N'Ko). */
gboolean bloc_text_starts_rtl (const char *text);
/* @text for a sentence in another language: in a first-strong isolate (U+2068 ... U+2069) when
 * it starts right to left, so that it keeps its own direction; else a copy. Caller frees. */
char *bloc_text_isolate_rtl (const char *text);

/* TRUE for a letter of a right-to-left script: Hebrew, Arabic, Syriac, Thaana, N'Ko and the
 * others of U+0590 to U+08FF, their presentation forms, and the right-to-left planes' letters. */
gboolean bloc_text_is_rtl_letter (gunichar c);

/* @text for a line it shares with other text (a table cell, a heading), so that nothing in it
 * can reorder the rest of the line: when it holds a right-to-left letter or a bidirectional
 * control, in a first-strong isolate (U+2068 ... U+2069), with every isolate end that has no
 * start inside removed (it would close ours early), every isolate start left open closed, and
 * a paragraph separator (U+2029, which ends all isolates) made a space; else a copy. The end of
 * the isolate also ends any embedding or override left open inside. Caller frees. */
char *bloc_text_isolate (const char *text);

/* ---- Numbers ------------------------------------------------------------------------------ */

/* Parses @text as a whole decimal integer from @min to @max: an optional sign, then ASCII digits
 * and nothing else (no spaces, no hexadecimal, no exponent, no fraction). Returns TRUE with
 * @out set; FALSE, leaving @out alone, when @text is not such an integer or is out of bounds. */
gboolean bloc_text_parse_int (gint64 *out, const char *text, gint64 min, gint64 max);

/* TRUE when @text is a decimal number and nothing else: an optional sign, digits with an
 * optional '.', an optional exponent (1e-3). Not hexadecimal, not inf or nan, no spaces. */
gboolean bloc_text_is_number (const char *text);

/* Parses @text as bloc_text_is_number() describes it, into a finite double. Returns FALSE,
 * leaving @out alone, when it is not such a number or overflows. */
gboolean bloc_text_parse_real (double *out, const char *text);

/* ---- Suggestions ---------------------------------------------------------------------------- */

/* The edit distance between @a and @b (UTF-8), ignoring case: the fewest insertions, deletions,
 * substitutions and swaps of two neighbouring characters that turn one into the other (the
 * Damerau-Levenshtein distance, optimal string alignment). */
guint bloc_text_distance (const char *a, const char *b);

/* The candidates (NULL-terminated) nearest to @text, for a "did you mean" hint: a candidate
 * equal to @text but for case, alone; else those at the smallest edit distance when it is small
 * for @text's length (1 up to 5 characters, 2 up to 8, then 3); else those @text is the start
 * of, when it has 3 characters or more. At most @max, in the candidates' order. Returns a
 * NULL-terminated array, empty when nothing is near; caller frees with g_strfreev(). */
char **bloc_text_suggest (const char *text, const char *const *candidates, guint max);

/* @text folded for comparing as people do: compatibility-decomposed (NFKD), without its
 * combining marks (accents, Arabic vowel signs and hamza marks), then case-folded. "Zürich",
 * "ZURICH" and "zurich" fold alike, as do "أوزبكستان" and "اوزبكستان". Invalid UTF-8 folds to "".
 * Caller frees. */
char *bloc_text_fold (const char *text);

/* @names (NULL-terminated) quoted and joined for a message: "'a'", "'a' or 'b'", "'a', 'b' or
 * 'c'". Caller frees. */
char *bloc_text_quote_list (const char *const *names);

/* ---- Positions ------------------------------------------------------------------------------ */

/* The line and column of byte @offset of @data, as an editor counts them. A UTF-8 byte-order
 * mark at the start takes no column. */
void bloc_text_locate (const char *data, gsize offset, guint *out_line, guint *out_col);

/* "FILE:LINE:COL: WHAT", with @what on one line (see bloc_text_one_line()). Caller frees. */
char *bloc_text_position (const char *file, guint line, guint col, const char *what);

/* Sets @error to a BLOC_ERROR_DATA error whose message is bloc_text_position() of the formatted
 * text. Returns FALSE, so that a caller can return its result. */
G_GNUC_PRINTF (5, 6)
gboolean bloc_text_set_error_at (GError **error, const char *file, guint line, guint col,
                                 const char *format, ...);

G_END_DECLS
