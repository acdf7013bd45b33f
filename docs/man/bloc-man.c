/* bloc-man.c: writes bloc's manual pages, bloc(1) and bloc-COMMAND(1), from bloc itself.
 *
 *     bloc-man BLOC SOURCE_DIR OUTPUT_DIR
 *
 * The synopsis, the options and the values of enumerated options come from `BLOC __options`
 * (the commands' GOptionEntry arrays, see src/cli/cli-introspect.c); what the options cannot
 * say (a description, examples, notes) comes from SOURCE_DIR/bloc-COMMAND.txt and bloc.txt, in
 * the small format README.md describes. Every command needs its text, and every text its
 * command: a missing or stale one fails the build.
 *
 * The pages are plain man(7) roff in ASCII: characters outside ASCII in a text become groff's
 * named glyphs, and one groff has no glyph for is an error, so that `groff -man -ww` stays
 * silent.
 */
#include <glib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#define MAN_ERROR (g_quark_from_static_string ("bloc-man"))

/* --- roff ---------------------------------------------------------------------------------- */

/* The groff glyph for a character outside ASCII, or NULL. */
static const char *
glyph (gunichar c)
{
    static const struct {
        gunichar c;
        const char *roff;
    } glyphs[] = {
        { 0x2026, "..." },   { 0x2014, "\\(em" }, { 0x2013, "\\(en" }, { 0x00D7, "\\(mu" },
        { 0x2018, "\\(oq" }, { 0x2019, "\\(cq" }, { 0x201C, "\\(lq" }, { 0x201D, "\\(rq" },
        { 0x2264, "\\(<=" }, { 0x2265, "\\(>=" }, { 0x2192, "\\(->" }, { 0x00A0, "\\ " },
        { 0x00E9, "\\('e" }, { 0x00FC, "\\(:u" }, { 0x00B6, "\\(ps" }, { 0x2260, "\\(!=" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (glyphs); i++)
        if (glyphs[i].c == c)
            return glyphs[i].roff;
    return NULL;
}

/* Appends @text escaped for roff; @code also turns '-' into a minus sign, as options and
 * commands want. Returns FALSE for a character that has no glyph. */
static gboolean
append_escaped (GString *out, const char *text, gboolean code, GError **error)
{
    for (const char *p = text; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        if (c == '\\')
            g_string_append (out, "\\e");
        else if (c == '-' && code)
            g_string_append (out, "\\-");
        else if ((c == '.' || c == '\'') && (out->len == 0 || out->str[out->len - 1] == '\n'))
            g_string_append_printf (out, "\\&%c", (char)c);
        else if (c == '\n' || c == '\t')
            g_string_append_c (out, ' ');
        else if (c < 0x80)
            g_string_append_c (out, (char)c);
        else if (glyph (c) != NULL)
            g_string_append (out, glyph (c));
        else {
            g_set_error (error, MAN_ERROR, 0,
                         "no roff glyph for U+%04X in \"%s\" (write it in ASCII)", c, text);
            return FALSE;
        }
    }
    return TRUE;
}

/* Appends @text with inline marks: `code` in bold (with minus signs), *word* in italics. */
static gboolean
append_marked (GString *out, const char *text, GError **error)
{
    const char *p = text;

    while (*p) {
        const char *tick = strchr (p, '`');
        const char *star = strchr (p, '*');
        const char *mark = tick && (!star || tick < star) ? tick : star;
        const char *end = mark ? strchr (mark + 1, *mark) : NULL;
        if (mark == NULL || end == NULL || end == mark + 1) {
            return append_escaped (out, p, FALSE, error);
        }
        g_autofree char *before = g_strndup (p, mark - p);
        g_autofree char *inside = g_strndup (mark + 1, end - mark - 1);
        if (!append_escaped (out, before, FALSE, error))
            return FALSE;
        g_string_append (out, *mark == '`' ? "\\fB" : "\\fI");
        if (!append_escaped (out, inside, *mark == '`', error))
            return FALSE;
        g_string_append (out, "\\fR");
        p = end + 1;
    }
    return TRUE;
}

/* --- the hand-written texts ---------------------------------------------------------------- */

/* A section of a text: its heading and its lines. */
typedef struct {
    char *heading;
    GPtrArray *lines;
} Section;

static void
section_free (Section *s)
{
    g_free (s->heading);
    g_ptr_array_unref (s->lines);
    g_free (s);
}

static gboolean
is_heading (const char *line)
{
    if (!g_ascii_isupper (line[0]))
        return FALSE;
    for (const char *p = line; *p; p++)
        if (!g_ascii_isupper (*p) && *p != ' ')
            return FALSE;
    return TRUE;
}

/* Reads @path into its sections, in order. */
static GPtrArray *
read_text (const char *path, GError **error)
{
    g_autofree char *contents = NULL;
    if (!g_file_get_contents (path, &contents, NULL, error))
        return NULL;
    g_autoptr (GPtrArray) sections = g_ptr_array_new_with_free_func ((GDestroyNotify)section_free);
    g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
    Section *current = NULL;
    for (guint i = 0; lines[i] != NULL; i++) {
        if (is_heading (lines[i])) {
            current = g_new0 (Section, 1);
            current->heading = g_strdup (lines[i]);
            current->lines = g_ptr_array_new_with_free_func (g_free);
            g_ptr_array_add (sections, current);
        } else if (current != NULL)
            g_ptr_array_add (current->lines, g_strdup (lines[i]));
        else if (lines[i][0] != 0) {
            g_set_error (error, MAN_ERROR, 0, "%s:%u: text before the first heading", path, i + 1);
            return NULL;
        }
    }
    return g_steal_pointer (&sections);
}

static const Section *
find_section (GPtrArray *sections, const char *heading)
{
    for (guint i = 0; i < sections->len; i++) {
        const Section *s = sections->pdata[i];
        if (strcmp (s->heading, heading) == 0)
            return s;
    }
    return NULL;
}

/* Appends the body of a section: paragraphs, blocks of lines indented by four spaces shown as
 * they are, and examples: a line "$ COMMAND" followed by the lines that explain it. */
static gboolean
append_body (GString *out, const Section *s, GError **error)
{
    GPtrArray *lines = s->lines;
    guint i = 0;

    while (i < lines->len) {
        const char *line = lines->pdata[i];
        if (line[0] == 0) {
            i++;
            continue;
        }
        if (g_str_has_prefix (line, "    ")) {
            /* Blank lines inside the block belong to it; the block ends at the last indented
             * line. */
            guint end = i;
            for (guint k = i; k < lines->len; k++) {
                const char *l = lines->pdata[k];
                if (g_str_has_prefix (l, "    "))
                    end = k + 1;
                else if (l[0] != 0)
                    break;
            }
            g_string_append (out, ".PP\n.RS 4\n.nf\n");
            for (; i < end; i++) {
                const char *l = lines->pdata[i];
                if (!append_escaped (out, l[0] ? l + 4 : "", TRUE, error))
                    return FALSE;
                g_string_append_c (out, '\n');
            }
            g_string_append (out, ".fi\n.RE\n");
            continue;
        }
        gboolean example = g_str_has_prefix (line, "$ ");
        if (example) {
            g_string_append (out, ".PP\n.RS 4\n.nf\n\\fB");
            if (!append_escaped (out, line + 2, TRUE, error))
                return FALSE;
            g_string_append (out, "\\fR\n.fi\n.RE\n");
            i++;
        }
        g_autoptr (GString) paragraph = g_string_new (NULL);
        for (; i < lines->len && ((char *)lines->pdata[i])[0] != 0 &&
               !g_str_has_prefix (lines->pdata[i], "$ ") &&
               !g_str_has_prefix (lines->pdata[i], "    ");
             i++) {
            if (paragraph->len > 0)
                g_string_append_c (paragraph, ' ');
            g_string_append (paragraph, g_strstrip ((char *)lines->pdata[i]));
        }
        if (paragraph->len == 0)
            continue;
        g_string_append (out, example ? ".RS 4\n" : ".PP\n");
        if (!append_marked (out, paragraph->str, error))
            return FALSE;
        g_string_append (out, example ? "\n.RE\n" : "\n");
    }
    return TRUE;
}

/* --- bloc __options ------------------------------------------------------------------------ */

/* Runs BLOC __options ARGS... and parses its JSON. */
static JsonNode *
options_of (const char *bloc, const char *command, const char *subcommand, GError **error)
{
    const char *argv[] = { bloc, "__options", command, subcommand, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    int status;

    if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                       error))
        return NULL;
    if (!g_spawn_check_wait_status (status, error)) {
        g_prefix_error (error, "%s __options %s: %s", bloc, command ? command : "", err);
        return NULL;
    }
    g_autoptr (JsonParser) parser = json_parser_new ();
    if (!json_parser_load_from_data (parser, out, -1, error))
        return NULL;
    return json_node_copy (json_parser_get_root (parser));
}

