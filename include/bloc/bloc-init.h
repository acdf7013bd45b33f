/* bloc-init.h: setting the library up.
 *
 * bloc_init() prepares what the library needs from the process: igraph's error and warning
 * handlers, the embedded resources (the default dataset and lookup tables), and the text domain
 * of bloc's translated words ("bloc", bound to bloc_i18n_localedir() with UTF-8 output; see
 * bloc-i18n.h). The library's
 * entry points (creating or loading a dataset, building a membership graph) call it, so a caller
 * who forgets still gets a working library; calling it first, as bloc's own programs do, makes
 * the set-up explicit.
 *
 * igraph's handlers are global to the process: bloc sets them to report errors by status (bloc
 * turns each into a GError) instead of aborting, and to stay silent on warnings. A program that
 * also calls igraph itself and wants other handlers must set them after bloc_init(), and check
 * every igraph status it gets.
 *
 * The library needs no particular locale: it reads and writes numbers with g_ascii_strtod() and
 * g_ascii_formatd(), whatever LC_NUMERIC says, and bloc_render() runs Graphviz, which uses the C
 * library's strtod() and printf(), with a C LC_NUMERIC on the calling thread (uselocale()).
 * Graphviz's renderer also switches the process's LC_NUMERIC while it writes: see bloc_render().
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the library up. Idempotent and thread-safe: only the first call does anything. */
void bloc_init (void);

/* bloc's version, as "0.1.0". Static storage. */
const char *bloc_version (void);

/* The version of igraph bloc was built with, as "0.10.2". Static storage. */
const char *bloc_igraph_version (void);

G_END_DECLS
