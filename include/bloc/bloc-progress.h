/* bloc-progress.h: how long work tells its caller how far it has come.
 *
 * The statistics (sampled null models) and the importers (bytes read) take a BlocProgressFunc
 * and its data; the command line draws one progress bar from it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Called now and then during long work: @done of @total units (samples, bytes, ...) are done,
 * and @done == @total once all are. @total stays the same for one piece of work. Where it is an
 * option, NULL means no calls. */
typedef void (*BlocProgressFunc) (guint done, guint total, gpointer user_data);

G_END_DECLS
