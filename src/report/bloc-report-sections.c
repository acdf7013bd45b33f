/* bloc-report-sections.c: the sections of the page on the dataset, the gaps, the nesting and the
 * timeline, and what every section's tables share; bloc-report-overlap.c has the sections on the
 * actors' overlap graph.
 *
 * Each section builds its tables from the analyses of a dataset (BlocReportData), once for the
 * what-if and once for its baseline when there is one, and writes them side by side where they
 * differ; its figures get the baseline's figure beside them in that case.
 */
#include "bloc-report-private.h"

void
bloc_report_open_section (BlocReport *r, const char *name, guint number, const char *title)
{
    g_autofree char *id = g_strconcat ("s-", name, NULL);
    g_autofree char *heading = g_strconcat ("h-", name, NULL);
    bloc_report_open (r, "section", "id", id, "aria-labelledby", heading, NULL);
    bloc_report_open (r, "h2", "id", heading, NULL);
    bloc_report_textf (r, "%u. ", number);
    bloc_report_text (r, title);
    bloc_report_close (r);
}

char *
bloc_report_key_of (const char *a, const char *b)
{
    return g_strconcat (a, "\x1f", b, NULL);
}

/* @text in a first-strong isolate, to keep its own direction inside a sentence of the page's
 * language. Caller frees. */
static char *
isolate (const char *text)
{
    return g_strconcat ("\u2068", text, "\u2069", NULL);
}

const char *
bloc_report_entity_id (const BlocDataset *ds, guint entity)
{
    return bloc_dataset_entity (ds, entity)->id;
}

void
bloc_report_section_tables_clear (BlocReportSectionTables *t)
{
    for (guint i = 0; i < t->n; i++) {
        g_clear_pointer (&t->now[i], bloc_report_table_free);
        g_clear_pointer (&t->base[i], bloc_report_table_free);
    }
}

gboolean
bloc_report_section_differs (const BlocReportSectionTables *t)
{
    for (guint i = 0; i < t->n; i++)
        if (t->base[i] != NULL && bloc_report_tables_differ (t->now[i], t->base[i]))
            return TRUE;
    return FALSE;
}

void
bloc_report_write_section_tables (BlocReport *r, const BlocReportSectionTables *t)
{
    for (guint i = 0; i < t->n; i++)
        bloc_report_write_table (r, t->now[i], t->base[i]);
}

void
bloc_report_write_compare_note (BlocReport *r, const BlocReportSectionTables *t)
{
    if (r->base.ds == NULL)
        return;
    bloc_report_element (
        r, "p",
        bloc_report_section_differs (t)
            ? T_ (r, "The what-if changes this section: the baseline is shown beside it.")
            : T_ (r, "The what-if changes nothing in this section."),
        "class", "note compare-note", NULL);
}

/* ---- 1. The dataset ------------------------------------------------------------------------- */

static BlocReportTable *
counts_table (const BlocReport *r, const BlocDataset *ds, gboolean kinds)
{
    BlocCounts counts;
    g_autofree char *year = bloc_report_year_phrase (r);
    g_autofree char *caption = g_strdup_printf (
        "%s, %s", kinds ? T_ (r, "Entities by kind") : T_ (r, "Ties by role"), year);
    /* TRANSLATORS: a column of the report's table of ties by role. */
    const char *ties = TC_ (r, "report", "ties");
    const char *columns[] = { kinds ? T_ (r, "kind") : T_ (r, "role"),
                              kinds ? T_ (r, "entities") : ties, NULL };
    BlocReportTable *t = bloc_report_table_new (kinds ? "kinds" : "roles", caption, columns);

    bloc_dataset_count (ds, r->o->scope.year, &counts);
    guint total = 0;
    for (guint i = 0; i < (kinds ? BLOC_N_KINDS : BLOC_N_ROLES); i++) {
        guint n = kinds ? counts.kinds[i] : counts.roles[i];
        if (n == 0)
            continue;
        const char *name =
            kinds ? bloc_kind_to_string ((BlocKind)i) : bloc_role_to_string ((BlocRole)i);
        BlocReportRow *row = bloc_report_table_add_row (t, name);
        bloc_report_row_text (row, TC_ (r, kinds ? "kind" : "role", name));
        bloc_report_row_number (row, n);
        total += n;
    }
    BlocReportRow *row = bloc_report_table_add_row (t, "");
    bloc_report_row_text (row, T_ (r, "total"));
    bloc_report_row_number (row, total);
    return t;
}

