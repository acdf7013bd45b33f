/* test-print.c: figures fit for print: ego views with no line under a node that is not one of its
 * ends (checked on the laid-out DOT), kind colours apart under simulated colour blindness,
 * legend swatches drawn as the nodes they explain, fonts with fallbacks, sizes (--dpi, --width,
 * --page), the timeline (the changes `bloc timeline` lists, founding members, a proportional
 * axis, columns), membership figures in columns, the overlap's width swatch, what-if marks and
 * tooltips with notes and sources. */
/* fmemopen() is POSIX 2008. */
#define _POSIX_C_SOURCE 200809L

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <graphviz/cgraph.h>

#include "bloc-render-private.h"
#include "bloc.h"

static BlocDataset *
load (const char *name)
{
    g_autoptr (GError) error = NULL;
    g_autofree char *dir = g_build_filename (BLOC_SOURCE_DIR, name, NULL);
    BlocDataset *ds = bloc_load_dataset (dir, &error);
    g_assert_no_error (error);
    return ds;
}

static GBytes *
render (const BlocDataset *ds, const BlocRenderOptions *o, BlocImageFormat format)
{
    g_autoptr (GError) error = NULL;
    GBytes *bytes = bloc_render (ds, o, format, &error);
    g_assert_no_error (error);
    g_assert_nonnull (bytes);
    return bytes;
}

/* The bytes as a NUL-terminated string (transfer full). */
static char *
text_of (GBytes *bytes)
{
    gsize len;
    const char *data = g_bytes_get_data (bytes, &len);
    return g_strndup (data, len);
}

/* TRUE when @bytes (which may hold NUL bytes, as a PDF does) contain @needle. */
static gboolean
contains (GBytes *bytes, const char *needle)
{
    gsize len, n = strlen (needle);
    const char *data = g_bytes_get_data (bytes, &len);
    for (gsize i = 0; i + n <= len; i++)
        if (memcmp (data + i, needle, n) == 0)
            return TRUE;
    return FALSE;
}

/* ---- Lines under nodes, from the laid-out DOT ------------------------------------------------ */

typedef struct {
    double x, y;
} Point;

/* The control points of an edge's pos attribute ("e,x,y s,x,y x,y x,y ..."): the arrow ends
 * (e, s) are not on the spline and are skipped. */
static GArray *
spline_points (const char *pos)
{
    GArray *points = g_array_new (FALSE, FALSE, sizeof (Point));
    g_auto (GStrv) parts = g_strsplit_set (pos ? pos : "", " \n\\", -1);
    for (int i = 0; parts[i] != NULL; i++) {
        if (*parts[i] == '\0' || g_str_has_prefix (parts[i], "e,") ||
            g_str_has_prefix (parts[i], "s,"))
            continue;
        Point p;
        char *end;
        p.x = g_ascii_strtod (parts[i], &end);
        g_assert_true (*end == ',');
        p.y = g_ascii_strtod (end + 1, NULL);
        g_array_append_val (points, p);
    }
    return points;
}

/* TRUE when (@x, @y) lies inside the node @n as drawn in the DOT: its ellipse, or its box. */
static gboolean
inside (Agnode_t *n, double x, double y)
{
    double cx, cy;
    g_assert_cmpint (sscanf (agget (n, "pos"), "%lf,%lf", &cx, &cy), ==, 2);
    double hw = g_ascii_strtod (agget (n, "width"), NULL) * 36;
    double hh = g_ascii_strtod (agget (n, "height"), NULL) * 36;
    double dx = x - cx, dy = y - cy;
    if (fabs (dx) >= hw || fabs (dy) >= hh)
        return FALSE;
    const char *shape = agget (n, "shape");
    if (shape != NULL && strcmp (shape, "ellipse") == 0)
        return dx * dx / (hw * hw) + dy * dy / (hh * hh) < 1;
    return TRUE;
}

/* How many (edge, node) pairs of the laid-out DOT @dot have the edge's spline, sampled at 50
 * points a Bezier piece, inside a node that is neither of its ends; each is named in @where. The
 * legend's nodes and lines, outside the drawing, are not counted. */
static guint
lines_under_nodes (const char *dot, GString *where)
{
    Agraph_t *g = agmemread (dot);
    g_assert_nonnull (g);
    guint count = 0;
    for (Agnode_t *t = agfstnode (g); t != NULL; t = agnxtnode (g, t))
        for (Agedge_t *e = agfstout (g, t); e != NULL; e = agnxtout (g, e)) {
            if (g_str_has_prefix (agnameof (t), "legend-"))
                continue;
            g_autoptr (GArray) p = spline_points (agget (e, "pos"));
            g_assert_cmpuint (p->len % 3, ==, 1);
            for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n)) {
                if (n == agtail (e) || n == aghead (e) ||
                    g_str_has_prefix (agnameof (n), "legend-"))
                    continue;
                gboolean hit = FALSE;
                for (guint i = 0; i + 3 < p->len && !hit; i += 3)
                    for (int k = 0; k <= 50 && !hit; k++) {
                        const Point *c = &g_array_index (p, Point, i);
                        double s = k / 50.0, u = 1 - s;
                        double x = u * u * u * c[0].x + 3 * s * u * u * c[1].x +
                                   3 * s * s * u * c[2].x + s * s * s * c[3].x;
                        double y = u * u * u * c[0].y + 3 * s * u * u * c[1].y +
                                   3 * s * s * u * c[2].y + s * s * s * c[3].y;
                        hit = inside (n, x, y);
                    }
                if (hit) {
                    count++;
                    g_string_append_printf (where, "%s -- %s under %s\n", agnameof (agtail (e)),
                                            agnameof (aghead (e)), agnameof (n));
                }
            }
        }
    agclose (g);
    return count;
}

