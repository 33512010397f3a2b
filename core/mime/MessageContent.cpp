// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/MessageContent.h"

#include "mime/HeaderFields.h"
#include "mime/MimeCharset.h"
#include "mime/MimeTree.h"
#include "mime/SafeFileName.h"

#include <QRegularExpression>

namespace carteiro {

namespace {

bool isAttachmentDisposition(const MimeNode &n)
{
    return n.disposition == "attachment";
}

bool isBodyText(const MimeNode &n)
{
    return (n.mediaType == "text/plain" || n.mediaType == "text/html") && !isAttachmentDisposition(n);
}

QByteArray contentIdOf(const QByteArray &raw, const MimeNode &n)
{
    // Content-ID: <id> (RFC 2045 section 7, RFC 2392).
    const QByteArray header = raw.mid(n.headerOffset, n.headerLength);
    QByteArray id = HeaderFields::raw(header, "content-id").trimmed();
    if (id.startsWith('<') && id.endsWith('>'))
        id = id.mid(1, id.size() - 2);
    return id.trimmed();
}

QString childPath(const QString &parent, int index)
{
    return parent.isEmpty() ? QString::number(index + 1) : parent + QLatin1Char('.') + QString::number(index + 1);
}

// The walk that picks the body and sorts the other parts.
class Walker
{
public:
    Walker(const QByteArray &raw, MessageContent *out) : m_raw(raw), m_out(out) {}

    // Can node be shown as a body (a text part or a multipart holding one)?
    bool displayable(const MimeNode &n) const
    {
        if (isBodyText(n))
            return true;
        if (n.mediaType == "multipart/alternative" || n.mediaType == "multipart/related"
            || n.mediaType == "multipart/mixed" || n.mediaType == "multipart/signed")
            for (const MimeNode &c : n.children)
                if (displayable(c))
                    return true;
        return false;
    }

    // Entity in the position of "the message body": pick and fill.
    void body(const MimeNode &n, const QString &path)
    {
        if (isBodyText(n)) {
            setBody(n, path.isEmpty() ? QStringLiteral("1") : path);
            return;
        }
        if (n.mediaType == "multipart/alternative") {
            alternative(n, path);
            return;
        }
        if (n.mediaType == "multipart/related") {
            related(n, path);
            return;
        }
        if (n.mediaType.startsWith("multipart/")) {
            // mixed (and unknown multiparts, RFC 2046 section 5.1.7): the first
            // displayable part is the body, the rest are attachments.
            bool found = false;
            for (int i = 0; i < n.children.size(); ++i) {
                const MimeNode &c = n.children.at(i);
                if (!found && displayable(c)) {
                    found = true;
                    body(c, childPath(path, i));
                } else {
                    attachmentsOf(c, childPath(path, i));
                }
            }
            return;
        }
        attachmentsOf(n, path.isEmpty() ? QStringLiteral("1") : path);
    }

    void alternative(const MimeNode &n, const QString &path)
    {
        // RFC 2046 section 5.1.4: the last alternative is the richest. Prefer
        // HTML; keep the plain text alternative too. Never both in one view.
        int html = -1, plain = -1;
        for (int i = int(n.children.size()) - 1; i >= 0; --i) {
            const MimeNode &c = n.children.at(i);
            if (html < 0 && (c.mediaType == "text/html" || (c.mediaType == "multipart/related" && displayable(c))))
                html = i;
            else if (plain < 0 && c.mediaType == "text/plain")
                plain = i;
        }
        if (html < 0 && plain < 0) {
            for (int i = int(n.children.size()) - 1; i >= 0; --i)
                if (displayable(n.children.at(i))) {
                    body(n.children.at(i), childPath(path, i));
                    return;
                }
            for (int i = 0; i < n.children.size(); ++i)
                attachmentsOf(n.children.at(i), childPath(path, i));
            return;
        }
        if (plain >= 0) {
            m_out->plainBody = text(n.children.at(plain), false);
            noteFlowed(n.children.at(plain));
        }
        for (int i = 0; i < n.children.size(); ++i) // text/calendar and the like
            if (i != html && i != plain)
                attachmentsOf(n.children.at(i), childPath(path, i));
        if (html >= 0)
            body(n.children.at(html), childPath(path, html));
        else
            setBody(n.children.at(plain), childPath(path, plain));
    }

