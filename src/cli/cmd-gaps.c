/* cmd-gaps.c: bloc gaps — who in a group stays out of what. */
#include "cli.h"

static JsonNode *
gaps_json (const BlocDataset *ds, const BlocGaps *gaps, const char *group, const char *group_name,
           int year, const char *lang, gboolean only_gaps)
{
    g_autoptr (JsonBuilder) b = json_builder_new ();

    json_builder_begin_object (b);
    json_builder_set_member_name (b, "group");
    json_builder_add_string_value (b, group);
    json_builder_set_member_name (b, "group_name");
    json_builder_add_string_value (b, group_name);
    json_builder_set_member_name (b, "year");
    if (year == BLOC_YEAR_ALL)
        json_builder_add_null_value (b);
    else
        json_builder_add_int_value (b, year);
    bloc_cli_json_scenario (b, ds);

    json_builder_set_member_name (b, "organizations");
    json_builder_begin_array (b);
    for (guint i = 0; i < bloc_gaps_n_entities (gaps); i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, bloc_gaps_entity (gaps, i));
        const GArray *present = bloc_gaps_present (gaps, i);
        if (only_gaps && bloc_gaps_absent (gaps, i)->len == 0)
            continue;
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "id");
        json_builder_add_string_value (b, e->id);
        json_builder_set_member_name (b, "name");
        json_builder_add_string_value (b, bloc_entity_label (ds, e, lang));
        json_builder_set_member_name (b, "kind");
        json_builder_add_string_value (b, bloc_kind_to_string (e->kind));
        json_builder_set_member_name (b, "present");
        json_builder_begin_array (b);
        for (guint k = 0; k < present->len; k++) {
            const BlocPresence *p = &g_array_index (present, BlocPresence, k);
            json_builder_begin_object (b);
            json_builder_set_member_name (b, "id");
            json_builder_add_string_value (b, bloc_dataset_entity (ds, p->entity)->id);
            json_builder_set_member_name (b, "role");
            json_builder_add_string_value (b, bloc_role_to_string (p->role));
            json_builder_end_object (b);
        }
        json_builder_end_array (b);
        json_builder_set_member_name (b, "absent");
        bloc_cli_json_ids (b, ds, bloc_gaps_absent (gaps, i));
        json_builder_set_member_name (b, "coverage");
        json_builder_add_double_value (b, bloc_round_real (bloc_gaps_coverage (gaps, i)));
        json_builder_end_object (b);
    }
    json_builder_end_array (b);

    json_builder_set_member_name (b, "countries");
    json_builder_begin_array (b);
    for (guint i = 0; i < bloc_gaps_n_members (gaps); i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, bloc_gaps_member (gaps, i));
        const GArray *member_gaps = bloc_gaps_member_gaps (gaps, i);
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "id");
        json_builder_add_string_value (b, e->id);
        json_builder_set_member_name (b, "name");
        json_builder_add_string_value (b, bloc_entity_label (ds, e, lang));
        json_builder_set_member_name (b, "gaps");
        bloc_cli_json_ids (b, ds, member_gaps);
        json_builder_set_member_name (b, "gap_count");
        json_builder_add_int_value (b, member_gaps->len);
        json_builder_end_object (b);
    }
    json_builder_end_array (b);

    json_builder_set_member_name (b, "one_short");
    bloc_cli_json_ids (b, ds, bloc_gaps_one_short (gaps));
    json_builder_end_object (b);
    return json_builder_get_root (b);
}

/* The ids present, each with its role where it is not member ("KG (observer)"), as a list cell:
 * separated as every other list of the format is. */
static void
add_present (const BlocCliCommon *common, BlocTable *table, const BlocDataset *ds,
             const GArray *present)
{
    g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
    for (guint k = 0; k < present->len; k++) {
        const BlocPresence *p = &g_array_index (present, BlocPresence, k);
        const char *id = bloc_dataset_entity (ds, p->entity)->id;
        g_ptr_array_add (
            items, p->role == BLOC_ROLE_MEMBER
                       ? g_strdup (id)
                       : g_strdup_printf ("%s (%s)", id,
                                          TC_ (common, "role", bloc_role_to_string (p->role))));
    }
    bloc_table_add_list (table, (const char *const *)items->pdata, items->len);
}

