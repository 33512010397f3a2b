// SPDX-License-Identifier: GPL-3.0-or-later
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
    {"trace.bareLf",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The server ended the line above with a bare LF instead of CR LF"),
     QT_TRANSLATE_NOOP("LineExplainer",
                       "IMAP and POP3 lines end in CR LF. Some servers send only LF; Carteiro reads "
                       "it as the end of the line and marks it here. Inside an IMAP literal bytes "
                       "are counted, never read as line ends, and Carteiro itself always sends CR LF."),
     "RFC 3501 §2.2; RFC 1939 §3"},
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
