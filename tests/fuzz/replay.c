/* replay.c: a main() for a fuzz harness outside libFuzzer. Runs it once on every file named on
 * the command line, or found (not hidden, sorted by name) in a folder named there. A crash or a
 * broken rule aborts, so the test fails. */
#include <string.h>

#include "fuzz.h"

static void
replay_file (const char *path)
{
    g_autofree char *data = NULL;
    g_autoptr (GError) error = NULL;
    gsize len;

    FUZZ_CHECK (g_file_get_contents (path, &data, &len, &error), "cannot read %s: %s", path,
                error->message);
    /* A copy of exactly @len bytes, so that ASan sees any read past the end; never NULL, as
     * libFuzzer's are not. */
    g_autofree uint8_t *copy = len > 0 ? g_memdup2 (data, len) : g_malloc (1);
    fprintf (stderr, "replay: %s\n", path);
    LLVMFuzzerTestOneInput (copy, len);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
    return strcmp (*(const char *const *)a, *(const char *const *)b);
}

int
main (int argc, char **argv)
{
    guint n = 0;

    for (int i = 1; i < argc; i++) {
        if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR)) {
            replay_file (argv[i]);
            n++;
            continue;
        }
        g_autoptr (GError) error = NULL;
        GDir *dir = g_dir_open (argv[i], 0, &error);
        FUZZ_CHECK (dir != NULL, "cannot open %s: %s", argv[i], error->message);
        g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
        const char *name;
        while ((name = g_dir_read_name (dir)) != NULL)
            if (name[0] != '.')
                g_ptr_array_add (names, g_strdup (name));
        g_dir_close (dir);
        g_ptr_array_sort (names, compare_names);
        for (guint j = 0; j < names->len; j++) {
            g_autofree char *path = g_build_filename (argv[i], names->pdata[j], NULL);
            replay_file (path);
            n++;
        }
    }
    printf ("replayed %u inputs\n", n);
    return 0;
}
