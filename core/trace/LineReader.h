// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/trace: the per-protocol state machines behind LineExplainer.
// A reader turns one line into explanation parts (see ExplanationTable.h); it
// keeps what it needs to read the next line in context (commands waiting for
// their reply, the position inside a multi-line reply, a SASL exchange).
#include "trace/ExplanationTable.h"
#include "trace/LineExplainer.h"

#include <memory>

namespace carteiro {

class LineExplainer::Reader
{
public:
    virtual ~Reader() = default;
    virtual trace_detail::Parts read(Direction direction, const QByteArray &line) = 0;
    virtual void noteBody(Direction, qint64) {}
    virtual void noteTls() {}
};

namespace trace_detail {
std::unique_ptr<LineExplainer::Reader> makeSmtpReader();
std::unique_ptr<LineExplainer::Reader> makeImapReader();
std::unique_ptr<LineExplainer::Reader> makePop3Reader();

// One capability, as each protocol lists it (also used by LineExplainer::capability).
Parts smtpEhloKeyword(const QByteArray &ehloLine); // "SIZE 1000", "AUTH PLAIN LOGIN"
Part imapCapability(const QByteArray &atom);       // "AUTH=PLAIN", "IMAP4rev1"
Parts pop3CapaLine(const QByteArray &capaLine);    // "SASL PLAIN", "TOP"
} // namespace trace_detail

} // namespace carteiro