/* The checker finds a line under a node when there is one, and none when there is none. */
static void
test_lines_under_nodes_checker (void)
{
    static const char *const crossing =
        "graph { node [shape=box]; a [pos=\"0,0\" width=1 height=0.5]; b [pos=\"300,0\" width=1 "
        "height=0.5]; c [pos=\"%s\" width=1 height=0.5 shape=%s]; a -- b [pos=\"36,0 100,0 "
        "200,0 264,0\"]; }";
    g_autoptr (GString) where = g_string_new (NULL);
    g_autofree char *under = g_strdup_printf (crossing, "150,5", "box");
    g_assert_cmpuint (lines_under_nodes (under, where), ==, 1);
    g_assert_cmpstr (where->str, ==, "a -- b under c\n");
    g_autofree char *under_ellipse = g_strdup_printf (crossing, "150,16", "ellipse");
    g_assert_cmpuint (lines_under_nodes (under_ellipse, where), ==, 1);
    g_autofree char *clear = g_strdup_printf (crossing, "150,40", "box");
    g_assert_cmpuint (lines_under_nodes (clear, where), ==, 0);
    /* The line ends in the corner of an ellipse's box, outside the ellipse. */
    g_autofree char *corner = g_strdup_printf (crossing, "294,16", "ellipse");
    g_assert_cmpuint (lines_under_nodes (corner, where), ==, 0);
    g_autofree char *corner_box = g_strdup_printf (crossing, "294,16", "box");
    g_assert_cmpuint (lines_under_nodes (corner_box, where), ==, 1);
}

/* No ego view has a line under a node that is not one of its ends: for many foci of the embedded
 * dataset, at depth 1 and 2, and of the test data. (At depth 2 twopi's layout of UZ had 31 such
 * pairs, among them UZ -- SCO-RATS under BOMCA, which read as a BOMCA-SCO tie.) */
static void
test_ego_lines_clear (void)
{
    static const struct {
        const char *data, *focus;
    } cases[] = {
        { "graphs/central-asia-security", "UZ" },
        { "graphs/central-asia-security", "KZ" },
        { "graphs/central-asia-security", "TM" },
        { "graphs/central-asia-security", "TJ" },
        { "graphs/central-asia-security", "KG" },
        { "graphs/central-asia-security", "RU" },
        { "graphs/central-asia-security", "CN" },
        { "graphs/central-asia-security", "CSTO" },
        { "graphs/central-asia-security", "SCO" },
        { "graphs/central-asia-security", "CIS" },
        { "graphs/central-asia-security", "PFP" },
        { "graphs/central-asia-security", "CARICC" },
        { "graphs/central-asia-security", "EU" },
        { "tests/data/blocs", "A" },
        { "tests/data/blocs", "P" },
        { "tests/data/i18n", "AA" },
        { "tests/data/i18n", "O1" },
        { "tests/data/structure", NULL },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        g_autoptr (BlocDataset) ds = load (cases[i].data);
        const char *focus = cases[i].focus ? cases[i].focus : bloc_dataset_entity (ds, 0)->id;
        for (int depth = 1; depth <= 2; depth++) {
            BlocRenderOptions o;
            bloc_render_options_init (&o, BLOC_VIEW_EGO);
            o.focus = focus;
            o.depth = depth;
            g_autoptr (GBytes) dot = render (ds, &o, BLOC_IMAGE_DOT);
            g_autofree char *text = text_of (dot);
            g_autoptr (GString) where = g_string_new (NULL);
            guint count = lines_under_nodes (text, where);
            if (count != 0)
                g_error ("%s, ego of %s at depth %d: %u lines under nodes:\n%s", cases[i].data,
                         focus, depth, count, where->str);
        }
    }
}

/* ---- Colours under simulated colour blindness ------------------------------------------------ */

/* Machado, Oliveira and Fernandes (2009), "A physiologically-based model for simulation of color
 * vision deficiency", IEEE TVCG 15(6), the matrices for severity 1.0, on linear RGB. */
static const double cvd[4][3][3] = {
    { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
    { { 0.152286, 1.052583, -0.204868 },
      { 0.114503, 0.786281, 0.099216 },
      { -0.003882, -0.048116, 1.051998 } },
    { { 0.367322, 0.860646, -0.227968 },
      { 0.280085, 0.672501, 0.047413 },
      { -0.011820, 0.042940, 0.968881 } },
    { { 1.255528, -0.076749, -0.178779 },
      { -0.078411, 0.930809, 0.147602 },
      { 0.004733, 0.691367, 0.303900 } },
};
static const char *const cvd_names[4] = { "normal vision", "protanopia", "deuteranopia",
                                          "tritanopia" };

typedef struct {
    double l, a, b;
} Lab;

static double
linear (int c)
{
    double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : pow ((v + 0.055) / 1.055, 2.4);
}

static double
lab_f (double t)
{
    return t > 216.0 / 24389 ? cbrt (t) : (24389.0 / 27 * t + 16) / 116;
}

/* The CIELAB colour (D65) of "#rrggbb" as seen with @deficiency. */
static Lab
seen (const char *hex, int deficiency)
{
    unsigned r, g, b;
    g_assert_cmpint (sscanf (hex, "#%02x%02x%02x", &r, &g, &b), ==, 3);
    double in[3] = { linear ((int)r), linear ((int)g), linear ((int)b) }, out[3];
    for (int i = 0; i < 3; i++) {
        out[i] = 0;
        for (int j = 0; j < 3; j++)
            out[i] += cvd[deficiency][i][j] * in[j];
        out[i] = CLAMP (out[i], 0, 1);
    }
    double x = 0.4124564 * out[0] + 0.3575761 * out[1] + 0.1804375 * out[2];
    double y = 0.2126729 * out[0] + 0.7151522 * out[1] + 0.0721750 * out[2];
    double z = 0.0193339 * out[0] + 0.1191920 * out[1] + 0.9503041 * out[2];
    double fx = lab_f (x / 0.95047), fy = lab_f (y), fz = lab_f (z / 1.08883);
    return (Lab){ 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz) };
}

static double
radians (double degrees)
{
    return degrees * G_PI / 180;
}

/* CIEDE2000 (Sharma, Wu and Dalal 2005, "The CIEDE2000 color-difference formula: implementation
 * notes, supplementary test data, and mathematical observations"), kL = kC = kH = 1. */
