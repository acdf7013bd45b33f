/* cli-ties.h: the shared body of `bloc members` and `bloc memberships`. */
#pragma once

#include "cli.h"

/* Lists the ties into ENTITY (@incoming TRUE: who takes part in it) or out of it. */
gboolean bloc_cli_ties_command (int argc, char **argv, gboolean incoming, GError **error);
