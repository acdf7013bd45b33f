/* bloc-init.c: the library's set-up: igraph's handlers, the embedded resources and the catalogs
 * of bloc's words. */
#include "bloc-init.h"

#include <igraph.h>

#include "bloc-load.h"
#include "bloc-model-private.h"

void
bloc_init (void)
{
    static gsize once;

    if (g_once_init_enter (&once)) {
        /* Every igraph status is checked and becomes a GError (bloc_igraph_ok()); igraph's
         * default handler would abort the process instead. */
        igraph_set_error_handler (igraph_error_handler_ignore);
        igraph_set_warning_handler (igraph_warning_handler_ignore);
        bloc_load_register_resources ();
        /* bloc's catalogs: the build tree's in tests, the install prefix's when installed. */
        bloc_i18n_bind ();
        g_once_init_leave (&once, 1);
    }
}

const char *
bloc_version (void)
{
    return BLOC_VERSION;
}

const char *
bloc_igraph_version (void)
{
    return IGRAPH_VERSION;
}
