// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The POP3 console (RFC 1939): a reply is one status line, or, for CAPA,
// LIST / UIDL without argument, RETR and TOP answered "+OK", the lines up to
// the lone "." (RFC 1939 §3); a line the server dot-stuffed is explained
// un-stuffed. USER/PASS and AUTH PLAIN / LOGIN (RFC 5034) are built from a
// password asked for; STLS upgrades the connection (RFC 2595 §4).
#include "console/ConsoleSession.h"

#include <QList>

namespace carteiro {

class Pop3ConsoleSession : public ConsoleSession
{
public:
    explicit Pop3ConsoleSession(Config config);
    ~Pop3ConsoleSession() override;

    Protocol protocol() const override { return Protocol::Pop3; }
    std::unique_ptr<Framer> makeFramer() const override;
    ConsoleOutput providePassword(const QByteArray &password) override;
    ConsoleOutput feed(const QByteArray &frame) override;
    QString state() const override;
    bool awaitingReply() const override { return m_greeting || m_inMultiline || !m_pending.isEmpty(); }
    // True for the commands whose "+OK" starts a multi-line reply.
    static bool isMultiline(const QByteArray &line);
    bool inMultiline() const { return m_inMultiline; }

protected:
    ConsoleOutput submitLine(const QByteArray &line) override;
    void afterTls(ConsoleOutput &out) override;
    void clearPasswordRequest() override;

private:
    struct Pending
    {
        QByteArray verb;
        bool multiline = false;
    };
    void statusLine(const QByteArray &frame, ConsoleOutput &out);
    void saslChallenge(const QByteArray &frame, ConsoleOutput &out);

    bool m_greeting = true;
    bool m_transaction = false;
    bool m_inMultiline = false;
    QList<Pending> m_pending;
    QString m_user; // from USER, for PASS's prompt and AUTH
    enum class Helper { None, Pass, Auth };
    Helper m_helper = Helper::None;
    QByteArray m_authMech;
    QString m_authUser;
    std::unique_ptr<SaslClient> m_sasl;
};

} // namespace carteiro