static const char *
member (JsonObject *o, const char *name)
{
    return json_object_has_member (o, name) ? json_object_get_string_member (o, name) : NULL;
}

/* Appends one option as a tagged paragraph, with the values of an enumerated option. */
static gboolean
append_option (GString *out, JsonObject *o, GError **error)
{
    const char *shortname = member (o, "short");
    const char *argument = member (o, "argument");
    const char *type = member (o, "type");

    g_string_append (out, ".TP\n");
    if (shortname != NULL)
        g_string_append_printf (out, "\\fB\\-%s\\fR, ", shortname);
    g_string_append (out, "\\fB\\-\\-");
    if (!append_escaped (out, member (o, "long"), TRUE, error))
        return FALSE;
    g_string_append (out, "\\fR");
    if (argument != NULL) {
        g_string_append (out, "=\\fI");
        if (!append_escaped (out, argument, FALSE, error))
            return FALSE;
        g_string_append (out, "\\fR");
    }
    g_string_append_c (out, '\n');
    if (!append_escaped (out, member (o, "help"), FALSE, error))
        return FALSE;
    if (strcmp (type, "repeatable") == 0 && strstr (member (o, "help"), "repeatable") == NULL)
        g_string_append (out, " (repeatable)");
    g_string_append_c (out, '\n');
    if (json_object_has_member (o, "values")) {
        JsonArray *values = json_object_get_array_member (o, "values");
        gboolean list = strcmp (member (o, "complete"), "enum-list") == 0;
        g_string_append (out, ".br\n");
        g_string_append (out, list ? "Any of, separated by commas: " : "One of: ");
        for (guint i = 0; i < json_array_get_length (values); i++) {
            g_string_append (out, i > 0 ? ", \\fB" : "\\fB");
            if (!append_escaped (out, json_array_get_string_element (values, i), TRUE, error))
                return FALSE;
            g_string_append (out, "\\fR");
        }
        g_string_append (out, ".\n");
    }
    return TRUE;
}

