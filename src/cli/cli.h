/* cli.h: what every command shares: exit codes, common options, loading and output.
 *
 * A command is `gboolean cmd_NAME (int argc, char **argv, GError **error)`: it parses its own
 * options, calls the library, and formats the result. Only main() prints errors.
 */
#pragma once

#include <glib.h>

#include "bloc-analyze.h"
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

/* Common options a command leaves out of its --help because it does not take them. */
typedef enum {
    BLOC_CLI_ALL_OPTIONS = 0,
    BLOC_CLI_NO_YEAR = 1 << 0,   /* diff takes --from and --to */
    BLOC_CLI_NO_FORMAT = 1 << 1, /* render takes -T */
} BlocCliOptionFlags;

/* Creates the option context of command @name with its own @entries (may be NULL) and the
 * common options. @parameter is the synopsis of the arguments, e.g. "ENTITY". */
GOptionContext *bloc_cli_context (const char *name, const char *parameter,
                                  const GOptionEntry *entries, BlocCliCommon *common);
/* The same, leaving out of --help the common options in @flags, and with @year_help (when not
 * NULL) as the description of --year. */
GOptionContext *bloc_cli_context_full (const char *name, const char *parameter,
                                       const GOptionEntry *entries, BlocCliCommon *common,
                                       BlocCliOptionFlags flags, const char *year_help);

/* Parses the command line into @common and the command's entries, then checks the common
 * values. The command takes @min_args to @max_args positional arguments, left in argv[1..]. */
gboolean bloc_cli_parse (GOptionContext *context, BlocCliCommon *common, int *argc, char ***argv,
                         int min_args, int max_args, GError **error);
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

/* Options that shape the membership graph: --actors, --roles and (with @with_kinds) --kinds. */
typedef struct {
    char *actors;
    char *roles;
    char *kinds;
} BlocCliScope;

/* Adds the scope options to @context. @with_kinds also adds --kinds, described by @kinds_help. */
void bloc_cli_add_scope_options (GOptionContext *context, BlocCliScope *scope, gboolean with_kinds,
                                 const char *kinds_help);
/* Turns the scope options and --year into a BlocScope. */
gboolean bloc_cli_scope_resolve (const BlocCliScope *options, const BlocCliCommon *common,
                                 BlocScope *out, GError **error);
void bloc_cli_scope_clear (BlocCliScope *scope);

/* Resolves --group: a group id or a list of ids; without one, the dataset's default-group, or
 * its first group. @out_id receives the group's id (or the list as given), @out_name its
 * display name; the caller frees both. */
gboolean bloc_cli_group (const BlocDataset *ds, const char *spec, GArray **out_members,
                         char **out_id, char **out_name, GError **error);

/* Parses --between: countries/actors or organizations/others. */
gboolean bloc_cli_side_parse (BlocSide *out, const char *text, GError **error);

/* Appends a JSON array of the ids of @entities (guint entity indices). */
void bloc_cli_json_ids (JsonBuilder *b, const BlocDataset *ds, const GArray *entities);
/* Adds a list cell of the ids of @entities to @table. */
void bloc_cli_table_add_ids (BlocTable *table, const BlocDataset *ds, const GArray *entities);

/* The commands. */
gboolean cmd_check (int argc, char **argv, GError **error);
gboolean cmd_summary (int argc, char **argv, GError **error);
gboolean cmd_members (int argc, char **argv, GError **error);
gboolean cmd_memberships (int argc, char **argv, GError **error);
gboolean cmd_overlap (int argc, char **argv, GError **error);
gboolean cmd_centrality (int argc, char **argv, GError **error);
gboolean cmd_gaps (int argc, char **argv, GError **error);
gboolean cmd_nesting (int argc, char **argv, GError **error);
gboolean cmd_communities (int argc, char **argv, GError **error);
gboolean cmd_timeline (int argc, char **argv, GError **error);
gboolean cmd_diff (int argc, char **argv, GError **error);
gboolean cmd_import (int argc, char **argv, GError **error);
gboolean cmd_render (int argc, char **argv, GError **error);
gboolean cmd_backbone (int argc, char **argv, GError **error);
gboolean cmd_nestedness (int argc, char **argv, GError **error);

G_END_DECLS
