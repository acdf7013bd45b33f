/* bloc-report-index.c: the index of entities, one card each, and the data of the page's script.
 *
 * A card holds what `bloc show` gives: it is written from bloc_entity_to_json(). The script's
 * data gives, for every entity in id order, what the search box searches, as bloc_find()
 * searches it (the id, the name, the names in other languages, the region, the note), what the
 * entity is tied to in the year of the report (for highlighting), and who takes part in each
 * box of the timeline figure.
 */
#include <string.h>

#include "bloc-query.h"
#include "bloc-report-private.h"

/* The string member @name of @o, or NULL when it is null or absent. */
static const char *
member_text (JsonObject *o, const char *name)
{
    JsonNode *node = json_object_get_member (o, name);
    if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        return NULL;
    return json_node_get_string (node);
}

/* "2002 to 2012", "since 2002", "until 2012", or NULL. Caller frees. */
static char *
years_text (const BlocReport *r, JsonObject *o)
{
    const char *since = member_text (o, "since"), *until = member_text (o, "until");
    if (since != NULL && until != NULL)
        return g_strdup_printf (T_ (r, "%s to %s"), since, until);
    if (since != NULL)
        return g_strdup_printf (T_ (r, "since %s"), since);
    if (until != NULL)
        return g_strdup_printf (T_ (r, "until %s"), until);
    return NULL;
}

/* A term of the card (translated) and its value, unless the value is empty. */
static void
write_fact (BlocReport *r, const char *term, const char *value)
{
    if (value == NULL || *value == '\0')
        return;
    bloc_report_element (r, "dt", term, NULL);
    bloc_report_element (r, "dd", value, "dir", "auto", NULL);
}

/* The ties of a card: what the entity takes part in, or who takes part in it, under @heading
 * (translated). */
static void
write_ties (BlocReport *r, JsonArray *ties, const char *heading)
{
    guint n = json_array_get_length (ties);
    if (n == 0)
        return;
    bloc_report_element (r, "h4", heading, NULL);
    bloc_report_open (r, "ul", "class", "ties", NULL);
    for (guint i = 0; i < n; i++) {
        JsonObject *tie = json_array_get_object_element (ties, i);
        guint other;
        if (!bloc_dataset_lookup (r->ds, member_text (tie, "id"), &other))
            continue;
        gboolean active = json_object_get_boolean_member (tie, "active");
        g_autofree char *years = years_text (r, tie);
        g_autofree char *number = g_strdup_printf ("%u", r->number[other]);
        const char *source = member_text (tie, "source"), *note = member_text (tie, "note");

        bloc_report_open (r, "li", "data-e", number, "class", active ? NULL : "ended", NULL);
        bloc_report_entity_link (r, other);
        bloc_report_textf (r, " — %s", TC_ (r, "role", member_text (tie, "role")));
        if (years != NULL)
            bloc_report_textf (r, ", %s", years);
        if (!active) {
            bloc_report_text (r, " ");
            bloc_report_element (r, "span",
                                 r->o->scope.year == BLOC_YEAR_ALL ? T_ (r, "(ended)")
                                                                   : T_ (r, "(not in that year)"),
                                 "class", "badge", NULL);
        }
        /* Notes and sources are in the data's language: each keeps its own direction. */
        if (note != NULL) {
            bloc_report_text (r, ". ");
            bloc_report_element (r, "bdi", note, NULL);
        }
        if (source != NULL) {
            bloc_report_text (r, " ");
            bloc_report_open (r, "span", "class", "source", NULL);
            bloc_report_textf (r, "%s ", T_ (r, "Source:"));
            bloc_report_element (r, "bdi", source, NULL);
            bloc_report_close (r);
        }
        bloc_report_close (r);
    }
    bloc_report_close (r);
}

