// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A failure in plain words with a next step ("Connection refused on
// 127.0.0.1:20588: is the port right?"), for the status bar, the dialogs and
// carteiro-cli. The engine reports failures as "STEP: words" (the protocol
// step first, as the inspector shows it: "CONNECTION: AUTHENTICATE: ..."); this
// reads that text, or a socket error, and names the kind of failure, the step,
// the server's (or the system's) words, and a translated sentence. The step stays
// in the inspector; the sentence is for the person in front of the window.
#include <QAbstractSocket>
#include <QString>

namespace carteiro {

struct PlainError
{
    enum class Kind {
        Unknown,           // nothing recognised: the sentence is the text as given
        ConnectionRefused, // nothing listens on that port
        HostNotFound,      // the name does not resolve
        NetworkUnreachable,
        ConnectTimeout,    // no TCP connection within the time
        ReplyTimeout,      // connected, then silence
        Certificate,       // the certificate is not trusted (detail names why)
        TlsFailed,         // the handshake failed (wrong security for the port?)
        TlsNotOffered,     // STARTTLS / STLS required, not offered (or refused)
        CleartextRefused,  // Carteiro would not send the password without TLS
        NoMechanism,       // no authentication method in common
        LoginRefused,      // the server said no to the user name / password
        ServerClosed,      // the server hung up
        RelayRefused,      // a recipient in another domain refused: no relay for this client
    };

    Kind kind = Kind::Unknown;
    QString step;     // the innermost protocol step ("AUTHENTICATE", "STARTTLS", "CONNECT")
    QString detail;   // the server's words (login refused) or the system's
    QString sentence; // translated, with what to do next

    bool isLoginRefused() const { return kind == Kind::LoginRefused; }

    // `failure`: the engine's text ("CONNECTION: AUTHENTICATE: authentication
    // failed: NO [AUTHENTICATIONFAILED] ..."). `host`/`port` complete sentences
    // whose text does not name them.
    static PlainError fromMessage(const QString &failure, const QString &host = QString(), quint16 port = 0);
    // A socket error (QAbstractSocket::errorString() as `systemWords`).
    static PlainError fromSocketError(QAbstractSocket::SocketError error, const QString &host, quint16 port,
                                      const QString &systemWords = QString());
    // The sentence of `failure` (fromMessage(...).sentence).
    static QString describe(const QString &failure, const QString &host = QString(), quint16 port = 0);
};

} // namespace carteiro
