// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The transcript's two exports: text in the "C: / S: / *:" form of TraceText
// (also the scripted-server format the unit tests replay, see
// tests/support/TranscriptReplayer.h) and a self-contained HTML page for handouts.
// Both take events that the hub has already redacted: nothing is unmasked here.
#include "trace/TraceEvent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace carteiro {

class TranscriptExport
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptExport)
public:
    // "+12.345ms C: EHLO x" lines (timestamps optional), one per event; with
    // explanations, an explained event is followed by one "*: meaning" line, the
    // same form as the CLI's --explain (a reader of C:/S: lines skips it).
    static QByteArray toText(const QList<TraceEvent> &events, bool timestamps, bool explanations = false);
    // A UTF-8 HTML document: a table of time, connection, direction, line and
    // meaning, coloured like the view, every text escaped.
    static QByteArray toHtml(const QList<TraceEvent> &events, const QString &title);
    // Writes bytes to path atomically (QSaveFile); false with a message on failure.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace carteiro