typedef struct {
    BlocCliInt min_present;
    gboolean only_gaps;
    gboolean compare;
    gboolean all;
} GapsOptions;

static void
gaps_options_clear (GapsOptions *o)
{
    bloc_cli_int_clear (&o->min_present);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GapsOptions, gaps_options_clear)

/* The gaps as tables: entities by coverage, members by gap count, and the one-short list. */
static void
gaps_text (const BlocCliCommon *c, const GapsOptions *o, const BlocDataset *ds,
           const BlocGaps *gaps, const char *group_name, GString *out)
{
    const BlocCliCommon common = *c;
    g_autoptr (BlocTable) entities = bloc_cli_table_new (
        &common, (const char *[]){ NC_ ("heading", "id"), NC_ ("heading", "name"),
                                   NC_ ("heading", "kind"), NC_ ("heading", "coverage"),
                                   NC_ ("heading", "present"), NC_ ("heading", "absent"), NULL });
    /* CSV keeps the JSON's order, by id; the tables for people rank by coverage, then id.
     * --only-gaps then drops the rows with nothing absent, keeping that order. */
    g_autoptr (GArray) ranked = NULL;
    if (common.format == BLOC_FORMAT_CSV) {
        ranked = g_array_new (FALSE, FALSE, sizeof (guint));
        for (guint i = 0; i < bloc_gaps_n_entities (gaps); i++)
            g_array_append_val (ranked, i);
    } else {
        ranked = bloc_gaps_rank (gaps);
    }
    g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint r = 0; r < ranked->len; r++) {
        guint i = g_array_index (ranked, guint, r);
        if (!o->only_gaps || bloc_gaps_absent (gaps, i)->len > 0)
            g_array_append_val (rows, i);
    }
    for (guint r = 0; r < rows->len; r++) {
        guint i = g_array_index (rows, guint, r);
        const BlocEntity *e = bloc_dataset_entity (ds, bloc_gaps_entity (gaps, i));
        bloc_table_add_row (entities);
        bloc_table_add_text (entities, e->id);
        bloc_table_add_text (entities, bloc_entity_label (ds, e, common.lang));
        bloc_table_add_text (entities, TC_ (&common, "kind", bloc_kind_to_string (e->kind)));
        bloc_table_add_real (entities, bloc_gaps_coverage (gaps, i));
        add_present (&common, entities, ds, bloc_gaps_present (gaps, i));
        bloc_cli_table_add_ids (entities, ds, bloc_gaps_absent (gaps, i));
    }
    g_autoptr (BlocTable) members = bloc_cli_table_new (
        &common, (const char *[]){ NC_ ("heading", "id"), NC_ ("heading", "name"),
                                   NC_ ("heading", "gap_count"), NC_ ("heading", "gaps"), NULL });
    for (guint i = 0; i < bloc_gaps_n_members (gaps); i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, bloc_gaps_member (gaps, i));
        const GArray *member_gaps = bloc_gaps_member_gaps (gaps, i);
        bloc_table_add_row (members);
        bloc_table_add_text (members, e->id);
        bloc_table_add_text (members, bloc_entity_label (ds, e, common.lang));
        bloc_table_add_int (members, member_gaps->len);
        bloc_cli_table_add_ids (members, ds, member_gaps);
    }
    g_autofree char *one_short =
        bloc_dataset_join_ids (ds, bloc_gaps_one_short (gaps), TC_ (&common, "list", ", "), 0);
    /* Within the caption, the name cannot reorder the rest of the line. */
    g_autofree char *shown_name = bloc_text_isolate (group_name);
    /* TRANSLATORS: the caption of gaps: the group's name. */
    g_autofree char *what = g_strdup_printf (T_ (&common, "participation gaps of %s"), shown_name);
    /* TRANSLATORS: in the caption of gaps: the threshold of --min-present. */
    const char *present_format = T_ (&common, "at least %d present");
    g_autofree char *present = g_strdup_printf (present_format, (int)o->min_present.value);
    g_autofree char *caption =
        bloc_cli_caption (&common, ds, common.year, what, present,
                          o->only_gaps ? T_ (&common, "only those with gaps") : NULL);
    bloc_table_set_caption (entities, caption);

    if (common.format == BLOC_FORMAT_CSV) {
        /* One table: an entity per row, as in the JSON organizations list. */
        bloc_cli_format_table (&common, ds, entities, out);
        return;
    }
    if (!common.quiet)
        bloc_table_set_caption (members, T_ (&common, "gaps by member"));
    bloc_cli_format_table (&common, ds, entities, out);
    g_string_append_c (out, '\n');
    bloc_cli_format_table (&common, ds, members, out);
    /* TRANSLATORS: what no entity is one short of complete. */
    const char *none = T_ (&common, "none");
    if (common.format == BLOC_FORMAT_MARKDOWN) {
        g_string_append (out, "\n**");
        bloc_markdown_append (out, T_ (&common, "One short of complete:"));
        g_string_append (out, "** ");
        bloc_markdown_append (out, *one_short ? one_short : none);
        g_string_append (out, "\n");
    } else {
        g_string_append_printf (out, "\n%s %s\n", T_ (&common, "one short of complete:"),
                                *one_short ? one_short : none);
    }
}