static double
ciede2000 (Lab x, Lab y)
{
    double c1 = hypot (x.a, x.b), c2 = hypot (y.a, y.b), cm = (c1 + c2) / 2;
    double g = 0.5 * (1 - sqrt (pow (cm, 7) / (pow (cm, 7) + pow (25, 7))));
    double a1 = (1 + g) * x.a, a2 = (1 + g) * y.a;
    double c1p = hypot (a1, x.b), c2p = hypot (a2, y.b);
    double h1 = (a1 == 0 && x.b == 0) ? 0 : fmod (atan2 (x.b, a1) * 180 / G_PI + 360, 360);
    double h2 = (a2 == 0 && y.b == 0) ? 0 : fmod (atan2 (y.b, a2) * 180 / G_PI + 360, 360);
    double dl = y.l - x.l, dc = c2p - c1p, dh = 0;
    if (c1p * c2p != 0) {
        dh = h2 - h1;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    double dH = 2 * sqrt (c1p * c2p) * sin (radians (dh / 2));
    double lm = (x.l + y.l) / 2, cmp = (c1p + c2p) / 2, hm = h1 + h2;
    if (c1p * c2p != 0) {
        if (fabs (h1 - h2) <= 180)
            hm = (h1 + h2) / 2;
        else
            hm = (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2;
    }
    double t = 1 - 0.17 * cos (radians (hm - 30)) + 0.24 * cos (radians (2 * hm)) +
               0.32 * cos (radians (3 * hm + 6)) - 0.20 * cos (radians (4 * hm - 63));
    double dtheta = 30 * exp (-pow ((hm - 275) / 25, 2));
    double rc = 2 * sqrt (pow (cmp, 7) / (pow (cmp, 7) + pow (25, 7)));
    double sl = 1 + 0.015 * pow (lm - 50, 2) / sqrt (20 + pow (lm - 50, 2));
    double sc = 1 + 0.045 * cmp, sh = 1 + 0.015 * cmp * t;
    double rt = -sin (radians (2 * dtheta)) * rc;
    return sqrt (pow (dl / sl, 2) + pow (dc / sc, 2) + pow (dH / sh, 2) +
                 rt * (dc / sc) * (dH / sh));
}

/* The formula against Sharma's published pairs, and the simulation against its matrix. */
static void
test_colour_science (void)
{
    static const struct {
        Lab x, y;
        double de;
    } pairs[] = {
        { { 50, 2.6772, -79.7751 }, { 50, 0, -82.7485 }, 2.0425 },
        { { 50, 3.1571, -77.2803 }, { 50, 0, -82.7485 }, 2.8615 },
        { { 50, 2.8361, -74.0200 }, { 50, 0, -82.7485 }, 3.4412 },
        { { 50, 0, 0 }, { 50, -1, 2 }, 2.3669 },
        { { 50, 2.5, 0 }, { 73, 25, -18 }, 27.1492 },
        { { 60.2574, -34.0099, 36.2677 }, { 60.4626, -34.1751, 39.4387 }, 1.2644 },
        { { 90.8027, -2.0831, 1.4410 }, { 91.1528, -1.6435, 0.0447 }, 1.4441 },
    };
    for (guint i = 0; i < G_N_ELEMENTS (pairs); i++) {
        g_assert_cmpfloat_with_epsilon (ciede2000 (pairs[i].x, pairs[i].y), pairs[i].de, 1e-4);
        g_assert_cmpfloat_with_epsilon (ciede2000 (pairs[i].y, pairs[i].x), pairs[i].de, 1e-4);
    }
    /* White stays white; pure red seen with protanopia is the first column of the matrix. */
    Lab white = seen ("#ffffff", 1);
    g_assert_cmpfloat_with_epsilon (white.l, 100, 0.5);
    Lab red = seen ("#ff0000", 1), expected;
    double x = 0.4124564 * 0.152286 + 0.3575761 * 0.114503 + 0.1804375 * 0;
    double y = 0.2126729 * 0.152286 + 0.7151522 * 0.114503 + 0.0721750 * 0;
    double z = 0.0193339 * 0.152286 + 0.1191920 * 0.114503 + 0.9503041 * 0;
    expected = (Lab){ 116 * lab_f (y) - 16, 500 * (lab_f (x / 0.95047) - lab_f (y)),
                      200 * (lab_f (y) - lab_f (z / 1.08883)) };
    g_assert_cmpfloat_with_epsilon (red.l, expected.l, 1e-9);
    g_assert_cmpfloat_with_epsilon (red.b, expected.b, 1e-9);
    /* The palette before this test: country and forum fills 2.4 apart in normal vision. */
    g_assert_cmpfloat (ciede2000 (seen ("#cfe8f7", 0), seen ("#c9dff0", 0)), <, 3);
}

/* Every two kinds' fills are at least 10 CIEDE2000 apart, in normal vision and with each of the
 * three dichromacies, in the default and print themes: forum no longer looks like country. */
#define MIN_KIND_DIFFERENCE 10.0

static void
test_kind_colours_apart (void)
{
    for (int theme = BLOC_THEME_DEFAULT; theme <= BLOC_THEME_PRINT; theme++)
        for (int d = 0; d < 4; d++)
            for (int i = 0; i < BLOC_N_KINDS; i++)
                for (int j = 0; j < i; j++) {
                    const char *a = bloc_style_kind_colour ((BlocTheme)theme, (BlocKind)i).fill;
                    const char *b = bloc_style_kind_colour ((BlocTheme)theme, (BlocKind)j).fill;
                    double de = ciede2000 (seen (a, d), seen (b, d));
                    if (de < MIN_KIND_DIFFERENCE)
                        g_error ("%s and %s fills (%s, %s) are %.1f apart with %s",
                                 bloc_kind_to_string ((BlocKind)i),
                                 bloc_kind_to_string ((BlocKind)j), a, b, de, cvd_names[d]);
                }
    /* Mono: every kind its own grey. */
    for (int i = 0; i < BLOC_N_KINDS; i++)
        for (int j = 0; j < i; j++)
            g_assert_cmpstr (bloc_style_kind_colour (BLOC_THEME_MONO, (BlocKind)i).fill, !=,
                             bloc_style_kind_colour (BLOC_THEME_MONO, (BlocKind)j).fill);
}

/* ---- Legends, fonts ----------------------------------------------------------------------------
 */

/* Each kind's legend row shows the kind's node: its shape, style and colours, not a rectangle;
 * each role's row a line in the role's style. */
static void
test_legend_swatches (void)
{
    g_autoptr (BlocDataset) ds = load ("tests/data/i18n");
    BlocRenderOptions o;
    bloc_render_options_init (&o, BLOC_VIEW_EGO);
    o.focus = "AA";
    o.depth = 2;
    g_autoptr (GBytes) dot = render (ds, &o, BLOC_IMAGE_DOT);
    g_autofree char *text = text_of (dot);
    Agraph_t *g = agmemread (text);
    g_assert_nonnull (g);
    guint shapes = 0, lines = 0;
    for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n)) {
        if (!g_str_has_prefix (agnameof (n), "legend-") ||
            !g_str_has_suffix (agnameof (n), "-swatch"))
            continue;
        g_autofree char *text_name = g_strdup (agnameof (n));
        strcpy (text_name + strlen (text_name) - strlen ("swatch"), "text");
        Agnode_t *label = agnode (g, text_name, 0);
        g_assert_nonnull (label);
        for (int k = 0; k < BLOC_N_KINDS; k++) {
            g_autofree char *want = g_strdup_printf (">%s<", bloc_kind_to_string ((BlocKind)k));
            if (strstr (agget (label, "label"), want) == NULL)
                continue;
            g_assert_cmpstr (agget (n, "shape"), ==, bloc_style_kind_shape ((BlocKind)k));
            g_assert_cmpstr (agget (n, "style"), ==, bloc_style_kind_style ((BlocKind)k));
            g_assert_cmpstr (agget (n, "fillcolor"), ==,
                             bloc_style_kind_colour (BLOC_THEME_DEFAULT, (BlocKind)k).fill);
            shapes++;
        }
        if (strcmp (agget (n, "shape"), "point") == 0) {
            g_autofree char *line = g_strdup (agnameof (n));
            strcpy (line + strlen (line) - strlen ("swatch"), "line");
            Agedge_t *e = NULL;
            for (Agedge_t *x = agfstout (g, n); x != NULL; x = agnxtout (g, x))
                if (strcmp (agnameof (x), line) == 0)
                    e = x;
            g_assert_nonnull (e);
            if (strstr (agget (label, "label"), "associate") != NULL)
                g_assert_cmpstr (agget (e, "style"), ==, "dashed");
            if (strstr (agget (label, "label"), "donor") != NULL)
                g_assert_cmpstr (agget (e, "style"), ==, "dotted");
            lines++;
        }
    }
    agclose (g);
    /* Current ties within two steps of AA: country, organization, body, agreement, programme
     * (the forum and the drill are over); solid, dashed, dotted, part of, host. */
    g_assert_cmpuint (shapes, ==, 5);
    g_assert_cmpuint (lines, ==, 5);
}

