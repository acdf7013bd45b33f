/* bloc-gaps-rank.c: the entities of a gaps result ranked by coverage. */
#include "bloc-analyze-private.h"

/* By coverage, highest first; gaps->entities is sorted by id, so equal coverage falls back on
 * the position. */
static int
compare_coverage (gconstpointer a, gconstpointer b, gpointer data)
{
    const BlocGaps *gaps = data;
    guint i = *(const guint *)a, j = *(const guint *)b;
    const BlocGapEntity *x = g_ptr_array_index (gaps->entities, i);
    const BlocGapEntity *y = g_ptr_array_index (gaps->entities, j);
    if (x->coverage != y->coverage)
        return x->coverage > y->coverage ? -1 : 1;
    return i < j ? -1 : i > j;
}

GArray *
bloc_gaps_rank (const BlocGaps *gaps)
{
    GArray *rank = g_array_sized_new (FALSE, FALSE, sizeof (guint), gaps->entities->len);
    for (guint i = 0; i < gaps->entities->len; i++)
        g_array_append_val (rank, i);
    g_array_sort_with_data (rank, compare_coverage, (gpointer)gaps);
    return rank;
}