static void
write_card (BlocReport *r, guint entity)
{
    g_autoptr (JsonNode) node = bloc_entity_to_json (r->ds, entity, r->o->scope.year, r->o->lang);
    JsonObject *o = json_node_get_object (node);
    guint number = r->number[entity];
    g_autofree char *id = g_strdup_printf ("card-%u", number);
    g_autofree char *heading = g_strdup_printf ("card-%u-h", number);
    g_autofree char *data_e = g_strdup_printf ("%u", number);
    const char *kind = member_text (o, "kind");

    bloc_report_open (r, "article", "class", "card", "id", id, "data-e", data_e, "aria-labelledby",
                      heading, NULL);
    bloc_report_open (r, "h3", "id", heading, NULL);
    bloc_report_element (r, "bdi", bloc_report_label (r, entity), NULL);
    bloc_report_text (r, " ");
    bloc_report_open (r, "span", "class", "card-id", NULL);
    bloc_report_textf (r, "(%s, ", member_text (o, "id"));
    bloc_report_text (r, TC_ (r, "kind", kind));
    bloc_report_text (r, ")");
    bloc_report_close (r);
    bloc_report_close (r);

    bloc_report_open (r, "dl", NULL);
    if (r->lang != NULL)
        write_fact (r, T_ (r, "Name"), member_text (o, "name"));
    JsonObject *names = json_object_get_object_member (o, "names");
    g_autoptr (GList) languages = json_object_get_members (names);
    if (languages != NULL) {
        bloc_report_element (r, "dt", T_ (r, "Names"), NULL);
        bloc_report_open (r, "dd", NULL);
        bloc_report_open (r, "ul", "class", "names", NULL);
        for (GList *l = languages; l != NULL; l = l->next) {
            bloc_report_open (r, "li", NULL);
            bloc_report_element (r, "span", json_object_get_string_member (names, l->data), "lang",
                                 l->data, "dir", "auto", NULL);
            bloc_report_textf (r, " (%s)", (const char *)l->data);
            bloc_report_close (r);
        }
        bloc_report_close (r);
        bloc_report_close (r);
    }
    g_autofree char *years = years_text (r, o);
    write_fact (r, T_ (r, "Years"), years);
    write_fact (r, T_ (r, "Region"), member_text (o, "region"));
    write_fact (r, T_ (r, "Seat"), member_text (o, "seat"));
    write_fact (r, T_ (r, "Note"), member_text (o, "note"));
    JsonObject *attributes = json_object_get_object_member (o, "attributes");
    g_autoptr (GList) columns = json_object_get_members (attributes);
    for (GList *l = columns; l != NULL; l = l->next) {
        bloc_report_element (r, "dt", l->data, "dir", "auto", NULL);
        bloc_report_element (r, "dd", json_object_get_string_member (attributes, l->data), "dir",
                             "auto", NULL);
    }
    JsonArray *groups = json_object_get_array_member (o, "groups");
    if (json_array_get_length (groups) > 0) {
        g_autoptr (GString) names_of_groups = g_string_new (NULL);
        for (guint i = 0; i < json_array_get_length (groups); i++) {
            JsonObject *g = json_array_get_object_element (groups, i);
            const char *name = member_text (g, "name");
            g_string_append_printf (names_of_groups, "%s%s", i ? TC_ (r, "list", ", ") : "",
                                    name ? name : member_text (g, "id"));
        }
        write_fact (r, T_ (r, "Groups"), names_of_groups->str);
    }
    if (!json_object_get_boolean_member (o, "exists"))
        write_fact (r, T_ (r, "Exists"),
                    r->o->scope.year == BLOC_YEAR_ALL ? T_ (r, "no, it has ended")
                                                      : T_ (r, "not in that year"));
    bloc_report_close (r);
    write_ties (r, json_object_get_array_member (o, "memberships"), T_ (r, "Takes part in"));
    write_ties (r, json_object_get_array_member (o, "members"), T_ (r, "Who takes part"));
    bloc_report_close (r);
}

void
bloc_report_section_index (BlocReport *r)
{
    guint n = bloc_dataset_n_entities (r->ds);
    bloc_report_open_section (r, "index", 8, T_ (r, "Index of entities"));
    bloc_report_element (r, "p",
                         T_ (r, "Every entity of the dataset, by id, as bloc show gives it. A link "
                                "to an entity anywhere in the page leads to its card."),
                         NULL);
    bloc_report_open (r, "div", "class", "cards", NULL);
    for (guint k = 0; k < n; k++)
        write_card (r, r->entity_at[k]);
    bloc_report_close (r);
    bloc_report_close (r);
}

/* ---- The script's data ---------------------------------------------------------------------- */

static void
add_field (JsonBuilder *b, BlocFindField field, const char *column, const char *value)
{
    if (value == NULL || *value == '\0')
        return;
    json_builder_begin_array (b);
    json_builder_add_int_value (b, field);
    json_builder_add_string_value (b, column);
    json_builder_add_string_value (b, value);
    json_builder_end_array (b);
}