gboolean
bloc_report_section_dataset (BlocReport *r, GError **error)
{
    const BlocDataset *ds = r->ds;
    g_autofree char *year = bloc_report_year_phrase (r);
    g_auto (BlocReportSectionTables) t = { .n = 2 };

    for (guint i = 0; i < 2; i++) {
        t.now[i] = counts_table (r, ds, i == 0);
        if (r->base.ds != NULL)
            t.base[i] = counts_table (r, r->base.ds, i == 0);
    }
    bloc_report_open_section (r, "dataset", 1, T_ (r, "The dataset"));
    if (*bloc_dataset_description (ds) != '\0')
        bloc_report_element (r, "p", bloc_dataset_description (ds), "dir", "auto", NULL);
    bloc_report_open (r, "dl", "class", "facts", NULL);
    bloc_report_element (r, "dt", T_ (r, "Title"), NULL);
    bloc_report_element (r, "dd", bloc_dataset_title (ds), "dir", "auto", NULL);
    bloc_report_element (r, "dt", T_ (r, "Year"), NULL);
    bloc_report_element (r, "dd", year, NULL);
    const char *const *sources = bloc_dataset_sources (ds);
    if (sources[0] != NULL) {
        bloc_report_element (r, "dt", T_ (r, "Sources"), NULL);
        bloc_report_open (r, "dd", NULL);
        bloc_report_open (r, "ul", NULL);
        for (guint i = 0; sources[i] != NULL; i++)
            bloc_report_element (r, "li", sources[i], "dir", "auto", NULL);
        bloc_report_close (r);
        bloc_report_close (r);
    }
    if (bloc_dataset_n_groups (ds) > 0) {
        bloc_report_element (r, "dt", T_ (r, "Groups"), NULL);
        bloc_report_open (r, "dd", NULL);
        bloc_report_open (r, "ul", NULL);
        for (guint i = 0; i < bloc_dataset_n_groups (ds); i++) {
            const BlocGroup *g = bloc_dataset_nth_group (ds, i);
            bloc_report_open (r, "li", NULL);
            bloc_report_open (r, "strong", NULL);
            bloc_report_element (r, "bdi", g->name ? g->name : g->id, NULL);
            bloc_report_close (r);
            bloc_report_text (r, ": ");
            g_autoptr (GArray) members = g_array_copy (g->members);
            bloc_dataset_sort_by_id (ds, members);
            bloc_report_entity_links (r, members);
            bloc_report_close (r);
        }
        bloc_report_close (r);
        bloc_report_close (r);
    }
    if (bloc_dataset_n_scenario_lines (ds) > 0) {
        bloc_report_element (r, "dt", T_ (r, "What-if"), NULL);
        bloc_report_open (r, "dd", NULL);
        bloc_report_open (r, "ul", NULL);
        for (guint i = 0; i < bloc_dataset_n_scenario_lines (ds); i++) {
            g_autofree char *line = bloc_report_scenario_line (r, i);
            bloc_report_element (r, "li", line, "dir", "auto", NULL);
        }
        bloc_report_close (r);
        bloc_report_close (r);
    }
    bloc_report_close (r);
    bloc_report_write_compare_note (r, &t);
    bloc_report_write_section_tables (r, &t);

    bloc_report_element (r, "h3", T_ (r, "The membership graph"), NULL);
    BlocRenderOptions o;
    bloc_report_render_options (r, &o, BLOC_VIEW_MEMBERSHIP);
    if (!bloc_report_write_figure (r, &o, "incidence", bloc_report_section_differs (&t), error))
        return FALSE;
    bloc_report_close (r);
    return TRUE;
}

