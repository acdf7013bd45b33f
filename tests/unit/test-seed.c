/* test-seed.c: the default dataset is sourced the way its documentation says. */
#include <string.h>

#include "bloc-init.h"
#include "bloc-load.h"

/* Every part of a source is "SEED ¶N" with a seed file of the dataset, or "background: why". */
static gboolean
source_is_valid (const BlocDataset *ds, const char *source, char **why)
{
    g_auto (GStrv) parts = g_strsplit (source, "; ", -1);

    if (parts[0] == NULL) {
        *why = g_strdup ("empty source");
        return FALSE;
    }
    for (int i = 0; parts[i] != NULL; i++) {
        const char *p = parts[i];
        if (g_str_has_prefix (p, "background: ") && strlen (p) > strlen ("background: ") + 10)
            continue;
        gboolean ok = FALSE;
        const char *const *sources = bloc_dataset_sources (ds);
        for (int j = 0; sources[j] != NULL && !ok; j++) {
            gsize n = strlen (sources[j]);
            if (strncmp (p, sources[j], n) == 0 && g_str_has_prefix (p + n, " ¶")) {
                const char *digits = p + n + strlen (" ¶");
                ok = *digits != '\0' && strspn (digits, "0123456789") == strlen (digits);
            }
        }
        if (!ok) {
            *why = g_strdup_printf ("bad source part '%s'", p);
            return FALSE;
        }
    }
    return TRUE;
}

static void
test_every_tie_sourced (void)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = bloc_load_dataset (NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length ((char **)bloc_dataset_sources (ds)), ==, 2);

    for (guint i = 0; i < bloc_dataset_n_ties (ds); i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        g_autofree char *why = NULL;
        if (!source_is_valid (ds, t->source, &why))
            g_error ("ties.csv:%u: %s", t->line, why);
    }
}

static void
test_fixed_ids (void)
{
    /* The ids the issue fixes, with the kind each thing is: a body belongs to an organization, a
     * programme is run by one, a forum is a meeting. */
    static const struct {
        const char *id;
        BlocKind kind;
    } ids[] = {
        { "CSTO", BLOC_KIND_ORGANIZATION },
        { "CIS", BLOC_KIND_ORGANIZATION },
        { "CIS-ATC", BLOC_KIND_BODY },
        { "SCO", BLOC_KIND_ORGANIZATION },
        { "SCO-RATS", BLOC_KIND_BODY },
        { "CARICC", BLOC_KIND_ORGANIZATION },
        { "BOMCA", BLOC_KIND_PROGRAMME },
        { "CADAP", BLOC_KIND_PROGRAMME },
        { "UNODC", BLOC_KIND_BODY },
        { "UNOCT", BLOC_KIND_BODY },
        { "UNRCCA", BLOC_KIND_BODY },
        { "EU", BLOC_KIND_ORGANIZATION },
        { "NATO", BLOC_KIND_ORGANIZATION },
        { "PFP", BLOC_KIND_PROGRAMME },
        { "OSCE", BLOC_KIND_ORGANIZATION },
        { "CICA", BLOC_KIND_ORGANIZATION },
        { "GIZ", BLOC_KIND_ORGANIZATION },
        { "ISRS", BLOC_KIND_ORGANIZATION },
        { "TREATY-2000", BLOC_KIND_AGREEMENT },
        { "CIS-TJ-BORDER-2014", BLOC_KIND_AGREEMENT },
        { "CSTO-CRDF-CA", BLOC_KIND_BODY },
        { "CSTO-CRRF", BLOC_KIND_BODY },
        { "CA-CONSULT-2018", BLOC_KIND_FORUM },
        { "CA-CONSULT-2019", BLOC_KIND_FORUM },
        { "TASHKENT-CT-2022", BLOC_KIND_FORUM },
        { "KZ", BLOC_KIND_COUNTRY },
        { "KG", BLOC_KIND_COUNTRY },
        { "TJ", BLOC_KIND_COUNTRY },
        { "TM", BLOC_KIND_COUNTRY },
        { "UZ", BLOC_KIND_COUNTRY },
    };
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = bloc_load_dataset (NULL, &error);
    g_assert_no_error (error);

    for (guint i = 0; i < G_N_ELEMENTS (ids); i++) {
        guint index;
        if (!bloc_dataset_lookup (ds, ids[i].id, &index))
            g_error ("the default dataset has no entity '%s'", ids[i].id);
        BlocKind kind = bloc_dataset_entity (ds, index)->kind;
        if (kind != ids[i].kind)
            g_error ("'%s' is a %s, expected a %s", ids[i].id, bloc_kind_to_string (kind),
                     bloc_kind_to_string (ids[i].kind));
    }
    const BlocGroup *ca = bloc_dataset_group (ds, "central-asia");
    g_assert_nonnull (ca);
    g_assert_cmpuint (ca->members->len, ==, 5);
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/seed/every-tie-sourced", test_every_tie_sourced);
    g_test_add_func ("/seed/fixed-ids", test_fixed_ids);
    return g_test_run ();
}
