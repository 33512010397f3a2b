// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --trace and --explain for every carteiro-cli command that talks to a server
// (send, fetch, sync, console): each event as its "C:" / "S:" / "*:" line on
// stderr and, with --explain, each line the server sends followed by one "*:"
// line that says what it means, in the interface language.
#include "trace/TraceEvent.h"
#include "trace/TraceExplainer.h"

namespace carteiro {
class TraceHub;
}

namespace carteiro::cli {

class TracePrinter
{
public:
    explicit TracePrinter(bool explain) : m_explain(explain) {}

    // The lines to print for one event (its transcript line, then the
    // explanation with --explain). Feed every event, in order.
    QStringList linesFor(const TraceEvent &event);
    void print(const TraceEvent &event);

    // Makes the hub print every event it records (a TracePrinter owned by the
    // hub's listener).
    static void install(TraceHub &hub, bool explain);

private:
    TraceExplainer m_explainer;
    bool m_explain;
};

} // namespace carteiro::cli