/* The index in @gaps of each entity, G_MAXUINT for those it does not list. Caller frees. */
static guint *
index_entities (const BlocGaps *gaps, guint n_entities)
{
    guint *index = g_new (guint, n_entities);
    for (guint i = 0; i < n_entities; i++)
        index[i] = G_MAXUINT;
    for (guint i = 0; i < bloc_gaps_n_entities (gaps); i++)
        index[bloc_gaps_entity (gaps, i)] = i;
    return index;
}

/* The entities of @a (guint entity indices) that are not in @b. */
static GArray *
ids_not_in (const GArray *a, const GArray *b)
{
    GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint i = 0; a != NULL && i < a->len; i++) {
        guint x = g_array_index (a, guint, i);
        gboolean found = FALSE;
        for (guint k = 0; b != NULL && k < b->len && !found; k++)
            found = g_array_index (b, guint, k) == x;
        if (!found)
            g_array_append_val (out, x);
    }
    return out;
}

/* The entities of a list of presences (BlocPresence), or NULL for NULL. */
static GArray *
present_ids (const GArray *present)
{
    if (present == NULL)
        return NULL;
    GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint i = 0; i < present->len; i++)
        g_array_append_val (out, g_array_index (present, BlocPresence, i).entity);
    return out;
}

/* The gaps of @ds at the threshold asked (@out) and at 1 (@out_any, for the coverage of an
 * entity that is under the threshold on one side of the comparison). */
static gboolean
gaps_of (BlocGaps **out, BlocGaps **out_any, const BlocDataset *ds, const BlocCliCommon *common,
         const GArray *group, const GapsOptions *o, GError **error)
{
    g_autoptr (BlocMembership) m = NULL;
    return bloc_membership_new (&m, ds, &common->scope, error) &&
           bloc_gaps_compute (out, m, group, (guint)o->min_present.value, error) &&
           bloc_gaps_compute (out_any, m, group, 1, error);
}

