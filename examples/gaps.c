/* gaps.c: who among the five Central Asian states stays out of what, on the dataset embedded in
 * bloc, through the public API only. Build it against the installed library:
 *
 *     cc gaps.c $(pkg-config --cflags --libs bloc) -o gaps && ./gaps
 */
#include <stdio.h>

#include <bloc.h>

int
main (void)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = NULL;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (GArray) group = NULL;
    g_autoptr (BlocGaps) gaps = NULL;
    g_autofree char *name = NULL;
    BlocScope scope;

    bloc_init ();
    bloc_scope_init (&scope); /* the current ties; countries take part in everything else */
    ds = bloc_load_dataset (NULL, &error); /* NULL: the embedded dataset */
    if (ds == NULL || !bloc_dataset_resolve_group (ds, "central-asia", &group, &name, &error) ||
        !bloc_membership_new (&m, ds, &scope, &error) ||
        !bloc_gaps_compute (&gaps, m, group, 2, &error)) {
        fprintf (stderr, "gaps: %s\n", error->message);
        return 1;
    }

    printf ("Gaps of %s, in %s:\n", name, bloc_dataset_title (ds));
    for (guint i = 0; i < bloc_gaps_n_entities (gaps); i++) {
        const GArray *absent = bloc_gaps_absent (gaps, i);
        const BlocEntity *e = bloc_dataset_entity (ds, bloc_gaps_entity (gaps, i));
        if (absent->len == 0)
            continue;
        printf ("%-20s %u of %u take part; absent:", e->id, bloc_gaps_present (gaps, i)->len,
                bloc_gaps_group (gaps)->len);
        for (guint k = 0; k < absent->len; k++)
            printf (" %s", bloc_dataset_entity (ds, g_array_index (absent, guint, k))->id);
        printf ("\n");
    }
    return 0;
}
