/* bloc-render.h: diagrams of a dataset through Graphviz (cgraph builds, gvc lays out and renders).
 *
 * Six views: the two-mode membership graph, the overlap projection, an entity's ego network, the
 * gaps matrix, the nesting (Hasse) diagram and the timeline. A figure's words (title, legend,
 * headers, ...) are in its language (options->lang) through bloc's catalogs (bloc-i18n.h), and a
 * figure in a right-to-left language is mirrored. Every label is built as a
 * Graphviz HTML-like label from escaped text, so no name can inject markup or DOT escapes.
 * Labels are wrapped and shortened; the full name is in the tooltip. SVG output is
 * post-processed for embedding (on libxml2): no XML prolog, a viewBox, role="img", a root
 * <title> and <desc>, stable ids behind a prefix unique to the figure, classes, and a <title>
 * with the full name on every node and edge. The same input gives byte-identical SVG and DOT:
 * layouts are seeded.
 *
 * The views, themes, output types and layout engines are named by BlocEnum tables (see
 * bloc-enum.h), which parse them with "did you mean".
 *
 * Ownership: bloc_render() returns a GBytes the caller unrefs (transfer full). The enum tables
 * and the names they give are static.
 */
#pragma once

#include <glib.h>

#include "bloc-analyze.h"
#include "bloc-enum.h"

G_BEGIN_DECLS

typedef enum {
    BLOC_VIEW_MEMBERSHIP,
    BLOC_VIEW_OVERLAP,
    BLOC_VIEW_EGO,
    BLOC_VIEW_GAPS,
    BLOC_VIEW_NESTING,
    BLOC_VIEW_TIMELINE,
    BLOC_N_VIEWS
} BlocView;

typedef enum {
    BLOC_THEME_DEFAULT, /* colour-blind-safe colours (Okabe-Ito) */
    BLOC_THEME_PRINT,   /* light tints, dark lines: fine in colour and in greyscale */
    BLOC_THEME_MONO,    /* black, white and greys only */
    BLOC_N_THEMES
} BlocTheme;

typedef enum {
    BLOC_IMAGE_SVG,
    BLOC_IMAGE_PNG,
    BLOC_IMAGE_PDF,
    BLOC_IMAGE_DOT, /* laid out, with positions */
    BLOC_IMAGE_GV,  /* the graph as built, before layout */
    BLOC_N_IMAGE_FORMATS
} BlocImageFormat;

/* A page to fit the figure to (--page). */
typedef enum {
    BLOC_PAGE_NONE,   /* the figure's own size */
    BLOC_PAGE_A4,     /* 210 x 297 mm */
    BLOC_PAGE_LETTER, /* 8.5 x 11 in */
    BLOC_N_PAGES
} BlocPage;

/* The timeline's year axis (--axis). */
typedef enum {
    BLOC_AXIS_COMPACT,      /* one step per year with a change */
    BLOC_AXIS_PROPORTIONAL, /* every year, equally spaced: distances in time are distances */
    BLOC_N_AXES
} BlocAxis;

/* Graphviz's layout engines. */
typedef enum {
    BLOC_LAYOUT_VIEW, /* the view's own: dot, neato or twopi */
    BLOC_LAYOUT_DOT,
    BLOC_LAYOUT_NEATO,
    BLOC_LAYOUT_TWOPI,
    BLOC_LAYOUT_CIRCO,
    BLOC_LAYOUT_FDP,
    BLOC_LAYOUT_SFDP,
    BLOC_N_LAYOUTS
} BlocLayout;

typedef struct {
    BlocView view;
    BlocScope scope;
    const char *lang; /* labels; NULL for English names */
    BlocTheme theme;
    BlocLayout engine;     /* BLOC_LAYOUT_VIEW: the view's own */
    gboolean responsive;   /* SVG without fixed width and height */
    const char *id_prefix; /* SVG: put before every id; NULL for the view's name and a hash of
                              the figure, unique to it, so that figures can share a page */
    const char *title;     /* NULL: a title made from the dataset and the year */
    /* ego */
    const char *focus;
    int depth; /* 1 or 2 */
    /* membership, gaps, diff-like views */
    const GArray *group; /* entity indices, or NULL */
    const char *group_name;
    guint min_present; /* gaps */
    /* overlap */
    BlocSide between;
    BlocOverlapMeasure weight;
    BlocCentralityMeasure size_by;
    double min_weight; /* drop overlap edges below this */
    /* nesting */
    guint min_members;
    /* timeline */
    int from_year, to_year; /* 0 for open */
    BlocAxis axis;
    /* size, every view: a PNG's resolution; a width (SVG: points, PNG: pixels); or a page the
     * figure fits in, which long one-column layouts (the timeline) also take as the shape to
     * wrap into columns towards */
    double dpi;    /* PNG: dots per inch; 0 for 96 */
    double width;  /* 0 for the drawing's own */
    BlocPage page; /* fits the figure within the page's margins; BLOC_PAGE_NONE for none */
    gboolean landscape;
} BlocRenderOptions;

