// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/LineExplainer.h"

#include "trace/ExplanationTable.h"
#include "trace/LineReader.h"

namespace carteiro {

using namespace trace_detail;

LineExplainer::LineExplainer(Protocol protocol) : m_protocol(protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
        m_reader = makeSmtpReader();
        break;
    case Protocol::Imap:
        m_reader = makeImapReader();
        break;
    case Protocol::Pop3:
        m_reader = makePop3Reader();
        break;
    case Protocol::Other:
        break;
    }
}

LineExplainer::~LineExplainer() = default;

namespace {
Parts readLine(LineExplainer::Reader *reader, Direction direction, const QByteArray &line)
{
    Parts parts;
    if (reader && direction != Direction::Note)
        parts = reader->read(direction, line);
    if (parts.isEmpty()) {
        parts << Part(direction == Direction::ClientToServer ? "line.client.unknown"
                                                             : "line.server.unknown");
    }
    return parts;
}
} // namespace

LineExplanation LineExplainer::explain(Direction direction, const QByteArray &line)
{
    return compose(readLine(m_reader.get(), direction, line));
}

QString LineExplainer::keyFor(Direction direction, const QByteArray &line)
{
    return keyOf(readLine(m_reader.get(), direction, line));
}

void LineExplainer::noteBody(Direction direction, qint64 bytes)
{
    if (m_reader)
        m_reader->noteBody(direction, bytes);
}

void LineExplainer::noteTls()
{
    if (m_reader)
        m_reader->noteTls();
}

LineExplanation LineExplainer::fromKey(const QString &key)
{
    const Parts parts = partsOf(key);
    if (parts.isEmpty()) {
        LineExplanation e;
        e.key = key;
        e.text = key;
        return e;
    }
    LineExplanation e = compose(parts);
    e.key = key;
    return e;
}

LineExplanation LineExplainer::capability(Protocol protocol, const QByteArray &capability)
{
    const QByteArray c = capability.trimmed();
    switch (protocol) {
    case Protocol::Smtp:
        return compose(smtpEhloKeyword(c));
    case Protocol::Imap:
        return compose({imapCapability(c)});
    case Protocol::Pop3:
        return compose(pop3CapaLine(c));
    case Protocol::Other:
        break;
    }
    return compose({Part("line.server.unknown")});
}

QStringList LineExplainer::allSourceTexts()
{
    return allTableTexts();
}

} // namespace carteiro
