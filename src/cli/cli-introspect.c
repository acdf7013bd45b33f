/* cli-introspect.c: the commands' options as data, for the manual pages and shell completion.
 *
 * Each command declares its options once, in its GOptionEntry arrays. To learn them, a command
 * is run with a record installed: bloc_cli_context_new() and bloc_cli_add_entries() note the
 * synopsis and every entry, and bloc_cli_prepare() stops the command before it parses anything.
 *
 * `bloc __options [CMD [SUBCOMMAND]]` prints the record as JSON (docs/man/ builds the manual
 * pages from it); `bloc __options --check` checks the table of option values below against the
 * commands. `bloc __complete WORD...` prints the completions of the last WORD: a first line
 * "words", "files" or "dirs" says what follows, or that the shell should complete file or folder
 * names itself (completion/bloc.bash).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct {
    char *long_name;
    char short_name;
    int flags;
    GOptionArg arg;
    char *arg_description;
    char *description;
    gboolean common;
} Option;

typedef struct {
    char *name;
    char *summary;
} Subcommand;

/* What a command showed of itself before it stopped. */
typedef struct {
    char *parameter;
    char *help_summary;
    char *help_description;
    GArray *options;     /* Option, in the order --help lists them */
    GArray *subcommands; /* Subcommand */
    gboolean stopped;
} Record;

static void
option_clear (Option *o)
{
    g_free (o->long_name);
    g_free (o->arg_description);
    g_free (o->description);
}

static void
subcommand_clear (Subcommand *s)
{
    g_free (s->name);
    g_free (s->summary);
}

static Record *
record_new (void)
{
    Record *r = g_new0 (Record, 1);
    r->options = g_array_new (FALSE, TRUE, sizeof (Option));
    g_array_set_clear_func (r->options, (GDestroyNotify)option_clear);
    r->subcommands = g_array_new (FALSE, TRUE, sizeof (Subcommand));
    g_array_set_clear_func (r->subcommands, (GDestroyNotify)subcommand_clear);
    return r;
}

static void
record_free (Record *r)
{
    if (r == NULL)
        return;
    g_free (r->parameter);
    g_free (r->help_summary);
    g_free (r->help_description);
    g_array_unref (r->options);
    g_array_unref (r->subcommands);
    g_free (r);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Record, record_free)

/* The record of the command being introspected; NULL when a command runs for real. */
static Record *recording;

#define INTROSPECTION_ERROR (g_quark_from_static_string ("bloc-cli-introspection"))

GOptionContext *
bloc_cli_context_new (const char *parameter)
{
    if (recording != NULL) {
        g_free (recording->parameter);
        recording->parameter = g_strdup (parameter);
    }
    return g_option_context_new (parameter);
}

void
bloc_cli_add_entries (GOptionContext *context, const GOptionEntry *entries, gboolean common)
{
    g_option_context_add_main_entries (context, entries, NULL);
    for (const GOptionEntry *e = entries; recording != NULL && e->long_name != NULL; e++) {
        Option o = { g_strdup (e->long_name),
                     e->short_name,
                     e->flags,
                     e->arg,
                     g_strdup (e->arg_description),
                     g_strdup (e->description),
                     common };
        g_array_append_val (recording->options, o);
    }
}

void
bloc_cli_add_subcommand (const char *name, const char *summary)
{
    if (recording == NULL)
        return;
    Subcommand s = { g_strdup (name), g_strdup (summary) };
    g_array_append_val (recording->subcommands, s);
}

gboolean
bloc_cli_introspecting (void)
{
    return recording != NULL;
}

gboolean
bloc_cli_introspect_stop (GOptionContext *context, GError **error)
{
    g_return_val_if_fail (recording != NULL, FALSE);
    recording->help_summary = g_strdup (g_option_context_get_summary (context));
    recording->help_description = g_strdup (g_option_context_get_description (context));
    recording->stopped = TRUE;
    g_set_error_literal (error, INTROSPECTION_ERROR, 0, "introspected");
    return FALSE;
}

static const BlocCommand *
find_command (const char *name)
{
    for (const BlocCommand *c = bloc_commands; c->name != NULL; c++)
        if (strcmp (c->name, name) == 0)
            return c;
    return NULL;
}

/* Runs @command (with @subcommand as its first argument, when not NULL) up to its option
 * parsing, and returns what it recorded. */