static void
add_entity (JsonBuilder *b, const BlocReport *r, guint entity)
{
    const BlocDataset *ds = r->ds;
    const BlocEntity *e = bloc_dataset_entity (ds, entity);
    json_builder_begin_object (b);
    json_builder_set_member_name (b, "id");
    json_builder_add_string_value (b, e->id);
    json_builder_set_member_name (b, "kind");
    json_builder_add_string_value (b, TC_ (r, "kind", bloc_kind_to_string (e->kind)));
    json_builder_set_member_name (b, "label");
    json_builder_add_string_value (b, bloc_report_label (r, entity));
    /* As bloc_find() searches: the id and the name, then the other columns in file order. */
    json_builder_set_member_name (b, "fields");
    json_builder_begin_array (b);
    add_field (b, BLOC_FIND_FIELD_ID, "id", e->id);
    add_field (b, BLOC_FIND_FIELD_NAME, "name", e->name);
    for (guint c = 0; c < bloc_dataset_n_entity_columns (ds); c++) {
        const char *column = bloc_dataset_entity_column (ds, c);
        BlocFindField field = bloc_find_field (column);
        if (field == BLOC_FIND_FIELD_NONE || field <= BLOC_FIND_FIELD_NAME)
            continue;
        add_field (b, field, column, bloc_entity_cell_at (ds, e, c));
    }
    json_builder_end_array (b);
    json_builder_end_object (b);
}

static int
compare_uint (gconstpointer a, gconstpointer b)
{
    guint x = *(const guint *)a, y = *(const guint *)b;
    return x < y ? -1 : x > y;
}

/* For every entity, the page numbers of the entities it has a tie with in the report's year,
 * either way, sorted. */
static void
add_ties (JsonBuilder *b, const BlocReport *r)
{
    const BlocDataset *ds = r->ds;
    guint n = bloc_dataset_n_entities (ds);
    g_autoptr (GPtrArray) partners = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
    for (guint k = 0; k < n; k++)
        g_ptr_array_add (partners, g_array_new (FALSE, FALSE, sizeof (guint)));
    for (guint i = 0; i < bloc_dataset_n_ties (ds); i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (!bloc_tie_active (t, r->o->scope.year))
            continue;
        guint a = r->number[t->from], z = r->number[t->to];
        g_array_append_val (g_ptr_array_index (partners, a), z);
        g_array_append_val (g_ptr_array_index (partners, z), a);
    }
    json_builder_begin_array (b);
    for (guint k = 0; k < n; k++) {
        GArray *list = g_ptr_array_index (partners, k);
        g_array_sort (list, compare_uint);
        json_builder_begin_array (b);
        for (guint i = 0; i < list->len; i++)
            if (i == 0 || g_array_index (list, guint, i) != g_array_index (list, guint, i - 1))
                json_builder_add_int_value (b, g_array_index (list, guint, i));
        json_builder_end_array (b);
    }
    json_builder_end_array (b);
}

/* Who takes part in each box of the timeline figure: its id's parts (year, change, entity,
 * role) joined by ':', which no id holds, -> the page numbers of those who join or leave, in the
 * order the boxes first appear. */
static void
add_events (JsonBuilder *b, const BlocReport *r)
{
    const BlocDataset *ds = r->ds;
    const GArray *changes = r->now.changes;
    g_autoptr (GHashTable) boxes =
        g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
    g_autoptr (GPtrArray) order = g_ptr_array_new ();

    for (guint i = 0; i < changes->len; i++) {
        const BlocChange *c = &g_array_index (changes, BlocChange, i);
        g_autofree char *key =
            g_strdup_printf ("%d:%s:%s:%s", c->year, bloc_change_to_string (c->change),
                             bloc_dataset_entity (ds, c->to)->id, bloc_role_to_string (c->role));
        GArray *who = g_hash_table_lookup (boxes, key);
        if (who == NULL) {
            who = g_array_new (FALSE, FALSE, sizeof (guint));
            g_ptr_array_add (order, key);
            g_hash_table_insert (boxes, g_steal_pointer (&key), who);
        }
        guint number = r->number[c->from];
        if (who->len == 0 || g_array_index (who, guint, who->len - 1) != number)
            g_array_append_val (who, number);
    }
    json_builder_begin_object (b);
    for (guint i = 0; i < order->len; i++) {
        const GArray *who = g_hash_table_lookup (boxes, g_ptr_array_index (order, i));
        json_builder_set_member_name (b, g_ptr_array_index (order, i));
        json_builder_begin_array (b);
        for (guint k = 0; k < who->len; k++)
            json_builder_add_int_value (b, g_array_index (who, guint, k));
        json_builder_end_array (b);
    }
    json_builder_end_object (b);
}

