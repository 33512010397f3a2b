// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/TraceExplainer.h"

#include "trace/ExplanationTable.h"

namespace carteiro {

TraceExplainer::TraceExplainer() = default;
TraceExplainer::~TraceExplainer() = default;

LineExplainer &TraceExplainer::explainerFor(const TraceEvent &event)
{
    auto it = m_explainers.find(event.connection);
    if (it == m_explainers.end() || it.value()->protocol() != event.protocol)
        it = m_explainers.insert(event.connection, std::make_shared<LineExplainer>(event.protocol));
    return *it.value();
}

QString TraceExplainer::keyFor(const TraceEvent &event)
{
    switch (event.kind) {
    case TraceKind::Line:
        if (event.direction == Direction::Note)
            return {};
        return explainerFor(event).keyFor(event.direction, event.bytes);
    case TraceKind::BodySummary:
        explainerFor(event).noteBody(event.direction, event.bodyBytes);
        return QStringLiteral("trace.body");
    case TraceKind::TlsHandshake:
        explainerFor(event).noteTls();
        return QStringLiteral("trace.tls");
    case TraceKind::Injection:
        return QStringLiteral("trace.injection");
    case TraceKind::StateChange:
    case TraceKind::Error:
    case TraceKind::Info:
        break;
    }
    return {};
}

LineExplanation TraceExplainer::explain(const TraceEvent &event)
{
    return fromKey(keyFor(event));
}

QString TraceExplainer::annotate(TraceEvent &event)
{
    if (event.explanationKey.isEmpty())
        event.explanationKey = keyFor(event);
    return event.explanationKey;
}

LineExplanation TraceExplainer::fromKey(const QString &key)
{
    if (key.isEmpty())
        return {};
    return LineExplainer::fromKey(key);
}

QString TraceExplainer::noteLine(const LineExplanation &e)
{
    if (e.text.isEmpty())
        return {};
    QString line = QStringLiteral("*: ") + e.text;
    if (!e.source.isEmpty())
        line += QStringLiteral(" (") + e.source + QLatin1Char(')');
    return line;
}

void TraceExplainer::reset()
{
    m_explainers.clear();
}

} // namespace carteiro
