// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/LadderPainter.h"

#include "trace/LadderSvg.h"

#include <QFontDatabase>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

namespace carteiro {

namespace {
// The colours of LadderSvg and of the transcript view.
const QColor kClient(0x0b, 0x3d, 0x91);
const QColor kServer(0x7a, 0x3b, 0x00);
const QColor kTls(0x00, 0x5a, 0x3c);
const QColor kTlsFill(0xd4, 0xf5, 0xe4);
const QColor kError(0x9b, 0x00, 0x00);
const QColor kNote(0x60, 0x60, 0x60);
const QColor kFlight(0x8a, 0x5c, 0xc2);
const QColor kLane(0x9a, 0x9a, 0x9a);
const QColor kSelected(0xff, 0xe0, 0x80);
} // namespace

QFont LadderPainter::font(const LadderLayout &layout)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPixelSize(std::max(1, qRound(layout.fontPx)));
    return f;
}

void LadderPainter::paint(QPainter &p, const LadderLayout &L, int selected)
{
    const double f = L.fontPx;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont base = font(L);
    QFont bold = base;
    bold.setBold(true);
    QFont italic = base;
    italic.setItalic(true);
    QFont small = base;
    small.setPixelSize(std::max(1, qRound(0.85 * f)));

    auto centred = [&p](const QPointF &baseline, const QString &text) {
        const double w = p.fontMetrics().horizontalAdvance(text);
        p.drawText(QPointF(baseline.x() - w / 2, baseline.y()), text);
    };

    p.setPen(QPen(kLane, 1.5));
    p.drawLine(QPointF(L.clientX, L.laneTop), QPointF(L.clientX, L.laneBottom));
    p.drawLine(QPointF(L.serverX, L.laneTop), QPointF(L.serverX, L.laneBottom));
    p.setFont(bold);
    p.setPen(Qt::black);
    centred(L.clientTitleAt, L.clientTitle);
    centred(L.serverTitleAt, L.serverTitle);

    for (const LadderBand &b : L.bands) {
        p.setPen(QPen(kTls, 1));
        p.setBrush(kTlsFill);
        p.drawRoundedRect(b.rect, 4, 4);
        p.setFont(bold);
        centred(QPointF(b.rect.center().x(), b.rect.center().y() + 0.35 * f), b.label);
    }
    for (const LadderGap &g : L.gaps) {
        const QRectF r(L.clientX - f, g.top, L.serverX - L.clientX + 2 * f, g.bottom - g.top);
        p.fillRect(r, QColor(0xf2, 0xf2, 0xf2));
        p.setPen(QPen(kLane, 1, Qt::DashLine));
        p.drawLine(QPointF(r.left(), g.top), QPointF(L.serverX + f, g.top));
        p.drawLine(QPointF(r.left(), g.bottom), QPointF(L.serverX + f, g.bottom));
        p.setPen(kNote);
        p.setFont(italic);
        centred(QPointF((L.clientX + L.serverX) / 2, (g.top + g.bottom) / 2 + 0.35 * f), g.label);
    }
    p.setPen(Qt::NoPen);
    QColor flight = kFlight;
    flight.setAlphaF(0.55);
    for (const LadderFlight &fl : L.flights)
        p.fillRect(QRectF(L.clientX + 3 + fl.column * 5, fl.top, 4, std::max(1.0, fl.bottom - fl.top)), flight);

    for (int i = 0; i < L.arrows.size(); ++i) {
        const LadderArrow &a = L.arrows.at(i);
        const bool c = a.direction == Direction::ClientToServer;
        const QColor colour = a.injection ? kError : c ? kClient : kServer;
        if (i == selected) {
            const QRectF label(a.labelAt.x() - 2, a.labelAt.y() - f, a.label.size() * L.charWidth + 4, 1.3 * f);
            p.fillRect(label, kSelected);
            p.setPen(QPen(kSelected, a.body ? 11 : 7, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(a.from, a.to);
        }
        const QList<QPointF> tip = LadderSvg::arrowHead(a.from, a.to, a.body ? 16 : 10);
        const QPointF shaftEnd = (tip.at(1) + tip.at(2)) / 2;
        p.setPen(QPen(colour, a.body ? 5 : 1.6, a.injection ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
        p.drawLine(a.from, shaftEnd);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPolygon(QPolygonF(tip));
        p.setPen(colour);
        p.setFont(a.body || a.pipelined ? bold : base);
        p.drawText(a.labelAt, a.label);
        p.setPen(kNote);
        p.setFont(small);
        const double w = p.fontMetrics().horizontalAdvance(a.timeLabel);
        p.drawText(QPointF(L.clientX - 8 - w, (c ? a.from.y() : a.to.y()) + 0.3 * f), a.timeLabel);
    }
    for (const LadderNote &n : L.notes) {
        p.setPen(n.error ? kError : kNote);
        p.setFont(n.error ? bold : italic);
        p.drawText(n.at, n.text);
    }
    if (!L.legend.isEmpty()) {
        p.setPen(kFlight);
        p.setFont(small);
        p.drawText(L.legendAt, L.legend);
    }
    p.restore();
}

QImage LadderPainter::render(const LadderLayout &layout, double scale)
{
    scale = std::clamp(scale, 0.25, 8.0);
    const QSize size(std::max(1, qRound(layout.size.width() * scale)),
                     std::max(1, qRound(layout.size.height() * scale)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(scale, scale);
    paint(p, layout);
    p.end();
    return image;
}

} // namespace carteiro
