// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyBuilder.h"

#include "FlowedText.h"
#include "HeaderFields.h"
#include "MimeCharset.h"
#include "MimeStrings.h"
#include "MessageContent.h"
#include "SafeFileName.h"
#include "Signature.h"
#include "VmimeUtf8Platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <vmime/vmime.hpp>

namespace carteiro {

namespace {

constexpr int kMaxReferences = 30; // a long thread keeps its root and the newest ids

bool isControlOrBidi(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e)
           || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}

QString withoutControls(QString text)
{
    text.removeIf([](QChar c) { return isControlOrBidi(c.unicode()); });
    return text;
}

QString decodeWordText(const vmime::word &word)
{
    const vmime::string &buffer = word.getBuffer();
    return MimeCharset::decode(QByteArray(buffer.data(), qsizetype(buffer.size())),
                               QByteArray::fromStdString(word.getCharset().getName()));
}

QString decodeText(const vmime::text &text)
{
    QString out;
    for (size_t i = 0; i < text.getWordCount(); ++i)
        out += decodeWordText(*text.getWordAt(i));
    return withoutControls(out).simplified();
}

void appendMailbox(const vmime::mailbox &box, const QByteArray &source, QList<MailAddress> *out,
                   QStringList *skipped)
{
    const vmime::emailAddress &email = box.getEmail();
    MailAddress a;
    a.displayName = decodeText(box.getName());
    a.address = decodeWordText(email.getLocalName());
    if (!email.getDomainName().isEmpty())
        a.address += QLatin1Char('@') + decodeWordText(email.getDomainName());
    QString why;
    // vmime completes an address without a domain with this computer's host name:
    // an address that is not in the field as written is not the sender's.
    if (!a.address.isEmpty() && !QString::fromUtf8(source).contains(a.address, Qt::CaseInsensitive)) {
        why = QCoreApplication::translate("ReplyBuilder", "it is not a complete address (local-part@domain)");
        a.address = decodeWordText(email.getLocalName());
    }
    if (a.address.isEmpty() || !why.isEmpty() || !a.isValid(&why)) {
        if (skipped)
            skipped->append(QCoreApplication::translate("ReplyBuilder", "Left out the address \"%1\": %2")
                                .arg(MimeStrings::printable(a.toDisplayString()),
                                     why.isEmpty() ? QCoreApplication::translate("ReplyBuilder", "it is empty")
                                                   : why));
        return;
    }
    out->append(a);
}

// The msg-ids ("<...>") of a header value, in order (RFC 5322 §3.6.4); anything
// else in the field (comments, junk between ids) is left out.
QStringList messageIds(const QByteArray &value)
{
    static const QRegularExpression idPattern(QStringLiteral("<[\\x21-\\x3b\\x3d\\x3f-\\x7e]{1,900}>"));
    QStringList ids;
    auto it = idPattern.globalMatch(QString::fromLatin1(value));
    while (it.hasNext())
        ids << it.next().captured(0);
    return ids;
}

// Just enough HTML to text for quoting: block ends become line breaks, tags go,
// the common entities are decoded. Never rendered, so nothing remote is fetched.
QString htmlToText(QString html)
{
    if (html.isEmpty())
        return {};
    static const QRegularExpression hidden(QStringLiteral("<(script|style|head)\\b.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<(br|/p|/div|/li|/tr|/h[1-6])\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression blanks(QStringLiteral("[ \\t\\r\\n]+"));
    html.remove(hidden);
    html.replace(blanks, QStringLiteral(" "));
    html.replace(breaks, QStringLiteral("\n"));
    html.remove(tags);
    html.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    html.replace(QLatin1String("&lt;"), QLatin1String("<"));
    html.replace(QLatin1String("&gt;"), QLatin1String(">"));
    html.replace(QLatin1String("&quot;"), QLatin1String("\""));
    html.replace(QLatin1String("&#39;"), QLatin1String("'"));
    html.replace(QLatin1String("&amp;"), QLatin1String("&"));
    QStringList lines = html.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(QLatin1Char('\n')).trimmed() + QLatin1Char('\n');
}

QString lowerAddress(const QString &address)
{
    return address.trimmed().toLower();
}

// Appends the addresses not yet seen and not the user's own.
void appendNew(QList<MailAddress> *to, const QList<MailAddress> &from, QSet<QString> *seen, const QSet<QString> &mine)
{
    for (const MailAddress &a : from) {
        const QString key = lowerAddress(a.address);
        if (mine.contains(key) || seen->contains(key))
            continue;
        seen->insert(key);
        to->append(a);
    }
}

QString addressesText(const QList<MailAddress> &list)
{
    QStringList parts;
    for (const MailAddress &a : list)
        parts << a.toDisplayString();
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString ReplyBuilder::strippedSubject(const QString &subject)
{
    // RFC 5322 §3.6.5 calls "Re: " only customary; clients in the wild add their
    // own language's words: pt_BR "Res:" / "Enc:", de "AW:" / "WG:", fr "TR:", sv "SV:".
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*(re|res|aw|sv|fwd?|enc|wg|tr)\\s*(\\[\\d+\\]|\\(\\d+\\))?\\s*:\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    QString s = subject.trimmed();
    for (;;) {
        const QRegularExpressionMatch m = prefix.match(s);
        if (!m.hasMatch() || m.capturedLength(0) == 0)
            break;
        s = s.mid(m.capturedLength(0));
    }
    return s.trimmed();
}

QString ReplyBuilder::replySubject(const QString &subject)
{
    return QStringLiteral("Re: ") + strippedSubject(subject);
}

QString ReplyBuilder::forwardSubject(const QString &subject)
{
    return QStringLiteral("Fwd: ") + strippedSubject(subject);
}

QString ReplyBuilder::quote(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the final line break ends the text, it does not start a line
    QString out;
    for (const QString &line : std::as_const(lines)) {
        if (line.isEmpty())
            out += QLatin1Char('>');
        else if (line.startsWith(QLatin1Char('>')))
            out += QLatin1Char('>') + line;
        else
            out += QStringLiteral("> ") + line;
        out += QLatin1Char('\n');
    }
    return out;
}

QString ReplyBuilder::attachmentFileName(const QString &subject)
{
    // A subject is not a path: its slashes stay visible as "_" rather than cut it.
    QString name = subject;
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    name = name.simplified();
    if (name.isEmpty())
        return QStringLiteral("message.eml");
    return SafeFileName::make(name + QStringLiteral(".eml"), "message/rfc822");
}

QList<MailAddress> ReplyBuilder::parseAddressList(const QByteArray &value, QStringList *skipped)
{
    QList<MailAddress> out;
    if (value.trimmed().isEmpty())
        return out;
    VmimeUtf8Platform::ensureInstalled();
    try {
        vmime::addressList list;
        list.parse(value.toStdString());
        for (size_t i = 0; i < list.getAddressCount(); ++i) {
            const auto address = list.getAddressAt(i);
            if (address->isGroup()) { // RFC 5322 §3.4 "display-name: a, b;"
                const auto group = vmime::dynamicCast<const vmime::mailboxGroup>(address);
                for (size_t j = 0; j < group->getMailboxCount(); ++j)
                    appendMailbox(*group->getMailboxAt(j), value, &out, skipped);
            } else {
                appendMailbox(*vmime::dynamicCast<const vmime::mailbox>(address), value, &out, skipped);
            }
        }
    } catch (const std::exception &e) {
        if (skipped)
            skipped->append(QCoreApplication::translate("ReplyBuilder", "Could not read the addresses \"%1\": %2")
                                .arg(MimeStrings::printable(QString::fromUtf8(value)), QString::fromUtf8(e.what())));
    }
    return out;
}

std::optional<MessageDraft> ReplyBuilder::build(Mode mode, const QByteArray &raw, const Identity &me, QString *error,
                                                QStringList *notes)
{
    auto refuse = [error](const QString &text) -> std::optional<MessageDraft> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    const MessageContent content = MessageContent::fromRaw(raw);
    if (!content.error().isEmpty())
        return refuse(
            QCoreApplication::translate("ReplyBuilder", "Cannot read the original message: %1").arg(content.error()));
    const QByteArray &header = raw; // HeaderFields stops at the blank line that ends the header

    QStringList skipped;
    const QList<MailAddress> from = parseAddressList(HeaderFields::raw(header, "From"), &skipped);
    const QList<MailAddress> replyTo = parseAddressList(HeaderFields::raw(header, "Reply-To"), &skipped);
    const QList<MailAddress> to = parseAddressList(HeaderFields::raw(header, "To"), &skipped);
    const QList<MailAddress> cc = parseAddressList(HeaderFields::raw(header, "Cc"), &skipped);
    const QString subject = HeaderFields::decoded(header, "Subject");
    const QByteArray dateValue = HeaderFields::raw(header, "Date");

    MessageDraft draft;
    draft.from = me.address;

    QString text = content.plainBody.isEmpty() ? htmlToText(content.htmlBody) : content.plainBody;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const bool flowed = !content.plainBody.isEmpty() && content.plainFlowed;
    if (flowed) // RFC 3676 §4.5: paragraphs unwrapped, quote depths kept, then quoted one level deeper
        text = FlowedText::toPlain(FlowedText::decode(text, content.plainDelSp));

    if (mode == Mode::Reply || mode == Mode::ReplyAll) {
        QSet<QString> mine{lowerAddress(me.address.address)};
        for (const QString &alt : me.alternativeAddresses) {
            QString ignored;
            const auto parsed = MailAddress::parse(alt, &ignored);
            mine.insert(lowerAddress(parsed ? parsed->address : alt));
        }
        // RFC 5322 §3.6.3: replies go to Reply-To when the author set one.
        QList<MailAddress> targets = replyTo.isEmpty() ? from : replyTo;
        bool allMine = !targets.isEmpty();
        for (const MailAddress &a : std::as_const(targets))
            allMine = allMine && mine.contains(lowerAddress(a.address));
        if (allMine && replyTo.isEmpty() && !to.isEmpty())
            targets = to; // replying to one's own sent message: to its recipients again

        QSet<QString> seen;
        if (mode == Mode::Reply) {
            appendNew(&draft.to, targets, &seen, allMine ? mine : QSet<QString>());
        } else {
            appendNew(&draft.to, targets, &seen, mine);
            appendNew(&draft.to, to, &seen, mine);
            appendNew(&draft.cc, cc, &seen, mine);
        }
        if (draft.to.isEmpty() && draft.cc.isEmpty()) {
            if (!targets.isEmpty() && allMine) {
                draft.to = targets; // a note to oneself: replying goes back to oneself
            } else {
                QString text = QCoreApplication::translate(
                    "ReplyBuilder", "The message has no usable From or Reply-To address to reply to.");
                if (!skipped.isEmpty())
                    text += QLatin1Char(' ') + skipped.join(QLatin1Char(' '));
                return refuse(text);
            }
        }

        draft.subject = replySubject(subject);
        const QStringList ownId = messageIds(HeaderFields::raw(header, "Message-ID"));
        QStringList references = messageIds(HeaderFields::raw(header, "References"));
        if (references.isEmpty()) {
            // RFC 5322 §3.6.4: no References but a single In-Reply-To id: that id starts the chain.
            const QStringList parent = messageIds(HeaderFields::raw(header, "In-Reply-To"));
            if (parent.size() == 1)
                references = parent;
        }
        if (!ownId.isEmpty()) {
            draft.inReplyTo = ownId.first();
            references.append(ownId.first());
        } else {
            skipped.append(QCoreApplication::translate(
                "ReplyBuilder", "The original message has no Message-ID: the reply cannot name it (In-Reply-To)."));
        }
        if (references.size() > kMaxReferences)
            references = references.mid(0, 1) + references.mid(references.size() - (kMaxReferences - 1));
        draft.references = references;

        const QString name = from.isEmpty() ? QCoreApplication::translate("ReplyBuilder", "someone")
                                            : (from.first().displayName.isEmpty() ? from.first().address
                                                                                  : from.first().displayName);
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(dateValue).simplified(), Qt::RFC2822Date);
        const QString date = when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                                            : HeaderFields::decodeWords(dateValue);
        const QString attribution =
            date.isEmpty() ? QCoreApplication::translate("ReplyBuilder", "%1 wrote:").arg(name)
                           : QCoreApplication::translate("ReplyBuilder", "On %1, %2 wrote:").arg(date, name);
        // The cursor goes at the top: the answer is written above the quote. The
        // original's signature is left out (RFC 3676 §4.3), and a flowed
        // original gets a flowed reply (its quote reflows).
        draft.textBody = QStringLiteral("\n\n") + attribution + QLatin1Char('\n') + quote(Signature::withoutSignature(text));
        draft.flowed = flowed;
    } else if (mode == Mode::Forward) {
        draft.subject = forwardSubject(subject);
        QString block = QStringLiteral("\n\n")
                        + QCoreApplication::translate("ReplyBuilder", "---------- Forwarded message ---------")
                        + QLatin1Char('\n');
        const auto line = [&block](const QString &label, const QString &value) {
            if (!value.isEmpty())
                block += label + QLatin1Char(' ') + value + QLatin1Char('\n');
        };
        line(QCoreApplication::translate("ReplyBuilder", "From:"), addressesText(from));
        line(QCoreApplication::translate("ReplyBuilder", "Date:"), HeaderFields::decodeWords(dateValue));
        line(QCoreApplication::translate("ReplyBuilder", "Subject:"), subject);
        line(QCoreApplication::translate("ReplyBuilder", "To:"), addressesText(to));
        line(QCoreApplication::translate("ReplyBuilder", "Cc:"), addressesText(cc));
        draft.textBody = block + QLatin1Char('\n') + text;
        // The attachments, and the images an HTML body showed, come along decoded.
        for (const QList<MessagePart> *parts : {&content.attachments, &content.relatedParts})
            for (const MessagePart &part : *parts)
                draft.attachments.append(AttachmentSpec::fromBytes(part.safeName, content.partData(part),
                                                                   QString::fromLatin1(part.mediaType)));
    } else {
        draft.subject = forwardSubject(subject);
        // RFC 2046 §5.2.1: the whole message, as it is, in a message/rfc822 part.
        draft.attachments.append(
            AttachmentSpec::fromBytes(attachmentFileName(subject), raw, QStringLiteral("message/rfc822")));
    }
    if (notes)
        *notes = skipped;
    return draft;
}

} // namespace carteiro
