// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/ReaderPalette.h"

namespace carteiro {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette readerPalette(const QPalette &system, bool html)
{
    if (!html || !isDarkPalette(system))
        return system;
    QPalette paper = system;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        paper.setColor(group, QPalette::Base, QColor(0xfa, 0xfa, 0xf7));
        paper.setColor(group, QPalette::Text, group == QPalette::Disabled ? QColor(0x70, 0x70, 0x70)
                                                                           : QColor(0x1e, 0x1e, 0x1e));
        paper.setColor(group, QPalette::Link, QColor(0x1a, 0x4f, 0xb8));
        paper.setColor(group, QPalette::LinkVisited, QColor(0x6a, 0x2c, 0x9e));
    }
    return paper;
}

} // namespace carteiro