/* Every font-family of every SVG names Graphviz's font first and ends in a generic family; an
 * Arabic-script figure asks for a font made for it; its PDF embeds that font when installed. */
static void
test_fonts (void)
{
    g_autoptr (BlocDataset) ds = load ("tests/data/i18n");
    static const char *const langs[] = { NULL, "ru", "fa", "ar" };
    for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
        for (int v = 0; v < BLOC_N_VIEWS; v++) {
            BlocRenderOptions o;
            bloc_render_options_init (&o, (BlocView)v);
            o.focus = "AA";
            o.lang = langs[l];
            g_autoptr (GArray) group = NULL;
            g_autofree char *name = NULL;
            g_assert_true (bloc_dataset_resolve_group (ds, "zeta", &group, &name, NULL));
            o.group = group;
            o.group_name = name;
            g_autoptr (GBytes) svg = render (ds, &o, BLOC_IMAGE_SVG);
            g_autofree char *text = text_of (svg);
            gboolean rtl = bloc_i18n_language_is_rtl (langs[l]);
            const char *want = rtl ? "font-family=\"&quot;Noto Sans Arabic&quot;, &quot;Noto "
                                     "Naskh Arabic&quot;, &quot;DejaVu Sans&quot;, Tahoma, "
                                     "&quot;Geeza Pro&quot;, Arial, sans-serif\""
                                   : "font-family=\"&quot;DejaVu Sans&quot;, Verdana, Arial, "
                                     "sans-serif\"";
            guint n = 0;
            for (const char *p = text; (p = strstr (p, "font-family=")) != NULL; p++) {
                g_assert_true (g_str_has_prefix (p, want));
                n++;
            }
            g_assert_cmpuint (n, >, 5);
        }
    if (!g_file_test ("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
                      G_FILE_TEST_EXISTS)) {
        g_test_message ("fonts-noto-core is not installed: the PDF font is not checked");
        return;
    }
    BlocRenderOptions o;
    bloc_render_options_init (&o, BLOC_VIEW_EGO);
    o.focus = "AA";
    o.lang = "fa";
    g_autoptr (GBytes) pdf = render (ds, &o, BLOC_IMAGE_PDF);
    g_assert_true (contains (pdf, "+NotoSansArabic-Regular"));
    o.lang = NULL;
    g_autoptr (GBytes) english = render (ds, &o, BLOC_IMAGE_PDF);
    g_assert_false (contains (english, "NotoSansArabic"));
    g_assert_true (contains (english, "+DejaVuSans"));
}

/* ---- Sizes ----------------------------------------------------------------------------------- */

/* The width and height of a PNG, from its IHDR chunk. */
static void
png_size (GBytes *png, guint *width, guint *height)
{
    gsize len;
    const guchar *d = g_bytes_get_data (png, &len);
    g_assert_cmpuint (len, >, 24);
    g_assert_true (memcmp (d + 12, "IHDR", 4) == 0);
    *width = (guint)d[16] << 24 | (guint)d[17] << 16 | (guint)d[18] << 8 | d[19];
    *height = (guint)d[20] << 24 | (guint)d[21] << 16 | (guint)d[22] << 8 | d[23];
}

/* A PDF's MediaBox, in points. */
static void
pdf_size (GBytes *pdf, double *width, double *height)
{
    gsize len;
    const char *data = g_bytes_get_data (pdf, &len);
    const char *box = NULL;
    for (gsize i = 0; i + 11 <= len && box == NULL; i++)
        if (memcmp (data + i, "/MediaBox [", 11) == 0)
            box = data + i;
    g_assert_nonnull (box);
    double x0, y0, x1, y1;
    g_assert_cmpint (sscanf (box, "/MediaBox [ %lf %lf %lf %lf", &x0, &y0, &x1, &y1), ==, 4);
    *width = x1 - x0;
    *height = y1 - y0;
}

/* The width and height an SVG declares, in points. */
static void
svg_size (GBytes *svg, double *width, double *height)
{
    g_autofree char *text = text_of (svg);
    const char *w = strstr (text, " width=\""), *h = strstr (text, " height=\"");
    g_assert_nonnull (w);
    g_assert_nonnull (h);
    *width = g_ascii_strtod (w + 8, NULL);
    *height = g_ascii_strtod (h + 9, NULL);
}