/* The views: membership, overlap, ego, gaps, nesting, timeline. Static. */
const BlocEnum *bloc_view_enum (void);
/* The name of @view ("membership"). Static storage. */
const char *bloc_view_to_string (BlocView view);
/* Parses a view name; a BLOC_ERROR_USAGE error names the valid ones. */
gboolean bloc_view_parse (BlocView *out, const char *text, GError **error);

/* The themes: default, print, mono. Static. */
const BlocEnum *bloc_theme_enum (void);
/* Parses a theme name; a BLOC_ERROR_USAGE error names the valid ones. */
gboolean bloc_theme_parse (BlocTheme *out, const char *text, GError **error);

/* The output types: svg, png, pdf, dot, gv. Static. */
const BlocEnum *bloc_image_format_enum (void);
/* The name of @format ("svg"), which is also its file extension. Static storage. */
const char *bloc_image_format_to_string (BlocImageFormat format);
/* Parses an output type; a BLOC_ERROR_USAGE error names the valid ones. */
gboolean bloc_image_format_parse (BlocImageFormat *out, const char *text, GError **error);

/* The layout engines: dot, neato, twopi, circo, fdp, sfdp (BLOC_LAYOUT_VIEW has no name). */
const BlocEnum *bloc_layout_enum (void);
/* The Graphviz name of @layout ("neato"), or NULL for BLOC_LAYOUT_VIEW. Static storage. */
const char *bloc_layout_to_string (BlocLayout layout);
/* Parses an engine name; a BLOC_ERROR_USAGE error names the valid ones. */
gboolean bloc_layout_parse (BlocLayout *out, const char *text, GError **error);

/* The pages: a4, letter. Static. */
const BlocEnum *bloc_page_enum (void);
/* Parses a page name; a BLOC_ERROR_USAGE error names the valid ones. */
gboolean bloc_page_parse (BlocPage *out, const char *text, GError **error);

/* The timeline's axes: compact, proportional. Static. */
const BlocEnum *bloc_axis_enum (void);
/* Parses an axis name; a BLOC_ERROR_USAGE error names the valid ones. */
gboolean bloc_axis_parse (BlocAxis *out, const char *text, GError **error);

/* Fills @options with the defaults for @view. */
void bloc_render_options_init (BlocRenderOptions *options, BlocView view);

/* Draws @ds as @options->view in @format. Returns the file's bytes, or NULL with @error set.
 *
 * Graphviz reads and writes numbers with the C library; while it works, the calling thread runs
 * with a C LC_NUMERIC (uselocale), so the output is the same whatever the process's or the
 * thread's locale, and the caller's locale is in force again on return. (Graphviz's renderer
 * itself also sets the process's LC_NUMERIC to C and back with setlocale() while it writes, so
 * do not render while another thread depends on the process's numeric locale.)
 *
 * A PDF is dated SOURCE_DATE_EPOCH (or 1970-01-01 when it is unset or not a number of seconds),
 * in UTC: to keep cairo from writing the local time zone, TZ is set to UTC while it renders.
 * That touches the process's environment, so render a PDF from one thread at a time and not
 * while another thread reads the local time.
 *
 * The figure's words are in @options->lang (English when NULL), whatever the locale: the first
 * lookup of a word in a language sets LANGUAGE for one gettext call (see bloc-i18n.h), another
 * reason to render from one thread while no other uses gettext or the environment.
 * bloc_i18n_has_language() says whether the language has a catalog; without one, the words
 * stay English. */
GBytes *bloc_render (const BlocDataset *ds, const BlocRenderOptions *options,
                     BlocImageFormat format, GError **error);

/* TRUE when @prefix may start an SVG id: an ASCII letter, then letters, digits, '-' or '_'. */
gboolean bloc_svg_id_prefix_valid (const char *prefix);

G_END_DECLS
