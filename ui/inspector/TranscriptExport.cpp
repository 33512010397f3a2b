// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/TranscriptExport.h"

#include "inspector/TraceModel.h"
#include "trace/TraceText.h"

#include <QHash>
#include <QLocale>
#include <QSaveFile>

namespace carteiro {

QByteArray TranscriptExport::toText(const QList<TraceEvent> &events, bool timestamps, bool explanations)
{
    if (!explanations)
        return TraceText::format(events, timestamps);
    QByteArray out;
    const qint64 t0 = events.isEmpty() ? 0 : events.first().timestampNs;
    for (const TraceEvent &e : events) {
        QByteArray stamp;
        if (timestamps)
            stamp = '+' + QByteArray::number(double(e.timestampNs - t0) / 1e6, 'f', 3) + "ms ";
        out += stamp + TraceText::line(e) + '\n';
        // The meaning column, on one line (a meaning never spans lines in the export).
        const QString meaning = TraceModel::meaning(e).simplified();
        if (!meaning.isEmpty())
            out += stamp + "*: " + meaning.toUtf8() + '\n';
    }
    return out;
}

namespace {
const char *rowClass(const TraceEvent &e)
{
    switch (e.kind) {
    case TraceKind::TlsHandshake: return "tls";
    case TraceKind::Error:
    case TraceKind::Injection: return "err";
    case TraceKind::StateChange:
    case TraceKind::Info: return "note";
    case TraceKind::Line:
    case TraceKind::BodySummary: break;
    }
    return e.direction == Direction::ClientToServer ? "c" : e.direction == Direction::ServerToClient ? "s" : "note";
}
} // namespace

QByteArray TranscriptExport::toHtml(const QList<TraceEvent> &events, const QString &title)
{
    QString html;
    html.reserve(events.size() * 160 + 1024);
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") +
            title.toHtmlEscaped() + QStringLiteral("</title>\n<style>\n");
    // Same colour language as the view: blue client, brown server, grey notes,
    // green TLS boundary, red errors and injections.
    html += QStringLiteral(
        "body{font-family:sans-serif}table{border-collapse:collapse}"
        "td,th{padding:1px 6px;vertical-align:top;text-align:left}"
        "td.l{font-family:monospace;white-space:pre-wrap}td.t{text-align:right}"
        "tr.c{color:#0b3d91}tr.s{color:#7a3b00}tr.note{color:#606060;font-style:italic}"
        "tr.tls{background:#d4f5e4;color:#005a3c;font-weight:bold}"
        "tr.err{background:#ffd9d9;color:#9b0000;font-weight:bold}td.m{color:#333}\n"
        "</style></head><body>\n<h1>");
    html += title.toHtmlEscaped() + QStringLiteral("</h1>\n<table>\n<tr><th>") + tr("ms") +
            QStringLiteral("</th><th>") + tr("Connection") + QStringLiteral("</th><th>") + tr("Dir.") +
            QStringLiteral("</th><th>") + tr("Line") + QStringLiteral("</th><th>") + tr("Meaning") +
            QStringLiteral("</th></tr>\n");
    QHash<quint32, qint64> start;
    for (const TraceEvent &e : events) {
        if (!start.contains(e.connection))
            start.insert(e.connection, e.timestampNs);
        const double ms = double(e.timestampNs - start.value(e.connection)) / 1e6;
        html += QStringLiteral("<tr class=\"") + QLatin1String(rowClass(e)) + QStringLiteral("\"><td class=\"t\">") +
                QLocale().toString(ms, 'f', 1) + QStringLiteral("</td><td>#") + QString::number(e.connection) +
                QLatin1Char(' ') + QLatin1String(protocolName(e.protocol)) + QStringLiteral("</td><td>") +
                TraceModel::directionLabel(e.direction) + QStringLiteral("</td><td class=\"l\">") +
                TraceModel::displayText(e).toHtmlEscaped() + QStringLiteral("</td><td class=\"m\">") +
                TraceModel::meaning(e).toHtmlEscaped() + QStringLiteral("</td></tr>\n");
    }
    html += QStringLiteral("</table>\n</body></html>\n");
    return html.toUtf8();
}

bool TranscriptExport::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace carteiro
