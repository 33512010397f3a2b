#pragma once
// One explanation per server line of a console session, from the explanation
// catalog (LineExplainer, stateful: it is fed every line in order, both
// directions, so a reply is read as the answer to its command). Shared by
// `carteiro-cli console --explain` and the console window.
#include "trace/TraceEvent.h"

#include <QString>
#include <memory>

namespace carteiro {

class LineExplainer;

class ConsoleExplainer
{
public:
    explicit ConsoleExplainer(Protocol protocol);
    ~ConsoleExplainer();

    // For a server line: its explanation, in the interface language, with the
    // RFC section ("The server accepts the sender (RFC 5321 §4.1.1.2)"); a
    // fallback sentence when the catalog has none. Empty for every other event
    // (client lines are still fed to the catalog's state).
    QString explain(const TraceEvent &event);

private:
    std::unique_ptr<LineExplainer> m_explainer;
};

} // namespace carteiro
