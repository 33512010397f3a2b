// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A protocol console: the student types one line at a time, as with telnet or
// `openssl s_client`, and the session turns it into wire bytes, keeps the
// framing right (IMAP tags and literals, SMTP dot-stuffing, POP3 multi-line
// replies) and builds the exchanges that carry a secret (AUTH, LOGIN, PASS) so
// that the password is never typed into the transcript. Sans-IO: the driver
// (ConsoleConnection) feeds it typed lines and server frames and carries out
// the ConsoleOutput it gets back.
#include "console/ConsoleOutput.h"
#include "net/Framer.h"
#include "trace/TraceEvent.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace carteiro {

class SaslClient;

class ConsoleSession
{
public:
    struct Config
    {
        QString user;           // for AUTH / LOGIN / AUTHENTICATE helpers when none is typed
        bool classroom = false; // show every step: no SASL-IR (AUTH, wait for the challenge)
    };

    explicit ConsoleSession(Config config) : m_config(std::move(config)) {}
    virtual ~ConsoleSession();

    static std::unique_ptr<ConsoleSession> create(Protocol protocol, const Config &config);
    // The state a new connection starts in ("greeting", "not-authenticated", "authorization").
    static QString initialState(Protocol protocol);

    virtual Protocol protocol() const = 0;
    // The framer the channel needs for this protocol's replies.
    virtual std::unique_ptr<Framer> makeFramer() const = 0;
    // One line as typed (without line end).
    ConsoleOutput submit(const QByteArray &typed);
    // The password asked for by the last needPassword.
    virtual ConsoleOutput providePassword(const QByteArray &password) = 0;
    // The user gave up on the password prompt.
    ConsoleOutput cancelPassword();
    // One frame from the channel's framer (a line; for IMAP a whole response).
    virtual ConsoleOutput feed(const QByteArray &frame) = 0;
    // The STARTTLS / STLS handshake finished: what changed.
    ConsoleOutput tlsEstablished(const TlsDetails &tls);

    // The console state, named as in the command catalog ("greeting", "ready",
    // "mail", "rcpt", "data"; "not-authenticated", "authenticated", "selected",
    // "idle"; "authorization", "transaction").
    virtual QString state() const = 0;
    // A command (or the greeting, or a continuation) still waits for the server:
    // a piped script holds its next line until this turns false.
    virtual bool awaitingReply() const = 0;
    bool passwordPending() const { return m_passwordPending; }
    QString passwordPrompt() const { return m_passwordPrompt; }
    bool lastReplySuccess() const { return m_lastSuccess; }
    bool isClosed() const { return m_closed; }
    const Config &config() const { return m_config; }

protected:
    virtual ConsoleOutput submitLine(const QByteArray &line) = 0;
    // What changed after TLS, beside the certificate (capabilities must be asked again).
    virtual void afterTls(ConsoleOutput &out) = 0;
    virtual void clearPasswordRequest() {}

    ConsoleOutput askPassword(const QString &prompt, const QString &history);
    void reply(ConsoleOutput &out, bool success);
    // A SASL client for PLAIN / LOGIN (or another mechanism GNU SASL knows).
    std::unique_ptr<SaslClient> makeSasl(const QByteArray &mechanism, const QString &user,
                                         const QByteArray &password, QString *error) const;
    static QByteArray upperVerb(const QByteArray &line);
    // A typed argument that is a base64 SASL response carrying a password
    // (PLAIN's "\0user\0password"): refused, so it never reaches history or screen.
    static bool isTypedSaslResponse(const QByteArray &argument);
    static QString typedSaslResponseError(const QByteArray &mechanism);
    static QList<QByteArray> words(const QByteArray &line);
    static ConsoleWrite line(const QByteArray &text, const QString &verb, const QByteArray &trace = {});

    Config m_config;
    bool m_passwordPending = false;
    QString m_passwordPrompt;
    bool m_lastSuccess = false;
    bool m_closed = false;
};

} // namespace carteiro
