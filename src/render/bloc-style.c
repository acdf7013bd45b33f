/* bloc-style.c: colours, shapes, line styles and fonts, and the legend rows that explain them. */
#include <string.h>

#include "bloc-render-private.h"

/* Okabe & Ito's palette, safe for the common colour-vision deficiencies, as light fills with the
 * full colour as the outline. */
static const BlocColour okabe_ito[] = {
    { "#cfe8f7", "#0072b2" }, /* sky blue / blue */
    { "#fbe3b3", "#e69f00" }, /* orange */
    { "#b3e3d5", "#009e73" }, /* bluish green */
    { "#f2d6e6", "#cc79a7" }, /* reddish purple */
    { "#faf5c2", "#b8a800" }, /* yellow */
    { "#f5cdb3", "#d55e00" }, /* vermillion */
    { "#c9dff0", "#56b4e9" }, /* light blue */
    { "#e0e0e0", "#555555" }, /* grey */
};

BlocColour
bloc_style_palette (guint index)
{
    return okabe_ito[MIN (index, G_N_ELEMENTS (okabe_ito) - 1)];
}

/* The fills of the kinds, chosen so that every two stay apart for every reader: the smallest
 * CIEDE2000 difference between two of them is above 11 in normal vision and under simulated
 * protanopia, deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009, severity 1), a
 * difference test-style.c checks. They differ in lightness as well as in hue, and stay light
 * enough (CIE L* 62 or more) for black text. The outlines are darker shades of the same hues.
 * Indexed by BlocKind. */
static const BlocColour kind_colours[BLOC_N_KINDS] = {
    { "#6cb4ee", "#0b5c99" }, /* country: blue */
    { "#a4aea5", "#4d554e" }, /* person: grey */
    { "#e3ad49", "#8a5a00" }, /* organization: orange */
    { "#ffef9d", "#8c7d00" }, /* body: pale yellow */
    { "#c1e6c9", "#2e7d48" }, /* agreement: pale green */
    { "#a48eb0", "#5a3e6b" }, /* programme: mauve */
    { "#8ee8ea", "#14797c" }, /* forum: cyan */
    { "#ea7072", "#9e2a2c" }, /* exercise: coral red */
};

/* Greys for the mono theme, all different; in black and white the shapes tell the kinds apart. */
static const char *const kind_greys[BLOC_N_KINDS] = {
    "#ffffff", "#d9d9d9", "#eeeeee", "#f7f7f7", "#e4e4e4", "#c8c8c8", "#bdbdbd", "#d0d0d0",
};

BlocColour
bloc_style_kind_colour (BlocTheme theme, BlocKind kind)
{
    g_return_val_if_fail ((guint)kind < BLOC_N_KINDS, kind_colours[0]);
    if (theme == BLOC_THEME_MONO)
        return (BlocColour){ kind_greys[kind], "#000000" };
    BlocColour c = kind_colours[kind];
    if (theme == BLOC_THEME_PRINT)
        c.line = "#222222";
    return c;
}

const char *
bloc_style_what_if_colour (BlocTheme theme)
{
    return theme == BLOC_THEME_MONO ? "#000000" : "#d55e00";
}

/* The palette in the order that keeps neighbours apart (blue, orange, green, purple, vermillion,
 * yellow, light blue), then grey. */
BlocColour
bloc_style_community_colour (BlocTheme theme, guint shown)
{
    static const int order[] = { 0, 1, 2, 3, 5, 4, 6 };
    static const char *const community_greys[] = { "#ffffff", "#bdbdbd", "#e6e6e6", "#8c8c8c" };
    if (theme == BLOC_THEME_MONO)
        return (BlocColour){ community_greys[shown % G_N_ELEMENTS (community_greys)], "#000000" };
    BlocColour c = shown < G_N_ELEMENTS (order) ? okabe_ito[order[shown]] : okabe_ito[7];
    if (theme == BLOC_THEME_PRINT)
        c.line = "#222222";
    return c;
}

const char *
bloc_style_line_colour (BlocTheme theme)
{
    return theme == BLOC_THEME_DEFAULT ? "#444444" : "#000000";
}

/* Solid for member, party, signatory and participant; dashed for observer and associate; dotted
 * for partner, donor and implementer. */
const char *
bloc_style_role_line (BlocRole role)
{
    switch (role) {
    case BLOC_ROLE_OBSERVER:
    case BLOC_ROLE_ASSOCIATE:
        return "dashed";
    case BLOC_ROLE_PARTNER:
    case BLOC_ROLE_DONOR:
    case BLOC_ROLE_IMPLEMENTER:
        return "dotted";
    default:
        return "solid";
    }
}

