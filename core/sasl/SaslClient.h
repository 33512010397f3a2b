// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SASL room: client side of SMTP AUTH and IMAP/POP3 AUTHENTICATE.
//
// Sans-IO: the protocol session hands step() the server's challenge exactly as
// received (base64 text, without the "334 " / "+ " prefix) and sends the base64
// text it gets back. Password mechanisms and SCRAM run on GNU SASL (libgsasl);
// XOAUTH2 and OAUTHBEARER are our own (GNU SASL 2.2 has neither).
//
// How a session drives a client:
//   - Continue: send responseBase64 (possibly an empty line), expect more.
//   - Done:     send responseBase64 too (the initial response, or the answer to
//               the challenge; SCRAM's answer to the server-final message is an
//               empty line). The mechanism has nothing more to say: the server's
//               verdict comes next, a further challenge makes step() fail.
//   - Failed:   send nothing of ours; cancel the exchange ("*") and report error.
// OAuth error challenges are the exception that still says Continue: see
// OAuthClientBase.h (the acknowledgement is sent, serverError() says why).
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <memory>
#include <optional>

namespace carteiro {

struct SaslCredentials
{
    QString authzid;               // usually empty
    QString username;              // login name
    QString password;              // empty when token-only
    QString oauthToken;            // OAuth 2 bearer token, empty when none
    QString host;                  // for OAUTHBEARER's host field (RFC 7628)
    quint16 port = 0;              // for OAUTHBEARER's port field; 0 = omitted
    QByteArray channelBindingType; // "tls-unique" / "tls-exporter" / empty when none
    QByteArray channelBindingData; // raw bytes
};

enum class SaslStepStatus
{
    Continue,
    Done,
    Failed
};

struct SaslStep
{
    SaslStepStatus status = SaslStepStatus::Failed;
    QByteArray responseBase64;   // what to send (may be empty = empty line)
    QByteArray redactedResponse; // for the inspector, secrets masked ("<\0alice\0*****>")
    QString error;               // when Failed: what was wrong, naming the mechanism
};

class SaslClient
{
public:
    virtual ~SaslClient();

    // Mechanisms we implement and the installed GNU SASL supports, strongest
    // first: SCRAM-SHA-256-PLUS, SCRAM-SHA-1-PLUS, SCRAM-SHA-256, SCRAM-SHA-1,
    // CRAM-MD5, PLAIN, LOGIN, then OAUTHBEARER, XOAUTH2.
    static QStringList supportedMechanisms();

    // Picks the strongest offered mechanism the credentials allow. Password
    // mechanisms need a user name and a password; OAUTHBEARER (and XOAUTH2, which
    // also needs a user name) need a token and are preferred when one is given;
    // -PLUS needs channel binding data of a type GNU SASL knows (tls-unique,
    // tls-exporter). `offered` is matched case-insensitively; an entry may hold
    // several space-separated names. `preferred` empty = automatic; otherwise
    // exactly that mechanism or an error. Returns nullptr and sets *error (a
    // translated sentence) when nothing fits. Never retries or falls back.
    static std::unique_ptr<SaslClient> create(const QStringList &offered,
                                              const SaslCredentials &creds,
                                              const QString &preferred, QString *error);

    // True for mechanisms that hand the password itself to the server (PLAIN,
    // LOGIN): sessions should only use them inside TLS.
    static bool sendsPasswordInClear(const QByteArray &mechanism);

    virtual QByteArray mechanism() const = 0;

    // Client-first mechanisms (PLAIN, SCRAM-*, OAUTHBEARER, XOAUTH2) return their
    // first response (an SMTP AUTH initial response / IMAP SASL-IR); server-first
    // ones (LOGIN, CRAM-MD5) return std::nullopt. When a session does not use the
    // initial response, the server's empty challenge makes step() produce it.
    virtual std::optional<SaslStep> initialResponse() = 0;

    // One server challenge (base64 text as received, without the prefix). The
    // text is validated strictly: invalid base64, padding only, or an empty
    // challenge where the mechanism needs one gives Failed.
    virtual SaslStep step(const QByteArray &challengeBase64) = 0;

    // Secrets to mask anywhere in a transcript as a safety net: the password and
    // token, their base64 forms, and the parts of their base64 that stay the same
    // wherever they sit inside a longer base64 message.
    virtual QList<QByteArray> secrets() const = 0;

    // True once the mechanism finished its side successfully (for SCRAM: the
    // server's signature was verified). A session that gets a success reply
    // while this is false should treat the server as unverified.
    virtual bool isComplete() const = 0;

    // OAuth mechanisms: the server's error report (from its JSON challenge),
    // available from the step that acknowledged it. Empty otherwise.
    virtual QString serverError() const { return {}; }
};

} // namespace carteiro
