/* fuzz-render.c: the DOT and SVG writers (bloc-render.h) fed with hostile names.
 *
 * A fixed small dataset (four countries, three organizations, an agreement, a group; ties that
 * give every view something to draw) takes its names from the input, split at NUL bytes: the
 * eight entity names, then the dataset's title and the group's name (dataset.ini), then the
 * figure's title (--title). Names are made loadable first (valid UTF-8, no control characters
 * but tab and line breaks, no noncharacters, not empty), as the loader asks; what is left is any
 * text a dataset may hold.
 *
 * Every view is drawn as built (gv) and laid out once, as SVG or as DOT by turns (by the view's
 * number plus the input's length, odd or even), so that an input costs six layouts, not twelve.
 * The input's length also picks the figure's language and print options, at no extra layout:
 * bit 1, Persian (--lang fa: translated words, a mirrored right-to-left figure; its catalog
 * must be found) or English; bit 2, the print theme fitted to an A4 page (landscape by bit 3)
 * or the default theme at the figure's own size.
 * The SVG must be well-formed XML that starts with <svg; the DOT and gv must read back with
 * Graphviz's own parser. A render may refuse with a bloc error, but never crash.
 * Names with long words (which crashed Graphviz's voronoi overlap removal) and long texts
 * (whose escaped labels passed the 16,384 bytes Graphviz's parser reads in an HTML string) are
 * laid out and read back like any other: regressions/render/ holds both.
 */
#define _POSIX_C_SOURCE 200809L /* fmemopen */

#include <graphviz/cgraph.h>
#include <stdio.h>
#include <string.h>

#include "bloc-i18n.h"
#include "bloc-load.h"
#include "bloc-render.h"
#include "fuzz.h"

#define N_ENTITIES 8

/* @part as a name the loader accepts: what cannot be in a dataset becomes U+FFFD. */
static char *
loadable (const FuzzPart *part)
{
    g_autofree char *valid = g_utf8_make_valid (part->data, (gssize)part->len);
    GString *out = g_string_new (NULL);

    for (const char *p = valid; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) ||
            (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
            c = 0xFFFD;
        g_string_append_unichar (out, c);
    }
    if (out->len == 0)
        g_string_append (out, "x");
    return g_string_free (out, FALSE);
}

/* Appends @text as one CSV field, quoted. */
static void
append_field (GString *csv, const char *text)
{
    g_string_append_c (csv, '"');
    for (const char *p = text; *p; p++) {
        if (*p == '"')
            g_string_append_c (csv, '"');
        g_string_append_c (csv, *p);
    }
    g_string_append_c (csv, '"');
}

