/* cmd-members.c: bloc members ENTITY — who takes part in ENTITY. */
#include "cli-ties.h"

gboolean
cmd_members (int argc, char **argv, GError **error)
{
    return bloc_cli_ties_command (argc, argv, TRUE, error);
}