static gboolean
record_command (Record **out, const BlocCommand *command, const char *subcommand, GError **error)
{
    g_autoptr (Record) r = record_new ();
    g_autoptr (GError) stop = NULL;
    char *argv[] = { (char *)command->name, (char *)subcommand, NULL };

    recording = r;
    command->func (subcommand != NULL ? 2 : 1, argv, &stop);
    recording = NULL;
    if (!r->stopped) {
        if (stop != NULL) {
            g_propagate_error (error, g_steal_pointer (&stop));
            return FALSE;
        }
        return bloc_cli_usage_error (error, "bloc %s%s%s does not describe its options",
                                     command->name, subcommand ? " " : "",
                                     subcommand ? subcommand : "");
    }
    *out = g_steal_pointer (&r);
    return TRUE;
}

/* What an option's value is, for completion; enumerations also for the manual pages. */
typedef enum {
    VALUE_TEXT, /* a number, a title: nothing to complete */
    VALUE_ENUM,
    VALUE_ENUM_LIST, /* names separated by commas */
    VALUE_FILE,
    VALUE_DIR,
    VALUE_ENTITY,
    VALUE_GROUP, /* a group id, or entity ids separated by commas */
    VALUE_REGION,
    VALUE_LANGUAGE,
    VALUE_TIE, /* FROM:TO[:ROLE] */
} ValueKind;

static const char *const value_kind_names[] = {
    [VALUE_TEXT] = "text",   [VALUE_ENUM] = "enum",     [VALUE_ENUM_LIST] = "enum-list",
    [VALUE_FILE] = "file",   [VALUE_DIR] = "dir",       [VALUE_ENTITY] = "entity",
    [VALUE_GROUP] = "group", [VALUE_REGION] = "region", [VALUE_LANGUAGE] = "language",
    [VALUE_TIE] = "tie",
};

typedef struct {
    const char *command; /* NULL: the option of that name in every command */
    const char *option;
    ValueKind kind;
    const BlocEnum *(*values) (void);
} OptionValues;

/* The values of the options that take names. Commands first: they win over the NULL rows. */
static const OptionValues option_values[] = {
    { "centrality", "graph", VALUE_ENUM, bloc_cli_graph_enum },
    { "centrality", "measure", VALUE_ENUM_LIST, bloc_centrality_enum },
    { "centrality", "side", VALUE_ENUM, bloc_side_enum },
    { "overlap", "measure", VALUE_ENUM, bloc_overlap_measure_enum },
    { "communities", "method", VALUE_ENUM, bloc_community_method_enum },
    { "backbone", "method", VALUE_ENUM, bloc_backbone_method_enum },
    { "backbone", "correction", VALUE_ENUM, bloc_correction_enum },
    { "nestedness", "null", VALUE_ENUM, bloc_null_model_enum },
    { "render", "view", VALUE_ENUM, bloc_view_enum },
    { "render", "type", VALUE_ENUM, bloc_image_format_enum },
    { "render", "size-by", VALUE_ENUM, bloc_centrality_enum },
    { "render", "engine", VALUE_ENUM, bloc_layout_enum },
    { "render", "theme", VALUE_ENUM, bloc_theme_enum },
    { "export", "type", VALUE_ENUM, bloc_export_format_enum },
    { "export", "graph", VALUE_ENUM, bloc_export_graph_enum },
    { "find", "kind", VALUE_ENUM_LIST, bloc_kind_enum },
    { "import", "output", VALUE_DIR, NULL },
    { "import", "missing", VALUE_ENUM, bloc_import_missing_enum },
    { "import", "delimiter", VALUE_ENUM, bloc_import_delimiter_enum },
    { "import", "other-role", VALUE_ENUM, bloc_role_enum },
    { "import", "from-kind", VALUE_ENUM, bloc_kind_enum },
    { "import", "to-kind", VALUE_ENUM, bloc_kind_enum },
    { "import", "row-kind", VALUE_ENUM, bloc_kind_enum },
    { "import", "column-kind", VALUE_ENUM, bloc_kind_enum },
    { "import", "actor-kind", VALUE_ENUM, bloc_kind_enum },
    { "import", "other-kind", VALUE_ENUM, bloc_kind_enum },
    { NULL, "data", VALUE_DIR, NULL },
    { NULL, "output", VALUE_FILE, NULL },
    { NULL, "format", VALUE_ENUM, bloc_format_enum },
    { NULL, "lang", VALUE_LANGUAGE, NULL },
    { NULL, "add", VALUE_TIE, NULL },
    { NULL, "remove", VALUE_TIE, NULL },
    { NULL, "focus", VALUE_ENTITY, NULL },
    { NULL, "group", VALUE_GROUP, NULL },
    { NULL, "region", VALUE_REGION, NULL },
    { NULL, "actors", VALUE_ENUM_LIST, bloc_kind_enum },
    { NULL, "kinds", VALUE_ENUM_LIST, bloc_kind_enum },
    { NULL, "roles", VALUE_ENUM_LIST, bloc_role_enum },
    { NULL, "between", VALUE_ENUM, bloc_side_enum },
    { NULL, "weight", VALUE_ENUM, bloc_overlap_measure_enum },
};

