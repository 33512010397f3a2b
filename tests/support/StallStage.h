// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The moments of a submission at which the outbox kill tests stop a child
// carteiro-cli with SIGKILL (tests/integration/OutboxKillIT.cpp). The scripted
// servers (StallingSmtpServer, StallingImapServer) and the lab proxy
// (StallingProxy) hold the exchange there and tell the test.
#include <QString>

namespace carteiro::test {

enum class StallStage
{
    None,
    BeforeMail,   // MAIL FROM arrived: not answered (RFC 5321 §3.3)
    DuringData,   // part of the message body arrived, not the final dot
    AfterDot,     // the final dot arrived (the message is received), no reply given
    BeforeFiling, // 250 given; the IMAP connection for the Sent copy gets no greeting
    DuringAppend, // the APPEND's message arrived at the IMAP server, no tagged reply given
};

inline QString stallStageName(StallStage s)
{
    switch (s) {
    case StallStage::None:
        return QStringLiteral("none");
    case StallStage::BeforeMail:
        return QStringLiteral("before-mail");
    case StallStage::DuringData:
        return QStringLiteral("during-data");
    case StallStage::AfterDot:
        return QStringLiteral("after-dot");
    case StallStage::BeforeFiling:
        return QStringLiteral("before-filing");
    case StallStage::DuringAppend:
        return QStringLiteral("during-append");
    }
    return {};
}

} // namespace carteiro::test
