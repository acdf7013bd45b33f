/* cli.h: what every command shares: exit codes, common options, loading and output.
 *
 * A command is `gboolean cmd_NAME (int argc, char **argv, GError **error)`: it parses its own
 * options, calls the library, and formats the result. Only main() prints errors.
 */
#pragma once

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "bloc.h"

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

/* Options shared by every command, and what bloc_cli_prepare() makes of them. Declare it with
 * g_auto (BlocCliCommon) common = { 0 }: it releases the option values and the dataset on every
 * return. */
typedef struct {
    char *data;
    int year; /* BLOC_YEAR_ALL when --year is not given */
    char **add;
    char **remove;
    char *lang;
    BlocFormat format;
    char *output;
    gboolean quiet;
    gboolean wide; /* --wide: tables are not fitted to the terminal */
    /* What the option parser filled in, before checking. */
    char *year_text;
    char *format_text;
    /* Set by bloc_cli_prepare(): the dataset with --remove and --add applied (NULL unless the
     * command loads one; owned), and the scope of its graph (--actors, --roles, --kinds, --year).
     */
    BlocDataset *ds;
    BlocScope scope;
    /* The common options the command leaves out (BlocCliOptionFlags), from bloc_cli_context. */
    int flags;
} BlocCliCommon;

void bloc_cli_common_clear (BlocCliCommon *common);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocCliCommon, bloc_cli_common_clear)

/* ---- Words in the output's language ---------------------------------------------------------
 *
 * Table and Markdown output are for people: their words (headings, captions, the words in cells
 * such as kinds, roles and changes, notes, "and N more") follow --lang, as a figure's do. CSV and
 * JSON are for scripts: their headers, keys and words stay the English identifiers whatever
 * --lang says. Messages on standard error (errors, warnings, notes) stay English.
 *
 * T_ (common, "text"), TC_ (common, "context", "text") and TN_ (common, "one", "many", n) return
 * the words in common->lang for table and Markdown output and as they are for CSV and JSON
 * (transfer none); xgettext finds them (scripts/update-po). Mark words kept in tables with N_()
 * or NC_() and translate them where they are used. */

/* TRUE when the output is for people: --format table or markdown. */
gboolean bloc_cli_for_people (const BlocCliCommon *common);
const char *bloc_cli_gettext (const BlocCliCommon *common, const char *msgid);
const char *bloc_cli_pgettext (const BlocCliCommon *common, const char *context,
                               const char *msgid);
const char *bloc_cli_ngettext (const BlocCliCommon *common, const char *msgid,
                               const char *msgid_plural, gulong n);
#define T_(common, msgid)           bloc_cli_gettext ((common), msgid)
#define TC_(common, context, msgid) bloc_cli_pgettext ((common), context, msgid)
#define TN_(common, msgid, msgid_plural, n)                                                        \
    bloc_cli_ngettext ((common), msgid, msgid_plural, n)

/* A table whose columns are the NULL-terminated @columns: English identifiers, marked
 * NC_ ("heading", ...), which CSV and JSON print as they are and table and Markdown output
 * translate (TC_ (common, "heading", column)). Free it with bloc_table_free(). */
BlocTable *bloc_cli_table_new (const BlocCliCommon *common, const char *const *columns);

/* The name of the dataset column @column ("since", "name@fa") for people: the columns bloc
 * defines in the output's language ("name" of "name@fa" too), a dataset's own as they are.
 * Caller frees. */
char *bloc_cli_column_name (const BlocCliCommon *common, const char *column);

/* The roles of @roles, in role order, as a list in the output's language ("member, host").
 * Caller frees. */
char *bloc_cli_role_list (const BlocCliCommon *common, BlocRoleSet roles);

/* The source of tie @t for a table: the data's, NULL when it has none, and "what-if" (in the
 * output's language) for a tie a what-if scenario added. Transfer none. */
const char *bloc_cli_tie_source (const BlocCliCommon *common, const BlocTie *t);

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

/* Options that shape the membership graph: --actors, --roles and (with @with_kinds) --kinds.
 * Declare it with g_auto (BlocCliScope) scope_options = { 0 }. */
typedef struct {
    char *actors;
    char *roles;
    char *kinds;
} BlocCliScope;

void bloc_cli_scope_clear (BlocCliScope *scope);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocCliScope, bloc_cli_scope_clear)

