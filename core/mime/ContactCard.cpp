// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/ContactCard.h"

#include "mime/MimeStrings.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
bool hasLineBreak(const QString &s)
{
    return MimeStrings::hasLineBreakOrNul(s);
}
} // namespace

MailAddress ContactCard::primaryAddress() const
{
    return emails.isEmpty() ? MailAddress{} : MailAddress{name.simplified(), emails.first().trimmed()};
}

QString ContactCard::validate() const
{
    if (name.trimmed().isEmpty() && emails.isEmpty())
        return QCoreApplication::translate("Contacts", "A contact needs a name or an address.");
    if (hasLineBreak(name) || hasLineBreak(organization))
        return QCoreApplication::translate("Contacts", "The name \"%1\" contains a line break or a NUL character.")
            .arg(MimeStrings::printable(hasLineBreak(name) ? name : organization));
    for (const QString &e : emails) {
        QString why;
        if (!MailAddress{QString(), e.trimmed()}.isValid(&why))
            return why;
    }
    return {};
}

QString ContactGroup::validate() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Contacts", "A group needs a name.");
    if (hasLineBreak(name))
        return QCoreApplication::translate("Contacts", "The group name \"%1\" contains a line break or a NUL character.")
            .arg(MimeStrings::printable(name));
    if (name.contains(QLatin1Char('@')) || name.contains(QLatin1Char(',')) || name.contains(QLatin1Char(';')))
        return QCoreApplication::translate("Contacts", "The group name \"%1\" may not contain @, comma or semicolon: "
                                                       "it would be read as an address.")
            .arg(name);
    for (const MailAddress &m : members) {
        QString why;
        if (!m.isValid(&why))
            return why;
    }
    return {};
}

} // namespace carteiro