const char *
bloc_style_kind_shape (BlocKind kind)
{
    switch (kind) {
    case BLOC_KIND_COUNTRY:
    case BLOC_KIND_PERSON:
        return "ellipse";
    case BLOC_KIND_ORGANIZATION:
    case BLOC_KIND_BODY:
        return "box";
    case BLOC_KIND_AGREEMENT:
        return "note";
    case BLOC_KIND_PROGRAMME:
        return "component";
    case BLOC_KIND_FORUM:
        return "hexagon";
    case BLOC_KIND_EXERCISE:
        return "octagon";
    default:
        return "box";
    }
}

const char *
bloc_style_kind_style (BlocKind kind)
{
    return kind == BLOC_KIND_BODY ? "rounded,filled" : "filled";
}

void
bloc_style_kind_node (Agnode_t *node, BlocTheme theme, BlocKind kind)
{
    BlocColour c = bloc_style_kind_colour (theme, kind);
    bloc_gv_set (node, "shape", bloc_style_kind_shape (kind));
    bloc_gv_set (node, "style", bloc_style_kind_style (kind));
    bloc_gv_set (node, "fillcolor", c.fill);
    bloc_gv_set (node, "color", c.line);
}

/* ---- Fonts ---------------------------------------------------------------------------------- */

/* Families to fall back on after Graphviz's, by script, each list ending in a generic family:
 * a viewer without DejaVu Sans or Noto Sans Arabic gets a sans-serif font that has the letters,
 * not a serif one. */
static const char *const latin_fallbacks[] = { "Verdana", "Arial", "sans-serif", NULL };
static const char *const arabic_fallbacks[] = { "Tahoma", "Geeza Pro", "Arial", "sans-serif",
                                                NULL };

