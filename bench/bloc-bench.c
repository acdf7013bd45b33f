/* bloc-bench.c: the benchmark's yearly membership analysis, done with bloc's library.
 *
 *   bloc-bench DATASET_DIR [--group US,GB,FR,RU,CN] [--years 1816-2014] [--dump YEAR]
 *
 * Loads the dataset once. Then, for every year: builds that year's membership graph, takes the
 * two-mode degrees, the country projection with shared counts and the group's gaps, and prints
 * `YEAR #D #P SHA256` of the canonical text (bench/README.md), or with --dump that text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bloc.h"

typedef struct {
    const char *id;
    guint degree;
} Degree;

static int
compare_degrees (const void *a, const void *b)
{
    return strcmp (((const Degree *)a)->id, ((const Degree *)b)->id);
}

/* g_string_append_printf is the slowest part of writing millions of short lines. */
static void
append_int (GString *out, gint64 v)
{
    char buf[24];
    int i = sizeof buf;
    gboolean negative = v < 0;
    guint64 u = negative ? (guint64)(-v) : (guint64)v;
    do {
        buf[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u > 0);
    if (negative)
        buf[--i] = '-';
    g_string_append_len (out, buf + i, (gssize)sizeof buf - i);
}

static void
append_ids (GString *out, const BlocDataset *ds, const GArray *entities, gsize stride)
{
    if (entities->len == 0) {
        g_string_append_c (out, '-');
        return;
    }
    for (guint i = 0; i < entities->len; i++) {
        guint e = *(const guint *)(entities->data + i * stride);
        g_string_append_printf (out, "%s%s", i ? "," : "", bloc_dataset_entity (ds, e)->id);
    }
}

/* The canonical text of one year. */
static gboolean
analyse (GString *out, guint *n_d, guint *n_p, const BlocDataset *ds, int year, const GArray *group,
         GError **error)
{
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocProjection) p = NULL;
    g_autoptr (BlocGaps) gaps = NULL;
    BlocScope scope;

    bloc_scope_init (&scope);
    scope.year = year;
    scope.others = BLOC_KIND_BIT (BLOC_KIND_ORGANIZATION);
    if (!bloc_membership_new (&m, ds, &scope, error) ||
        !bloc_projection_new (&p, m, BLOC_SIDE_ACTORS, FALSE, error) ||
        !bloc_gaps_compute (&gaps, m, group, 2, error))
        return FALSE;

    g_string_append_printf (out, "%d\n", year);

    /* Two-mode degree of every vertex with a tie, by id over both modes. */
    guint n = bloc_membership_n_vertices (m);
    g_autofree Degree *degrees = g_new (Degree, n + 1);
    guint k = 0;
    for (guint v = 0; v < n; v++) {
        guint d = bloc_membership_degree (m, v);
        if (d > 0)
            degrees[k++] =
                (Degree){ bloc_dataset_entity (ds, bloc_membership_entity (m, v))->id, d };
    }
    qsort (degrees, k, sizeof (Degree), compare_degrees);
    for (guint i = 0; i < k; i++) {
        g_string_append (out, "D ");
        g_string_append (out, degrees[i].id);
        g_string_append_c (out, ' ');
        append_int (out, degrees[i].degree);
        g_string_append_c (out, '\n');
    }
    *n_d = k;

    /* The country projection, pairs in id order. */
    g_autoptr (GArray) edges = bloc_projection_sorted_edges (p);
    for (guint i = 0; i < edges->len; i++) {
        guint e = g_array_index (edges, guint, i), a, b;
        bloc_projection_edge (p, e, &a, &b);
        g_string_append (out, "P ");
        g_string_append (out, bloc_dataset_entity (ds, a)->id);
        g_string_append_c (out, ' ');
        g_string_append (out, bloc_dataset_entity (ds, b)->id);
        g_string_append_c (out, ' ');
        append_int (out, bloc_projection_shared (p, e));
        g_string_append_c (out, '\n');
    }
    *n_p = edges->len;

    /* The group's gaps. */
    for (guint i = 0; i < bloc_gaps_n_entities (gaps); i++) {
        g_string_append_printf (out, "G %s ",
                                bloc_dataset_entity (ds, bloc_gaps_entity (gaps, i))->id);
        append_ids (out, ds, bloc_gaps_present (gaps, i), sizeof (BlocPresence));
        g_string_append_c (out, ' ');
        append_ids (out, ds, bloc_gaps_absent (gaps, i), sizeof (guint));
        g_string_append_c (out, '\n');
    }
    const GArray *members = bloc_gaps_group (gaps);
    for (guint i = 0; i < members->len; i++) {
        guint e = g_array_index (members, guint, i);
        for (guint j = 0; j < bloc_gaps_n_members (gaps); j++) {
            if (bloc_gaps_member (gaps, j) == e)
                g_string_append_printf (out, "C %s %u\n", bloc_dataset_entity (ds, e)->id,
                                        bloc_gaps_member_gaps (gaps, j)->len);
        }
    }
    return TRUE;
}

