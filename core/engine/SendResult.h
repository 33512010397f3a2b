// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one submission (or connection test) ended with, as the window needs it.
#include "trace/SessionSummaryInfo.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace carteiro {

struct SendResult
{
    enum class Outcome { Sent, Failed, PossiblySent, Cancelled };
    Outcome outcome = Outcome::Failed;
    bool connectionTest = false;
    bool stoppedByUser = false; // Stop in step mode (outcome Cancelled): nothing was sent
    QString failedStep;   // "AUTH", "RCPT TO", "CONNECT", "TLS", "compose"
    QString error;        // one line naming the step and quoting the server
    QString serverReply;  // the server's last reply, as sent ("535 5.7.8 ...")
    bool failedOnTransport = false; // the connection failed (network, TLS), not a reply
    QString queueId;      // "4Xyz" from "250 2.0.0 Ok: queued as 4Xyz"
    QStringList refusedRecipients; // "<x@y>: 550 ..."
    QStringList capabilities;      // EHLO keywords (inside TLS when TLS was used)
    QString authMechanism;         // the SASL mechanism used, if any
    qint64 sizeLimit = 0;          // the server's SIZE, 0 when none was announced
    qint64 messageBytes = 0;       // size of the composed message
    quint32 connection = 0;        // TraceHub connection id (0 if none was opened)
    quint64 failureEventId = 0;    // the trace event to scroll the inspector to
    QString messageFile;           // the composed message, kept until the next send starts
    bool hasSummary = false;       // a session ran: summary is filled
    // Filing in Sent after a successful submission (see SentFiler). Not filing
    // is not a send failure: the message went out; the bytes are kept for a retry.
    enum class Filing { NotAttempted, Filed, NotFiled };
    Filing filing = Filing::NotAttempted;
    QString sentFolder;            // the folder it was (or was to be) filed in
    QString filingError;           // "APPEND: <server's words>" when not filed
    quint32 filingConnection = 0;  // the IMAP connection's TraceHub id (0 if none was opened)
    quint32 sentUid = 0;           // APPENDUID in sentFolder, 0 when the server did not say
    SessionSummaryInfo summary;    // for the inspector's Session tab

    static SendResult failure(Outcome outcome, const QString &step, const QString &error)
    {
        SendResult r;
        r.outcome = outcome;
        r.failedStep = step;
        r.error = step.isEmpty() ? error : step + QStringLiteral(": ") + error;
        return r;
    }
};

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::SendResult)
