// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints a LadderLayout with QPainter, the same picture LadderSvg writes: used
// by the Diagram tab on screen and for its PNG export (Qt Svg is not a
// dependency: the PNG is painted, not rendered from the SVG).
#include "trace/LadderLayout.h"

#include <QImage>

class QPainter;

namespace carteiro {

class LadderPainter
{
public:
    // `selected`: index of an arrow to highlight, -1 for none.
    static void paint(QPainter &painter, const LadderLayout &layout, int selected = -1);
    // The whole layout on a white image, `scale` x its size (2 for crisp slides).
    static QImage render(const LadderLayout &layout, double scale = 1.0);
    // The font the layout's widths assume: monospace at layout.fontPx pixels.
    static QFont font(const LadderLayout &layout);
};

} // namespace carteiro
