/* bloc-error.c: the error domain. */
#include "bloc-error.h"

/* Written out rather than with G_DEFINE_QUARK, which takes the name as bare tokens that a code
 * formatter spaces out ("bloc - error - quark"). */
GQuark
bloc_error_quark (void)
{
    static GQuark quark;

    if (G_UNLIKELY (quark == 0))
        quark = g_quark_from_static_string ("bloc-error-quark");
    return quark;
}