    void related(const MimeNode &n, const QString &path)
    {
        if (n.children.isEmpty())
            return;
        // RFC 2387 section 3.2: the root is named by "start", else it is the first part.
        int root = 0;
        QByteArray start = n.parameters.value("start").toUtf8().trimmed();
        if (start.startsWith('<') && start.endsWith('>'))
            start = start.mid(1, start.size() - 2);
        if (!start.isEmpty())
            for (int i = 0; i < n.children.size(); ++i)
                if (contentIdOf(m_raw, n.children.at(i)) == start)
                    root = i;
        body(n.children.at(root), childPath(path, root));
        for (int i = 0; i < n.children.size(); ++i) {
            if (i == root)
                continue;
            const MimeNode &c = n.children.at(i);
            if (!c.mediaType.startsWith("multipart/") && !contentIdOf(m_raw, c).isEmpty()
                && !isAttachmentDisposition(c))
                m_out->relatedParts << part(c, childPath(path, i));
            else
                attachmentsOf(c, childPath(path, i));
        }
    }

    void attachmentsOf(const MimeNode &n, const QString &path)
    {
        if (n.mediaType.startsWith("multipart/")) {
            for (int i = 0; i < n.children.size(); ++i)
                attachmentsOf(n.children.at(i), childPath(path, i));
            return;
        }
        m_out->attachments << part(n, path);
    }

    MessagePart part(const MimeNode &n, const QString &path) const
    {
        MessagePart p;
        p.path = path;
        p.mediaType = n.mediaType;
        p.fileName = n.fileName;
        p.contentId = contentIdOf(m_raw, n);
        p.decodedSize = n.decodedSize;
        p.isImage = n.mediaType.startsWith("image/");
        p.isAudio = n.mediaType.startsWith("audio/");
        p.isMessage = n.mediaType == "message/rfc822" || n.mediaType == "message/global";
        p.node = n;
        p.node.children.clear();
        QString name = n.fileName;
        if (name.isEmpty() && p.isMessage) {
            // A forwarded message: name it by its subject.
            const QByteArray inner = m_raw.mid(n.bodyOffset, qMin<qint64>(n.bodyLength, 64 * 1024));
            const QString subject = HeaderFields::decoded(inner, "subject");
            name = (subject.isEmpty() ? QStringLiteral("message") : subject.left(80)) + QStringLiteral(".eml");
        } else if (name.isEmpty() && n.mediaType.startsWith("text/")) {
            name = QStringLiteral("part-%1.%2").arg(path, n.mediaType == "text/html" ? QStringLiteral("html")
                                                                                       : QStringLiteral("txt"));
        }
        p.safeName = SafeFileName::make(name, n.mediaType);
        return p;
    }

    QString text(const MimeNode &n, bool html) const
    {
        return MessageContent::decodeText(MimeTree::decodedBody(m_raw, n), n.charset, html);
    }

    void noteFlowed(const MimeNode &n)
    {
        m_out->plainFlowed = n.parameters.value("format").trimmed().compare(QLatin1String("flowed"), Qt::CaseInsensitive) == 0;
        m_out->plainDelSp = n.parameters.value("delsp").trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
    }

