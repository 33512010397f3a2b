// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranscriptEvents.h"

#include "trace/TraceTextParser.h"

#include <QFile>
#include <gtest/gtest.h>

namespace carteiro::test {

QList<TraceEvent> eventsFromTranscript(const QByteArray &text, Protocol protocol,
                                       quint32 connection)
{
    // The project's own reader of the text form (core/trace/TraceTextParser).
    TraceTextParser::Result parsed = TraceTextParser::parse(text, protocol);
    EXPECT_TRUE(parsed.ok()) << parsed.error.toStdString();
    for (TraceEvent &e : parsed.events)
        e.connection = connection;
    return parsed.events;
}

QByteArray transcriptFile(const QString &name)
{
    QFile f(QStringLiteral(CARTEIRO_TEST_DATA_DIR "/transcripts/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace carteiro::test
