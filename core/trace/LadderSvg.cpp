// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/LadderSvg.h"

#include <QLineF>
#include <cmath>

namespace carteiro {

namespace {

QString num(double v) { return QString::number(v, 'f', 1); }

QString points(const QList<QPointF> &ps)
{
    QStringList out;
    for (const QPointF &p : ps)
        out << num(p.x()) + QLatin1Char(',') + num(p.y());
    return out.join(QLatin1Char(' '));
}

// The colours of the transcript view (ui/inspector/TraceModel.cpp): blue
// client, brown server, green TLS, red errors, grey notes.
const char *kClient = "#0b3d91";
const char *kServer = "#7a3b00";
const char *kTls = "#005a3c";
const char *kError = "#9b0000";
const char *kNote = "#606060";
const char *kFlight = "#8a5cc2";

} // namespace

QString LadderSvg::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        // XML 1.0 §2.2: no C0 controls but tab/LF/CR, no lone surrogates, no U+FFFE/U+FFFF.
        if ((u < 0x20 && u != 0x09 && u != 0x0a && u != 0x0d) || c.isSurrogate() || u == 0xfffe ||
            u == 0xffff)
            continue;
        switch (u) {
        case '&': out += QStringLiteral("&amp;"); break;
        case '<': out += QStringLiteral("&lt;"); break;
        case '>': out += QStringLiteral("&gt;"); break;
        case '"': out += QStringLiteral("&quot;"); break;
        case '\'': out += QStringLiteral("&apos;"); break;
        default: out += c;
        }
    }
    return out;
}

QList<QPointF> LadderSvg::arrowHead(const QPointF &from, const QPointF &to, double size)
{
    const QLineF line(from, to);
    const double len = line.length();
    if (len <= 0)
        return {to, to, to};
    const QPointF unit = (to - from) / len;
    const QPointF normal(-unit.y(), unit.x());
    const QPointF base = to - unit * size;
    return {to, base + normal * (size * 0.45), base - normal * (size * 0.45)};
}

