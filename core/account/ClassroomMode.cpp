// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/ClassroomMode.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
struct TrClassroom { Q_DECLARE_TR_FUNCTIONS(ClassroomMode) };
} // namespace

void ClassroomMode::apply(SmtpSession::Config &config) const
{
    config.usePipelining = false;      // RFC 2920: one command, one reply
    config.useChunking = false;        // RFC 3030: DATA, 354 and the lone dot instead of BDAT
    config.useInitialResponse = false; // RFC 4954 §4: AUTH waits for the empty 334
    QString note = TrClassroom::tr("Classroom mode: PIPELINING, CHUNKING and SASL-IR switched off; each "
                                   "command waits for its reply, the message goes after DATA and 354 and "
                                   "ends with a lone dot, AUTH waits for the server's 334.");
    if (helo) {
        config.useHelo = true;
        config.authenticate = false; // AUTH is an EHLO extension (RFC 4954 §3)
        note += QLatin1Char(' ') +
                TrClassroom::tr("HELO instead of EHLO: no extensions, no STARTTLS, no AUTH (plaintext lab).");
    }
    config.classroomNote = note.toUtf8();
}

void ClassroomMode::apply(ImapSession::Config &config) const
{
    config.useSaslIr = false;      // RFC 4959: AUTHENTICATE waits for the empty "+"
    config.useLiteralPlus = false; // RFC 7888: every literal waits for "+"
    config.maxInFlight = 1;        // one command at a time, each with its answer
    config.classroomNote = TrClassroom::tr("Classroom mode: SASL-IR, LITERAL+ and pipelining switched off; "
                                           "AUTHENTICATE and every literal wait for the server's \"+\", "
                                           "and queued commands go one at a time, each after the answer "
                                           "to the one before.")
                               .toUtf8();
}

void ClassroomMode::apply(Pop3Session::Config &config) const
{
    config.usePipelining = false;      // RFC 2449 §6.6
    config.useInitialResponse = false; // RFC 5034 §4: AUTH waits for the empty "+ "
    QString note = TrClassroom::tr("Classroom mode: PIPELINING and the SASL initial response switched off; "
                                   "each command waits for its reply.");
    if (pop3UserPass) {
        config.mechanism = QStringLiteral("USER"); // RFC 1939 §7
        note += QLatin1Char(' ') + TrClassroom::tr("USER and PASS instead of SASL (only inside TLS, unless "
                                                   "this is a plaintext lab account).");
    }
    config.classroomNote = note.toUtf8();
}

} // namespace carteiro