/* gaps --compare: coverage and gap counts in the data, in the what-if, and the change. */
static gboolean
compare (const BlocCliCommon *common, const GapsOptions *o, const GArray *group,
         const char *group_id, const char *group_name, GError **error)
{
    g_autoptr (BlocDataset) baseline = NULL;
    g_autoptr (BlocGaps) g0 = NULL, g1 = NULL, any0 = NULL, any1 = NULL;
    const BlocDataset *ds = common->ds;
    guint n = bloc_dataset_n_entities (ds);

    if (!bloc_cli_load_baseline (common, &baseline, error) ||
        !gaps_of (&g0, &any0, baseline, common, group, o, error) ||
        !gaps_of (&g1, &any1, ds, common, group, o, error))
        return FALSE;
    g_autofree guint *in0 = index_entities (g0, n), *in1 = index_entities (g1, n);
    g_autofree guint *all0 = index_entities (any0, n), *all1 = index_entities (any1, n);

    g_autoptr (BlocTable) entities = bloc_cli_table_new (
        common, (const char *[]){ NC_ ("heading", "id"), NC_ ("heading", "name"),
                                  NC_ ("heading", "kind"), NC_ ("heading", "baseline"),
                                  NC_ ("heading", "scenario"), NC_ ("heading", "change"),
                                  NC_ ("heading", "joined"), NC_ ("heading", "left"), NULL });
    for (guint e = 0; e < n; e++) {
        if (in0[e] == G_MAXUINT && in1[e] == G_MAXUINT)
            continue;
        double before = all0[e] == G_MAXUINT ? 0 : bloc_gaps_coverage (any0, all0[e]);
        double after = all1[e] == G_MAXUINT ? 0 : bloc_gaps_coverage (any1, all1[e]);
        g_autoptr (GArray) p0 =
            present_ids (all0[e] == G_MAXUINT ? NULL : bloc_gaps_present (any0, all0[e]));
        g_autoptr (GArray) p1 =
            present_ids (all1[e] == G_MAXUINT ? NULL : bloc_gaps_present (any1, all1[e]));
        g_autoptr (GArray) joined = ids_not_in (p1, p0);
        g_autoptr (GArray) left = ids_not_in (p0, p1);
        gboolean complete = before == 1 && after == 1;
        if ((!o->all && joined->len == 0 && left->len == 0) || (o->only_gaps && complete))
            continue;
        const BlocEntity *entity = bloc_dataset_entity (ds, e);
        bloc_table_add_row (entities);
        bloc_table_add_text (entities, entity->id);
        bloc_table_add_text (entities, bloc_entity_label (ds, entity, common->lang));
        bloc_table_add_text (entities, TC_ (common, "kind", bloc_kind_to_string (entity->kind)));
        bloc_table_add_real (entities, before);
        bloc_table_add_real (entities, after);
        bloc_table_add_real (entities, after - before);
        bloc_cli_table_add_ids (entities, ds, joined);
        bloc_cli_table_add_ids (entities, ds, left);
    }

    /* The group members are the same on both sides: a what-if changes ties, not entities. */
    g_autoptr (BlocTable) members = bloc_cli_table_new (
        common, (const char *[]){ NC_ ("heading", "id"), NC_ ("heading", "name"),
                                  NC_ ("heading", "baseline"), NC_ ("heading", "scenario"),
                                  NC_ ("heading", "change"), NC_ ("heading", "closed"),
                                  NC_ ("heading", "opened"), NULL });
    for (guint i = 0; i < bloc_gaps_n_members (g1); i++) {
        guint member = bloc_gaps_member (g1, i);
        const GArray *before = NULL;
        for (guint k = 0; k < bloc_gaps_n_members (g0) && before == NULL; k++)
            if (bloc_gaps_member (g0, k) == member)
                before = bloc_gaps_member_gaps (g0, k);
        const GArray *after = bloc_gaps_member_gaps (g1, i);
        g_autoptr (GArray) closed = ids_not_in (before, after);
        g_autoptr (GArray) opened = ids_not_in (after, before);
        if (!o->all && closed->len == 0 && opened->len == 0)
            continue;
        const BlocEntity *e = bloc_dataset_entity (ds, member);
        bloc_table_add_row (members);
        bloc_table_add_text (members, e->id);
        bloc_table_add_text (members, bloc_entity_label (ds, e, common->lang));
        bloc_table_add_int (members, before ? before->len : 0);
        bloc_table_add_int (members, after->len);
        bloc_table_add_int (members, (gint64)after->len - (before ? before->len : 0));
        bloc_cli_table_add_ids (members, ds, closed);
        bloc_cli_table_add_ids (members, ds, opened);
    }

    g_autofree char *shown_name = bloc_text_isolate (group_name);
    g_autofree char *what = g_strdup_printf (
        /* TRANSLATORS: the caption of gaps --compare: the group's name. */
        T_ (common, "change of the participation gaps of %s"), shown_name);
    g_autofree char *present =
        g_strdup_printf (T_ (common, "at least %d present"), (int)o->min_present.value);
    g_autofree char *caption = bloc_cli_caption (
        common, ds, common->year, what, present,
        /* TRANSLATORS: in the caption of gaps --compare: what the numbers are. */
        T_ (common, "coverage"), o->only_gaps ? T_ (common, "only those with gaps") : NULL,
        o->all ? T_ (common, "every row") : T_ (common, "rows that changed"));
    bloc_table_set_caption (entities, caption);
    g_autoptr (GString) out = g_string_new (NULL);
    if (common->format == BLOC_FORMAT_JSON) {
        g_autoptr (JsonBuilder) b = json_builder_new ();
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "group");
        json_builder_add_string_value (b, group_id);
        json_builder_set_member_name (b, "group_name");
        json_builder_add_string_value (b, group_name);
        json_builder_set_member_name (b, "year");
        if (common->year == BLOC_YEAR_ALL)
            json_builder_add_null_value (b);
        else
            json_builder_add_int_value (b, common->year);
        bloc_cli_json_scenario (b, ds);
        json_builder_set_member_name (b, "organizations");
        json_builder_add_value (b, bloc_table_to_json (entities));
        json_builder_set_member_name (b, "countries");
        json_builder_add_value (b, bloc_table_to_json (members));
        json_builder_end_object (b);
        g_autoptr (JsonNode) root = json_builder_get_root (b);
        bloc_json_append (out, root);
    } else if (common->format == BLOC_FORMAT_CSV) {
        bloc_cli_format_table (common, ds, entities, out);
    } else {
        if (!common->quiet)
            bloc_table_set_caption (members, T_ (common, "gap counts by member"));
        bloc_cli_format_table (common, ds, entities, out);
        g_string_append_c (out, '\n');
        bloc_cli_format_table (common, ds, members, out);
    }
    return bloc_cli_emit (common, out, error);
}

