// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one place where trace events get their explanation, for every protocol:
// one LineExplainer per connection, fed every event of that connection in
// order (lines both ways, body summaries, TLS handshakes). The inspector's
// model and carteiro-cli's --explain both go through it.
#include "trace/LineExplainer.h"
#include "trace/TraceEvent.h"

#include <QHash>

#include <memory>

namespace carteiro {

class TraceExplainer
{
public:
    TraceExplainer();
    ~TraceExplainer();
    TraceExplainer(const TraceExplainer &) = delete;
    TraceExplainer &operator=(const TraceExplainer &) = delete;

    // The key of the event's explanation (empty when there is nothing to
    // explain: state changes, info notes, errors). Call once per event, in the
    // order of the connection: a line is read in the context of those before.
    QString keyFor(const TraceEvent &event);
    // keyFor() and the translated explanation.
    LineExplanation explain(const TraceEvent &event);
    // Sets event.explanationKey (unless already set) and returns it.
    QString annotate(TraceEvent &event);

    // The explanation of a key (LineExplainer::fromKey), empty for an empty key.
    static LineExplanation fromKey(const QString &key);
    // The "*:" line the CLI prints after an event, or empty when there is
    // nothing to explain: "*: The server is ready ... (RFC 5321 §3.1)".
    static QString noteLine(const LineExplanation &explanation);

    // Forgets every connection (after a clear).
    void reset();

private:
    LineExplainer &explainerFor(const TraceEvent &event);

    QHash<quint32, std::shared_ptr<LineExplainer>> m_explainers;
};

} // namespace carteiro