int
main (int argc, char **argv)
{
    g_autofree char *group_text = g_strdup ("US,GB,FR,RU,CN");
    g_autofree char *years = g_strdup ("1816-2014");
    g_autofree char *dump_text = NULL;
    int dump = 0;
    const GOptionEntry entries[] = {
        { "group", 0, 0, G_OPTION_ARG_STRING, &group_text, "Group ids", "ID,..." },
        { "years", 0, 0, G_OPTION_ARG_STRING, &years, "Years A-B", "A-B" },
        { "dump", 0, 0, G_OPTION_ARG_STRING, &dump_text, "Print the canonical text of one year",
          "YEAR" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = g_option_context_new ("DATASET_DIR");
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = NULL;
    g_autoptr (GArray) group = NULL;
    g_autofree char *group_name = NULL;
    int from, to;

    bloc_init ();
    g_option_context_add_main_entries (context, entries, NULL);
    if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2) {
        fprintf (stderr, "bloc-bench: %s\n", error ? error->message : "expected DATASET_DIR");
        return 2;
    }
    g_auto (GStrv) bounds = g_strsplit (years, "-", 3);
    if (g_strv_length (bounds) != 2 || !bloc_year_parse (bounds[0], &from) ||
        !bloc_year_parse (bounds[1], &to) || from > to) {
        fprintf (stderr, "bloc-bench: bad --years '%s' (expected A-B, like 1816-2014)\n", years);
        return 2;
    }
    if (dump_text != NULL && !bloc_year_parse (dump_text, &dump)) {
        fprintf (stderr, "bloc-bench: bad --dump '%s' (expected a year like 2014)\n", dump_text);
        return 2;
    }
    if ((ds = bloc_load_dataset (argv[1], &error)) == NULL ||
        !bloc_dataset_resolve_group (ds, group_text, &group, &group_name, &error)) {
        fprintf (stderr, "bloc-bench: %s\n", error->message);
        return 1;
    }
    if (dump != 0)
        from = to = dump;

    g_autoptr (GString) text = g_string_sized_new (1 << 20);
    g_autoptr (GString) out = g_string_new (NULL);
    for (int year = from; year <= to; year++) {
        guint n_d = 0, n_p = 0;
        g_string_truncate (text, 0);
        if (!analyse (text, &n_d, &n_p, ds, year, group, &error)) {
            fprintf (stderr, "bloc-bench: %d: %s\n", year, error->message);
            return 1;
        }
        if (dump != 0) {
            fwrite (text->str, 1, text->len, stdout);
            continue;
        }
        g_autofree char *digest =
            g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)text->str, text->len);
        g_string_append_printf (out, "%d %u %u %s\n", year, n_d, n_p, digest);
    }
    fwrite (out->str, 1, out->len, stdout);
    return 0;
}