static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    const GapsOptions *o = data;
    if (o->all && !o->compare)
        return bloc_cli_usage_error (error, "--all is for --compare (expected --compare --all)");
    return TRUE;
}

gboolean
cmd_gaps (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_autofree char *group_spec = NULL, *region = NULL;
    g_auto (GapsOptions) o = { .min_present = BLOC_CLI_INT ("--min-present", 2, 1, G_MAXINT) };
    const GOptionEntry entries[] = {
        { "group", 'G', 0, G_OPTION_ARG_STRING, &group_spec,
          "A group of dataset.ini, or ids (default: the dataset's default group)", "ID|ID,ID,..." },
        { "region", 0, 0, G_OPTION_ARG_STRING, &region,
          "The countries (or actors) of this region as the group; with --group, its members of "
          "this region",
          "REGION" },
        { "min-present", 'n', 0, G_OPTION_ARG_STRING, &o.min_present.text,
          "Only what at least N group members take part in (default: 2)", "N" },
        { "only-gaps", 0, 0, G_OPTION_ARG_NONE, &o.only_gaps,
          "Leave out what every group member takes part in", NULL },
        { "compare", 0, 0, G_OPTION_ARG_NONE, &o.compare,
          "With --add or --remove: coverage and gaps in the data, in the what-if, and the change, "
          "for the rows that changed",
          NULL },
        { "all", 'a', 0, G_OPTION_ARG_NONE, &o.all, "With --compare: every row, also unchanged",
          NULL },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("gaps", NULL, entries, &common);
    const BlocCliSteps steps = {
        .scope = &scope_options,
        .check = check_options,
        .options = &o,
        .load = TRUE,
        .ints = (BlocCliInt *const[]){ &o.min_present, NULL },
    };
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocGaps) gaps = NULL;
    g_autoptr (GArray) group = NULL;
    g_autoptr (GString) out = g_string_new (NULL);
    g_autofree char *group_name = NULL;
    g_autofree char *group_id = NULL;

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds to look for gaps in (default: every kind but the actors')");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error) ||
        !bloc_cli_group_in_region (&common, group_spec, region, &group, &group_id, &group_name,
                                   error))
        return FALSE;
    const BlocDataset *ds = common.ds;
    if (o.compare)
        return compare (&common, &o, group, group_id, group_name, error);
    if (!bloc_membership_new (&m, ds, &common.scope, error) ||
        !bloc_gaps_compute (&gaps, m, group, (guint)o.min_present.value, error))
        return FALSE;

    if (common.format == BLOC_FORMAT_JSON) {
        g_autoptr (JsonNode) root =
            gaps_json (ds, gaps, group_id, group_name, common.year, common.lang, o.only_gaps);
        bloc_json_append (out, root);
    } else {
        gaps_text (&common, &o, ds, gaps, group_name, out);
    }
    return bloc_cli_emit (&common, out, error);
}
