// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The transcript's text form: "C: EHLO x" / "S: 250 ok" / "*: note", optionally
// with a relative timestamp. The same form is the scripted-server format that
// unit tests replay (see tests/support/TranscriptReplayer.h).
#include "trace/TraceEvent.h"

#include <QList>
#include <QString>

namespace carteiro {

class TraceText
{
public:
    // One event -> one line without newline, e.g. "C: MAIL FROM:<a@b>".
    static QByteArray line(const TraceEvent &event);
    // Many events -> text, one per line; with timestamps "+12.345ms " relative to the first.
    static QByteArray format(const QList<TraceEvent> &events, bool timestamps);
};

} // namespace carteiro