/* Adds the scope options to @context. @with_kinds also adds --kinds, described by @kinds_help. */
void bloc_cli_add_scope_options (GOptionContext *context, BlocCliScope *scope, gboolean with_kinds,
                                 const char *kinds_help);

/* A number option. The option parser stores the text (declare the entry G_OPTION_ARG_STRING with
 * &number.text), and bloc_cli_prepare() parses it into @value, strictly and within bounds, so
 * that a bad value gets bloc's message and exit status 2. Declare it with
 * g_auto (BlocCliInt) top = BLOC_CLI_INT ("--top", 0, 1, G_MAXINT): @value keeps its default
 * when the option is not given. */
typedef struct {
    const char *option; /* "--top", for messages */
    const char *what;   /* "an integer", "a year" */
    gint64 min;
    gint64 max;
    gint64 value;
    char *text;
} BlocCliInt;

#define BLOC_CLI_INT(option, value, min, max)                                                      \
    {                                                                                              \
        (option), "an integer", (min), (max), (value), NULL                                        \
    }
/* A year option: 0 until given, then a year from 1 to 9999. */
#define BLOC_CLI_YEAR(option)                                                                      \
    {                                                                                              \
        (option), "a year", 1, 9999, 0, NULL                                                       \
    }

void bloc_cli_int_clear (BlocCliInt *number);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocCliInt, bloc_cli_int_clear)

/* A real number option, parsed as bloc_text_parse_real() does (no hexadecimal, inf or nan),
 * within [min, max], or (min, max] with @min_excluded. */
typedef struct {
    const char *option;
    double min;
    double max;
    gboolean min_excluded; /* min itself is out: alpha = 0 keeps nothing */
    double value;
    char *text;
} BlocCliReal;

/* Any finite number. */
#define BLOC_CLI_REAL(option, value)                                                               \
    {                                                                                              \
        (option), -G_MAXDOUBLE, G_MAXDOUBLE, FALSE, (value), NULL                                  \
    }
/* A number above 0 and at most 1: a significance level. */
#define BLOC_CLI_LEVEL(option, value)                                                              \
    {                                                                                              \
        (option), 0.0, 1.0, TRUE, (value), NULL                                                    \
    }

void bloc_cli_real_clear (BlocCliReal *number);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocCliReal, bloc_cli_real_clear)

/* Parses @number->text, when the option was given, into @number->value. Returns FALSE with a
 * usage error "bad --top 'abc' (expected an integer from 1 to 2147483647)". */
gboolean bloc_cli_int_parse (BlocCliInt *number, GError **error);
/* The same for a real number: "bad --min 'x' (expected a number like 0.5)", or with bounds
 * "bad --alpha '0' (expected a number above 0 and at most 1, like 0.05)". */
gboolean bloc_cli_real_parse (BlocCliReal *number, GError **error);

/* A command's own checks of its option values, run after the common ones and before loading.
 * @options is BlocCliSteps.options. Returns FALSE with a BLOC_ERROR_USAGE error. */
typedef gboolean (*BlocCliCheckFunc) (const BlocCliCommon *common, gpointer options,
                                      GError **error);

/* What bloc_cli_prepare() does for a command. */
typedef struct {
    int min_args; /* positional arguments, left in argv[1..] */
    int max_args;
    const BlocCliScope *scope; /* scope options to resolve into common->scope, or NULL */
    BlocCliCheckFunc check;    /* or NULL */
    gpointer options;          /* passed to check */
    gboolean load;             /* load the dataset into common->ds */
    BlocCliInt *const *ints;   /* number options to parse (NULL-terminated), or NULL */
    BlocCliReal *const *reals; /* the same for real numbers */
    gboolean output_folder;    /* -o names a folder to create, which the command checks */
} BlocCliSteps;

/* The prologue of every command, in this order: parses the command line into @common and the
 * command's entries; checks the common values, the limits set in the environment and the number
 * of arguments; parses the number options of @steps; resolves the scope options with --year into
 * common->scope (defaults without @steps->scope); runs the command's own check; and, with
 * @steps->load, loads the dataset (--data, or the embedded one) into common->ds and applies
 * --remove, then --add. */
gboolean bloc_cli_prepare (BlocCliCommon *common, GOptionContext *context, int *argc, char ***argv,
                           const BlocCliSteps *steps, GError **error);

/* Loads the dataset into common->ds and applies --remove and --add, for a command that runs
 * checks of its own between bloc_cli_prepare() and loading. */
gboolean bloc_cli_load (BlocCliCommon *common, GError **error);

