#include "store/MessageSummary.h"

#include "mime/HeaderFields.h"
#include "mime/MailAddress.h"
#include "mime/MimeTree.h"

namespace carteiro {

namespace {

struct Mailbox
{
    QString name;
    QString address;
};

// Splits an address-list (RFC 5322 §3.4) at commas outside quotes, angle
// brackets and comments; group syntax "name: a, b;" yields its members.
QList<QByteArray> splitAddressList(const QByteArray &value)
{
    QList<QByteArray> out;
    QByteArray current;
    bool quoted = false, escaped = false;
    int angle = 0, comment = 0;
    auto flush = [&] {
        QByteArray item = current.trimmed();
        current.clear();
        if (!item.isEmpty())
            out.append(item);
    };
    for (char c : value) {
        if (escaped) {
            current += c;
            escaped = false;
            continue;
        }
        if (c == '\\' && (quoted || comment)) {
            current += c;
            escaped = true;
            continue;
        }
        if (quoted) {
            if (c == '"')
                quoted = false;
            current += c;
            continue;
        }
        if (comment) {
            if (c == '(')
                ++comment;
            else if (c == ')')
                --comment;
            current += c;
            continue;
        }
        switch (c) {
        case '"': quoted = true; current += c; break;
        case '(': comment = 1; current += c; break;
        case '<': ++angle; current += c; break;
        case '>': angle = qMax(0, angle - 1); current += c; break;
        case ',':
        case ';':
            if (angle)
                current += c;
            else
                flush();
            break;
        case ':':
            if (angle)
                current += c;
            else
                current.clear(); // "group-name:" (RFC 5322 §3.4)
            break;
        default: current += c;
        }
    }
    flush();
    return out;
}

// Removes comments "(...)" outside quotes; returns the last comment's text in *lastComment.
QByteArray stripComments(const QByteArray &in, QByteArray *lastComment)
{
    QByteArray out, text;
    bool quoted = false, escaped = false;
    int depth = 0;
    for (char c : in) {
        if (escaped) {
            (depth ? text : out) += c;
            escaped = false;
            continue;
        }
        if (c == '\\' && (quoted || depth)) {
            escaped = true;
            if (!depth)
                out += c;
            continue;
        }
        if (depth) {
            if (c == '(')
                ++depth;
            else if (c == ')' && --depth == 0) {
                if (lastComment)
                    *lastComment = text.trimmed();
                text.clear();
                continue;
            }
            text += c;
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == '(' && !quoted) {
            depth = 1;
            continue;
        }
        out += c;
    }
    return out;
}

// "\"Silva, Ana\"" -> "Silva, Ana" (quoted-string, RFC 5322 §3.2.4).
QByteArray unquote(const QByteArray &in)
{
    QByteArray out;
    bool escaped = false;
    for (char c : in) {
        if (escaped) {
            out += c;
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c != '"') {
            out += c;
        }
    }
    return out.simplified();
}

Mailbox parseMailbox(const QByteArray &item)
{
    Mailbox box;
    const qsizetype open = item.lastIndexOf('<');
    const qsizetype close = item.lastIndexOf('>');
    if (open >= 0 && close > open) {
        const QByteArray phrase = stripComments(item.left(open), nullptr).trimmed();
        box.address = HeaderFields::decodeWords(item.mid(open + 1, close - open - 1).trimmed());
        box.name = HeaderFields::decodeWords(unquote(phrase));
    } else {
        QByteArray comment;
        const QByteArray spec = stripComments(item, &comment).trimmed();
        box.address = HeaderFields::decodeWords(spec);
        box.name = HeaderFields::decodeWords(unquote(comment)); // "bob@x (Bob)", the old form
    }
    box.address.remove(QLatin1Char(' '));
    return box;
}

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
    QStringList parts;
    for (const QByteArray &item : splitAddressList(rawValue)) {
        const Mailbox box = parseMailbox(item);
        if (box.address.isEmpty() && box.name.isEmpty())
            continue;
        parts.append(MailAddress{box.name, box.address}.toDisplayString());
    }
    return parts.join(QStringLiteral(", "));
}

void MessageSummary::firstMailbox(const QByteArray &rawValue, QString *name, QString *address)
{
    const QList<QByteArray> items = splitAddressList(rawValue);
    const Mailbox box = items.isEmpty() ? Mailbox{} : parseMailbox(items.first());
    if (name)
        *name = box.name;
    if (address)
        *address = box.address;
}

QDateTime MessageSummary::parseDate(const QByteArray &rawValue)
{
    // Qt reads RFC 2822 dates but not a trailing "(UTC)" comment.
    const QByteArray value = stripComments(rawValue, nullptr).simplified();
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