/* The words the script shows, by their English. */
static const char *const script_words[] = {
    N_ ("Nothing found"),
    N_ ("Selected:"),
    /* TRANSLATORS: in the report's search results: the column whose value matched. */
    N_ ("matched %s"),
    N_ ("Could not copy: select the table and copy it by hand"),
    N_ ("Sort by %s"),
    N_ ("Downloading"),
    NULL,
};

/* The words the script shows with a number, in @lang, in the form for @n: word @which, or NULL
 * past the last. In English for n = 2, each is the key the script asks for. */
static const char *
script_plural (const char *lang, guint which, gulong n)
{
    switch (which) {
    case 0:
        /* TRANSLATORS: the status of the report's search box. */
        return bloc_i18n_npgettext (lang, "report", "%u found", "%u found", n);
    case 1:
        return bloc_i18n_ngettext (lang, "and %u more", "and %u more", n);
    case 2:
        /* TRANSLATORS: the status of a table's filter: the rows shown, of how many (the number
         * the form goes with). */
        return bloc_i18n_ngettext (lang, "%u of %u row", "%u of %u rows", n);
    case 3:
        return bloc_i18n_ngettext (lang, "Copied %u row", "Copied %u rows", n);
    default:
        return NULL;
    }
}

/* The script's plural words: for each (by its English key), "forms", the different forms of the
 * word in the page's language, and "of", for every n below SCRIPT_PLURAL_NS, the index in
 * "forms" of n's form. The script takes the form of 100 + n % 100 for a larger n, which is right
 * for a plural rule that, past 100, looks only at n % 100 and n % 10, as those of bloc's
 * languages do (test-report checks it). */
#define SCRIPT_PLURAL_NS 200

static void
add_plurals (JsonBuilder *b, const BlocReport *r)
{
    json_builder_begin_object (b);
    for (guint which = 0; script_plural (NULL, which, 2) != NULL; which++) {
        g_autoptr (GPtrArray) forms = g_ptr_array_new ();
        json_builder_set_member_name (b, script_plural (NULL, which, 2));
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "of");
        json_builder_begin_array (b);
        for (gulong n = 0; n < SCRIPT_PLURAL_NS; n++) {
            const char *form = script_plural (r->lang, which, n);
            guint index;
            if (!g_ptr_array_find_with_equal_func (forms, form, g_str_equal, &index)) {
                index = forms->len;
                g_ptr_array_add (forms, (gpointer)form);
            }
            json_builder_add_int_value (b, index);
        }
        json_builder_end_array (b);
        json_builder_set_member_name (b, "forms");
        json_builder_begin_array (b);
        for (guint i = 0; i < forms->len; i++)
            json_builder_add_string_value (b, g_ptr_array_index (forms, i));
        json_builder_end_array (b);
        json_builder_end_object (b);
    }
    json_builder_end_object (b);
}

JsonNode *
bloc_report_script_data (const BlocReport *r)
{
    g_autoptr (JsonBuilder) b = json_builder_new ();
    guint n = bloc_dataset_n_entities (r->ds);

    json_builder_begin_object (b);
    json_builder_set_member_name (b, "words");
    json_builder_begin_object (b);
    for (guint i = 0; script_words[i] != NULL; i++) {
        json_builder_set_member_name (b, script_words[i]);
        json_builder_add_string_value (b, T_ (r, script_words[i]));
    }
    json_builder_end_object (b);
    json_builder_set_member_name (b, "plurals");
    add_plurals (b, r);
    json_builder_set_member_name (b, "entities");
    json_builder_begin_array (b);
    for (guint k = 0; k < n; k++)
        add_entity (b, r, r->entity_at[k]);
    json_builder_end_array (b);
    json_builder_set_member_name (b, "ties");
    add_ties (b, r);
    json_builder_set_member_name (b, "events");
    add_events (b, r);
    json_builder_end_object (b);
    return json_builder_get_root (b);
}
