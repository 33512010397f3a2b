// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The client side of IMAP login: LOGIN (RFC 3501 §6.2.3) or AUTHENTICATE
// (RFC 3501 §6.2.2) over core/sasl, with the initial response on the command
// when SASL-IR is offered (RFC 4959 §3). It picks the strongest mechanism the
// server offers and never falls back to a weaker one on its own. A mechanism
// the user chose is honoured: "LOGIN" means the LOGIN command (RFC 3501 §6.2.3),
// usable whatever AUTH= mechanisms are offered unless LOGINDISABLED; any other
// name means AUTHENTICATE with exactly that mechanism, or a clear error.
#include "imap/ImapCommand.h"
#include "sasl/SaslClient.h"

#include <QList>
#include <memory>
#include <optional>

namespace carteiro {

class ImapAuthenticator
{
public:
    enum class Method { Auto, Login, Sasl };

    // The command to send, or nullopt with error() set (nothing may be sent).
    // useSaslIr = false never puts the first response on the command, even when
    // the server offers SASL-IR: AUTHENTICATE then waits for the empty "+".
    std::optional<ImapCommand> start(const QList<QByteArray> &capabilities, Method method,
                                     const SaslCredentials &credentials, const QString &mechanism,
                                     bool useSaslIr = true);
    // One "+ <base64>" challenge -> the line to write (wire without CRLF, and
    // the inspector's redacted form). A bad challenge answers "*" (cancel) and
    // sets error().
    QPair<QByteArray, QByteArray> answer(const QByteArray &challengeBase64);
    // For a tagged OK: false when SCRAM's server signature was never verified.
    bool serverVerified() const { return !m_sasl || m_sasl->isComplete(); }
    QString mechanism() const { return m_mechanism; }
    QString error() const { return m_error; }

private:
    std::unique_ptr<SaslClient> m_sasl;
    QString m_mechanism;
    QString m_error;
};

} // namespace carteiro