static void
test_sizes (void)
{
    g_autoptr (BlocDataset) ds = load ("tests/data/i18n");
    BlocRenderOptions o;
    guint w1, h1, w2, h2;
    double w, h;

    bloc_render_options_init (&o, BLOC_VIEW_NESTING);
    /* --dpi: 96 by default; twice the dots per inch, twice the pixels. */
    g_autoptr (GBytes) plain = render (ds, &o, BLOC_IMAGE_PNG);
    o.dpi = 96;
    g_autoptr (GBytes) at96 = render (ds, &o, BLOC_IMAGE_PNG);
    g_assert_true (g_bytes_equal (plain, at96));
    png_size (at96, &w1, &h1);
    o.dpi = 192;
    g_autoptr (GBytes) at192 = render (ds, &o, BLOC_IMAGE_PNG);
    png_size (at192, &w2, &h2);
    g_assert_cmpint (abs ((int)w2 - 2 * (int)w1), <=, 2);
    g_assert_cmpint (abs ((int)h2 - 2 * (int)h1), <=, 2);
    /* --width: a PNG that many pixels wide, at any resolution; an SVG that many points. */
    o.width = 1000;
    g_autoptr (GBytes) wide = render (ds, &o, BLOC_IMAGE_PNG);
    png_size (wide, &w2, &h2);
    g_assert_cmpint (abs ((int)w2 - 1000), <=, 1);
    g_assert_cmpint (abs ((int)(h2 * 1.0 / w2 * w1 + 0.5) - (int)h1), <=, 2);
    o.dpi = 0;
    o.width = 400;
    g_autoptr (GBytes) svg = render (ds, &o, BLOC_IMAGE_SVG);
    svg_size (svg, &w, &h);
    g_assert_cmpfloat (w, ==, 400);
    /* --page: within A4 (595 x 842 points) less 1.5 cm margins, as large as it fits. */
    o.width = 0;
    o.page = BLOC_PAGE_A4;
    const double margin = 72 * 1.5 / 2.54;
    for (int landscape = 0; landscape <= 1; landscape++) {
        o.landscape = landscape;
        double page_w = (landscape ? 841.89 : 595.28) - 2 * margin;
        double page_h = (landscape ? 595.28 : 841.89) - 2 * margin;
        g_autoptr (GBytes) pdf = render (ds, &o, BLOC_IMAGE_PDF);
        pdf_size (pdf, &w, &h);
        g_assert_cmpfloat (w, <=, page_w + 1.5);
        g_assert_cmpfloat (h, <=, page_h + 1.5);
        g_assert_true (fabs (w - page_w) <= 1.5 || fabs (h - page_h) <= 1.5);
        g_autoptr (GBytes) page_svg = render (ds, &o, BLOC_IMAGE_SVG);
        svg_size (page_svg, &w, &h);
        g_assert_cmpfloat (w, <=, page_w + 1);
        g_assert_cmpfloat (h, <=, page_h + 1);
        g_assert_true (fabs (w - page_w) <= 1 || fabs (h - page_h) <= 1);
    }
}

/* ---- The timeline -----------------------------------------------------------------------------
 */

/* The figure draws every change `bloc timeline` lists (the same bloc_timeline()), and nothing
 * else: a box for each (year, kind, entity, role) naming each participant. Founding members of
 * an organization with undated ties are drawn, as founding changes in its first year. */
static void
test_timeline_agrees (void)
{
    static const struct {
        const char *data, *focus;
    } cases[] = {
        { "graphs/central-asia-security", NULL },
        { "graphs/central-asia-security", "UZ" },
        { "graphs/central-asia-security", "CSTO" },
        { "tests/data/blocs", NULL },
        { "tests/data/i18n", NULL },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        g_autoptr (BlocDataset) ds = load (cases[i].data);
        BlocRenderOptions o;
        bloc_render_options_init (&o, BLOC_VIEW_TIMELINE);
        o.focus = cases[i].focus;
        gint focus = -1;
        guint index;
        if (o.focus != NULL) {
            g_assert_true (bloc_dataset_lookup (ds, o.focus, &index));
            focus = (gint)index;
        }
        g_autoptr (GArray) changes = bloc_timeline (ds, focus, o.scope.roles, NULL);
        g_autoptr (GBytes) gv = render (ds, &o, BLOC_IMAGE_GV);
        g_autofree char *text = text_of (gv);
        Agraph_t *g = agmemread (text);
        g_assert_nonnull (g);
        g_autoptr (GHashTable) boxes =
            g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        for (guint k = 0; k < changes->len; k++) {
            const BlocChange *c = &g_array_index (changes, BlocChange, k);
            const BlocTie *t = bloc_dataset_tie (ds, c->tie);
            const char *word = c->change == BLOC_CHANGE_JOIN       ? "join"
                               : c->change == BLOC_CHANGE_FOUNDING ? "founding"
                               : t->until.year != 0                ? "exit"
                                                                   : "ended";
            char year[16];
            g_snprintf (year, sizeof year, "%d", c->year);
            g_autofree char *id =
                bloc_element_id ("t-", year, word, bloc_dataset_entity (ds, c->to)->id,
                                 bloc_role_to_string (c->role), NULL);
            Agnode_t *n = agnode (g, id, 0);
            if (n == NULL)
                g_error ("%s: the change %s (%s) has no box", cases[i].data, id,
                         bloc_dataset_entity (ds, c->from)->id);
            g_autofree char *who = g_strdup_printf ("%s", bloc_dataset_entity (ds, c->from)->id);
            g_assert_nonnull (strstr (agget (n, "label"), who));
            g_hash_table_add (boxes, g_steal_pointer (&id));
        }
        guint drawn = 0;
        for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n))
            if (g_str_has_prefix (agnameof (n), "t-")) {
                g_assert_true (g_hash_table_contains (boxes, agnameof (n)));
                drawn++;
            }
        g_assert_cmpuint (drawn, ==, g_hash_table_size (boxes));
        if (strcmp (cases[i].data, "tests/data/blocs") == 0) {
            /* A and C founded P in 1990 (undated ties), B joined in 1995. */
            Agnode_t *founding = agnode (g, "t-1990__founding__P__member", 0);
            g_assert_nonnull (founding);
            g_assert_cmpstr (agget (founding, "class"), ==, "founding");
            g_assert_nonnull (strstr (agget (founding, "label"), "A, C"));
            g_assert_nonnull (agnode (g, "t-1995__join__P__member", 0));
        }
        agclose (g);
    }
}

