#include "TranscriptEvents.h"

#include <QFile>
#include <QRegularExpression>

namespace carteiro::test {

QList<TraceEvent> eventsFromTranscript(const QByteArray &text, Protocol protocol, quint32 connection)
{
    static const QRegularExpression timestamp(QStringLiteral("^\\+[0-9.]+ms "));
    static const QRegularExpression body(QStringLiteral("^<([0-9]+) bytes(: .*)?>$"));
    static const QRegularExpression tls(
        QStringLiteral("^TLS established: ([^,]*), ([^;]*); certificate (.*) issued by (.*), SHA-256 ([0-9a-f]*)"));
    QList<TraceEvent> out;
    quint64 id = 0;
    bool insideTls = false;
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        QString s = QString::fromUtf8(line).remove(timestamp);
        if (s.size() < 3 || s.at(1) != QLatin1Char(':'))
            continue;
        TraceEvent e;
        e.id = ++id;
        e.connection = connection;
        e.protocol = protocol;
        e.timestampNs = qint64(id) * 1000000;
        const QString rest = s.mid(3);
        e.bytes = rest.toUtf8();
        e.kind = TraceKind::Line;
        switch (s.at(0).unicode()) {
        case 'C': {
            e.direction = Direction::ClientToServer;
            const auto m = body.match(rest);
            if (m.hasMatch()) {
                e.kind = TraceKind::BodySummary;
                e.bodyBytes = m.captured(1).toLongLong();
                e.bytes = m.captured(2).mid(2).toUtf8();
            }
            break;
        }
        case 'S':
            e.direction = Direction::ServerToClient;
            if (protocol == Protocol::Smtp && e.bytes.size() >= 3)
                e.replyCode = e.bytes.left(3).toInt();
            break;
        default: {
            e.direction = Direction::Note;
            e.kind = TraceKind::Info;
            const auto m = tls.match(rest);
            if (m.hasMatch()) {
                e.kind = TraceKind::TlsHandshake;
                e.tls.protocol = m.captured(1);
                e.tls.cipher = m.captured(2);
                e.tls.subject = m.captured(3);
                e.tls.issuer = m.captured(4);
                e.tls.sha256 = m.captured(5);
                e.tls.verified = rest.endsWith(QLatin1String("(verified)"));
                e.tls.pinned = rest.endsWith(QLatin1String("(pinned exception)"));
                e.bytes.clear();
                insideTls = true;
            } else if (rest.startsWith(QLatin1String("state "))) {
                e.kind = TraceKind::StateChange;
                e.state = rest.mid(6);
            } else if (rest.startsWith(QLatin1String("injection discarded: "))) {
                e.kind = TraceKind::Injection;
                e.direction = Direction::ServerToClient;
                e.bytes = rest.mid(21).toUtf8();
                e.bodyBytes = e.bytes.size();
            } else if (rest.startsWith(QLatin1String("error: "))) {
                e.kind = TraceKind::Error;
                e.bytes = rest.mid(7).toUtf8();
            }
        }
        }
        e.insideTls = insideTls;
        out.append(e);
    }
    return out;
}

QByteArray transcriptFile(const QString &name)
{
    QFile f(QStringLiteral(CARTEIRO_TEST_DATA_DIR "/transcripts/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace carteiro::test