static const OptionValues *
option_values_of (const char *command, const char *option)
{
    for (guint i = 0; i < G_N_ELEMENTS (option_values); i++) {
        const OptionValues *v = &option_values[i];
        if ((v->command == NULL || strcmp (v->command, command) == 0) &&
            strcmp (v->option, option) == 0)
            return v;
    }
    return NULL;
}

static ValueKind
value_kind (const char *command, const Option *o)
{
    const OptionValues *v = option_values_of (command, o->long_name);
    if (o->arg == G_OPTION_ARG_NONE)
        return VALUE_TEXT;
    if (v != NULL)
        return v->kind;
    return o->arg == G_OPTION_ARG_FILENAME ? VALUE_FILE : VALUE_TEXT;
}

/* --- bloc __options ---------------------------------------------------------------------- */

static const char *
arg_type_name (GOptionArg arg)
{
    switch (arg) {
    case G_OPTION_ARG_NONE:
        return "none";
    case G_OPTION_ARG_INT:
    case G_OPTION_ARG_INT64:
        return "integer";
    case G_OPTION_ARG_DOUBLE:
        return "number";
    case G_OPTION_ARG_STRING_ARRAY:
    case G_OPTION_ARG_FILENAME_ARRAY:
        return "repeatable";
    default:
        return "string";
    }
}

static void
add_options_json (JsonBuilder *b, const char *command, const Record *r)
{
    json_builder_set_member_name (b, "options");
    json_builder_begin_array (b);
    for (guint i = 0; i < r->options->len; i++) {
        const Option *o = &g_array_index (r->options, Option, i);
        if (o->flags & G_OPTION_FLAG_HIDDEN)
            continue;
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "long");
        json_builder_add_string_value (b, o->long_name);
        if (o->short_name != 0) {
            char s[2] = { o->short_name, 0 };
            json_builder_set_member_name (b, "short");
            json_builder_add_string_value (b, s);
        }
        json_builder_set_member_name (b, "type");
        json_builder_add_string_value (b, arg_type_name (o->arg));
        if (o->arg_description != NULL) {
            json_builder_set_member_name (b, "argument");
            json_builder_add_string_value (b, o->arg_description);
        }
        json_builder_set_member_name (b, "help");
        json_builder_add_string_value (b, o->description ? o->description : "");
        json_builder_set_member_name (b, "common");
        json_builder_add_boolean_value (b, o->common);
        ValueKind kind = value_kind (command, o);
        json_builder_set_member_name (b, "complete");
        json_builder_add_string_value (b, value_kind_names[kind]);
        const OptionValues *v = option_values_of (command, o->long_name);
        if (v != NULL && v->values != NULL && o->arg != G_OPTION_ARG_NONE) {
            g_auto (GStrv) names = bloc_enum_names (v->values (), FALSE);
            json_builder_set_member_name (b, "values");
            json_builder_begin_array (b);
            for (guint k = 0; names[k] != NULL; k++)
                json_builder_add_string_value (b, names[k]);
            json_builder_end_array (b);
        }
        json_builder_end_object (b);
    }
    json_builder_end_array (b);
}

static void
add_string_member (JsonBuilder *b, const char *name, const char *value)
{
    if (value == NULL)
        return;
    json_builder_set_member_name (b, name);
    json_builder_add_string_value (b, value);
}

