/* bloc-show.c: everything about one entity, as JSON. */
#include "bloc-model-private.h"
#include "bloc-query.h"

#include <string.h>

/* The columns that have keys of their own in the description; the others are attributes. */
static gboolean
is_known_column (const char *column)
{
    static const char *const known[] = { "id",     "kind", "name", "since", "until",
                                         "region", "seat", "note", NULL };
    return g_strv_contains (known, column) || g_str_has_prefix (column, "name@");
}

/* Adds @value as a string, or null when it is empty. */
static void
add_text_or_null (JsonBuilder *b, const char *name, const char *value)
{
    json_builder_set_member_name (b, name);
    if (value == NULL || *value == '\0')
        json_builder_add_null_value (b);
    else
        json_builder_add_string_value (b, value);
}

static void
add_ties (JsonBuilder *b, const BlocDataset *ds, guint entity, gboolean incoming, int year,
          const char *lang)
{
    g_autoptr (GArray) ties =
        bloc_dataset_ties_of (ds, entity, incoming, year, year == BLOC_YEAR_ALL);

    json_builder_set_member_name (b, incoming ? "members" : "memberships");
    json_builder_begin_array (b);
    for (guint i = 0; i < ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, g_array_index (ties, guint, i));
        const BlocEntity *other = bloc_dataset_entity (ds, incoming ? t->from : t->to);
        json_builder_begin_object (b);
        add_text_or_null (b, "id", other->id);
        add_text_or_null (b, "name", bloc_entity_label (ds, other, lang));
        add_text_or_null (b, "kind", bloc_kind_to_string (other->kind));
        add_text_or_null (b, "role", bloc_role_to_string (t->role));
        add_text_or_null (b, "since", bloc_tie_cell (ds, t, "since"));
        add_text_or_null (b, "until", bloc_tie_cell (ds, t, "until"));
        json_builder_set_member_name (b, "active");
        json_builder_add_boolean_value (b, bloc_tie_active (t, year));
        add_text_or_null (b, "source", t->source);
        add_text_or_null (b, "note", bloc_tie_cell (ds, t, "note"));
        json_builder_end_object (b);
    }
    json_builder_end_array (b);
}

JsonNode *
bloc_entity_to_json (const BlocDataset *ds, guint entity, int year, const char *lang)
{
    g_autoptr (JsonBuilder) b = json_builder_new ();
    const BlocEntity *e = bloc_dataset_entity (ds, entity);

    json_builder_begin_object (b);
    add_text_or_null (b, "id", e->id);
    add_text_or_null (b, "kind", bloc_kind_to_string (e->kind));
    add_text_or_null (b, "name", e->name);

    json_builder_set_member_name (b, "names");
    json_builder_begin_object (b);
    g_auto (GStrv) languages = bloc_dataset_languages (ds);
    for (guint i = 0; languages[i] != NULL; i++) {
        g_autofree char *column = g_strconcat ("name@", languages[i], NULL);
        const char *name = bloc_entity_cell (ds, e, column);
        if (*name == '\0')
            continue;
        json_builder_set_member_name (b, languages[i]);
        json_builder_add_string_value (b, name);
    }
    json_builder_end_object (b);

    add_text_or_null (b, "since", bloc_entity_cell (ds, e, "since"));
    add_text_or_null (b, "until", bloc_entity_cell (ds, e, "until"));
    add_text_or_null (b, "region", bloc_entity_cell (ds, e, "region"));
    add_text_or_null (b, "seat", bloc_entity_cell (ds, e, "seat"));
    add_text_or_null (b, "note", bloc_entity_cell (ds, e, "note"));

    json_builder_set_member_name (b, "attributes");
    json_builder_begin_object (b);
    for (guint c = 0; c < ds->entity_columns->len; c++) {
        const char *column = g_ptr_array_index (ds->entity_columns, c);
        const char *value = bloc_entity_cell_at (ds, e, c);
        if (is_known_column (column) || *value == '\0')
            continue;
        json_builder_set_member_name (b, column);
        json_builder_add_string_value (b, value);
    }
    json_builder_end_object (b);

    json_builder_set_member_name (b, "year");
    if (year == BLOC_YEAR_ALL)
        json_builder_add_null_value (b);
    else
        json_builder_add_int_value (b, year);
    json_builder_set_member_name (b, "exists");
    json_builder_add_boolean_value (b, bloc_entity_exists (e, year));

    json_builder_set_member_name (b, "groups");
    json_builder_begin_array (b);
    g_autoptr (GArray) groups = bloc_dataset_groups_of (ds, entity);
    for (guint i = 0; i < groups->len; i++) {
        const BlocGroup *g = bloc_dataset_nth_group (ds, g_array_index (groups, guint, i));
        json_builder_begin_object (b);
        add_text_or_null (b, "id", g->id);
        add_text_or_null (b, "name", g->name);
        json_builder_end_object (b);
    }
    json_builder_end_array (b);

    add_ties (b, ds, entity, FALSE, year, lang);
    add_ties (b, ds, entity, TRUE, year, lang);
    json_builder_end_object (b);
    return json_builder_get_root (b);
}
