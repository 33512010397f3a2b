// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/Identity.h"

#include "mime/AddressList.h"
#include "mime/MimeStrings.h"

#include <QCoreApplication>

namespace carteiro {

QString Identity::fromText() const
{
    return name.trimmed().isEmpty() ? address.trimmed() : mailbox().toDisplayString();
}

QString Identity::validate() const
{
    if (MimeStrings::hasLineBreakOrNul(name))
        return QCoreApplication::translate("Identity", "Name: \"%1\" %2")
            .arg(MimeStrings::printable(name), MimeStrings::lineBreakOrNulProblem(name));
    QString why;
    if (!MailAddress::parse(fromText(), &why))
        return QCoreApplication::translate("Identity", "Address: %1").arg(why);
    if (!replyTo.trimmed().isEmpty()) {
        QStringList problems;
        AddressList::parse(replyTo, &problems);
        if (!problems.isEmpty())
            return QCoreApplication::translate("Identity", "Reply-To: %1").arg(problems.join(QStringLiteral("; ")));
    }
    if (signature.contains(QChar(0)) || signatureHtml.contains(QChar(0)))
        return QCoreApplication::translate("Identity", "Signature: it contains a NUL character.");
    return {};
}

} // namespace carteiro
