// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailAddress.h"

#include "DisplayName.h"
#include "MimeStrings.h"

#include <QCoreApplication>
#include <QUrl>

namespace carteiro {

namespace {

// RFC 5322 "specials" that may not appear unquoted in an atom.
bool isSpecial(QChar c)
{
    switch (c.unicode()) {
    case u'(': case u')': case u'<': case u'>': case u'[': case u']': case u':': case u';':
    case u'@': case u'\\': case u',': case u'"':
        return true;
    default:
        return false;
    }
}

bool isControlOrSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u <= 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || c.isSpace();
}

bool isDomainLiteral(const QString &domain)
{
    return domain.startsWith(QLatin1Char('[')) && domain.endsWith(QLatin1Char(']'));
}

// Display name as written: quoted parts unquoted (backslash escapes resolved),
// unquoted parts kept, outer whitespace trimmed.
QString unquoteDisplayName(const QString &raw)
{
    QString out;
    bool inQuote = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (inQuote) {
            if (c == QLatin1Char('\\') && i + 1 < raw.size()) {
                out += raw.at(++i);
            } else if (c == QLatin1Char('"')) {
                inQuote = false;
            } else {
                out += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuote = true;
        } else {
            out += c;
        }
    }
    return out.simplified();
}

} // namespace

bool MailAddress::checkAddrSpec(const QString &spec, QString *why)
{
    auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (spec.isEmpty())
        return fail(QCoreApplication::translate("Mime", "the address is empty"));
    if (spec.contains(QLatin1Char('"')))
        return fail(QCoreApplication::translate("Mime", "quoted local parts are not supported"));
    for (const QChar c : spec) {
        if (isControlOrSpace(c))
            return fail(QCoreApplication::translate("Mime", "spaces or control characters inside the address"));
    }
    const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return fail(QCoreApplication::translate("Mime", "missing @"));
    if (spec.count(QLatin1Char('@')) > 1)
        return fail(QCoreApplication::translate("Mime", "more than one @ (more than one address?)"));
    const QString local = spec.left(at);
    const QString domain = spec.mid(at + 1);
    if (local.isEmpty())
        return fail(QCoreApplication::translate("Mime", "empty local part before @"));
    if (domain.isEmpty())
        return fail(QCoreApplication::translate("Mime", "empty domain after @"));
    for (const QChar c : local) {
        if (isSpecial(c))
            return fail(QCoreApplication::translate("Mime", "character '%1' is not allowed in the local part").arg(c));
    }
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QStringLiteral("..")))
        return fail(QCoreApplication::translate("Mime", "misplaced dot in the local part"));
    if (local.toUtf8().size() > 64)
        return fail(QCoreApplication::translate("Mime", "local part longer than 64 octets (RFC 5321)"));

    if (isDomainLiteral(domain)) {
        // RFC 5321 address literal: [192.0.2.1] or [IPv6:2001:db8::1].
        const QString inner = domain.mid(1, domain.size() - 2);
        const QString body = inner.startsWith(QStringLiteral("IPv6:"), Qt::CaseInsensitive) ? inner.mid(5) : inner;
        if (body.isEmpty())
            return fail(QCoreApplication::translate("Mime", "empty address literal"));
        for (const QChar c : body) {
            if (!(c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(':')
                  || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'))))
                return fail(QCoreApplication::translate("Mime", "invalid address literal"));
        }
        return true;
    }
    for (const QChar c : domain) {
        if (isSpecial(c))
            return fail(QCoreApplication::translate("Mime", "character '%1' is not allowed in the domain").arg(c));
    }
    if (domain.startsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('.'))
        || domain.contains(QStringLiteral("..")))
        return fail(QCoreApplication::translate("Mime", "misplaced dot in the domain"));
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty())
        return fail(QCoreApplication::translate("Mime", "the domain is not a valid (internationalised) host name"));
    if (ace.size() > 253)
        return fail(QCoreApplication::translate("Mime", "domain longer than 253 octets"));
    for (const QByteArray &label : ace.split('.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return fail(QCoreApplication::translate("Mime", "invalid domain label \"%1\"").arg(QString::fromLatin1(label)));
        for (const char ch : label) {
            const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                || ch == '-' || ch == '_';
            if (!ok)
                return fail(QCoreApplication::translate("Mime", "character '%1' is not allowed in the domain").arg(QLatin1Char(ch)));
        }
    }
    return true;
}

