// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a transcript in the inspector's text form ("C: ..." / "S: ..." / "*: ...",
// optional "+12.345ms " prefixes, as `carteiro-cli --trace` writes it) back into
// TraceEvents of one connection, for tests of what is derived from events
// (ConnectionAnalysis, the inspector's panels). TLS details in a "*: TLS
// established" line are read back as far as the line carries them.
#include "trace/TraceEvent.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace carteiro::test {

QList<TraceEvent> eventsFromTranscript(const QByteArray &text, Protocol protocol,
                                       quint32 connection = 1);
// A file under tests/data/transcripts/.
QByteArray transcriptFile(const QString &name);

} // namespace carteiro::test