/* Sets a BLOC_ERROR_USAGE error and returns FALSE. */
G_GNUC_PRINTF (2, 3)
gboolean bloc_cli_usage_error (GError **error, const char *format, ...);

/* Appends, for table and Markdown output, a line that says a what-if scenario is applied. */
void bloc_cli_scenario_note (const BlocCliCommon *common, const BlocDataset *ds, GString *out);

/* The caption of a table, one line that says what was asked:
 *
 *     WHAT — DATASET TITLE, YEAR[, DETAIL]...[; what-if: CHANGE; CHANGE]
 *
 * YEAR is "current" for BLOC_YEAR_ALL, "in 2010" for a year, and left out for @year 0. The
 * @n_details @details name the group, measure, threshold... (NULL or "" ones are skipped).
 * Returns NULL with --quiet, unless a what-if is applied: its output always names it. Caller
 * frees. bloc_cli_caption (common, ds, year, what, detail, ...) passes the details as
 * arguments (at least one: NULL for none). */
char *bloc_cli_caption_v (const BlocCliCommon *common, const BlocDataset *ds, int year,
                          const char *what, const char *const *details, guint n_details);
#define bloc_cli_caption(common, ds, year, what, ...)                                              \
    bloc_cli_caption_v ((common), (ds), (year), (what), (const char *const[]){ __VA_ARGS__ },      \
                        sizeof ((const char *const[]){ __VA_ARGS__ }) / sizeof (const char *))

/* The terminal width to fit tables into, or 0 to fit nothing: tables are fitted when they go
 * to standard output, it is a terminal, the format is table and --wide is not given. The
 * width is $COLUMNS when it is set to a number, else the terminal's (TIOCGWINSZ), else 80. */
guint bloc_cli_width (const BlocCliCommon *common);

/* Prints a note on standard error ("bloc: MESSAGE"), unless --quiet. */
G_GNUC_PRINTF (2, 3)
void bloc_cli_note (const BlocCliCommon *common, const char *format, ...);

/* Appends @table in the chosen format: fitted to the terminal (bloc_cli_width()), and, for a
 * what-if in CSV and JSON, with a last column "scenario" that names the changes (CSV and JSON
 * have no caption). Without a caption, table and Markdown output get the scenario note. */
void bloc_cli_format_table (const BlocCliCommon *common, const BlocDataset *ds, BlocTable *table,
                            GString *out);
/* Adds to a JSON object being built a member "scenario", the list of what-if changes, when a
 * what-if is applied. */
void bloc_cli_json_scenario (JsonBuilder *b, const BlocDataset *ds);

/* Writes @out to -o FILE (atomically) or stdout. */
gboolean bloc_cli_emit (const BlocCliCommon *common, const GString *out, GError **error);

/* Formats @table with bloc_cli_format_table(), and emits it. */
gboolean bloc_cli_emit_table (const BlocCliCommon *common, const BlocDataset *ds, BlocTable *table,
                              GError **error);

/* --group and --region as filters: keep the entities of a group (or list of ids), of a
 * region, or of both. Declare it with g_auto (BlocCliFilter) filter = { 0 }. */
typedef struct {
    char *group;
    char *region;
    /* Set by bloc_cli_filter_resolve(): */
    gboolean *keep;    /* one per entity of the dataset; NULL when neither option is given */
    char *description; /* "in Central Asia", for captions; NULL without a filter */
} BlocCliFilter;

void bloc_cli_filter_clear (BlocCliFilter *filter);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocCliFilter, bloc_cli_filter_clear)

/* Adds --group (described by @group_help; NULL leaves it out) and --region to @context. */
void bloc_cli_add_filter_options (GOptionContext *context, BlocCliFilter *filter,
                                  const char *group_help, const char *region_help);
/* Resolves --group and --region against common->ds into filter->keep and filter->description
 * (for captions: in the output's language, see T_). */
gboolean bloc_cli_filter_resolve (BlocCliFilter *filter, const BlocCliCommon *common,
                                  GError **error);
/* TRUE when entity @entity passes the filter (always, without one). */
gboolean bloc_cli_filter_keeps (const BlocCliFilter *filter, guint entity);

/* When @e exists by its own dates, as a phrase: "took place in 2018" (a forum or exercise),
 * "existed from 1992 to 2011", "has existed since 2001"; in @lang (NULL for English, as messages
 * on standard error are). Caller frees. */
char *bloc_cli_existence (const BlocEntity *e, const char *lang);

