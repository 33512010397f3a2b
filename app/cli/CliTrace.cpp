// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTrace.h"

#include "CliCommon.h"
#include "trace/TraceHub.h"
#include "trace/TraceText.h"

#include <memory>

namespace carteiro::cli {

QStringList TracePrinter::linesFor(const TraceEvent &event)
{
    QStringList lines{QString::fromUtf8(TraceText::line(event))};
    // The explainer sees every event, so that each server line is read in the
    // context of the commands before it.
    const QString key = m_explainer.keyFor(event);
    const bool fromServer = event.direction == Direction::ServerToClient &&
                            (event.kind == TraceKind::Line || event.kind == TraceKind::Injection);
    if (m_explain && (fromServer || event.kind == TraceKind::TlsHandshake)) {
        const QString note = TraceExplainer::noteLine(TraceExplainer::fromKey(key));
        if (!note.isEmpty())
            lines << note;
    }
    return lines;
}

void TracePrinter::print(const TraceEvent &event)
{
    for (const QString &line : linesFor(event))
        err(line);
}

void TracePrinter::install(TraceHub &hub, bool explain)
{
    auto printer = std::make_shared<TracePrinter>(explain);
    hub.setListener([printer](const TraceEvent &e) { printer->print(e); });
}

} // namespace carteiro::cli
