/* bloc-i18n.h: bloc's own words in other languages, through gettext.
 *
 * The words bloc writes (a figure's title, subtitle, legend, headers, cell words, the names of
 * kinds and roles, "and N more", ...) are English in the sources, marked for xgettext, and
 * translated in po/ (po/bloc.pot, po/LANG.po), one catalog per language in the text domain
 * BLOC_GETTEXT_PACKAGE ("bloc"). The build compiles each catalog with msgfmt into
 * LOCALEDIR/LANG/LC_MESSAGES/bloc.mo; bloc_init() binds the domain to LOCALEDIR (see
 * bloc_i18n_localedir()) with UTF-8 output.
 *
 * Two kinds of lookup:
 *
 * - Words in a language the caller chooses (a figure's --lang), whatever the process's locale:
 *   bloc_i18n_gettext(), bloc_i18n_pgettext(), bloc_i18n_ngettext() and bloc_i18n_npgettext().
 *   Mark them for xgettext with N_() or NC_() (glib/gi18n-lib.h) where the text is not in the
 *   call itself.
 * - Messages in the user's language (the process's locale, as any program): _(), C_() and
 *   g_dngettext (GETTEXT_PACKAGE, ...) from glib/gi18n-lib.h; GETTEXT_PACKAGE is "bloc" in the
 *   library, the command and the tests.
 *
 * How a per-call lookup works, and what it touches: GNU gettext picks the language from the
 * LANGUAGE environment variable (when LC_MESSAGES is not "C") and caches what it found. A lookup
 * that bloc has not made before, for a language, holds a lock and, for the time of one dgettext()
 * call: runs the calling thread with a C.UTF-8 LC_MESSAGES (uselocale(), per thread), sets
 * LANGUAGE to the language, and calls textdomain() with the current domain, which tells gettext
 * to drop its cache; then puts LANGUAGE back and calls textdomain() again. The answer is kept
 * (for the life of the process), so every later lookup of the same words is a lock and a hash
 * table. The lock serialises bloc's own lookups; but LANGUAGE is the process's: another thread
 * that calls gettext, getenv() or setenv() during a first lookup may see the figure's language
 * or race with the change (glibc's setenv() is not safe against a concurrent getenv()). Make
 * figures in one thread, or not while other threads use gettext or the environment.
 *
 * Ownership: every string these functions return is static or owned by bloc for the life of the
 * process (transfer none); never free it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The text domain of bloc's catalogs. */
#define BLOC_GETTEXT_PACKAGE "bloc"

/* The folder bloc's catalogs are read from (LOCALEDIR above), the first of:
 * - the environment variable BLOC_LOCALEDIR, when it is set and not empty (the tests point it
 *   at the build tree's catalogs);
 * - the locale folder where the install puts it relative to the library's own file (libbloc's
 *   folder, then the path from the install's libdir to its localedir), when it holds bloc's
 *   catalogs: an installed tree moved elsewhere still finds them;
 * - the locale folder of the install prefix (CMake's CMAKE_INSTALL_FULL_LOCALEDIR, or
 *   -DBLOC_LOCALEDIR=...), when it holds bloc's catalogs;
 * - the build tree's locale folder, when it holds them (a bloc run from its build tree);
 * - the install prefix's, otherwise.
 * Decided once, by bloc_init(). Static storage. */
const char *bloc_i18n_localedir (void);

/* TRUE when bloc's words can be written in @lang: English (NULL, "", "en" or "en-..."), or a
 * language whose catalog is installed and can be read. @lang is a code such as "fa", "ru" or
 * "pt-BR" ('-' or '_' before the region). */
gboolean bloc_i18n_has_language (const char *lang);

/* TRUE when @lang is written right to left (Arabic, Persian, Urdu, Hebrew, ...): its figures are
 * mirrored. FALSE for NULL. */
gboolean bloc_i18n_language_is_rtl (const char *lang);

/* @msgid in @lang: the translation from bloc's catalog, or @msgid itself when @lang is English
 * (or NULL), has no catalog, or the catalog does not translate it. Transfer none. */
const char *bloc_i18n_gettext (const char *lang, const char *msgid);

/* As bloc_i18n_gettext(), for @msgid in @context (a msgctxt: "kind", "role", ...), which tells
 * apart words that are one in English but not in other languages. */
const char *bloc_i18n_pgettext (const char *lang, const char *context, const char *msgid);

/* The form of @msgid (singular in English) or @msgid_plural that goes with the number @n in
 * @lang, by the catalog's plural rule (Russian has three forms, Arabic six); in English, @msgid
 * for 1 and @msgid_plural otherwise. Transfer none. */
const char *bloc_i18n_ngettext (const char *lang, const char *msgid, const char *msgid_plural,
                                gulong n);

/* As bloc_i18n_ngettext(), for @msgid in @context: a word that goes with a number and whose
 * translation depends on where it is shown. Transfer none. */
const char *bloc_i18n_npgettext (const char *lang, const char *context, const char *msgid,
                                 const char *msgid_plural, gulong n);

G_END_DECLS
