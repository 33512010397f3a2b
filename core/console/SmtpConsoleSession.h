// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SMTP console (RFC 5321): replies collected until their last line
// ("250-" ... "250 "), the console state followed from the replies, the
// message body after DATA's 354 dot-stuffed line by line (RFC 5321 §4.5.2) and
// ended by the lone ".", BDAT chunks counted in bytes (RFC 3030), AUTH PLAIN /
// LOGIN built from a password asked for (RFC 4954), STARTTLS (RFC 3207).
#include "console/ConsoleSession.h"
#include "smtp/SmtpReply.h"

#include <QList>

namespace carteiro {

class SmtpConsoleSession : public ConsoleSession
{
public:
    explicit SmtpConsoleSession(Config config);
    ~SmtpConsoleSession() override;

    Protocol protocol() const override { return Protocol::Smtp; }
    std::unique_ptr<Framer> makeFramer() const override;
    ConsoleOutput providePassword(const QByteArray &password) override;
    ConsoleOutput feed(const QByteArray &frame) override;
    QString state() const override;
    bool awaitingReply() const override { return !m_pending.isEmpty(); }
    // Inside a DATA body (after 354, before the lone "."), or a BDAT chunk.
    bool inBody() const { return m_body || m_bdatLeft > 0; }

protected:
    ConsoleOutput submitLine(const QByteArray &line) override;
    void afterTls(ConsoleOutput &out) override;
    void clearPasswordRequest() override;

private:
    enum class Phase { Greeting, Ready, Mail, Rcpt, Data };
    ConsoleOutput bodyLine(const QByteArray &line);
    ConsoleOutput bdatLine(const QByteArray &line);
    ConsoleOutput command(const QByteArray &line);
    void envelopeNote(const QByteArray &line, const QByteArray &verb, ConsoleOutput &out) const;
    void completed(const QByteArray &verb, const SmtpReply &reply, ConsoleOutput &out);
    void authChallenge(const SmtpReply &reply, ConsoleOutput &out);

    SmtpReplyParser m_parser;
    QList<QByteArray> m_pending; // verbs awaiting a reply, oldest first ("<greeting>" at first)
    Phase m_phase = Phase::Greeting;
    bool m_hello = false;
    bool m_body = false;       // after 354: lines are the message
    qint64 m_bdatLeft = 0;     // bytes of the current BDAT chunk still to type
    bool m_bdatLast = false;
    bool m_bdatStarted = false;
    QByteArray m_authMech;
    QString m_authUser;
    std::unique_ptr<SaslClient> m_sasl;
};

} // namespace carteiro