static void
check_svg (const char *svg, gsize len, BlocView view)
{
    static const GMarkupParser parser = { NULL, NULL, NULL, NULL, NULL };
    g_autoptr (GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
    g_autoptr (GError) error = NULL;

    FUZZ_CHECK (len >= 4 && memcmp (svg, "<svg", 4) == 0, "%s: SVG does not start with <svg",
                bloc_view_to_string (view));
    FUZZ_CHECK (g_markup_parse_context_parse (context, svg, (gssize)len, &error) &&
                    g_markup_parse_context_end_parse (context, &error),
                "%s: SVG is not well-formed: %s", bloc_view_to_string (view), error->message);
}

/* Not in cgraph.h, but exported: empties the lexer's buffer after a syntax error, which would
 * otherwise carry over into the next read. */
extern void aglexbad (void);

/* Reads @dot back as the dot command reads a file: through a FILE, as agmemread() does not stop
 * at the lexer's 16 KB limit for HTML strings. */
static void
check_dot (const char *dot, gsize len, BlocView view, const char *type)
{
    FILE *in = fmemopen ((void *)dot, len, "r");

    FUZZ_CHECK (in != NULL, "fmemopen failed");
    agreadline (1);
    Agraph_t *g = agread (in, NULL);
    fclose (in);
    if (g == NULL)
        aglexbad ();
    FUZZ_CHECK (g != NULL, "%s: %s output does not read back in Graphviz",
                bloc_view_to_string (view), type);
    agclose (g);
}

/* Writes the dataset of the names in @parts to the temporary folder. */
static void
write_dataset (const FuzzPart *parts, guint n)
{
    static const char *const ids[N_ENTITIES] = { "A", "B", "C", "D", "O1", "O2", "O3", "T" };
    static const char *const kinds[N_ENTITIES] = { "country",      "country",      "country",
                                                   "country",      "organization", "organization",
                                                   "organization", "agreement" };
    static const char ties[] = "from,to,role,since,until\n"
                               "A,O1,member,2000,\nB,O1,member,2000,\nC,O1,member,2003,\n"
                               "D,O1,observer,2005,2010\n"
                               "A,O2,member,1995,\nB,O2,member,1995,\nC,O2,member,2001,2012\n"
                               "A,O3,member,,\nD,O3,member,,\n"
                               "A,T,signatory,2000-04-21,\nB,T,signatory,2000-04-21,\n"
                               "C,T,signatory,2000-04-21,\n";
    g_autoptr (GString) entities = g_string_new ("id,kind,name\n");

    for (guint i = 0; i < N_ENTITIES; i++) {
        g_autofree char *name = loadable (&parts[i % n]);
        g_string_append_printf (entities, "%s,%s,", ids[i], kinds[i]);
        append_field (entities, name);
        g_string_append_c (entities, '\n');
    }
    g_autofree char *title = n > N_ENTITIES ? loadable (&parts[N_ENTITIES]) : g_strdup ("Fuzz");
    g_autofree char *group = n > N_ENTITIES + 1 ? loadable (&parts[N_ENTITIES + 1]) : NULL;
    g_autoptr (GKeyFile) ini = g_key_file_new ();
    g_key_file_set_string (ini, "dataset", "title", title);
    g_key_file_set_string (ini, "dataset", "default-group", "g");
    if (group != NULL)
        g_key_file_set_string (ini, "group:g", "name", group);
    g_key_file_set_string (ini, "group:g", "members", "A;B;C;D");
    gsize ini_len;
    g_autofree char *ini_text = g_key_file_to_data (ini, &ini_len, NULL);

    g_free (fuzz_write ("entities.csv", entities->str, entities->len));
    g_free (fuzz_write ("ties.csv", ties, sizeof ties - 1));
    g_free (fuzz_write ("dataset.ini", ini_text, ini_len));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
    FuzzPart parts[N_ENTITIES + 3];
    guint n = fuzz_split (data, size, parts, G_N_ELEMENTS (parts));
    g_autoptr (GError) error = NULL;

    write_dataset (parts, MIN (n, N_ENTITIES));
    g_autoptr (BlocDataset) ds = bloc_load_dataset (fuzz_tmp_dir (), &error);
    if (ds == NULL)
        return 0; /* a name the loader refuses for a reason loadable() does not know */

    g_autoptr (GArray) members = NULL;
    g_autofree char *group_name = NULL;
    FUZZ_CHECK (bloc_dataset_resolve_group (ds, "g", &members, &group_name, &error),
                "the group does not resolve: %s", error->message);
    g_autofree char *title = NULL;
    if (n > N_ENTITIES + 2) {
        title = g_utf8_make_valid (parts[N_ENTITIES + 2].data, (gssize)parts[N_ENTITIES + 2].len);
    }

    const char *lang = (size >> 1) & 1 ? "fa" : NULL;
    gboolean print = (size >> 2) & 1;
    FUZZ_CHECK (lang == NULL || bloc_i18n_has_language (lang),
                "no catalog for %s: the figure would be in English", lang);

    for (int view = 0; view < BLOC_N_VIEWS; view++) {
        const BlocImageFormat formats[] = {
            (size + (size_t)view) % 2 ? BLOC_IMAGE_DOT : BLOC_IMAGE_SVG,
            BLOC_IMAGE_GV,
        };
        BlocRenderOptions o;
        bloc_render_options_init (&o, (BlocView)view);
        o.focus = "A";
        o.group = members;
        o.group_name = group_name;
        o.title = title;
        o.lang = lang;
        if (print) {
            o.theme = BLOC_THEME_PRINT;
            o.page = BLOC_PAGE_A4;
            o.landscape = (size >> 3) & 1;
        }
        for (guint f = 0; f < G_N_ELEMENTS (formats); f++) {
            g_autoptr (GBytes) image = bloc_render (ds, &o, formats[f], &error);
            if (image == NULL) {
                FUZZ_CHECK (error != NULL && error->domain == BLOC_ERROR,
                            "%s: refused without a bloc error", bloc_view_to_string (view));
                g_clear_error (&error);
                continue;
            }
            gsize len;
            const char *bytes = g_bytes_get_data (image, &len);
            if (formats[f] == BLOC_IMAGE_SVG)
                check_svg (bytes, len, (BlocView)view);
            else
                check_dot (bytes, len, (BlocView)view, formats[f] == BLOC_IMAGE_DOT ? "dot" : "gv");
        }
    }
    return 0;
}