/* ---- 2. Participation gaps ------------------------------------------------------------------ */

static void
gaps_tables (const BlocReport *r, const BlocReportData *d, BlocReportTable **out_entities,
             BlocReportTable **out_members)
{
    const BlocDataset *ds = d->ds;
    const BlocGaps *gaps = d->gaps;
    g_autofree char *year = bloc_report_year_phrase (r);
    g_autofree char *group = isolate (r->o->group_name);
    g_autofree char *caption = g_strdup_printf (
        T_ (r, "What the members of %s take part in, by coverage, %s"), group, year);
    const char *columns[] = { T_ (r, "entity"),  T_ (r, "kind"),   T_ (r, "coverage"),
                              T_ (r, "present"), T_ (r, "absent"), NULL };
    BlocReportTable *entities = bloc_report_table_new ("gaps", caption, columns);
    g_autoptr (GArray) ranked = bloc_gaps_rank (gaps);

    for (guint k = 0; k < ranked->len; k++) {
        guint i = g_array_index (ranked, guint, k);
        guint entity = bloc_gaps_entity (gaps, i);
        const GArray *present = bloc_gaps_present (gaps, i);
        BlocReportRow *row =
            bloc_report_table_add_row (entities, bloc_report_entity_id (ds, entity));
        g_autoptr (GArray) who = g_array_new (FALSE, FALSE, sizeof (guint));
        g_autoptr (GPtrArray) roles = g_ptr_array_new ();
        bloc_report_row_about (row, entity);
        for (guint p = 0; p < present->len; p++) {
            const BlocPresence *presence = &g_array_index (present, BlocPresence, p);
            g_array_append_val (who, presence->entity);
            g_ptr_array_add (roles,
                             presence->role == BLOC_ROLE_MEMBER
                                 ? NULL
                                 : (gpointer)TC_ (r, "role", bloc_role_to_string (presence->role)));
            bloc_report_row_about (row, presence->entity);
        }
        bloc_report_row_entity (row, ds, entity);
        bloc_report_row_text (
            row, TC_ (r, "kind", bloc_kind_to_string (bloc_dataset_entity (ds, entity)->kind)));
        bloc_report_row_number (row, bloc_gaps_coverage (gaps, i));
        bloc_report_row_entities_noted (row, ds, who, (const char *const *)roles->pdata);
        bloc_report_row_entities (row, ds, bloc_gaps_absent (gaps, i));
    }

    g_autofree char *members_caption =
        g_strdup_printf (T_ (r, "Gaps of each member of %s, %s"), group, year);
    const char *member_columns[] = { T_ (r, "member"), T_ (r, "gaps"), T_ (r, "stays out of"),
                                     NULL };
    BlocReportTable *members =
        bloc_report_table_new ("gaps-members", members_caption, member_columns);
    for (guint i = 0; i < bloc_gaps_n_members (gaps); i++) {
        guint member = bloc_gaps_member (gaps, i);
        const GArray *member_gaps = bloc_gaps_member_gaps (gaps, i);
        BlocReportRow *row =
            bloc_report_table_add_row (members, bloc_report_entity_id (ds, member));
        bloc_report_row_about (row, member);
        bloc_report_row_entity (row, ds, member);
        bloc_report_row_number (row, member_gaps->len);
        bloc_report_row_entities (row, ds, member_gaps);
    }
    *out_entities = entities;
    *out_members = members;
}

