/* cli.h: what every command shares: exit codes, common options, loading and output.
 *
 * A command is `gboolean cmd_NAME (int argc, char **argv, GError **error)`: it parses its own
 * options, calls the library, and formats the result. Only main() prints errors.
 */
#pragma once

#include <glib.h>

#include "bloc-load.h"
#include "bloc-model.h"
#include "bloc-output.h"

G_BEGIN_DECLS

/* Exit statuses. */
enum {
    BLOC_EXIT_OK = 0,
    BLOC_EXIT_FAILURE = 1, /* bad data or a runtime error */
    BLOC_EXIT_USAGE = 2,   /* a bad command line */
};

typedef gboolean (*BlocCommandFunc) (int argc, char **argv, GError **error);

typedef struct {
    const char *name;
    BlocCommandFunc func;
    const char *summary;
} BlocCommand;

/* The command table, in main.c. NULL-terminated. */
extern const BlocCommand bloc_commands[];

/* Options shared by every command. */
typedef struct {
    char *data;
    int year; /* BLOC_YEAR_ALL when --year is not given */
    char **add;
    char **remove;
    char *lang;
    BlocFormat format;
    char *output;
    gboolean quiet;
    /* What the option parser filled in, before checking. */
    char *year_text;
    char *format_text;
} BlocCliCommon;

/* Creates the option context of command @name with its own @entries (may be NULL) and the
 * common options. @parameter is the synopsis of the arguments, e.g. "ENTITY". */
GOptionContext *bloc_cli_context (const char *name, const char *parameter, const GOptionEntry *entries,
                                  BlocCliCommon *common);

/* Parses the command line into @common and the command's entries, then checks the common
 * values. @n_args is how many positional arguments the command takes; they are left in argv[1..]. */
gboolean bloc_cli_parse (GOptionContext *context, BlocCliCommon *common, int *argc, char ***argv,
                         int n_args, GError **error);
void bloc_cli_common_clear (BlocCliCommon *common);

/* Loads the dataset named by --data (or the embedded one) and applies --remove and --add. */
BlocDataset *bloc_cli_load (const BlocCliCommon *common, GError **error);

/* Appends, for table and Markdown output, a line that says a what-if scenario is applied. */
void bloc_cli_scenario_note (const BlocCliCommon *common, const BlocDataset *ds, GString *out);

/* Writes @out to -o FILE (atomically) or stdout. */
gboolean bloc_cli_emit (const BlocCliCommon *common, const GString *out, GError **error);

/* Formats @table in the chosen format after the scenario note, and emits it. */
gboolean bloc_cli_emit_table (const BlocCliCommon *common, const BlocDataset *ds,
                              const BlocTable *table, GError **error);

/* A year for display: "" for BLOC_YEAR_ALL. */
char *bloc_cli_year_text (int year);

/* The commands. */
gboolean cmd_check (int argc, char **argv, GError **error);
gboolean cmd_summary (int argc, char **argv, GError **error);
gboolean cmd_members (int argc, char **argv, GError **error);
gboolean cmd_memberships (int argc, char **argv, GError **error);

G_END_DECLS
