/* test-seed.c: the default dataset is sourced the way its documentation says. */
#include <string.h>

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
        for (int j = 0; ds->sources[j] != NULL && !ok; j++) {
            gsize n = strlen (ds->sources[j]);
            if (strncmp (p, ds->sources[j], n) == 0 && g_str_has_prefix (p + n, " ¶")) {
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
    g_assert_cmpuint (g_strv_length ((char **)ds->sources), ==, 2);

    for (guint i = 0; i < ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        g_autofree char *why = NULL;
        if (!source_is_valid (ds, t->source, &why))
            g_error ("ties.csv:%u: %s", t->line, why);
    }
}

static void
test_fixed_ids (void)
{
    static const char *const ids[] = {
        "CSTO",
        "CIS",
        "CIS-ATC",
        "SCO",
        "SCO-RATS",
        "CARICC",
        "BOMCA",
        "CADAP",
        "UNODC",
        "UNOCT",
        "UNRCCA",
        "EU",
        "NATO",
        "PFP",
        "OSCE",
        "CICA",
        "GIZ",
        "ISRS",
        "TREATY-2000",
        "CIS-TJ-BORDER-2014",
        "CSTO-CRDF-CA",
        "CSTO-CRRF",
        "CA-CONSULT-2018",
        "CA-CONSULT-2019",
        "TASHKENT-CT-2022",
        "KZ",
        "KG",
        "TJ",
        "TM",
        "UZ",
    };
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = bloc_load_dataset (NULL, &error);
    g_assert_no_error (error);

    for (guint i = 0; i < G_N_ELEMENTS (ids); i++) {
        guint index;
        if (!bloc_dataset_lookup (ds, ids[i], &index))
            g_error ("the default dataset has no entity '%s'", ids[i]);
        /* Every entity has an English name and, for the articles' own entities, a kind. */
        g_assert_cmpstr (bloc_dataset_entity (ds, index)->name, !=, "");
    }
    const BlocGroup *ca = bloc_dataset_group (ds, "central-asia");
    g_assert_nonnull (ca);
    g_assert_cmpuint (ca->members->len, ==, 5);
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    g_test_add_func ("/seed/every-tie-sourced", test_every_tie_sourced);
    g_test_add_func ("/seed/fixed-ids", test_fixed_ids);
    return g_test_run ();
}