gboolean
bloc_report_section_gaps (BlocReport *r, GError **error)
{
    g_auto (BlocReportSectionTables) t = { .n = 2 };

    bloc_report_open_section (r, "gaps", 2, T_ (r, "Participation gaps"));
    if (r->now.gaps == NULL) {
        bloc_report_element (
            r, "p",
            T_ (r, "The dataset defines no group: make the report with --group to see whose gaps."),
            "class", "note", NULL);
        bloc_report_close (r);
        return TRUE;
    }
    gaps_tables (r, &r->now, &t.now[0], &t.now[1]);
    if (r->base.ds != NULL)
        gaps_tables (r, &r->base, &t.base[0], &t.base[1]);

    g_autofree char *group = isolate (r->o->group_name);
    bloc_report_open (r, "p", NULL);
    guint n_members = bloc_gaps_group (r->now.gaps)->len;
    /* TRANSLATORS: the form goes with the first number, the group's members. */
    bloc_report_textf (r,
                       TN_ (r,
                            "Which of the %u member of %s takes part in each entity that at least "
                            "%u of them join, and who stays out.",
                            "Which of the %u members of %s take part in each entity that at least "
                            "%u of them join, and who stays out.",
                            n_members),
                       n_members, group, r->o->min_present);
    bloc_report_text (r, " ");
    /* TRANSLATORS: before the report's list of the entities that all the group's members but one
     * take part in. */
    bloc_report_element (r, "strong", TC_ (r, "report", "One short of complete:"), NULL);
    bloc_report_text (r, " ");
    bloc_report_entity_links (r, bloc_gaps_one_short (r->now.gaps));
    bloc_report_close (r);
    bloc_report_write_compare_note (r, &t);

    BlocRenderOptions o;
    bloc_report_render_options (r, &o, BLOC_VIEW_GAPS);
    if (!bloc_report_write_figure (r, &o, "incidence", bloc_report_section_differs (&t), error))
        return FALSE;
    bloc_report_write_section_tables (r, &t);
    bloc_report_close (r);
    return TRUE;
}

/* ---- 6. Nesting ----------------------------------------------------------------------------- */

