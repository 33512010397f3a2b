// Explanations shared by every protocol: the class-level fallbacks for a line
// no reader recognises, and the events that are not lines.
#include "trace/ExplanationTable.h"

#include <QtGlobal>

#include <iterator>

namespace carteiro::trace_detail {

namespace {
constexpr ExplanationEntry kCommon[] = {
    {"line.client.unknown", QT_TRANSLATE_NOOP("LineExplainer", "A line sent by the client"),
     nullptr, nullptr},
    {"line.server.unknown", QT_TRANSLATE_NOOP("LineExplainer", "A line sent by the server"),
     nullptr, nullptr},

    // Events that are not lines (see TraceExplainer).
    {"trace.body",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The message itself, summarised as a byte count: its structure is in the "
                       "MIME tab"),
     nullptr, nullptr},
    {"trace.tls",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "From here on everything is encrypted; the capabilities are asked again"),
     QT_TRANSLATE_NOOP("LineExplainer",
                       "After the handshake the client forgets what the server said before and "
                       "asks again (EHLO, CAPABILITY, CAPA)."),
     "RFC 3207 §4.2"},
    {"trace.injection",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "Bytes sent before TLS began were discarded: a response-injection attempt"),
     QT_TRANSLATE_NOOP("LineExplainer",
                       "A server (or an attacker in between) sent more after its STARTTLS reply; "
                       "nothing received before the handshake may be read after it."),
     "RFC 3207 §4.2"},
};
} // namespace

ExplanationTableView commonExplanations()
{
    return {std::begin(kCommon), std::end(kCommon)};
}

} // namespace carteiro::trace_detail