    void setBody(const MimeNode &n, const QString &path)
    {
        const bool html = n.mediaType == "text/html";
        QString t = text(n, html);
        if (t.size() > MessageContent::kMaxBodyChars) {
            t.truncate(MessageContent::kMaxBodyChars);
            m_out->bodyTruncated = true;
        }
        if (html) {
            m_out->htmlBody = t;
            m_out->bodyFormat = MessageContent::BodyFormat::Html;
        } else {
            m_out->plainBody = t;
            m_out->bodyFormat = MessageContent::BodyFormat::Plain;
            noteFlowed(n);
        }
        m_out->bodyPath = path;
    }

private:
    const QByteArray &m_raw;
    MessageContent *m_out;
};

QByteArray headerBlock(const QByteArray &raw)
{
    qsizetype end = raw.indexOf("\r\n\r\n");
    const qsizetype lf = raw.indexOf("\n\n");
    if (end < 0 || (lf >= 0 && lf < end))
        end = lf;
    return end < 0 ? raw : raw.left(end + 1);
}

} // namespace

QString MessageContent::decodeText(const QByteArray &bytes, const QByteArray &charset, bool html)
{
    QByteArray cs = charset;
    if (cs.isEmpty() && html) {
        // HTML 5 section 4.2.5.5: <meta charset="..."> or http-equiv Content-Type, in the first 1024 bytes.
        static const QRegularExpression meta(QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]{1,40})"),
                                             QRegularExpression::CaseInsensitiveOption);
        const auto m = meta.match(QString::fromLatin1(bytes.left(1024)));
        if (m.hasMatch())
            cs = m.captured(1).toLatin1().toLower();
    }
    // What is labelled Latin-1 or ASCII but uses 0x80-0x9F is windows-1252 in
    // practice (WHATWG Encoding: the labels are the same encoding).
    if (cs == "iso-8859-1" || cs == "us-ascii" || cs == "latin1" || cs == "ascii") {
        for (const char c : bytes)
            if (uchar(c) >= 0x80 && uchar(c) < 0xa0) {
                cs = "windows-1252";
                break;
            }
    }
    return MimeCharset::decode(bytes, cs);
}

MessageContent MessageContent::fromRaw(const QByteArray &raw)
{
    QString error;
    const std::optional<MimeNode> root = MimeTree::parse(raw, &error);
    return fromTree(raw, root ? &*root : nullptr, error);
}

MessageContent MessageContent::fromTree(const QByteArray &raw, const MimeNode *root, const QString &error)
{
    MessageContent c;
    c.m_raw = raw;
    const QByteArray header = root ? raw.mid(root->headerOffset, root->headerLength) : headerBlock(raw);

    // RFC 5322 section 3.6: the originator, destination and informational fields.
    c.from = DisplaySanitizer::header(HeaderFields::raw(header, "from"), true);
    c.to = DisplaySanitizer::header(HeaderFields::raw(header, "to"), true);
    c.cc = DisplaySanitizer::header(HeaderFields::raw(header, "cc"), true);
    c.replyTo = DisplaySanitizer::header(HeaderFields::raw(header, "reply-to"), true);
    c.subject = DisplaySanitizer::header(HeaderFields::raw(header, "subject"), false);
    const QByteArray date = HeaderFields::raw(header, "date");
    c.dateText = DisplaySanitizer::text(QString::fromLatin1(date)).text;
    c.date = QDateTime::fromString(QString::fromLatin1(date).simplified(), Qt::RFC2822Date);

    if (!root) {
        c.m_error = error;
        c.plainBody = MimeCharset::decode(raw.left(kMaxBodyChars), {});
        c.bodyTruncated = raw.size() > kMaxBodyChars;
        c.bodyFormat = BodyFormat::Plain;
        return c;
    }
    Walker(raw, &c).body(*root, QString());
    for (qsizetype i = 0; i < c.relatedParts.size(); ++i)
        c.m_cidRelated.insert(c.relatedParts.at(i).contentId, i);
    for (qsizetype i = 0; i < c.attachments.size(); ++i)
        if (!c.attachments.at(i).contentId.isEmpty() && !c.m_cidAttachment.contains(c.attachments.at(i).contentId))
            c.m_cidAttachment.insert(c.attachments.at(i).contentId, i);
    return c;
}

const MessagePart *MessageContent::partByContentId(const QByteArray &contentId) const
{
    if (const auto it = m_cidRelated.constFind(contentId); it != m_cidRelated.cend())
        return &relatedParts.at(*it);
    if (const auto it = m_cidAttachment.constFind(contentId); it != m_cidAttachment.cend())
        return &attachments.at(*it);
    return nullptr;
}

QByteArray MessageContent::partData(const MessagePart &part) const
{
    return MimeTree::decodedBody(m_raw, part.node);
}

QList<const MessagePart *> MessageContent::inlineImages() const
{
    QList<const MessagePart *> out;
    for (const MessagePart &p : attachments)
        if (p.isImage)
            out << &p;
    return out;
}

} // namespace carteiro
