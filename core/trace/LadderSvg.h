// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A LadderLayout as a standalone SVG document (plain text, UTF-8): for slides,
// for `carteiro-cli diagram`, and for the inspector's "Export SVG". Every text
// is escaped for XML and characters XML 1.0 forbids are dropped. Each arrow is
// one <g class="arrow ..."> element carrying its event id (data-event), so a
// test or a script can count and find them.
#include "trace/LadderLayout.h"

#include <QByteArray>
#include <QString>

namespace carteiro {

class LadderSvg
{
public:
    static QByteArray write(const LadderLayout &layout, const QString &title = QString());
    // Text safe inside an XML element or a double-quoted attribute.
    static QString escape(const QString &text);
    // The arrowhead at `to` of a line from `from` (three points), shared with
    // the QPainter rendering so that SVG and PNG look the same.
    static QList<QPointF> arrowHead(const QPointF &from, const QPointF &to, double size);
};

} // namespace carteiro