/* Appends the options of @options whose "common" is @common and whose long name is not in
 * @leave_out. Returns the number appended, or -1 on error. */
static int
append_options (GString *out, JsonArray *options, gboolean common, GHashTable *leave_out,
                GError **error)
{
    int n = 0;
    for (guint i = 0; i < json_array_get_length (options); i++) {
        JsonObject *o = json_array_get_object_element (options, i);
        if (json_object_get_boolean_member (o, "common") != common ||
            (leave_out && g_hash_table_contains (leave_out, member (o, "long"))))
            continue;
        if (!append_option (out, o, error))
            return -1;
        n++;
    }
    return n;
}

/* The paragraphs of --help's description that are not about the exit status, and the one that
 * is, for EXIT STATUS (NULL when there is none). */
static void
split_description (const char *description, GString *paragraphs, char **exit_status)
{
    g_auto (GStrv) parts = g_strsplit (description ? description : "", "\n\n", -1);
    *exit_status = NULL;
    for (guint i = 0; parts[i] != NULL; i++) {
        g_auto (GStrv) lines = g_strsplit (parts[i], "\n", -1);
        g_autoptr (GString) text = g_string_new (NULL);
        for (guint k = 0; lines[k] != NULL; k++) {
            /* The pointer to the command list is for --help; the page has SEE ALSO. */
            if (g_str_has_prefix (lines[k], "See 'bloc help'"))
                continue;
            if (text->len > 0)
                g_string_append_c (text, ' ');
            g_string_append (text, lines[k]);
        }
        if (g_str_has_prefix (text->str, "Exit status: ")) {
            g_free (*exit_status);
            *exit_status = g_strdup (text->str + strlen ("Exit status: "));
        } else if (text->len > 0) {
            g_string_append_printf (paragraphs, "%s%s", paragraphs->len ? "\n" : "", text->str);
        }
    }
}

/* --- the pages ----------------------------------------------------------------------------- */