static BlocReportTable *
nesting_table (const BlocReport *r, const BlocReportData *d)
{
    const BlocDataset *ds = d->ds;
    const BlocNesting *n = d->nesting;
    guint n_classes = bloc_nesting_n_classes (n);
    g_autofree char *year = bloc_report_year_phrase (r);
    g_autofree char *caption =
        g_strdup_printf (T_ (r, "Member sets and the sets they fall within, %s"), year);
    const char *columns[] = { T_ (r, "entities with this member set"),
                              T_ (r, "size"),
                              T_ (r, "members"),
                              T_ (r, "within"),
                              T_ (r, "holds"),
                              NULL };
    BlocReportTable *t = bloc_report_table_new ("nesting", caption, columns);
    g_autoptr (GPtrArray) supers = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
    g_autoptr (GPtrArray) subs = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);

    for (guint i = 0; i < n_classes; i++) {
        g_ptr_array_add (supers, g_array_new (FALSE, FALSE, sizeof (guint)));
        g_ptr_array_add (subs, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
    for (guint e = 0; e < bloc_nesting_n_edges (n); e++) {
        guint sub, super;
        bloc_nesting_edge (n, e, &sub, &super);
        guint super_entity = g_array_index (bloc_nesting_class_equal (n, super), guint, 0);
        guint sub_entity = g_array_index (bloc_nesting_class_equal (n, sub), guint, 0);
        g_array_append_val (g_ptr_array_index (supers, sub), super_entity);
        g_array_append_val (g_ptr_array_index (subs, super), sub_entity);
    }
    for (guint i = 0; i < n_classes; i++) {
        const GArray *equal = bloc_nesting_class_equal (n, i);
        const GArray *members = bloc_nesting_class_members (n, i);
        BlocReportRow *row = bloc_report_table_add_row (t, bloc_nesting_class_id (n, ds, i));
        for (guint k = 0; k < equal->len; k++)
            bloc_report_row_about (row, g_array_index (equal, guint, k));
        for (guint k = 0; k < members->len; k++)
            bloc_report_row_about (row, g_array_index (members, guint, k));
        bloc_dataset_sort_by_id (ds, g_ptr_array_index (supers, i));
        bloc_dataset_sort_by_id (ds, g_ptr_array_index (subs, i));
        bloc_report_row_entities (row, ds, equal);
        bloc_report_row_number (row, members->len);
        bloc_report_row_entities (row, ds, members);
        bloc_report_row_entities (row, ds, g_ptr_array_index (supers, i));
        bloc_report_row_entities (row, ds, g_ptr_array_index (subs, i));
    }
    return t;
}

gboolean
bloc_report_section_nesting (BlocReport *r, GError **error)
{
    g_auto (BlocReportSectionTables) t = { .n = 1 };

    t.now[0] = nesting_table (r, &r->now);
    if (r->base.ds != NULL)
        t.base[0] = nesting_table (r, &r->base);
    bloc_report_open_section (r, "nesting", 6, T_ (r, "Nesting"));
    bloc_report_element (
        r, "p",
        T_ (r, "Which member sets fall within which: entities with the same members are merged, "
               "and each set is joined to the smallest sets that hold it (at least 2 members)."),
        NULL);
    bloc_report_write_compare_note (r, &t);
    BlocRenderOptions o;
    bloc_report_render_options (r, &o, BLOC_VIEW_NESTING);
    if (!bloc_report_write_figure (r, &o, "upset", bloc_report_section_differs (&t), error))
        return FALSE;
    bloc_report_write_section_tables (r, &t);
    bloc_report_close (r);
    return TRUE;
}

/* ---- 7. Timeline ---------------------------------------------------------------------------- */

static BlocReportTable *
timeline_table (const BlocReport *r, const BlocReportData *d)
{
    const BlocDataset *ds = d->ds;
    g_autofree char *caption = NULL;
    if (r->o->scope.year == BLOC_YEAR_ALL)
        caption = g_strdup (T_ (r, "Joins and exits by year"));
    else
        caption = g_strdup_printf (T_ (r, "Joins and exits by year, up to %d"), r->o->scope.year);
    const char *columns[] = { T_ (r, "year"), T_ (r, "change"), T_ (r, "who"),
                              T_ (r, "what"), T_ (r, "role"),   NULL };
    BlocReportTable *t = bloc_report_table_new ("timeline", caption, columns);
    g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    for (guint i = 0; i < d->changes->len; i++) {
        const BlocChange *c = &g_array_index (d->changes, BlocChange, i);
        const char *change = bloc_change_to_string (c->change);
        const char *role = bloc_role_to_string (c->role);
        g_autofree char *key = g_strdup_printf ("%d\x1f%s\x1f%s\x1f%s\x1f%s", c->year, change,
                                                bloc_report_entity_id (ds, c->from),
                                                bloc_report_entity_id (ds, c->to), role);
        /* Two ties with the same role between the same pair (two periods) are two rows. */
        for (guint n = 2; g_hash_table_contains (seen, key); n++) {
            g_autofree char *again = g_strdup_printf ("%s\x1f%u", key, n);
            g_free (key);
            key = g_steal_pointer (&again);
        }
        g_hash_table_add (seen, g_strdup (key));
        BlocReportRow *row = bloc_report_table_add_row (t, key);
        bloc_report_row_about (row, c->from);
        bloc_report_row_about (row, c->to);
        bloc_report_row_number (row, c->year);
        bloc_report_row_text (row, TC_ (r, "change", change));
        bloc_report_row_entity (row, ds, c->from);
        bloc_report_row_entity (row, ds, c->to);
        bloc_report_row_text (row, TC_ (r, "role", role));
    }
    if (d->n_undated > 0)
        t->note = g_strdup_printf (TN_ (r, "%u tie has no start date, so no join.",
                                        "%u ties have no start date, so no join.", d->n_undated),
                                   d->n_undated);
    return t;
}

gboolean
bloc_report_section_timeline (BlocReport *r, GError **error)
{
    g_auto (BlocReportSectionTables) t = { .n = 1 };

    t.now[0] = timeline_table (r, &r->now);
    if (r->base.ds != NULL)
        t.base[0] = timeline_table (r, &r->base);
    bloc_report_open_section (r, "timeline", 7, T_ (r, "Timeline"));
    bloc_report_write_compare_note (r, &t);
    BlocRenderOptions o;
    bloc_report_render_options (r, &o, BLOC_VIEW_TIMELINE);
    if (!bloc_report_write_figure (r, &o, NULL, bloc_report_section_differs (&t), error))
        return FALSE;
    bloc_report_write_section_tables (r, &t);
    bloc_report_close (r);
    return TRUE;
}
