// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The IMAP console (RFC 3501 / RFC 9051): a tag is added to every command typed
// without one ("LIST \"\" *" goes out as "a1 LIST \"\" *"), a command is done
// at its tagged OK/NO/BAD, a synchronising literal {n} at the end of a typed
// line waits for the server's "+" before its bytes are typed (RFC 3501 §7.5),
// IDLE is ended by DONE (RFC 2177), LOGIN and AUTHENTICATE are built from a
// password asked for, STARTTLS upgrades the connection (RFC 3501 §6.2.1).
// Responses arrive whole, literals included, from the ImapFramer.
#include "console/ConsoleSession.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>

namespace carteiro {

class ImapConsoleSession : public ConsoleSession
{
public:
    explicit ImapConsoleSession(Config config);
    ~ImapConsoleSession() override;

    Protocol protocol() const override { return Protocol::Imap; }
    std::unique_ptr<Framer> makeFramer() const override;
    ConsoleOutput providePassword(const QByteArray &password) override;
    ConsoleOutput feed(const QByteArray &frame) override;
    QString state() const override;
    bool awaitingReply() const override;

    // The line as the student typed it, for a tag the console added ("a1" ->
    // "LIST \"\" *"); empty for a tag the student typed.
    QByteArray typedFor(const QByteArray &tag) const { return m_typed.value(tag); }
    // Bytes of a literal the student still has to type (after the server's "+").
    qint64 literalLeft() const { return m_continuationWanted ? 0 : m_literalLeft; }
    QSet<QByteArray> capabilities() const { return m_caps; }

protected:
    ConsoleOutput submitLine(const QByteArray &line) override;
    void afterTls(ConsoleOutput &out) override;
    void clearPasswordRequest() override;

private:
    enum class Phase { NotAuthenticated, Authenticated, Selected };
    struct Pending
    {
        QByteArray tag;
        QByteArray verb;
    };
    ConsoleOutput command(const QByteArray &line);
    ConsoleOutput literalLine(const QByteArray &line);
    ConsoleOutput sendCommandLine(const QByteArray &tag, const QByteArray &text, const QByteArray &verb,
                                  const QByteArray &trace, bool continuation);
    void continuation(const QByteArray &frame, ConsoleOutput &out);
    void untagged(const QByteArray &frame, ConsoleOutput &out);
    void tagged(const QByteArray &frame, ConsoleOutput &out);
    void readCapabilities(const QByteArray &frame);
    QByteArray nextTag();

    int m_tagCounter = 0;
    bool m_tagNoted = false;
    bool m_greeting = true;
    Phase m_phase = Phase::NotAuthenticated;
    QList<Pending> m_pending;
    QHash<QByteArray, QByteArray> m_typed;
    QSet<QByteArray> m_caps;
    // IDLE (RFC 2177)
    QByteArray m_idleTag;
    bool m_idle = false;
    // literals typed by the student (RFC 3501 §4.3, §7.5)
    bool m_continuationWanted = false; // a {n} went out: wait for "+"
    qint64 m_literalLeft = 0;          // bytes of the literal still to type
    bool m_commandContinues = false;   // after the literal, the rest of the command line
    QByteArray m_literalTag;
    // LOGIN / AUTHENTICATE helpers
    enum class Helper { None, Login, Authenticate };
    Helper m_helper = Helper::None;
    QByteArray m_helperTag;
    QByteArray m_authMech;
    QString m_authUser;
    QByteArray m_authTag;
    std::unique_ptr<SaslClient> m_sasl;
};

} // namespace carteiro