static void
append_header (GString *out, const char *title, const char *version)
{
    g_autofree char *upper = g_ascii_strup (title, -1);
    g_string_append_printf (out,
                            ".\\\" Generated by docs/man/bloc-man.c from bloc __options and "
                            "docs/man/%s.txt.\n"
                            ".TH %s 1 \"\" \"bloc %s\" \"bloc manual\"\n",
                            title, upper, version);
}

/* Appends the hand-written sections of @sections other than @skip (NULL-terminated). */
static gboolean
append_sections (GString *out, GPtrArray *sections, const char *const *skip, GError **error)
{
    for (guint i = 0; i < sections->len; i++) {
        const Section *s = sections->pdata[i];
        if (g_strv_contains (skip, s->heading))
            continue;
        g_string_append_printf (out, ".SH %s\n", s->heading);
        if (!append_body (out, s, error))
            return FALSE;
    }
    return TRUE;
}

/* Appends SEE ALSO: bloc(1), then the text's own list. */
static gboolean
append_see_also (GString *out, GPtrArray *sections, const char *first, GError **error)
{
    const Section *s = find_section (sections, "SEE ALSO");
    g_autoptr (GString) refs = g_string_new (first);
    for (guint i = 0; s != NULL && i < s->lines->len; i++) {
        const char *line = g_strstrip ((char *)s->lines->pdata[i]);
        if (line[0] != 0)
            g_string_append_printf (refs, "%s%s", refs->len ? ", " : "", line);
    }
    if (refs->len == 0)
        return TRUE;
    g_string_append (out, ".SH SEE ALSO\n");
    /* name(1) in bold, the section in roman. */
    g_auto (GStrv) names = g_strsplit (refs->str, ", ", -1);
    for (guint i = 0; names[i] != NULL; i++) {
        char *paren = strchr (names[i], '(');
        if (i > 0)
            g_string_append (out, ",\n");
        if (paren == NULL) {
            if (!append_marked (out, names[i], error))
                return FALSE;
            continue;
        }
        *paren = 0;
        g_string_append (out, ".BR ");
        if (!append_escaped (out, names[i], TRUE, error))
            return FALSE;
        g_string_append_printf (out, " (%s", paren + 1);
    }
    g_string_append (out, "\n");
    return TRUE;
}

static gboolean
append_synopsis (GString *out, const char *command, const char *parameter, GError **error)
{
    g_string_append (out, ".SH SYNOPSIS\n.B bloc ");
    if (!append_escaped (out, command, TRUE, error))
        return FALSE;
    g_string_append (out, "\n[\\fIOPTION\\fR...]");
    if (parameter != NULL) {
        g_string_append (out, " \\fI");
        if (!append_escaped (out, parameter, FALSE, error))
            return FALSE;
        g_string_append (out, "\\fR");
    }
    g_string_append (out, "\n");
    return TRUE;
}

/* import's formats: one subsection each, with the options of that format alone. */
static gboolean
append_subcommands (GString *out, const char *bloc, const char *command, JsonObject *page,
                    GError **error)
{
    JsonArray *subs = json_object_get_array_member (page, "subcommands");
    g_autoptr (GHashTable) general = g_hash_table_new (g_str_hash, g_str_equal);
    JsonArray *options = json_object_get_array_member (page, "options");

    for (guint i = 0; i < json_array_get_length (options); i++)
        g_hash_table_add (general,
                          (char *)member (json_array_get_object_element (options, i), "long"));
    g_string_append (out, ".SH FORMATS\n");
    for (guint i = 0; i < json_array_get_length (subs); i++) {
        const char *name = member (json_array_get_object_element (subs, i), "name");
        g_autoptr (JsonNode) node = options_of (bloc, command, name, error);
        if (node == NULL)
            return FALSE;
        JsonObject *sub = json_node_get_object (node);
        g_string_append (out, ".SS \"bloc ");
        if (!append_escaped (out, command, TRUE, error))
            return FALSE;
        g_string_append_c (out, ' ');
        if (!append_escaped (out, member (sub, "parameter"), TRUE, error))
            return FALSE;
        g_string_append (out, "\"\n");
        g_auto (GStrv) paragraphs = g_strsplit (member (sub, "help_summary"), "\n\n", -1);
        for (guint k = 0; paragraphs[k] != NULL; k++) {
            g_string_append (out, ".PP\n");
            if (!append_escaped (out, paragraphs[k], FALSE, error))
                return FALSE;
            g_string_append_c (out, '\n');
        }
        if (append_options (out, json_object_get_array_member (sub, "options"), FALSE, general,
                            error) < 0)
            return FALSE;
    }
    return TRUE;
}

