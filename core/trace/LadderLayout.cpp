// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/LadderLayout.h"

#include "trace/TraceText.h"

#include <QLineF>
#include <algorithm>
#include <cmath>

namespace carteiro {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool isArrow(const TraceEvent &e)
{
    if (e.direction == Direction::Note)
        return false;
    return e.kind == TraceKind::Line || e.kind == TraceKind::BodySummary ||
           e.kind == TraceKind::Injection;
}

// Does this server line end the reply to a command? RFC 5321 §4.2.1: the line
// whose code is followed by a space (or nothing); RFC 9051 §2.2.2: a tagged
// line or a "+" continuation; RFC 1939 §3: "+OK" / "-ERR" (and "+ " for SASL).
bool endsReply(const TraceEvent &e)
{
    const QByteArray &b = e.bytes;
    switch (e.protocol) {
    case Protocol::Smtp:
        return b.size() >= 3 && isDigit(b[0]) && isDigit(b[1]) && isDigit(b[2]) &&
               (b.size() == 3 || b[3] == ' ');
    case Protocol::Imap: return !b.startsWith("* ") && !b.isEmpty();
    case Protocol::Pop3: return b.startsWith("+OK") || b.startsWith("-ERR") || b.startsWith("+ ");
    case Protocol::Other: break;
    }
    return true;
}

QByteArray firstWord(const QByteArray &b)
{
    const qsizetype sp = b.indexOf(' ');
    return sp < 0 ? b : b.left(sp);
}

QString lineLabel(const TraceEvent &e)
{
    return QString::fromUtf8(TraceText::line(e).mid(3)); // without "C: "
}

} // namespace

QString LadderLayout::elide(const QString &text, int chars)
{
    if (chars < 2 || text.size() <= chars)
        return text;
    return text.left(chars - 1) + QChar(0x2026);
}