std::optional<MailAddress> MailAddress::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<MailAddress> {
        if (error)
            *error = QCoreApplication::translate("Mime", "Invalid address \"%1\": %2").arg(MimeStrings::printable(text), why);
        return std::nullopt;
    };
    if (const QString problem = MimeStrings::lineBreakOrNulProblem(text); !problem.isEmpty())
        return fail(problem);
    const QString s = text.trimmed();
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Mime", "the address is empty"));

    // One pass outside quotes: where are the angle brackets, is there a list separator?
    qsizetype lt = -1, gt = -1;
    int ltCount = 0, gtCount = 0;
    bool separatorOutsideAngles = false;
    bool inQuote = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (inQuote) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inQuote = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuote = true;
        } else if (c == QLatin1Char('<')) {
            if (ltCount++ == 0)
                lt = i;
        } else if (c == QLatin1Char('>')) {
            if (gtCount++ == 0)
                gt = i;
        } else if ((c == QLatin1Char(',') || c == QLatin1Char(';')) && (ltCount == gtCount)) {
            separatorOutsideAngles = true;
        }
    }
    if (inQuote)
        return fail(QCoreApplication::translate("Mime", "unbalanced quotes"));
    if (ltCount > 1 && gtCount > 1)
        return fail(QCoreApplication::translate("Mime", "more than one address"));
    if (ltCount != gtCount || ltCount > 1 || (lt >= 0 && gt < lt))
        return fail(QCoreApplication::translate("Mime", "unbalanced angle brackets < >"));
    if (separatorOutsideAngles)
        return fail(QCoreApplication::translate("Mime", "more than one address (a display name with a comma must be quoted)"));

    MailAddress result;
    if (lt >= 0) {
        const QString trailing = s.mid(gt + 1).trimmed();
        if (!trailing.isEmpty())
            return fail(trailing.contains(QLatin1Char('@'))
                            ? QCoreApplication::translate("Mime", "more than one address")
                            : QCoreApplication::translate("Mime", "unexpected text after '>'"));
        result.displayName = unquoteDisplayName(s.left(lt));
        result.address = s.mid(lt + 1, gt - lt - 1).trimmed();
    } else {
        result.address = s;
    }
    QString why;
    if (!checkAddrSpec(result.address, &why))
        return fail(why);
    return result;
}

bool MailAddress::isValid(QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("Mime", "Invalid address \"%1\": %2")
                         .arg(MimeStrings::printable(displayName.isEmpty() ? address
                                                                            : displayName + QStringLiteral(" <") + address + QLatin1Char('>')),
                              why);
        return false;
    };
    if (const QString problem = MimeStrings::lineBreakOrNulProblem(displayName); !problem.isEmpty())
        return fail(QCoreApplication::translate("Mime", "display name %1").arg(problem));
    if (const QString problem = MimeStrings::lineBreakOrNulProblem(address); !problem.isEmpty())
        return fail(problem);
    QString why;
    if (!checkAddrSpec(address, &why))
        return fail(why);
    return true;
}

QString MailAddress::localPart() const
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? address : address.left(at);
}

QString MailAddress::domain() const
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1);
}

QByteArray MailAddress::domainAce() const
{
    const QString d = domain();
    if (isDomainLiteral(d))
        return d.toLatin1();
    return QUrl::toAce(d);
}

bool MailAddress::needsSmtpUtf8() const
{
    for (const QChar c : localPart()) {
        if (c.unicode() >= 0x80)
            return true;
    }
    return false;
}

QByteArray MailAddress::envelopeAddress() const
{
    return localPart().toUtf8() + '@' + domainAce();
}

QString MailAddress::toDisplayString() const
{
    if (displayName.isEmpty())
        return address;
    const QString name =
        displayname::quotedIfNeeded(displayName, [](QChar c) { return isSpecial(c) || c == QLatin1Char('.'); });
    return name + QStringLiteral(" <") + address + QLatin1Char('>');
}

} // namespace carteiro