static void
print_json (JsonBuilder *b)
{
    g_autoptr (JsonNode) root = json_builder_get_root (b);
    g_autoptr (JsonGenerator) gen = json_generator_new ();
    json_generator_set_pretty (gen, TRUE);
    json_generator_set_root (gen, root);
    g_autofree char *text = json_generator_to_data (gen, NULL);
    printf ("%s\n", text);
}

/* bloc __options: the commands, and the options every command shares (check's). */
static gboolean
options_of_bloc (GError **error)
{
    g_autoptr (Record) check = NULL;
    g_autoptr (JsonBuilder) b = json_builder_new ();

    if (!record_command (&check, find_command ("check"), NULL, error))
        return FALSE;
    json_builder_begin_object (b);
    add_string_member (b, "name", "bloc");
    add_string_member (b, "version", bloc_version ());
    json_builder_set_member_name (b, "commands");
    json_builder_begin_array (b);
    for (const BlocCommand *c = bloc_commands; c->name != NULL; c++) {
        json_builder_begin_object (b);
        add_string_member (b, "name", c->name);
        add_string_member (b, "summary", c->summary);
        json_builder_end_object (b);
    }
    json_builder_end_array (b);
    /* check takes the common options and no other. */
    add_options_json (b, "check", check);
    json_builder_end_object (b);
    print_json (b);
    return TRUE;
}

/* bloc __options CMD [SUBCOMMAND]. */
static gboolean
options_of_command (const char *name, const char *subcommand, GError **error)
{
    const BlocCommand *command = find_command (name);
    g_autoptr (Record) r = NULL;
    g_autoptr (JsonBuilder) b = json_builder_new ();

    if (command == NULL)
        return bloc_cli_usage_error (error, "unknown command '%s'", name);
    if (!record_command (&r, command, subcommand, error))
        return FALSE;
    json_builder_begin_object (b);
    add_string_member (b, "name", name);
    add_string_member (b, "subcommand", subcommand);
    add_string_member (b, "summary", command->summary);
    add_string_member (b, "parameter", r->parameter);
    add_string_member (b, "help_summary", r->help_summary);
    add_string_member (b, "help_description", r->help_description);
    add_options_json (b, name, r);
    if (r->subcommands->len > 0) {
        json_builder_set_member_name (b, "subcommands");
        json_builder_begin_array (b);
        for (guint i = 0; i < r->subcommands->len; i++) {
            const Subcommand *s = &g_array_index (r->subcommands, Subcommand, i);
            json_builder_begin_object (b);
            add_string_member (b, "name", s->name);
            add_string_member (b, "summary", s->summary);
            json_builder_end_object (b);
        }
        json_builder_end_array (b);
    }
    json_builder_end_object (b);
    print_json (b);
    return TRUE;
}

/* TRUE when @r, or one of its subcommands' records, has an option named @option. */
static gboolean
has_option (const BlocCommand *command, const Record *r, const char *option)
{
    for (guint i = 0; i < r->options->len; i++)
        if (strcmp (g_array_index (r->options, Option, i).long_name, option) == 0)
            return TRUE;
    for (guint i = 0; i < r->subcommands->len; i++) {
        g_autoptr (Record) sub = NULL;
        const char *name = g_array_index (r->subcommands, Subcommand, i).name;
        if (record_command (&sub, command, name, NULL) && has_option (command, sub, option))
            return TRUE;
    }
    return FALSE;
}

/* bloc __options --check: every row of option_values names an option that exists (in its
 * command, or in some command for the NULL rows), and takes a value. */
static gboolean
check_option_values (GError **error)
{
    g_autoptr (GString) stale = g_string_new (NULL);

    for (guint i = 0; i < G_N_ELEMENTS (option_values); i++) {
        const OptionValues *v = &option_values[i];
        gboolean found = FALSE;
        for (const BlocCommand *c = bloc_commands; c->name != NULL && !found; c++) {
            g_autoptr (Record) r = NULL;
            if (v->command != NULL && strcmp (v->command, c->name) != 0)
                continue;
            if (!record_command (&r, c, NULL, error))
                return FALSE;
            found = has_option (c, r, v->option);
        }
        if (!found)
            g_string_append_printf (stale, " %s --%s", v->command ? v->command : "*", v->option);
    }
    if (stale->len > 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "option values for options no command has:%s", stale->str);
        return FALSE;
    }
    return TRUE;
}

/* --- bloc __complete ---------------------------------------------------------------------- */

