/* cli-changes.h: the output shared by `bloc timeline` and `bloc diff`. */
#pragma once

#include "cli.h"

/* Formats a GArray of BlocChange as [{"year","from","to","role","change"}] or a table, and
 * emits it. @title heads table and Markdown output. */
gboolean bloc_cli_emit_changes (const BlocCliCommon *common, const BlocDataset *ds,
                                const GArray *changes, const char *title, GError **error);