/* The position of each year node of the laid-out timeline @dot, by year, and their distinct x. */
static void
year_positions (const char *dot, GHashTable *at, GHashTable *xs)
{
    Agraph_t *g = agmemread (dot);
    g_assert_nonnull (g);
    for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n)) {
        if (!g_str_has_prefix (agnameof (n), "y-"))
            continue;
        Point p;
        g_assert_cmpint (sscanf (agget (n, "pos"), "%lf,%lf", &p.x, &p.y), ==, 2);
        int year = atoi (agnameof (n) + 2);
        g_hash_table_insert (at, GINT_TO_POINTER (year), g_memdup2 (&p, sizeof p));
        g_hash_table_add (xs, GINT_TO_POINTER ((int)lround (p.x)));
    }
    agclose (g);
}

/* A proportional axis has a node for every year, each the same step below the year before in
 * its column; the compact one only the years with a change. */
static void
test_timeline_axis (void)
{
    g_autoptr (BlocDataset) ds = load ("tests/data/i18n");
    BlocRenderOptions o;
    bloc_render_options_init (&o, BLOC_VIEW_TIMELINE);
    o.axis = BLOC_AXIS_PROPORTIONAL;
    g_autoptr (GBytes) dot = render (ds, &o, BLOC_IMAGE_DOT);
    g_autofree char *text = text_of (dot);
    g_autoptr (GHashTable) at = g_hash_table_new_full (NULL, NULL, NULL, g_free);
    g_autoptr (GHashTable) xs = g_hash_table_new (NULL, NULL);
    year_positions (text, at, xs);
    /* Changes from 1990 (O1 founded with AA) to 2013 (the drill ended): every year. */
    g_assert_cmpuint (g_hash_table_size (at), ==, 2013 - 1990 + 1);
    double step = 0;
    guint steps = 0;
    for (int year = 1991; year <= 2013; year++) {
        const Point *p = g_hash_table_lookup (at, GINT_TO_POINTER (year));
        const Point *before = g_hash_table_lookup (at, GINT_TO_POINTER (year - 1));
        if (fabs (p->x - before->x) > 1) {
            /* A new column starts at the top. */
            g_assert_cmpfloat (p->y, >, before->y);
            continue;
        }
        if (steps++ == 0)
            step = before->y - p->y;
        g_assert_cmpfloat_with_epsilon (before->y - p->y, step, 1.0);
    }
    g_assert_cmpfloat (step, >, 10);
    g_assert_cmpuint (steps, >=, 2013 - 1990 - 6);
    o.axis = BLOC_AXIS_COMPACT;
    g_autoptr (GBytes) compact = render (ds, &o, BLOC_IMAGE_DOT);
    g_autofree char *compact_text = text_of (compact);
    g_hash_table_remove_all (at);
    year_positions (compact_text, at, xs);
    g_assert_cmpuint (g_hash_table_size (at), <, 2013 - 1990 + 1);
    g_assert_false (g_hash_table_contains (at, GINT_TO_POINTER (1991)));
}

/* Every box of the laid-out timeline @dot lies beside its year's node, away from the axis
 * (rightwards, or leftwards when @rtl), and before the next column's axis. */
static void
check_boxes_in_columns (const char *dot, gboolean rtl)
{
    Agraph_t *g = agmemread (dot);
    g_assert_nonnull (g);
    g_autoptr (GArray) axes = g_array_new (FALSE, FALSE, sizeof (double));
    for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n)) {
        double x, y;
        if (g_str_has_prefix (agnameof (n), "y-") &&
            sscanf (agget (n, "pos"), "%lf,%lf", &x, &y) == 2)
            g_array_append_val (axes, x);
    }
    guint boxes = 0;
    for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n)) {
        if (!g_str_has_prefix (agnameof (n), "t-"))
            continue;
        double x, y, year_x, year_y;
        g_autofree char *year = g_strndup (agnameof (n) + 2, 4);
        g_autofree char *year_id = g_strconcat ("y-", year, NULL);
        g_assert_cmpint (sscanf (agget (n, "pos"), "%lf,%lf", &x, &y), ==, 2);
        g_assert_cmpint (
            sscanf (agget (agnode (g, year_id, 0), "pos"), "%lf,%lf", &year_x, &year_y), ==, 2);
        g_assert_cmpfloat_with_epsilon (y, year_y, 1);
        g_assert_cmpfloat (rtl ? x : year_x, <, rtl ? year_x : x);
        for (guint i = 0; i < axes->len; i++) {
            double axis = g_array_index (axes, double, i);
            if (fabs (axis - year_x) > 1)
                g_assert_false (axis > MIN (x, year_x) && axis < MAX (x, year_x));
        }
        boxes++;
    }
    g_assert_cmpuint (boxes, >, 10);
    agclose (g);
}

/* A long timeline on a landscape page wraps into columns, each with its stretch of the axis; a
 * portrait page keeps fewer. */
static void
test_timeline_columns (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");
    BlocRenderOptions o;
    bloc_render_options_init (&o, BLOC_VIEW_TIMELINE);
    o.focus = "UZ";
    o.page = BLOC_PAGE_A4;
    o.landscape = TRUE;
    g_autoptr (GBytes) dot = render (ds, &o, BLOC_IMAGE_DOT);
    g_autofree char *text = text_of (dot);
    g_autoptr (GHashTable) at = g_hash_table_new_full (NULL, NULL, NULL, g_free);
    g_autoptr (GHashTable) landscape_xs = g_hash_table_new (NULL, NULL);
    year_positions (text, at, landscape_xs);
    g_assert_cmpuint (g_hash_table_size (landscape_xs), >=, 2);
    check_boxes_in_columns (text, FALSE);
    o.landscape = FALSE;
    g_autoptr (GBytes) portrait = render (ds, &o, BLOC_IMAGE_DOT);
    g_autofree char *portrait_text = text_of (portrait);
    g_autoptr (GHashTable) portrait_xs = g_hash_table_new (NULL, NULL);
    year_positions (portrait_text, at, portrait_xs);
    g_assert_cmpuint (g_hash_table_size (portrait_xs), <, g_hash_table_size (landscape_xs));
    /* In a right-to-left figure the first column is at the right. */
    o.landscape = TRUE;
    o.lang = "fa";
    g_autoptr (GBytes) rtl = render (ds, &o, BLOC_IMAGE_DOT);
    g_autofree char *rtl_text = text_of (rtl);
    check_boxes_in_columns (rtl_text, TRUE);
    Agraph_t *g = agmemread (rtl_text);
    double x_first, x_last, y;
    g_assert_cmpint (sscanf (agget (agnode (g, "y-1991", 0), "pos"), "%lf,%lf", &x_first, &y), ==,
                     2);
    g_assert_cmpint (sscanf (agget (agnode (g, "y-2026", 0), "pos"), "%lf,%lf", &x_last, &y), ==,
                     2);
    g_assert_cmpfloat (x_first, >, x_last);
    agclose (g);
}

