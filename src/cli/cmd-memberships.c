/* cmd-memberships.c: bloc memberships ENTITY — what ENTITY takes part in. */
#include "cli-ties.h"

gboolean
cmd_memberships (int argc, char **argv, GError **error)
{
    return bloc_cli_ties_command (argc, argv, FALSE, error);
}
