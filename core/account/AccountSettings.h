// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One mail account as the user configures it: identity, the SMTP submission
// server (RFC 6409) and the incoming IMAP/POP3 server the retrieval issue uses.
// Never holds a password: secrets live in a SecretStore (tests/README.md, case 25).
#include "account/Identity.h"
#include "net/Channel.h"
#include "imap/ImapSession.h"
#include "pop3/Pop3Session.h"
#include "smtp/SmtpSession.h"

#include <QList>
#include <QString>

namespace carteiro {

struct ClassroomMode;

struct AccountSettings
{
    // Where the password comes from at send time.
    enum class PasswordPolicy {
        Keychain,   // stored in the platform keychain (QtKeychain)
        AskAtSend,  // never stored: asked for when needed, kept in memory for the session
    };
    enum class IncomingProtocol { Imap, Pop3 };

    QString id;          // stable key (a UUID); also the keychain entry's name
    QString name;        // "Work", "Lab (alice)"
    QString displayName; // "Alice Example"
    QString address;     // "alice@example.test"
    // The rest of the account's own identity (identities() first), then the
    // further From identities the composer offers (account/Identity.h).
    QString replyTo;       // address list; empty: none
    QString signature, signatureHtml;
    QList<Identity> moreIdentities;
    // Replies and forwards: the signature above the quote instead of below it.
    bool signatureAboveQuote = false;

    QString smtpHost;
    quint16 smtpPort = 587;
    TransportSecurity smtpSecurity = TransportSecurity::StartTls;
    QString username;
    QString authMechanism; // empty: the strongest mechanism the server offers
    QString caFile;        // extra trusted CA (PEM), e.g. the lab's
    QByteArray pinnedSha256;

    IncomingProtocol incomingProtocol = IncomingProtocol::Imap;
    QString imapHost;
    quint16 imapPort = 993;
    TransportSecurity imapSecurity = TransportSecurity::ImplicitTls;
    QString pop3Host;
    quint16 pop3Port = 995;
    TransportSecurity pop3Security = TransportSecurity::ImplicitTls;
    // POP3 mode: false = keep on server (UIDL remembered, no duplicates);
    // true = download and delete (DELE only once the message is in the store).
    bool pop3DeleteAfterDownload = false;
    // The provider files submitted mail in Sent itself (Gmail and others): the
    // outbox then never APPENDs a copy (core/engine/README.md, "The durable outbox").
    bool serverFilesSent = false;
    // A server without IMAP IDLE (RFC 2177) is checked every this many minutes
    // (0: never by itself), with a NOOP each minute while a folder is open.
    int checkMinutes = 5;

    PasswordPolicy passwordPolicy = PasswordPolicy::Keychain;
    // Marks the mail-lab preset. Plaintext transport is refused for any account
    // that is not a lab account (core/README.md, "Security stance").
    bool lab = false;

    // Classroom mode (ClassroomMode.h): show each protocol step instead of
    // optimising it away. HELO is only for a plaintext lab SMTP connection;
    // USER/PASS on POP3 still only inside TLS unless it is a plaintext lab account.
    bool classroomMode = false;
    bool classroomHelo = false;
    bool classroomPop3UserPass = false;
    // The HELO option may be used: a lab account on a plaintext SMTP connection.
    bool heloAllowed() const { return lab && smtpSecurity == TransportSecurity::Plain; }

    // Empty when the account can be used; otherwise one sentence naming the field.
    QString validate() const;
    // "Alice Example <alice@example.test>", ready for MailAddress::parse().
    QString fromText() const;
    // The account's own identity first, then moreIdentities.
    QList<Identity> identities() const;
    // The first becomes the account's own (name, address, reply-to, signature).
    void setIdentities(const QList<Identity> &identities);
    // The default port for a security mode: 587 STARTTLS, 465 TLS, 25 plaintext.
    static quint16 defaultSmtpPort(TransportSecurity security);

    ChannelOptions smtpChannel() const;
    // With authenticate = false the session never sends AUTH (no password known).
    SmtpSession::Config smtpConfig(const QString &password, bool authenticate = true) const;
    // The incoming server, with the same CA, pin and lab rules as SMTP.
    ChannelOptions imapChannel() const;
    ImapSession::Config imapConfig(const QString &password) const;
    ChannelOptions pop3Channel() const;
    Pop3Session::Config pop3Config(const QString &password) const;
    // The classroom switches of this account (applied by the *Config() above
    // when classroomMode is on).
    ClassroomMode classroom() const;
    bool hasImap() const { return !imapHost.trimmed().isEmpty(); }

    bool operator==(const AccountSettings &other) const = default;
};

} // namespace carteiro
