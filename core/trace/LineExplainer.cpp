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

LineExplanation LineExplainer::explain(Direction direction, const QByteArray &line)
{
    Parts parts;
    if (m_reader && direction != Direction::Note)
        parts = m_reader->read(direction, line);
    if (parts.isEmpty()) {
        parts << Part(direction == Direction::ClientToServer ? "line.client.unknown"
                                                             : "line.server.unknown");
    }
    return compose(parts);
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

QStringList LineExplainer::allSourceTexts()
{
    return allTableTexts();
}

} // namespace carteiro
