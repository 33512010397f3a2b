// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One mailbox: display name + addr-spec (RFC 5322 section 3.4), with the
// envelope form used by MAIL FROM / RCPT TO (RFC 5321, RFC 6531 SMTPUTF8).
#include <QByteArray>
#include <QString>

#include <optional>

namespace carteiro {

struct MailAddress
{
    QString displayName; // may be non-ASCII ("Zé Ninguém")
    QString address;     // addr-spec "ze@exemplo.com.br"

    // Parses "Zé Ninguém <ze@exemplo.com.br>", "\"Silva, Ana\" <ana@x.br>", "<a@b>", "a@b".
    // Refuses (nullopt + an error that quotes the offending input, control characters
    // made visible) CR, LF, NUL anywhere, a missing @, an empty local part or domain,
    // spaces or control characters inside the addr-spec, unbalanced <> or quotes,
    // more than one address (a comma outside quotes, a second <...>), an unquoted
    // comma in the display name, quoted local parts (not supported).
    static std::optional<MailAddress> parse(const QString &text, QString *error);

    // For a MailAddress built field by field (drafts): the same checks as parse().
    bool isValid(QString *error = nullptr) const;

    // Non-ASCII local part: needs SMTPUTF8 (RFC 6531). A non-ASCII domain does not:
    // it goes out as IDNA (punycode).
    bool needsSmtpUtf8() const;

    QString localPart() const; // before the last '@'
    QString domain() const;    // after the last '@', as typed
    QByteArray domainAce() const; // IDNA ("xn--...") form of the domain; domain literals as-is

    // The addr-spec for MAIL FROM / RCPT TO: ASCII (IDNA) domain, UTF-8 local part as-is.
    QByteArray envelopeAddress() const;

    // "Zé Ninguém <ze@exemplo.com.br>", "\"Silva, Ana\" <ana@x.br>" or "a@b":
    // parse(toDisplayString()) gives the same address back.
    QString toDisplayString() const;

    bool operator==(const MailAddress &other) const = default;

private:
    static bool checkAddrSpec(const QString &spec, QString *why);
};

} // namespace carteiro
