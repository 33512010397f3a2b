// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MessageSummary.h"

#include "mime/AddressHeader.h"
#include "mime/HeaderFields.h"
#include "mime/MailAddress.h"
#include "mime/MimeTree.h"

namespace carteiro {

namespace {

bool hasAttachment(const MimeNode &node)
{
    if (node.disposition == "attachment" || !node.fileName.isEmpty())
        return true;
    for (const MimeNode &child : node.children)
        if (hasAttachment(child))
            return true;
    return false;
}

} // namespace

QString MessageSummary::displayList(const QByteArray &rawValue)
{
    // MailAddress's form (a name with specials or dots quoted): what MailAddress::parse
    // reads back, so a stored list can be replied to.
    QStringList parts;
    for (const HeaderMailbox &box : AddressHeader::parse(rawValue))
        parts.append(box.address.isEmpty() ? box.name
                                           : MailAddress{HeaderFields::withoutControls(box.name), box.address}.toDisplayString());
    return HeaderFields::withoutControls(parts.join(QStringLiteral(", ")));
}

void MessageSummary::firstMailbox(const QByteArray &rawValue, QString *name, QString *address)
{
    const QList<HeaderMailbox> items = AddressHeader::parse(rawValue, 1);
    const HeaderMailbox box = items.isEmpty() ? HeaderMailbox{} : items.first();
    if (name)
        *name = HeaderFields::withoutControls(box.name);
    if (address)
        *address = box.address;
}

QDateTime MessageSummary::parseDate(const QByteArray &rawValue)
{
    // Qt reads RFC 2822 dates but not a trailing "(UTC)" comment.
    const QByteArray value = AddressHeader::withoutComments(rawValue).simplified();
    if (value.isEmpty())
        return {};
    QDateTime d = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    return d.isValid() ? d.toUTC() : QDateTime();
}

StoredMessage MessageSummary::summarize(const QByteArray &raw)
{
    StoredMessage m;
    m.envelopeKnown = true;
    m.size = raw.size();
    firstMailbox(HeaderFields::raw(raw, "From"), &m.fromName, &m.fromAddress);
    m.to = displayList(HeaderFields::raw(raw, "To"));
    m.cc = displayList(HeaderFields::raw(raw, "Cc"));
    m.subject = HeaderFields::decoded(raw, "Subject");
    m.date = parseDate(HeaderFields::raw(raw, "Date"));
    m.messageId = HeaderFields::raw(raw, "Message-ID").simplified();
    m.inReplyTo = HeaderFields::raw(raw, "In-Reply-To").simplified();
    m.references = HeaderFields::raw(raw, "References").simplified();
    QString error;
    if (const std::optional<MimeNode> root = MimeTree::parse(raw, &error))
        m.hasAttachments = hasAttachment(*root);
    return m;
}

} // namespace carteiro