typedef struct {
    const char *mode; /* "words", "files" or "dirs" */
    GPtrArray *words;
    const char *prefix; /* what every candidate must start with */
} Completions;

/* Adds @head followed by @word, when it starts with the word being completed. */
static void
offer (Completions *c, const char *head, const char *word)
{
    g_autofree char *full = g_strconcat (head, word, NULL);
    if (!g_str_has_prefix (full, c->prefix))
        return;
    for (guint i = 0; i < c->words->len; i++)
        if (strcmp (c->words->pdata[i], full) == 0)
            return;
    g_ptr_array_add (c->words, g_steal_pointer (&full));
}

/* The dataset given with -d or --data among @words (or the embedded one); NULL when it does not
 * load: completion then offers no ids. */
static BlocDataset *
dataset_of (char **words, int n)
{
    const char *dir = NULL;
    for (int i = 0; i < n; i++) {
        if ((strcmp (words[i], "-d") == 0 || strcmp (words[i], "--data") == 0) && i + 1 < n)
            dir = words[i + 1];
        else if (g_str_has_prefix (words[i], "--data="))
            dir = words[i] + strlen ("--data=");
        else if (g_str_has_prefix (words[i], "-d") && words[i][2] != 0)
            dir = words[i] + 2;
    }
    g_autofree char *path = NULL;
    if (dir != NULL && g_str_has_prefix (dir, "~/"))
        path = g_build_filename (g_get_home_dir (), dir + 2, NULL);
    else if (dir != NULL)
        path = g_strdup (dir);
    return bloc_load_dataset (path, NULL);
}

/* The kinds of --actors among @words, or the default actors. */
static BlocKindSet
actors_of (char **words, int n)
{
    BlocScope scope;
    const char *text = NULL;

    bloc_scope_init (&scope);
    for (int i = 0; i < n - 1; i++) {
        if (strcmp (words[i], "--actors") == 0 && i + 1 < n - 1)
            text = words[i + 1];
        else if (g_str_has_prefix (words[i], "--actors="))
            text = words[i] + strlen ("--actors=");
    }
    if (text != NULL)
        bloc_kind_set_parse (&scope.actors, text, NULL);
    return scope.actors;
}

static void
offer_entities (Completions *c, const BlocDataset *ds, const char *head)
{
    for (guint i = 0; ds != NULL && i < bloc_dataset_n_entities (ds); i++)
        offer (c, head, bloc_dataset_entity (ds, i)->id);
}

static void
offer_enum (Completions *c, const BlocEnum *e, const char *head)
{
    g_auto (GStrv) names = bloc_enum_names (e, FALSE);
    for (guint i = 0; names[i] != NULL; i++)
        offer (c, head, names[i]);
}

/* The completions of @text, the value of option @o of @command; @head is what precedes the
 * value in the word ("--view=" or ""). */