/* The columns of the laid-out membership figure @dot: the x of every node that is not the
 * legend's, rounded, by entity id (in @x_of), and how many nodes each distinct x holds. Returns
 * the figure's width over its height, from its bounding box. */
static double
membership_columns (const char *dot, GHashTable *x_of, GHashTable *columns)
{
    Agraph_t *g = agmemread (dot);
    g_assert_nonnull (g);
    for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n)) {
        if (!g_str_has_prefix (agnameof (n), "n-"))
            continue;
        Point p;
        g_assert_cmpint (sscanf (agget (n, "pos"), "%lf,%lf", &p.x, &p.y), ==, 2);
        int x = (int)lround (p.x);
        g_hash_table_insert (x_of, g_strdup (agnameof (n) + 2), GINT_TO_POINTER (x));
        g_hash_table_insert (
            columns, GINT_TO_POINTER (x),
            GUINT_TO_POINTER (
                GPOINTER_TO_UINT (g_hash_table_lookup (columns, GINT_TO_POINTER (x))) + 1));
    }
    double x0, y0, x1, y1;
    g_assert_cmpint (sscanf (agget (g, "bb"), "%lf,%lf,%lf,%lf", &x0, &y0, &x1, &y1), ==, 4);
    agclose (g);
    return (x1 - x0) / (y1 - y0);
}

/* A long membership figure wraps what the actors take part in into columns on both sides of
 * them, nearer the shape of the page: every actor in the middle column, every other node in a
 * column of its own kind of side, every tie still drawn; a landscape page gets more columns
 * than a portrait one; a short figure keeps its two columns. */
static void
test_membership_columns (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");
    BlocRenderOptions o;
    bloc_render_options_init (&o, BLOC_VIEW_MEMBERSHIP);
    o.page = BLOC_PAGE_A4;
    static const gboolean landscape[] = { FALSE, TRUE };
    guint n_columns[2];
    for (guint l = 0; l < G_N_ELEMENTS (landscape); l++) {
        o.landscape = landscape[l];
        g_autoptr (GBytes) dot = render (ds, &o, BLOC_IMAGE_DOT);
        g_autofree char *text = text_of (dot);
        g_autoptr (GHashTable) x_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        g_autoptr (GHashTable) columns = g_hash_table_new (NULL, NULL);
        double aspect = membership_columns (text, x_of, columns);
        /* The countries, the longer side's shorter neighbour, are all in one column. */
        static const char *const countries[] = { "KZ", "KG", "TJ", "TM", "UZ", "RU", "CN", "GB" };
        gpointer middle = g_hash_table_lookup (x_of, "KZ");
        for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
            g_assert_true (g_hash_table_lookup (x_of, countries[i]) == middle);
        /* What they take part in is on both sides of them, in no column of theirs. */
        guint left = 0, right = 0;
        GHashTableIter it;
        gpointer key, value;
        g_hash_table_iter_init (&it, x_of);
        while (g_hash_table_iter_next (&it, &key, &value)) {
            guint index;
            g_assert_true (bloc_dataset_lookup (ds, key, &index));
            gboolean country = bloc_dataset_entity (ds, index)->kind == BLOC_KIND_COUNTRY;
            g_assert_true (country == (value == middle));
            left += !country && GPOINTER_TO_INT (value) < GPOINTER_TO_INT (middle);
            right += !country && GPOINTER_TO_INT (value) > GPOINTER_TO_INT (middle);
        }
        g_assert_cmpuint (left, >, 3);
        g_assert_cmpuint (right, >, 3);
        n_columns[l] = g_hash_table_size (columns);
        g_assert_cmpuint (n_columns[l], >=, 3);
        /* Nearer the page than the two columns (width over height 0.37) were: within a factor
         * of 1.5 of A4's 0.71 upright; landscape (1.41) is wider than upright. */
        if (!landscape[l]) {
            g_assert_cmpfloat (fabs (log (aspect / (595.0 / 842.0))), <, log (1.5));
        } else {
            g_assert_cmpfloat (aspect, >, 0.9);
        }
        /* Every tie of the figure's scope is a line. */
        Agraph_t *g = agmemread (text);
        guint lines = 0;
        for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n))
            for (Agedge_t *e = agfstout (g, n); e != NULL; e = agnxtout (g, e))
                lines += g_str_has_prefix (agnameof (e), "e-");
        agclose (g);
        g_autoptr (GError) error = NULL;
        g_autoptr (BlocMembership) m = NULL;
        g_assert_true (bloc_membership_new (&m, ds, &o.scope, &error));
        g_autoptr (GArray) ties = bloc_membership_ties (m, NULL);
        g_assert_cmpuint (lines, ==, ties->len);
    }
    g_assert_cmpuint (n_columns[1], >, n_columns[0]);

    /* Five states and what they take part in fit in two columns. */
    g_autoptr (BlocDataset) small = load ("tests/data/blocs");
    o.landscape = FALSE;
    g_autoptr (GBytes) dot = render (small, &o, BLOC_IMAGE_DOT);
    g_autofree char *text = text_of (dot);
    g_autoptr (GHashTable) x_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr (GHashTable) columns = g_hash_table_new (NULL, NULL);
    membership_columns (text, x_of, columns);
    g_assert_cmpuint (g_hash_table_size (columns), ==, 2);
}

/* The overlap figure's legend draws what the line width means as a line, tapering from the
 * widest line drawn. */