/* @family as CSS writes it: quoted unless it is a generic family. */
static void
append_css_family (GString *css, const char *family)
{
    static const char *const generic[] = { "serif",   "sans-serif", "monospace", "cursive",
                                           "fantasy", "system-ui",  NULL };
    if (css->len > 0)
        g_string_append (css, ", ");
    if (g_strv_contains (generic, family) ||
        (strspn (family, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-") ==
             strlen (family) &&
         !g_ascii_isdigit (family[0])))
        g_string_append (css, family);
    else {
        g_string_append_c (css, '"');
        for (const char *p = family; *p; p++)
            if (*p != '"' && *p != '\\')
                g_string_append_c (css, *p);
        g_string_append_c (css, '"');
    }
}

char *
bloc_style_css_fonts (const char *fontname)
{
    g_autoptr (GString) css = g_string_new (NULL);
    g_auto (GStrv) families = g_strsplit (fontname, ",", -1);
    g_autoptr (GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
    gboolean arabic = FALSE;

    for (int i = 0; families[i] != NULL; i++) {
        char *family = g_strstrip (families[i]);
        if (*family == '\0')
            continue;
        if (strstr (family, "Arabic") != NULL || strstr (family, "Naskh") != NULL)
            arabic = TRUE;
        append_css_family (css, family);
        g_ptr_array_add (seen, g_ascii_strdown (family, -1));
    }
    const char *const *fallbacks = arabic ? arabic_fallbacks : latin_fallbacks;
    for (int i = 0; fallbacks[i] != NULL; i++) {
        g_autofree char *lower = g_ascii_strdown (fallbacks[i], -1);
        gboolean known = FALSE;
        for (guint k = 0; k < seen->len; k++)
            known = known || strcmp (g_ptr_array_index (seen, k), lower) == 0;
        if (!known)
            append_css_family (css, fallbacks[i]);
    }
    return g_string_free (g_steal_pointer (&css), FALSE);
}

/* ---- The legend ----------------------------------------------------------------------------- */

void
bloc_legend_row_free (BlocLegendRow *row)
{
    if (row == NULL)
        return;
    for (guint i = 0; i < G_N_ELEMENTS (row->strings); i++)
        g_free (row->strings[i]);
    g_free (row->text);
    g_free (row);
}

/* A copy of @text kept in @row, or NULL. */
static const char *
keep (BlocLegendRow *row, guint slot, const char *text)
{
    row->strings[slot] = g_strdup (text);
    return row->strings[slot];
}

void
bloc_figure_legend_swatch (BlocFigure *figure, const BlocSwatch *swatch, const char *text)
{
    BlocLegendRow *row = g_new0 (BlocLegendRow, 1);
    row->swatch.kind = swatch->kind;
    row->swatch.shape = keep (row, 0, swatch->shape);
    row->swatch.style = keep (row, 1, swatch->style);
    row->swatch.fill = keep (row, 2, swatch->fill);
    row->swatch.line = keep (row, 3, swatch->line);
    row->swatch.penwidth = keep (row, 4, swatch->penwidth);
    row->swatch.text = keep (row, 5, swatch->text);
    row->text = g_strdup (text);
    g_ptr_array_add (figure->legend, row);
}

void
bloc_figure_legend_row (BlocFigure *figure, const char *swatch_fill, const char *swatch_text,
                        const char *text)
{
    BlocSwatch box = { BLOC_SWATCH_BOX, .fill = swatch_fill,
                       .text = swatch_text && *swatch_text ? swatch_text : NULL };
    bloc_figure_legend_swatch (figure, &box, text);
}

/* Each kind drawn, shown as its node: shape, style and colours. */
void
bloc_figure_legend_kinds (BlocFigure *figure, BlocKindSet kinds)
{
    for (int k = 0; k < BLOC_N_KINDS; k++) {
        if (!(kinds & BLOC_KIND_BIT (k)))
            continue;
        BlocColour c = bloc_style_kind_colour (figure->o->theme, (BlocKind)k);
        BlocSwatch node = { BLOC_SWATCH_NODE, .shape = bloc_style_kind_shape ((BlocKind)k),
                            .style = bloc_style_kind_style ((BlocKind)k), .fill = c.fill,
                            .line = c.line };
        bloc_figure_legend_swatch (figure, &node, bloc_figure_kind_word (figure, (BlocKind)k));
    }
}

/* A legend row for the line style @style (drawn as such a line), naming @roles. */
static void
legend_line (BlocFigure *figure, const char *style, const char *colour, const char *penwidth,
             BlocRoleSet roles)
{
    g_autoptr (GString) text = g_string_new (NULL);
    for (int r = 0; r < BLOC_N_ROLES; r++) {
        if (!(roles & BLOC_ROLE_BIT (r)))
            continue;
        if (text->len > 0)
            g_string_append (text, TC_ (figure, "list", ", "));
        g_string_append (text, bloc_figure_role_word (figure, (BlocRole)r));
    }
    BlocSwatch line = { BLOC_SWATCH_LINE, .style = style, .line = colour, .penwidth = penwidth };
    bloc_figure_legend_swatch (figure, &line, text->str);
}

/* The roles drawn, grouped by line style, each group beside a line drawn as its ties are (see
 * bloc_figure_tie_edge()). */
void
bloc_figure_legend_roles (BlocFigure *figure, BlocRoleSet roles)
{
    BlocTheme theme = figure->o->theme;
    const char *colour = bloc_style_line_colour (theme);
    BlocRoleSet solid = BLOC_ROLE_BIT (BLOC_ROLE_MEMBER) | BLOC_ROLE_BIT (BLOC_ROLE_PARTY) |
                        BLOC_ROLE_BIT (BLOC_ROLE_SIGNATORY) | BLOC_ROLE_BIT (BLOC_ROLE_PARTICIPANT);
    BlocRoleSet dashed = BLOC_ROLE_BIT (BLOC_ROLE_OBSERVER) | BLOC_ROLE_BIT (BLOC_ROLE_ASSOCIATE);
    BlocRoleSet dotted = BLOC_ROLE_BIT (BLOC_ROLE_PARTNER) | BLOC_ROLE_BIT (BLOC_ROLE_DONOR) |
                         BLOC_ROLE_BIT (BLOC_ROLE_IMPLEMENTER);
    if (roles & solid)
        legend_line (figure, "solid", colour, "1.2", roles & solid);
    if (roles & dashed)
        legend_line (figure, "dashed", colour, "1.2", roles & dashed);
    if (roles & dotted)
        legend_line (figure, "dotted", colour, "1.2", roles & dotted);
    if (roles & BLOC_ROLE_BIT (BLOC_ROLE_PART_OF))
        legend_line (figure, "solid", "#888888", "0.8", BLOC_ROLE_BIT (BLOC_ROLE_PART_OF));
    if (roles & BLOC_ROLE_BIT (BLOC_ROLE_HOST))
        legend_line (figure, "solid",
                     theme == BLOC_THEME_DEFAULT ? "#444444:white:#444444" : "black:white:black",
                     "1.2", BLOC_ROLE_BIT (BLOC_ROLE_HOST));
}