static gboolean
write_command_page (const char *bloc, const char *command, const char *source_dir,
                    const char *output_dir, const char *version, GError **error)
{
    g_autofree char *title = g_strdup_printf ("bloc-%s", command);
    g_autofree char *text_path = g_strdup_printf ("%s/%s.txt", source_dir, title);
    g_autoptr (GPtrArray) sections = read_text (text_path, error);
    g_autoptr (JsonNode) node = options_of (bloc, command, NULL, error);
    g_autoptr (GString) out = g_string_new (NULL);
    g_autoptr (GString) extra = g_string_new (NULL);
    g_autofree char *exit_status = NULL;
    const char *const handled[] = { "DESCRIPTION", "SEE ALSO", NULL };

    if (sections == NULL || node == NULL)
        return FALSE;
    JsonObject *page = json_node_get_object (node);
    JsonArray *options = json_object_get_array_member (page, "options");
    const Section *description = find_section (sections, "DESCRIPTION");
    if (description == NULL) {
        g_set_error (error, MAN_ERROR, 0, "%s: no DESCRIPTION", text_path);
        return FALSE;
    }
    split_description (member (page, "help_description"), extra, &exit_status);

    append_header (out, title, version);
    g_string_append (out, ".SH NAME\n");
    g_string_append_printf (out, "bloc\\-%s \\- ", command);
    if (!append_escaped (out, member (page, "summary"), FALSE, error))
        return FALSE;
    g_string_append_c (out, '\n');
    if (!append_synopsis (out, command, member (page, "parameter"), error))
        return FALSE;
    g_string_append (out, ".SH DESCRIPTION\n");
    if (!append_body (out, description, error))
        return FALSE;
    if (extra->len > 0) {
        g_auto (GStrv) paragraphs = g_strsplit (extra->str, "\n", -1);
        for (guint i = 0; paragraphs[i] != NULL; i++) {
            g_string_append (out, ".PP\n");
            if (!append_escaped (out, paragraphs[i], FALSE, error))
                return FALSE;
            g_string_append_c (out, '\n');
        }
    }
    if (json_array_get_length (options) > 0) {
        g_string_append (out, ".SH OPTIONS\n");
        int n = append_options (out, options, FALSE, NULL, error);
        if (n < 0)
            return FALSE;
        if (n == 0)
            g_string_append (out, "Only the common options.\n");
    }
    if (json_object_has_member (page, "subcommands") &&
        !append_subcommands (out, bloc, command, page, error))
        return FALSE;
    g_autoptr (GString) common = g_string_new (NULL);
    int n_common = append_options (common, options, TRUE, NULL, error);
    if (n_common < 0)
        return FALSE;
    if (n_common > 0)
        g_string_append_printf (out, ".SH COMMON OPTIONS\n%s", common->str);
    if (!append_sections (out, sections, handled, error))
        return FALSE;
    g_string_append (out, ".SH EXIT STATUS\n");
    if (!append_escaped (out,
                         exit_status ? exit_status
                                     : "0 on success, 1 for bad data or a runtime error, 2 for "
                                       "a bad command line.",
                         FALSE, error))
        return FALSE;
    g_string_append_c (out, '\n');
    if (!append_see_also (out, sections, "bloc(1)", error))
        return FALSE;

    g_autofree char *path = g_strdup_printf ("%s/%s.1", output_dir, title);
    return g_file_set_contents (path, out->str, out->len, error);
}