static void
test_overlap_width_swatch (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");
    BlocRenderOptions o;
    bloc_render_options_init (&o, BLOC_VIEW_OVERLAP);
    g_autoptr (GBytes) dot = render (ds, &o, BLOC_IMAGE_DOT);
    g_autofree char *text = text_of (dot);
    Agraph_t *g = agmemread (text);
    g_assert_nonnull (g);
    double widest = 0;
    Agedge_t *swatch = NULL;
    for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n))
        for (Agedge_t *e = agfstout (g, n); e != NULL; e = agnxtout (g, e)) {
            if (g_str_has_prefix (agnameof (e), "e-"))
                widest = MAX (widest, g_ascii_strtod (agget (e, "penwidth"), NULL));
            if (g_str_has_prefix (agnameof (e), "legend-")) {
                g_autofree char *text_name = g_strdup (agnameof (e));
                strcpy (text_name + strlen (text_name) - strlen ("line"), "text");
                if (strstr (agget (agnode (g, text_name, 0), "label"), "line width") != NULL)
                    swatch = e;
            }
        }
    g_assert_nonnull (swatch);
    g_assert_cmpstr (agget (swatch, "style"), ==, "tapered");
    g_assert_cmpfloat_with_epsilon (g_ascii_strtod (agget (swatch, "penwidth"), NULL), widest,
                                    0.01);
    agclose (g);
}

/* ---- What-if marks, tooltips ---------------------------------------------------------------- */

static void
test_what_if (void)
{
    g_autoptr (BlocDataset) ds = load ("graphs/central-asia-security");
    g_autoptr (GError) error = NULL;
    g_assert_true (bloc_dataset_add_tie (ds, "TM:TREATY-2000", &error));
    g_assert_true (bloc_dataset_remove_ties (ds, "UZ:SCO", &error));

    BlocRenderOptions o;
    bloc_render_options_init (&o, BLOC_VIEW_EGO);
    o.focus = "TM";
    g_autoptr (GBytes) gv = render (ds, &o, BLOC_IMAGE_GV);
    g_autofree char *text = text_of (gv);
    /* The what-if tie: dashed, in its own colour, of the class hypothetical; the data's ties are
     * not. */
    g_assert_nonnull (strstr (text, "\"n-TM\" -- \"n-TREATY-2000\""));
    Agraph_t *g = agmemread (text);
    guint hypothetical = 0;
    for (Agnode_t *n = agfstnode (g); n != NULL; n = agnxtnode (g, n))
        for (Agedge_t *e = agfstout (g, n); e != NULL; e = agnxtout (g, e)) {
            gboolean what_if = strcmp (agnameof (e), "e-TM__TREATY-2000__signatory") == 0;
            g_assert_cmpint (strstr (agget (e, "class"), "hypothetical") != NULL, ==, what_if);
            if (what_if) {
                g_assert_cmpstr (agget (e, "style"), ==, BLOC_STYLE_WHAT_IF_LINE);
                g_assert_cmpstr (agget (e, "color"), ==, "#d55e00");
                hypothetical++;
            }
        }
    agclose (g);
    g_assert_cmpuint (hypothetical, ==, 1);
    /* The subtitle names the scenario; the legend explains the mark. */
    g_assert_nonnull (strstr (text,
                              "current ties; what-if: + TM \xe2\x86\x92 TREATY-2000 (signatory), "
                              "\xe2\x88\x92 UZ \xe2\x86\x92 SCO"));
    g_assert_nonnull (strstr (text, "what-if: a tie the data does not have"));

    /* In the gaps matrix, the cell of the what-if tie. */
    bloc_render_options_init (&o, BLOC_VIEW_GAPS);
    g_autoptr (GArray) group = NULL;
    g_autofree char *name = NULL;
    g_assert_true (bloc_dataset_resolve_group (ds, "central-asia", &group, &name, &error));
    o.group = group;
    o.group_name = name;
    g_autoptr (GBytes) svg = render (ds, &o, BLOC_IMAGE_SVG);
    g_autofree char *svg_text = text_of (svg);
    g_assert_nonnull (strstr (svg_text, "c-TREATY-2000__TM\" class=\"cell present signatory "
                                        "hypothetical\""));
    g_assert_nonnull (strstr (svg_text, "c-TREATY-2000__KZ\" class=\"cell present signatory\""));
}

/* The tooltips of entities and ties carry the data's notes and sources. */
static void
test_tooltips (void)
{
    g_autoptr (BlocDataset) ds = load ("tests/data/i18n");
    BlocRenderOptions o;
    bloc_render_options_init (&o, BLOC_VIEW_EGO);
    o.focus = "AA";
    o.id_prefix = "f-";
    g_autoptr (GBytes) svg = render (ds, &o, BLOC_IMAGE_SVG);
    g_autofree char *text = text_of (svg);
    g_assert_nonnull (strstr (text, "<title>Alpha (AA, country)\nNote: The first state</title>"));
    g_assert_nonnull (strstr (text, "<title>Alpha, member of Union One\nNote: A founding "
                                    "member\nSources: invented \xc2\xb6"
                                    "1</title>"));
    /* A dated tie has its years. */
    g_assert_nonnull (strstr (text, "<title>Alpha, signatory of Pact (since 2005)\nSources: "
                                    "invented \xc2\xb6"
                                    "4</title>"));
    /* In Russian, the words around them. */
    o.lang = "ru";
    g_autoptr (GBytes) ru = render (ds, &o, BLOC_IMAGE_SVG);
    g_autofree char *ru_text = text_of (ru);
    g_assert_nonnull (strstr (ru_text, "<title>Альфа (AA, страна)\nПримечание: The first state"
                                       "</title>"));
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/print/lines-under-nodes-checker", test_lines_under_nodes_checker);
    g_test_add_func ("/print/ego-lines-clear", test_ego_lines_clear);
    g_test_add_func ("/print/colour-science", test_colour_science);
    g_test_add_func ("/print/kind-colours-apart", test_kind_colours_apart);
    g_test_add_func ("/print/legend-swatches", test_legend_swatches);
    g_test_add_func ("/print/fonts", test_fonts);
    g_test_add_func ("/print/sizes", test_sizes);
    g_test_add_func ("/print/timeline-agrees", test_timeline_agrees);
    g_test_add_func ("/print/timeline-axis", test_timeline_axis);
    g_test_add_func ("/print/timeline-columns", test_timeline_columns);
    g_test_add_func ("/print/membership-columns", test_membership_columns);
    g_test_add_func ("/print/overlap-width-swatch", test_overlap_width_swatch);
    g_test_add_func ("/print/what-if", test_what_if);
    g_test_add_func ("/print/tooltips", test_tooltips);
    return g_test_run ();
}