static void
complete_value (Completions *c, const char *command, const Option *o, const char *head,
                const char *text, char **words, int n)
{
    const OptionValues *v = option_values_of (command, o->long_name);
    ValueKind kind = value_kind (command, o);
    g_autoptr (BlocDataset) ds = NULL;
    const char *comma = strrchr (text, ',');

    if (kind == VALUE_FILE || kind == VALUE_DIR) {
        c->mode = kind == VALUE_FILE ? "files" : "dirs";
        return;
    }
    if (kind == VALUE_ENTITY || kind == VALUE_GROUP || kind == VALUE_REGION ||
        kind == VALUE_LANGUAGE || kind == VALUE_TIE)
        ds = dataset_of (words, n);
    switch (kind) {
    case VALUE_ENUM:
        offer_enum (c, v->values (), head);
        break;
    case VALUE_ENUM_LIST: {
        /* "member,ob" offers "member,observer": the names not listed yet; --kinds, the kinds
         * that are not the actors'. */
        g_autofree char *listed = comma ? g_strndup (text, comma - text + 1) : g_strdup ("");
        g_autofree char *all = g_strconcat (head, listed, NULL);
        g_auto (GStrv) given = g_strsplit (listed, ",", -1);
        g_auto (GStrv) names = bloc_enum_names (v->values (), FALSE);
        BlocKindSet actors = 0;
        if (strcmp (o->long_name, "kinds") == 0)
            actors = actors_of (words, n);
        for (guint i = 0; names[i] != NULL; i++) {
            BlocKind named;
            if (g_strv_contains ((const char *const *)given, names[i]) ||
                (actors != 0 && bloc_kind_from_string (&named, names[i]) &&
                 (BLOC_KIND_BIT (named) & actors)))
                continue;
            offer (c, all, names[i]);
        }
        break;
    }
    case VALUE_ENTITY:
        offer_entities (c, ds, head);
        break;
    case VALUE_GROUP:
        /* A group id, or ids of entities separated by commas. */
        if (comma != NULL) {
            /* After a comma, the actors (countries by default) not listed yet. */
            g_autofree char *listed = g_strndup (text, comma - text + 1);
            g_autofree char *all = g_strconcat (head, listed, NULL);
            g_auto (GStrv) given = g_strsplit (listed, ",", -1);
            BlocScope scope;
            bloc_scope_init (&scope);
            for (guint i = 0; ds != NULL && i < bloc_dataset_n_entities (ds); i++) {
                const BlocEntity *e = bloc_dataset_entity (ds, i);
                if ((BLOC_KIND_BIT (e->kind) & scope.actors) &&
                    !g_strv_contains ((const char *const *)given, e->id))
                    offer (c, all, e->id);
            }
        } else
            for (guint i = 0; ds != NULL && i < bloc_dataset_n_groups (ds); i++)
                offer (c, head, bloc_dataset_nth_group (ds, i)->id);
        break;
    case VALUE_REGION: {
        g_auto (GStrv) regions = ds ? bloc_dataset_regions (ds) : NULL;
        for (guint i = 0; regions != NULL && regions[i] != NULL; i++)
            offer (c, head, regions[i]);
        break;
    }
    case VALUE_LANGUAGE: {
        g_auto (GStrv) languages = ds ? bloc_dataset_languages (ds) : NULL;
        offer (c, head, "en");
        for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
            offer (c, head, languages[i]);
        break;
    }
    case VALUE_TIE: {
        /* FROM, then FROM:TO, then (for --add) FROM:TO:ROLE. */
        g_auto (GStrv) parts = g_strsplit (text, ":", 3);
        guint n_parts = g_strv_length (parts);
        if (n_parts <= 1)
            offer_entities (c, ds, head);
        else if (n_parts == 2) {
            g_autofree char *from = g_strconcat (head, parts[0], ":", NULL);
            offer_entities (c, ds, from);
        } else if (strcmp (o->long_name, "add") == 0) {
            g_autofree char *tie = g_strconcat (head, parts[0], ":", parts[1], ":", NULL);
            offer_enum (c, bloc_role_enum (), tie);
        }
        break;
    }
    default:
        break;
    }
}

/* The option of @r named by @word ("--view", "--view=x", "-V"), or NULL. */
static const Option *
option_named (const Record *r, const char *word)
{
    for (guint i = 0; i < r->options->len; i++) {
        const Option *o = &g_array_index (r->options, Option, i);
        if (g_str_has_prefix (word, "--")) {
            gsize n = strcspn (word + 2, "=");
            if (strlen (o->long_name) == n && strncmp (o->long_name, word + 2, n) == 0)
                return o;
        } else if (word[0] == '-' && word[1] != 0 && word[1] == o->short_name)
            return o;
    }
    return NULL;
}

/* Completes the last of @words, which follow the command @name (and its subcommand) and are
 * parsed with the options of @r. */
