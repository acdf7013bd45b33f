/* bloc-gaps-rank.c: the entities of a gaps result ranked by coverage. */
#include "bloc-analyze-private.h"

/* By coverage, highest first; the entities are sorted by id, so equal coverage falls back on
 * the position. */
static int
compare_coverage (gconstpointer a, gconstpointer b, gpointer data)
{
    const BlocGaps *gaps = data;
    guint i = *(const guint *)a, j = *(const guint *)b;
    double x = bloc_gaps_coverage (gaps, i), y = bloc_gaps_coverage (gaps, j);
    if (x != y)
        return x > y ? -1 : 1;
    return i < j ? -1 : i > j;
}

GArray *
bloc_gaps_rank (const BlocGaps *gaps)
{
    guint n = bloc_gaps_n_entities (gaps);
    GArray *rank = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
    for (guint i = 0; i < n; i++)
        g_array_append_val (rank, i);
    g_array_sort_with_data (rank, compare_coverage, (gpointer)gaps);
    return rank;
}
