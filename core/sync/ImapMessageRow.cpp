// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapMessageRow.h"

#include "mime/AddressHeader.h"
#include "mime/HeaderFields.h"

#include <QStringDecoder>

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

QString decodeWords(const QByteArray &value, ImapMessageRow::WordCache *cache)
{
    return cache ? cache->decode(value) : HeaderFields::decodeWords(value);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// RFC 2047 §4.1 B: strict base64 (padded, no stray characters), else false.
bool decodeB(QByteArrayView text, QByteArray *out)
{
    if (text.isEmpty() || text.size() % 4 != 0)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool b64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
                         c == '/';
        if (!b64 && !(c == '=' && i >= text.size() - 2 && (i == text.size() - 1 || text[i + 1] == '=')))
            return false;
    }
    const auto r = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return false;
    *out += *r;
    return true;
}

// RFC 2047 §4.2 Q: "_" is a space, "=XX" a byte; only characters §5(3) allows.
bool decodeQ(QByteArrayView text, QByteArray *out)
{
    if (text.isEmpty())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            out->append(' ');
        } else if (c == '=') {
            if (i + 2 >= text.size())
                return false;
            const int hi = hexValue(text[i + 1]), lo = hexValue(text[i + 2]);
            if (hi < 0 || lo < 0)
                return false;
            out->append(char(hi * 16 + lo));
            i += 2;
        } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '!' ||
                   c == '*' || c == '+' || c == '-' || c == '/') {
            out->append(c);
        } else {
            return false;
        }
    }
    return true;
}

// One token: true with *encoded set when it is a whole encoded word we handle.
bool decodeToken(QByteArrayView token, bool *encoded, QByteArray *bytes)
{
    *encoded = false;
    if (!token.contains("=?")) {
        if (token.contains("?="))
            return false;
        return true;
    }
    if (!token.startsWith("=?") || !token.endsWith("?=") || token.size() < 8)
        return false;
    const QByteArrayView inner = token.sliced(2, token.size() - 4);
    const qsizetype q1 = inner.indexOf('?');
    if (q1 <= 0 || q1 + 2 >= inner.size() || inner[q1 + 2] != '?')
        return false;
    const QByteArrayView charset = inner.first(q1);
    if (charset.compare("utf-8", Qt::CaseInsensitive) != 0 && charset.compare("us-ascii", Qt::CaseInsensitive) != 0)
        return false;
    const QByteArrayView text = inner.sliced(q1 + 3);
    if (text.contains('?'))
        return false;
    const char enc = inner[q1 + 1];
    *encoded = true;
    if (enc == 'B' || enc == 'b')
        return decodeB(text, bytes);
    if (enc == 'Q' || enc == 'q')
        return decodeQ(text, bytes);
    return false;
}

} // namespace

bool ImapMessageRow::WordCache::decodeSimple(const QByteArray &value, QString *out)
{
    if (value.startsWith(' ') || value.endsWith(' '))
        return false; // vmime trims around encoded words; left to it
    for (const char c : value)
        if (c < 0x20 || c > 0x7e)
            return false;
    // Adjacent encoded words are joined (the space between them is not text,
    // RFC 2047 §6.2) before their bytes are read as UTF-8, so a character split
    // across two words stays whole.
    QByteArray bytes;
    bytes.reserve(value.size());
    bool lastEncoded = false;
    qsizetype i = 0;
    while (i < value.size()) {
        qsizetype j = i;
        while (j < value.size() && value[j] == ' ')
            ++j;
        const QByteArrayView spaces(value.constData() + i, j - i);
        i = j;
        while (j < value.size() && value[j] != ' ')
            ++j;
        const QByteArrayView token(value.constData() + i, j - i);
        i = j;
        bool encoded = false;
        QByteArray decoded;
        if (!decodeToken(token, &encoded, &decoded))
            return false;
        if (!(encoded && lastEncoded))
            bytes += spaces;
        if (encoded)
            bytes += decoded;
        else
            bytes += token;
        lastEncoded = encoded;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return false;
    text.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
    *out = text;
    return true;
}

QString ImapMessageRow::WordCache::decode(const QByteArray &value)
{
    // Only encoded words are worth remembering; plain text decodes quickly and
    // is mostly unique (addresses, subjects).
    if (!value.contains("=?"))
        return HeaderFields::decodeWords(value);
    if (const auto it = m_decoded.constFind(value); it != m_decoded.cend())
        return *it;
    if (m_decoded.size() >= m_capacity)
        m_decoded.clear();
    const QString text = decodeOnce(value);
    m_decoded.insert(value, text);
    return text;
}

QString ImapMessageRow::WordCache::decodeOnce(const QByteArray &value)
{
    QString text;
    if (!value.contains("=?") || !decodeSimple(value, &text))
        text = HeaderFields::decodeWords(value);
    return text;
}

QString ImapMessageRow::addressList(const QList<ImapAddress> &addresses, WordCache *cache)
{
    QString out;
    for (const ImapAddress &a : addresses) {
        if (a.isGroupMarker())
            continue;
        // The name decoded, the address as written (RFC 2047 §5).
        const QString name = decodeWords(a.name, cache);
        if (!out.isEmpty())
            out += QLatin1String(", ");
        out += AddressHeader::format(name, AddressHeader::addressText(a.address()));
    }
    return out;
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

StoredMessage ImapMessageRow::fromFetch(const ImapFetch &f, WordCache *cache)
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
            m.fromName = decodeWords(a.name, cache);
            m.fromAddress = AddressHeader::addressText(a.address()); // never decoded (RFC 2047 §5)
            break;
        }
        m.to = addressList(e->to, cache);
        m.cc = addressList(e->cc, cache);
        // Subjects rarely repeat exactly: decoded, not remembered.
        m.subject = cache ? WordCache::decodeOnce(e->subject) : HeaderFields::decodeWords(e->subject);
        m.messageId = e->messageId;
        m.inReplyTo = e->inReplyTo;
    }
    if (f.bodyStructure)
        m.hasAttachments = hasAttachments(*f.bodyStructure);
    return m;
}

} // namespace carteiro