QByteArray LadderSvg::write(const LadderLayout &L, const QString &title)
{
    const double f = L.fontPx;
    QString s;
    s.reserve(4096 + L.arrows.size() * 400);
    s += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                        "viewBox=\"0 0 %1 %2\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, "
                        "monospace\" font-size=\"%3\">\n")
             .arg(num(L.size.width()), num(L.size.height()), num(f));
    if (!title.isEmpty())
        s += QStringLiteral("<title>%1</title>\n").arg(escape(title));
    s += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n")
             .arg(num(L.size.width()), num(L.size.height()));

    // Lanes and their titles.
    s += QStringLiteral("<g class=\"lanes\" stroke=\"#9a9a9a\" stroke-width=\"1.5\">\n");
    for (const double x : {L.clientX, L.serverX})
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\"/>\n")
                 .arg(num(x), num(L.laneTop), num(L.laneBottom));
    s += QStringLiteral("</g>\n");
    s += QStringLiteral("<text class=\"lane-title\" x=\"%1\" y=\"%2\" text-anchor=\"middle\" "
                        "font-weight=\"bold\">%3</text>\n")
             .arg(num(L.clientTitleAt.x()), num(L.clientTitleAt.y()), escape(L.clientTitle));
    s += QStringLiteral("<text class=\"lane-title\" x=\"%1\" y=\"%2\" text-anchor=\"middle\" "
                        "font-weight=\"bold\">%3</text>\n")
             .arg(num(L.serverTitleAt.x()), num(L.serverTitleAt.y()), escape(L.serverTitle));

    for (const LadderBand &b : L.bands) {
        s += QStringLiteral("<g class=\"tls\" data-event=\"%1\">").arg(b.eventId);
        s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#d4f5e4\" "
                            "stroke=\"%5\" rx=\"4\"/>")
                 .arg(num(b.rect.x()), num(b.rect.y()), num(b.rect.width()), num(b.rect.height()),
                      QLatin1String(kTls));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"%3\" "
                            "font-weight=\"bold\">%4</text></g>\n")
                 .arg(num(b.rect.center().x()), num(b.rect.center().y() + 0.35 * f), QLatin1String(kTls),
                      escape(b.label));
    }
    for (const LadderGap &g : L.gaps) {
        s += QStringLiteral("<g class=\"gap\">");
        s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#f2f2f2\"/>")
                 .arg(num(L.clientX - f), num(g.top), num(L.serverX - L.clientX + 2 * f),
                      num(g.bottom - g.top));
        for (const double y : {g.top, g.bottom})
            s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#9a9a9a\" "
                                "stroke-dasharray=\"6 4\"/>")
                     .arg(num(L.clientX - f), num(y), num(L.serverX + f));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"%3\" "
                            "font-style=\"italic\">%4</text></g>\n")
                 .arg(num((L.clientX + L.serverX) / 2), num((g.top + g.bottom) / 2 + 0.35 * f),
                      QLatin1String(kNote), escape(g.label));
    }
    for (const LadderFlight &fl : L.flights) {
        s += QStringLiteral("<rect class=\"flight\" x=\"%1\" y=\"%2\" width=\"4\" height=\"%3\" "
                            "fill=\"%4\" opacity=\"0.55\"/>\n")
                 .arg(num(L.clientX + 3 + fl.column * 5), num(fl.top),
                      num(std::max(1.0, fl.bottom - fl.top)), QLatin1String(kFlight));
    }
    for (const LadderArrow &a : L.arrows) {
        const bool c = a.direction == Direction::ClientToServer;
        const char *colour = a.injection ? kError : c ? kClient : kServer;
        QString cls = QStringLiteral("arrow ") + (c ? QStringLiteral("c") : QStringLiteral("s"));
        if (a.body)
            cls += QStringLiteral(" body");
        if (a.pipelined)
            cls += QStringLiteral(" pipelined");
        if (a.injection)
            cls += QStringLiteral(" injection");
        const double width = a.body ? 5 : 1.6;
        const double head = a.body ? 16 : 10;
        const QList<QPointF> tip = arrowHead(a.from, a.to, head);
        const QPointF shaftEnd = (tip.at(1) + tip.at(2)) / 2;
        s += QStringLiteral("<g class=\"%1\" data-event=\"%2\">").arg(cls).arg(a.eventId);
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" "
                            "stroke-width=\"%6\"%7/>")
                 .arg(num(a.from.x()), num(a.from.y()), num(shaftEnd.x()), num(shaftEnd.y()),
                      QLatin1String(colour), num(width),
                      a.injection ? QStringLiteral(" stroke-dasharray=\"5 3\"") : QString());
        s += QStringLiteral("<polygon points=\"%1\" fill=\"%2\"/>").arg(points(tip), QLatin1String(colour));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"%3\"%4>%5</text>")
                 .arg(num(a.labelAt.x()), num(a.labelAt.y()), QLatin1String(colour),
                      a.body || a.pipelined ? QStringLiteral(" font-weight=\"bold\"") : QString(),
                      escape(a.label));
        s += QStringLiteral("<text class=\"time\" x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"%3\" "
                            "font-size=\"%4\">%5</text>")
                 .arg(num(L.clientX - 8), num((c ? a.from.y() : a.to.y()) + 0.3 * f), QLatin1String(kNote),
                      num(0.85 * f), escape(a.timeLabel));
        s += QStringLiteral("</g>\n");
    }
    for (const LadderNote &n : L.notes) {
        s += QStringLiteral("<text class=\"%1\" data-event=\"%2\" x=\"%3\" y=\"%4\" fill=\"%5\"%6>%7</text>\n")
                 .arg(n.error ? QStringLiteral("error") : QStringLiteral("note"))
                 .arg(n.eventId)
                 .arg(num(n.at.x()), num(n.at.y()), QLatin1String(n.error ? kError : kNote),
                      n.error ? QStringLiteral(" font-weight=\"bold\"") : QStringLiteral(" font-style=\"italic\""),
                      escape(n.text));
    }
    if (!L.legend.isEmpty())
        s += QStringLiteral("<text class=\"legend\" x=\"%1\" y=\"%2\" fill=\"%3\" font-size=\"%4\">%5</text>\n")
                 .arg(num(L.legendAt.x()), num(L.legendAt.y()), QLatin1String(kFlight), num(0.85 * f),
                      escape(L.legend));
    s += QStringLiteral("</svg>\n");
    return s.toUtf8();
}

} // namespace carteiro
