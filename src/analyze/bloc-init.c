/* bloc-init.c: the library's set-up: igraph's handlers and the embedded resources. */
#include "bloc-init.h"

#include <igraph.h>

#include "bloc-load.h"

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
