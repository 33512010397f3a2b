#include "sync/ImapMessageRow.h"

#include "mime/HeaderFields.h"

namespace carteiro {

namespace {

// The part a reader sees first: the first leaf down the first branches of
// multipart/* (RFC 2046 §5.1: alternative puts the plainest first, mixed the body).
const ImapBodyPart *mainText(const ImapBodyPart &root)
{
    const ImapBodyPart *p = &root;
    while (p->isMultipart() && !p->children.empty())
        p = &p->children.front();
    return p->type == "text" ? p : nullptr;
}

bool hasFileName(const ImapBodyPart &part)
{
    for (const auto &kv : part.dispositionParams)
        if (kv.first.compare("filename", Qt::CaseInsensitive) == 0 ||
            kv.first.startsWith("filename*") || kv.first.startsWith("FILENAME*"))
            return true;
    return !part.param("name").isEmpty();
}

bool anyAttachment(const ImapBodyPart &part, const ImapBodyPart *main)
{
    if (part.isMultipart()) {
        for (const ImapBodyPart &child : part.children)
            if (anyAttachment(child, main))
                return true;
        return false;
    }
    if (&part == main)
        return false;
    // A forwarded message/rfc822 is one attachment; its inner parts are not looked at.
    return part.disposition == "attachment" || hasFileName(part) || part.type == "message";
}

} // namespace

QString ImapMessageRow::addressList(const QList<ImapAddress> &addresses)
{
    QStringList out;
    for (const ImapAddress &a : addresses) {
        if (a.isGroupMarker())
            continue;
        const QString name = HeaderFields::decodeWords(a.name);
        const QString addr = HeaderFields::decodeWords(a.address());
        out << (name.isEmpty() ? addr : QStringLiteral("%1 <%2>").arg(name, addr));
    }
    return out.join(QStringLiteral(", "));
}

QDateTime ImapMessageRow::parseDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).simplified();
    const qsizetype comment = text.indexOf(QLatin1Char('('));
    if (comment > 0)
        text = text.left(comment).trimmed();
    QDateTime d = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!d.isValid())
        return {};
    return d.toUTC();
}

bool ImapMessageRow::hasAttachments(const ImapBodyPart &root)
{
    return anyAttachment(root, mainText(root));
}

StoredMessage ImapMessageRow::fromFetch(const ImapFetch &f)
{
    StoredMessage m;
    m.uid = f.uid;
    m.flags = MessageFlag::fromImap(f.flags, &m.keywords);
    m.modSeq = f.modSeq;
    m.size = f.size < 0 ? 0 : f.size;
    m.internalDate = f.internalDate.isValid() ? f.internalDate.toUTC() : QDateTime();
    if (const ImapEnvelope *e = f.envelope.get()) {
        m.envelopeKnown = true;
        m.date = parseDate(e->date);
        for (const ImapAddress &a : e->from) {
            if (a.isGroupMarker())
                continue;
            m.fromName = HeaderFields::decodeWords(a.name);
            m.fromAddress = HeaderFields::decodeWords(a.address());
            break;
        }
        m.to = addressList(e->to);
        m.cc = addressList(e->cc);
        m.subject = HeaderFields::decodeWords(e->subject);
        m.messageId = e->messageId;
        m.inReplyTo = e->inReplyTo;
    }
    if (f.bodyStructure)
        m.hasAttachments = hasAttachments(*f.bodyStructure);
    return m;
}

} // namespace carteiro