LadderLayout LadderLayout::build(const QList<TraceEvent> &all, const Options &o)
{
    LadderLayout L;
    const double f = o.fontPx > 4 ? o.fontPx : 13;
    L.fontPx = f;
    L.charWidth = 0.6 * f;
    const double arrowRow = o.minRowPx > 0 ? o.minRowPx : 2.5 * f;
    const double noteRow = 0.6 * arrowRow;
    const double tlsRow = 1.1 * arrowRow;
    const double slope = o.minSlopePx > 0 ? o.minSlopePx : 0.6 * f;
    const double margin = 8;
    L.clientTitle = o.clientTitle.isEmpty() ? tr("Client") : o.clientTitle;
    L.serverTitle = o.serverTitle.isEmpty() ? tr("Server") : o.serverTitle;

    QList<TraceEvent> events;
    if (!all.isEmpty()) {
        const quint32 connection = all.first().connection;
        for (const TraceEvent &e : all)
            if (e.connection == connection)
                events.append(e);
    }

    // Pass 1: vertical positions, in order, with gaps to scale or cut.
    L.laneTop = margin + 2.0 * f;
    double y = L.laneTop + 1.2 * f;
    double lastBottom = L.laneTop;
    const qint64 t0 = events.isEmpty() ? 0 : events.first().timestampNs;
    qint64 previousT = t0;
    QList<int> open; // flights waiting for their reply, oldest first
    QList<QByteArray> openTags;
    int maxColumn = -1;
    for (int i = 0; i < events.size(); ++i) {
        const TraceEvent &e = events.at(i);
        const bool arrow = isArrow(e);
        const double minStep = arrow ? arrowRow : e.kind == TraceKind::TlsHandshake ? tlsRow : noteRow;
        if (i > 0) {
            const double ms = double(std::max<qint64>(0, e.timestampNs - previousT)) / 1e6;
            const double px = ms * o.pxPerMs;
            if (px > o.maxGapPx) {
                LadderGap gap;
                gap.top = lastBottom + 0.3 * f;
                gap.bottom = gap.top + o.cutPx;
                gap.durationNs = e.timestampNs - previousT;
                gap.label = tr("idle %1 s (cut)").arg(QString::number(ms / 1000.0, 'f', 1));
                L.gaps.append(gap);
                lastBottom = gap.bottom;
                y = std::max(y + minStep, gap.bottom + (arrow ? 1.8 * f : 1.0 * f));
            } else {
                y += std::max(px, minStep);
            }
        }
        previousT = e.timestampNs;

        if (arrow) {
            LadderArrow a;
            a.eventIndex = i;
            a.eventId = e.id;
            a.direction = e.direction;
            a.insideTls = e.insideTls;
            a.body = e.kind == TraceKind::BodySummary;
            a.injection = e.kind == TraceKind::Injection;
            a.bodyBytes = e.bodyBytes;
            if (a.body) {
                const QString bytes = QString::number(e.bodyBytes);
                a.label = e.bytes.isEmpty() ? tr("body: %1 bytes").arg(bytes)
                                            : tr("%1: %2 bytes").arg(QString::fromUtf8(e.bytes), bytes);
            } else if (a.injection) {
                a.label = tr("discarded before TLS: %1").arg(QString::fromUtf8(TraceText::line(e).mid(24)));
            } else {
                a.label = lineLabel(e);
            }
            a.label = elide(a.label, o.maxLabelChars);
            a.timeLabel = QStringLiteral("+%1 ms").arg(QString::number(double(e.timestampNs - t0) / 1e6, 'f', 1));
            // From the client's clock: a command leaves at y, a reply arrives at y.
            if (e.direction == Direction::ClientToServer) {
                a.from = QPointF(0, y);
                a.to = QPointF(0, y + slope);
                lastBottom = y + slope;
            } else {
                a.from = QPointF(0, y - slope);
                a.to = QPointF(0, y);
                lastBottom = y;
            }
            const int index = int(L.arrows.size());
            if (e.direction == Direction::ClientToServer && !a.injection) {
                if (a.body && !open.isEmpty()) {
                    a.flight = open.constLast(); // a BDAT chunk belongs to its command
                } else {
                    a.pipelined = !open.isEmpty();
                    LadderFlight flight;
                    flight.arrowIndex = index;
                    flight.top = y;
                    flight.bottom = y;
                    QList<int> used;
                    for (const int k : open)
                        used.append(L.flights.at(k).column);
                    while (used.contains(flight.column))
                        ++flight.column;
                    maxColumn = std::max(maxColumn, flight.column);
                    a.flight = int(L.flights.size());
                    L.flights.append(flight);
                    open.append(a.flight);
                    openTags.append(e.protocol == Protocol::Imap ? firstWord(e.bytes) : QByteArray());
                }
            } else if (e.direction == Direction::ServerToClient && !a.injection && !a.body &&
                       !open.isEmpty() && endsReply(e)) {
                qsizetype which = 0;
                if (e.protocol == Protocol::Imap) {
                    const qsizetype tagged = openTags.indexOf(firstWord(e.bytes));
                    if (tagged >= 0)
                        which = tagged;
                }
                LadderFlight &flight = L.flights[open.at(which)];
                flight.bottom = y;
                flight.replyArrowIndex = index;
                open.removeAt(which);
                openTags.removeAt(which);
            }
            if (a.pipelined)
                ++L.pipelinedCount;
            L.arrows.append(a);
        } else if (e.kind == TraceKind::TlsHandshake) {
            LadderBand band;
            band.eventIndex = i;
            band.eventId = e.id;
            band.rect = QRectF(0, lastBottom + 0.2 * f, 0, y + 0.5 * f - lastBottom - 0.2 * f);
            band.label = e.tls.protocol.isEmpty()
                             ? tr("TLS handshake")
                             : e.tls.cipher.isEmpty()
                                   ? tr("TLS handshake: %1").arg(e.tls.protocol)
                                   : tr("TLS handshake: %1, %2").arg(e.tls.protocol, e.tls.cipher);
            L.bands.append(band);
            lastBottom = y + 0.5 * f;
        } else {
            LadderNote note;
            note.eventIndex = i;
            note.eventId = e.id;
            note.error = e.kind == TraceKind::Error;
            QString text = QString::fromUtf8(TraceText::line(e).mid(3)); // without "*: "
            note.text = elide(text, o.maxNoteChars);
            note.at = QPointF(0, y + 0.35 * f);
            L.notes.append(note);
            lastBottom = y + 0.35 * f;
        }
    }
    for (const int k : open)
        L.flights[k].bottom = std::max(L.flights[k].bottom, lastBottom);

    // Pass 2: horizontal positions, now that the widest label is known.
    const double cw = L.charWidth;
    const double timeWidth = 10 * cw;
    L.clientX = margin + std::max(timeWidth, L.clientTitle.size() * cw / 2) + 10;
    const double barsWidth = (maxColumn + 1) * 5.0 + 6;
    const double labelX = L.clientX + barsWidth + 4;
    int widest = 20;
    for (const LadderArrow &a : L.arrows)
        widest = std::max(widest, int(a.label.size()));
    for (const LadderBand &b : L.bands)
        widest = std::max(widest, int(b.label.size()));
    L.serverX = labelX + widest * cw + 3 * f;
    for (LadderArrow &a : L.arrows) {
        const bool c = a.direction == Direction::ClientToServer;
        a.from.setX(c ? L.clientX : L.serverX);
        a.to.setX(c ? L.serverX : L.clientX);
        // Above the line over its whole width: a reply's line is highest at the server.
        const double lineTop = std::min(a.from.y(), a.to.y());
        a.labelAt = QPointF(labelX, lineTop - 0.25 * f);
    }
    for (LadderBand &b : L.bands) {
        b.rect.setLeft(L.clientX - 1.5 * f);
        b.rect.setRight(L.serverX + 1.5 * f);
    }
    const double noteX = L.serverX + 1.5 * f;
    double right = noteX + 20 * cw;
    for (LadderNote &n : L.notes) {
        n.at.setX(noteX);
        right = std::max(right, noteX + n.text.size() * cw);
    }
    for (const LadderGap &g : L.gaps)
        right = std::max(right, noteX + g.label.size() * cw);
    right = std::max(right, L.serverX + L.serverTitle.size() * cw / 2);
    L.clientTitleAt = QPointF(L.clientX, margin + 1.2 * f);
    L.serverTitleAt = QPointF(L.serverX, margin + 1.2 * f);
    L.laneBottom = std::max(y, lastBottom) + 1.2 * f;
    double bottom = L.laneBottom;
    if (!L.flights.isEmpty()) {
        L.legend = L.pipelinedCount > 0
                       ? tr("Bars: a command waiting for its reply; side by side: in flight together "
                            "(pipelining)")
                       : tr("Bars: a command waiting for its reply");
        L.legendAt = QPointF(margin, L.laneBottom + 1.4 * f);
        bottom = L.legendAt.y() + 0.4 * f;
        right = std::max(right, margin + L.legend.size() * cw);
    }
    L.size = QSizeF(std::ceil(right + margin), std::ceil(bottom + margin));
    return L;
}

int LadderLayout::arrowAt(const QPointF &p, double tolerance) const
{
    int best = -1;
    double bestDistance = tolerance;
    for (int i = 0; i < arrows.size(); ++i) {
        const LadderArrow &a = arrows.at(i);
        const QRectF label(a.labelAt.x(), a.labelAt.y() - fontPx, a.label.size() * charWidth,
                           1.25 * fontPx);
        if (label.contains(p))
            return i;
        // Distance to the segment from -> to.
        const QPointF d = a.to - a.from;
        const double len2 = d.x() * d.x() + d.y() * d.y();
        double t = len2 > 0 ? QPointF::dotProduct(p - a.from, d) / len2 : 0;
        t = std::clamp(t, 0.0, 1.0);
        const double distance = QLineF(p, a.from + t * d).length();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

} // namespace carteiro
