/* bloc-style.c: colours, shapes and line styles, and the legend rows that explain them. */
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

static const char *const greys[] = { "#ffffff", "#e6e6e6", "#cccccc",
                                     "#b3b3b3", "#f2f2f2", "#d9d9d9" };

BlocColour
bloc_style_palette (guint index)
{
    return okabe_ito[MIN (index, G_N_ELEMENTS (okabe_ito) - 1)];
}

BlocColour
bloc_style_kind_colour (BlocTheme theme, BlocKind kind)
{
    static const int index[BLOC_N_KINDS] = { 0, 7, 1, 4, 2, 3, 6, 5 };
    if (theme == BLOC_THEME_MONO)
        return (BlocColour){ greys[kind % G_N_ELEMENTS (greys)], "#000000" };
    BlocColour c = okabe_ito[index[kind]];
    if (theme == BLOC_THEME_PRINT)
        c.line = "#222222";
    return c;
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

static const char *
kind_shape (BlocKind kind)
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

void
bloc_style_kind_node (Agnode_t *node, BlocTheme theme, BlocKind kind)
{
    BlocColour c = bloc_style_kind_colour (theme, kind);
    bloc_gv_set (node, "shape", kind_shape (kind));
    bloc_gv_set (node, "style", kind == BLOC_KIND_BODY ? "rounded,filled" : "filled");
    bloc_gv_set (node, "fillcolor", c.fill);
    bloc_gv_set (node, "color", c.line);
}

/* ---- The legend ----------------------------------------------------------------------------- */

void
bloc_figure_legend_row (BlocFigure *figure, const char *swatch_fill, const char *swatch_text,
                        const char *text)
{
    g_string_append_printf (figure->legend, "<TR><TD BGCOLOR=\"%s\" BORDER=\"1\" WIDTH=\"40\">",
                            swatch_fill);
    bloc_label_append (figure->legend, swatch_text, 0);
    g_string_append (figure->legend, "</TD><TD ALIGN=\"LEFT\">");
    bloc_label_append (figure->legend, text, 0);
    g_string_append (figure->legend, "</TD></TR>");
}

void
bloc_figure_legend_kinds (BlocFigure *figure, BlocKindSet kinds)
{
    static const char *const shape_names[BLOC_N_KINDS] = {
        "ellipse", "ellipse", "box", "rounded box", "note", "component", "hexagon", "octagon",
    };
    for (int k = 0; k < BLOC_N_KINDS; k++) {
        if (!(kinds & BLOC_KIND_BIT (k)))
            continue;
        g_autofree char *text =
            g_strdup_printf ("%s (%s)", bloc_kind_to_string ((BlocKind)k), shape_names[k]);
        bloc_figure_legend_row (figure, bloc_style_kind_colour (figure->o->theme, (BlocKind)k).fill,
                                "", text);
    }
}

void
bloc_figure_legend_roles (BlocFigure *figure, BlocRoleSet roles)
{
    if (roles & (BLOC_ROLE_BIT (BLOC_ROLE_MEMBER) | BLOC_ROLE_BIT (BLOC_ROLE_PARTY) |
                 BLOC_ROLE_BIT (BLOC_ROLE_SIGNATORY) | BLOC_ROLE_BIT (BLOC_ROLE_PARTICIPANT)))
        bloc_figure_legend_row (figure, "white", "\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81",
                                "solid: member, party, signatory, participant");
    if (roles & (BLOC_ROLE_BIT (BLOC_ROLE_OBSERVER) | BLOC_ROLE_BIT (BLOC_ROLE_ASSOCIATE)))
        bloc_figure_legend_row (figure, "white", "\xe2\x95\x8d\xe2\x95\x8d\xe2\x95\x8d",
                                "dashed: observer, associate");
    if (roles & (BLOC_ROLE_BIT (BLOC_ROLE_PARTNER) | BLOC_ROLE_BIT (BLOC_ROLE_DONOR) |
                 BLOC_ROLE_BIT (BLOC_ROLE_IMPLEMENTER)))
        bloc_figure_legend_row (figure, "white", "\xe2\x94\x88\xe2\x94\x88\xe2\x94\x88",
                                "dotted: partner, donor, implementer");
    if (roles & BLOC_ROLE_BIT (BLOC_ROLE_PART_OF))
        bloc_figure_legend_row (figure, "white", "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80",
                                "thin grey: part of");
    if (roles & BLOC_ROLE_BIT (BLOC_ROLE_HOST))
        bloc_figure_legend_row (figure, "white", "\xe2\x95\x90\xe2\x95\x90\xe2\x95\x90",
                                "double: host or seat");
}