static void
complete_arguments (Completions *c, const BlocCommand *command, const Record *r, char **words,
                    int n)
{
    const char *cur = words[n - 1];
    gboolean options_end = FALSE;
    int n_positional = 0;

    /* Which words are options, values of options and arguments, up to the current one. */
    for (int i = 0; i < n - 1; i++) {
        const char *w = words[i];
        const Option *o = NULL;
        if (options_end || w[0] != '-' || w[1] == 0) {
            n_positional++;
            continue;
        }
        if (strcmp (w, "--") == 0) {
            options_end = TRUE;
            continue;
        }
        o = option_named (r, w);
        /* "--view X" and "-V X" take the next word; "--view=X" and "-VX" do not. */
        gboolean joined = strchr (w, '=') != NULL || (w[1] != '-' && w[2] != 0);
        if (o != NULL && o->arg != G_OPTION_ARG_NONE && !joined) {
            if (i + 1 == n - 1) {
                complete_value (c, command->name, o, "", cur, words, n);
                return;
            }
            i++;
        }
    }
    if (!options_end && g_str_has_prefix (cur, "--") && strchr (cur, '=') != NULL) {
        const Option *o = option_named (r, cur);
        if (o != NULL && o->arg != G_OPTION_ARG_NONE) {
            const char *eq = strchr (cur, '=');
            g_autofree char *head = g_strndup (cur, eq - cur + 1);
            complete_value (c, command->name, o, head, eq + 1, words, n);
        }
        return;
    }
    if (!options_end && cur[0] == '-') {
        for (guint i = 0; i < r->options->len; i++) {
            const Option *o = &g_array_index (r->options, Option, i);
            if (!(o->flags & G_OPTION_FLAG_HIDDEN))
                offer (c, "--", o->long_name);
        }
        offer (c, "", "--help");
        return;
    }
    /* An argument: an entity for "ENTITY" or "ID", a file for "FILE". */
    const char *parameter = r->parameter ? r->parameter : "";
    if (strstr (parameter, "FILE") != NULL)
        c->mode = "files";
    else if ((strstr (parameter, "ENTITY") != NULL || strcmp (parameter, "ID") == 0) &&
             n_positional == 0) {
        g_autoptr (BlocDataset) ds = dataset_of (words, n);
        offer_entities (c, ds, "");
    }
}

/* bloc __complete WORD...: @words are the words after "bloc", the last one being completed. */
static gboolean
complete (char **words, int n, GError **error)
{
    char *none[] = { "", NULL };
    Completions c = { "words", g_ptr_array_new_with_free_func (g_free), NULL };
    g_autoptr (GPtrArray) owner = c.words;
    const BlocCommand *command;
    g_autoptr (Record) r = NULL;

    if (n == 0)
        words = none, n = 1;
    c.prefix = words[n - 1];
    if (n == 1) {
        for (const BlocCommand *k = bloc_commands; k->name != NULL; k++)
            offer (&c, "", k->name);
        offer (&c, "", "--help");
        offer (&c, "", "--version");
    } else if ((command = find_command (words[0])) == NULL) {
        /* Nothing to offer after a command that is not one. */
    } else if (strcmp (command->name, "help") == 0) {
        for (const BlocCommand *k = bloc_commands; n == 2 && k->name != NULL; k++)
            if (strcmp (k->name, "help") != 0)
                offer (&c, "", k->name);
        if (n == 2)
            offer (&c, "", "--help");
    } else {
        if (!record_command (&r, command, NULL, error))
            return FALSE;
        if (r->subcommands->len > 0 && n == 2) {
            for (guint i = 0; i < r->subcommands->len; i++)
                offer (&c, "", g_array_index (r->subcommands, Subcommand, i).name);
        } else if (r->subcommands->len > 0) {
            /* The subcommand's own options; an unknown one has none to offer. */
            g_autoptr (Record) sub = NULL;
            if (record_command (&sub, command, words[1], NULL))
                complete_arguments (&c, command, sub, words + 2, n - 2);
        } else
            complete_arguments (&c, command, r, words + 1, n - 1);
    }
    printf ("%s\n", c.mode);
    for (guint i = 0; i < c.words->len; i++)
        printf ("%s\n", (const char *)c.words->pdata[i]);
    return TRUE;
}

int
bloc_cli_introspect_main (int argc, char **argv)
{
    g_autoptr (GError) error = NULL;
    gboolean ok;

    if (strcmp (argv[0], "__complete") == 0)
        ok = complete (argv + 1, argc - 1, &error);
    else if (argc == 2 && strcmp (argv[1], "--check") == 0)
        ok = check_option_values (&error);
    else if (argc == 1)
        ok = options_of_bloc (&error);
    else if (argc <= 3)
        ok = options_of_command (argv[1], argc == 3 ? argv[2] : NULL, &error);
    else
        ok = bloc_cli_usage_error (&error, "usage: bloc __options [--check | COMMAND [FORMAT]]");
    if (ok)
        return BLOC_EXIT_OK;
    fprintf (stderr, "bloc: %s\n", error->message);
    return error->domain == BLOC_ERROR && error->code == BLOC_ERROR_USAGE ? BLOC_EXIT_USAGE
                                                                          : BLOC_EXIT_FAILURE;
}