static gboolean
write_bloc_page (JsonObject *bloc_json, const char *source_dir, const char *output_dir,
                 const char *version, GError **error)
{
    g_autofree char *text_path = g_strdup_printf ("%s/bloc.txt", source_dir);
    g_autoptr (GPtrArray) sections = read_text (text_path, error);
    g_autoptr (GString) out = g_string_new (NULL);
    g_autoptr (GString) pages = g_string_new (NULL);
    const char *const handled[] = { "NAME", "DESCRIPTION", "SEE ALSO", NULL };

    if (sections == NULL)
        return FALSE;
    const Section *name = find_section (sections, "NAME");
    const Section *description = find_section (sections, "DESCRIPTION");
    if (name == NULL || description == NULL) {
        g_set_error (error, MAN_ERROR, 0, "%s: no NAME or DESCRIPTION", text_path);
        return FALSE;
    }
    append_header (out, "bloc", version);
    g_string_append (out, ".SH NAME\nbloc \\- ");
    if (!append_escaped (out, g_strstrip ((char *)name->lines->pdata[0]), FALSE, error))
        return FALSE;
    g_string_append (out, "\n.SH SYNOPSIS\n.B bloc\n\\fICOMMAND\\fR [\\fIOPTION\\fR...] "
                          "[\\fIARG\\fR...]\n.br\n.B bloc\n\\-\\-help | \\-\\-version\n");
    g_string_append (out, ".SH DESCRIPTION\n");
    if (!append_body (out, description, error))
        return FALSE;
    g_string_append (out, ".SH COMMANDS\n");
    JsonArray *commands = json_object_get_array_member (bloc_json, "commands");
    for (guint i = 0; i < json_array_get_length (commands); i++) {
        JsonObject *c = json_array_get_object_element (commands, i);
        g_string_append_printf (out, ".TP\n.BR bloc\\-%s (1)\n", member (c, "name"));
        if (!append_escaped (out, member (c, "summary"), FALSE, error))
            return FALSE;
        g_string_append_c (out, '\n');
        g_string_append_printf (pages, "%sbloc-%s(1)", i ? ", " : "", member (c, "name"));
    }
    g_string_append (out, ".SH COMMON OPTIONS\nEvery command but \\fBimport\\fR and "
                          "\\fBhelp\\fR takes these; see each command's page for what it "
                          "does with them.\n");
    if (append_options (out, json_object_get_array_member (bloc_json, "options"), TRUE, NULL,
                        error) < 0)
        return FALSE;
    if (!append_sections (out, sections, handled, error))
        return FALSE;
    g_string_append (out, ".SH EXIT STATUS\n0 on success, 1 for bad data or a runtime error, 2 "
                          "for a bad command line (also an id or group the data does not "
                          "have).\n");
    if (!append_see_also (out, sections, pages->str, error))
        return FALSE;
    g_autofree char *path = g_strdup_printf ("%s/bloc.1", output_dir);
    return g_file_set_contents (path, out->str, out->len, error);
}

/* Every bloc-*.txt of @source_dir names a command of @commands. */
static gboolean
check_texts (JsonArray *commands, const char *source_dir, GError **error)
{
    g_autoptr (GDir) dir = g_dir_open (source_dir, 0, error);
    if (dir == NULL)
        return FALSE;
    for (const char *name; (name = g_dir_read_name (dir)) != NULL;) {
        if (!g_str_has_prefix (name, "bloc-") || !g_str_has_suffix (name, ".txt"))
            continue;
        g_autofree char *command = g_strndup (name + 5, strlen (name) - 9);
        gboolean found = FALSE;
        for (guint i = 0; i < json_array_get_length (commands) && !found; i++)
            found =
                strcmp (member (json_array_get_object_element (commands, i), "name"), command) == 0;
        if (!found) {
            g_set_error (error, MAN_ERROR, 0, "%s/%s: bloc has no command '%s'", source_dir, name,
                         command);
            return FALSE;
        }
    }
    return TRUE;
}

int
main (int argc, char **argv)
{
    g_autoptr (GError) error = NULL;

    if (argc != 4) {
        fprintf (stderr, "usage: bloc-man BLOC SOURCE_DIR OUTPUT_DIR\n");
        return 2;
    }
    const char *bloc = argv[1], *source_dir = argv[2], *output_dir = argv[3];
    g_autoptr (JsonNode) node = options_of (bloc, NULL, NULL, &error);
    if (node == NULL) {
        fprintf (stderr, "bloc-man: %s\n", error->message);
        return 1;
    }
    JsonObject *bloc_json = json_node_get_object (node);
    const char *version = member (bloc_json, "version");
    JsonArray *commands = json_object_get_array_member (bloc_json, "commands");
    gboolean ok = check_texts (commands, source_dir, &error) &&
                  write_bloc_page (bloc_json, source_dir, output_dir, version, &error);
    for (guint i = 0; ok && i < json_array_get_length (commands); i++) {
        const char *command = member (json_array_get_object_element (commands, i), "name");
        ok = write_command_page (bloc, command, source_dir, output_dir, version, &error);
    }
    if (!ok) {
        fprintf (stderr, "bloc-man: %s\n", error->message);
        return 1;
    }
    return 0;
}