/* Loads the dataset again without --add and --remove into @out (transfer full), for --compare:
 * the baseline of a what-if. A usage error when no what-if is given. */
gboolean bloc_cli_load_baseline (const BlocCliCommon *common, BlocDataset **out, GError **error);

/* Resolves --group: a group id or a list of ids; without one, the dataset's default-group, or
 * its first group. @out_id receives the group's id (or the list as given), @out_name its
 * display name; the caller frees both. */
gboolean bloc_cli_group (const BlocDataset *ds, const char *spec, GArray **out_members,
                         char **out_id, char **out_name, GError **error);

/* Resolves --group narrowed by --region, as gaps and nestedness take them: the group (as
 * bloc_cli_group() resolves @spec, with its default) narrowed to its members in @region; or,
 * with only @region, the entities of that region whose kind is an actor kind of common->scope.
 * @region NULL is bloc_cli_group(). A usage error when no member is in the region. @out_id
 * ("central-asia,region=Central Asia") and @out_name ("Central Asia in Central Asia") are for
 * JSON and captions; the caller frees all three. */
gboolean bloc_cli_group_in_region (const BlocCliCommon *common, const char *spec,
                                   const char *region, GArray **out_members, char **out_id,
                                   char **out_name, GError **error);

/* Parses --between: countries (or actors) or organizations (or organisations, others); NULL
 * gives countries. */
gboolean bloc_cli_side_parse (BlocSide *out, const char *text, GError **error);

/* centrality --graph: the two-mode graph, or the projection on one side. */
typedef enum {
    BLOC_CLI_GRAPH_COUNTRIES = BLOC_SIDE_ACTORS,
    BLOC_CLI_GRAPH_ORGANIZATIONS = BLOC_SIDE_OTHERS,
    BLOC_CLI_GRAPH_TWO_MODE,
} BlocCliGraph;

/* The name of a side for captions: "countries" and "organizations" when the actors are the
 * countries, else "actors" and "others", in the output's language (see T_). Static. */
const char *bloc_cli_side_name (const BlocCliCommon *common, BlocSide side);

/* The values of --graph: two-mode, and the sides as bloc_side_enum() names them. Static. */
const BlocEnum *bloc_cli_graph_enum (void);

/* Appends a JSON array of the ids of @entities (guint entity indices). */
void bloc_cli_json_ids (JsonBuilder *b, const BlocDataset *ds, const GArray *entities);
/* Adds a list cell of the ids of @entities to @table. */
void bloc_cli_table_add_ids (BlocTable *table, const BlocDataset *ds, const GArray *entities);

/* What the manual pages and the shell completion know of the commands' options comes from the
 * commands themselves (cli-introspect.c): `bloc __options CMD` runs CMD up to its option parsing,
 * with the helpers below recording the option context instead of parsing it, and prints what it
 * recorded as JSON; `bloc __complete WORD...` completes the last word from the same record.
 * Commands build their option contexts with these, never with g_option_context_new() and
 * g_option_context_add_main_entries() directly. */

/* g_option_context_new (@parameter), recorded. */
GOptionContext *bloc_cli_context_new (const char *parameter);
/* Adds @entries (NULL-terminated) to @context's main group; @common for the options every
 * command shares (listed apart in the manual pages). */
void bloc_cli_add_entries (GOptionContext *context, const GOptionEntry *entries, gboolean common);
/* Records that the command takes @name as its first argument, a subcommand (import's formats). */
void bloc_cli_add_subcommand (const char *name, const char *summary);
/* TRUE while a command runs for `bloc __options` or `bloc __complete`. */
gboolean bloc_cli_introspecting (void);
/* Records @context's summary and description and stops the command: returns FALSE with an error
 * that the introspection expects. bloc_cli_prepare() calls it when introspecting. */
gboolean bloc_cli_introspect_stop (GOptionContext *context, GError **error);
/* `bloc __options [CMD [SUBCOMMAND]]` and `bloc __complete WORD...`: @argv[0] names which. */
int bloc_cli_introspect_main (int argc, char **argv);

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
gboolean cmd_report (int argc, char **argv, GError **error);
gboolean cmd_find (int argc, char **argv, GError **error);
gboolean cmd_show (int argc, char **argv, GError **error);
gboolean cmd_export (int argc, char **argv, GError **error);
gboolean cmd_backbone (int argc, char **argv, GError **error);
gboolean cmd_nestedness (int argc, char **argv, GError **error);

G_END_DECLS
