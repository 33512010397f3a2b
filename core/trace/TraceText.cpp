// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/TraceText.h"

namespace carteiro {

namespace {
QByteArray escapeControls(const QByteArray &bytes)
{
    // The transcript is one event per line: make control bytes visible.
    QByteArray out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\r')
            out += "\\r";
        else if (u == '\n')
            out += "\\n";
        else if (u == 0)
            out += "\\0";
        else if (u < 0x20 || u == 0x7f)
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}
} // namespace

QByteArray TraceText::line(const TraceEvent &event)
{
    QByteArray prefix;
    switch (event.direction) {
    case Direction::ClientToServer: prefix = "C: "; break;
    case Direction::ServerToClient: prefix = "S: "; break;
    case Direction::Note: prefix = "*: "; break;
    }
    QByteArray text = escapeControls(event.bytes);
    switch (event.kind) {
    case TraceKind::BodySummary:
        text = "<" + QByteArray::number(event.bodyBytes) + " bytes" +
               (text.isEmpty() ? QByteArray() : QByteArray(": ") + text) + ">";
        break;
    case TraceKind::TlsHandshake:
        text = "TLS established: " + event.tls.protocol.toUtf8() + ", " +
               event.tls.cipher.toUtf8() + "; certificate " + event.tls.subject.toUtf8() +
               " issued by " + event.tls.issuer.toUtf8() + ", SHA-256 " +
               event.tls.sha256.toUtf8() +
               (event.tls.pinned ? " (pinned exception)" : event.tls.verified ? " (verified)" : "");
        break;
    case TraceKind::StateChange: text = "state " + event.state.toUtf8(); break;
    case TraceKind::Error: text = "error: " + text; break;
    case TraceKind::Injection: text = "injection discarded: " + text; break;
    case TraceKind::Line:
    case TraceKind::Info: break;
    }
    return prefix + text;
}

QByteArray TraceText::format(const QList<TraceEvent> &events, bool timestamps)
{
    QByteArray out;
    const qint64 t0 = events.isEmpty() ? 0 : events.first().timestampNs;
    for (const TraceEvent &e : events) {
        if (timestamps) {
            const double ms = double(e.timestampNs - t0) / 1e6;
            out += '+' + QByteArray::number(ms, 'f', 3) + "ms ";
        }
        out += line(e);
        out += '\n';
    }
    return out;
}

} // namespace carteiro
