// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeComposer.h"

#include "MimeStrings.h"
#include "Base64FileInputStream.h"
#include "FlowedText.h"
#include "VmimeFileInputStream.h"
#include "VmimeFileOutputStream.h"
#include "VmimeUtf8Platform.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

#include <vmime/contentDispositionField.hpp>
#include <vmime/contentTypeField.hpp>
#include <vmime/vmime.hpp>

#include <memory>
#include <set>
#include <vector>

namespace carteiro {

namespace {

// Always explicit: vmime's default charset is the locale's (see VmimeUtf8Platform).
vmime::charset utf8()
{
    return vmime::charset("utf-8");
}

vmime::word utf8Word(const QString &text)
{
    return vmime::word(MimeStrings::toStd(text), utf8());
}

vmime::text utf8Text(const QString &text)
{
    return vmime::text(utf8Word(text));
}

std::shared_ptr<vmime::mailbox> toMailbox(const MailAddress &address)
{
    // The domain goes in as IDNA: vmime would convert it too, but only when the
    // generation context has no internationalised-email support.
    const vmime::emailAddress email(vmime::word(MimeStrings::toStd(address.localPart()), utf8()),
                                    vmime::word(MimeStrings::toStd(address.domainAce()), utf8()));
    if (address.displayName.isEmpty())
        return vmime::make_shared<vmime::mailbox>(email);
    return vmime::make_shared<vmime::mailbox>(utf8Text(address.displayName), email);
}

vmime::addressList toAddressList(const QList<MailAddress> &addresses)
{
    vmime::addressList list;
    for (const MailAddress &address : addresses)
        list.appendAddress(toMailbox(address));
    return list;
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return raw.toHex();
}

// "=_" cannot occur in quoted-printable text, so the boundary never collides
// with an encoded body (RFC 2045 section 6.7, RFC 2046 section 5.1.1).
std::string newBoundary()
{
    return "=_carteiro_" + MimeStrings::toStd(randomHex(20));
}

// Every CR, LF or CRLF becomes CRLF; a non-empty text ends with CRLF.
QByteArray canonicalLineBreaks(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size() + in.size() / 40 + 2);
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < in.size() && in.at(i + 1) == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

void setMultipart(vmime::bodyPart &part, const char *subtype)
{
    auto ctf = vmime::dynamicCast<vmime::contentTypeField>(part.getHeader()->ContentType());
    ctf->setValue(vmime::mediaType(vmime::mediaTypes::MULTIPART, subtype));
    ctf->setBoundary(newBoundary());
}

void setTextContent(vmime::bodyPart &part, const QString &text, const char *subtype, bool flowed = false)
{
    const QByteArray bytes = canonicalLineBreaks((flowed ? FlowedText::encode(text) : text).toUtf8());
    auto contents = vmime::make_shared<vmime::stringContentHandler>(MimeStrings::toStd(bytes));
    vmime::encoding encoding = vmime::encoding::decide(contents, utf8(), vmime::encoding::USAGE_TEXT);
    if (encoding.getName() == vmime::encodingTypes::SEVEN_BIT && bytes.contains('\0'))
        encoding = vmime::encoding(vmime::encodingTypes::QUOTED_PRINTABLE, vmime::encoding::USAGE_TEXT);
    part.getBody()->setContents(contents, vmime::mediaType(vmime::mediaTypes::TEXT, subtype), utf8(), encoding);
    if (flowed) // RFC 3676 §4.1; DelSp stays "no": soft breaks keep their space
        vmime::dynamicCast<vmime::contentTypeField>(part.getHeader()->ContentType())
            ->appendParameter(vmime::make_shared<vmime::parameter>("format", "flowed"));
}

std::shared_ptr<vmime::bodyPart> appendChild(vmime::bodyPart &parent)
{
    auto child = vmime::make_shared<vmime::bodyPart>();
    parent.getBody()->appendPart(child);
    return child;
}

// Text alone, or multipart/alternative (plain first: the least preferred, RFC 2046 5.1.4).
void fillTextContent(vmime::bodyPart &part, const MessageDraft &draft)
{
    if (draft.htmlBody.isEmpty()) {
        setTextContent(part, draft.textBody, vmime::mediaTypes::TEXT_PLAIN, draft.flowed);
        return;
    }
    setMultipart(part, vmime::mediaTypes::MULTIPART_ALTERNATIVE);
    setTextContent(*appendChild(part), draft.textBody, vmime::mediaTypes::TEXT_PLAIN, draft.flowed);
    setTextContent(*appendChild(part), draft.htmlBody, vmime::mediaTypes::TEXT_HTML);
}

struct PreparedAttachment
{
    QString name;
    QByteArray mimeType;
    std::shared_ptr<VmimeFileInputStream> stream; // a file's content, streamed
    QByteArray bytes;                             // in-memory content (or a canonicalised message)
    bool inMemory = false;
    bool isMessage = false;         // message/rfc822: written as it is (RFC 2046 §5.2.1)
    const char *messageEncoding = vmime::encodingTypes::SEVEN_BIT; // 7bit or 8bit, for isMessage
};

// What a message/rfc822 body holds, read in blocks: a message may go out as it
// is only in canonical form (CRLF only) with lines of at most 998 octets and no
// NUL (RFC 5322 §2.1.1, RFC 2045 §2.7-2.8): no base64 for message/rfc822.
struct LineScan
{
    qint64 lineLength = 0, longest = 0;
    bool previousCr = false, bareBreak = false, nul = false, eightBit = false;

    void feed(const char *data, qint64 size)
    {
        for (qint64 i = 0; i < size; ++i) {
            const char c = data[i];
            if (previousCr) {
                previousCr = false;
                lineLength = 0;
                if (c == '\n')
                    continue;
                bareBreak = true;
            }
            if (c == '\r') {
                previousCr = true;
            } else if (c == '\n') {
                bareBreak = true;
                lineLength = 0;
            } else {
                longest = qMax(longest, ++lineLength);
                nul = nul || c == '\0';
                eightBit = eightBit || uchar(c) >= 0x80;
            }
        }
    }
    void finish()
    {
        if (previousCr)
            bareBreak = true;
    }
};

// Qt's base64 in 76-column lines joined by CRLF, like Base64FileInputStream.
QByteArray base64Lines(const QByteArray &raw)
{
    const QByteArray encoded = raw.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        if (i > 0)
            out += "\r\n";
        out.append(encoded.constData() + i, qMin<qsizetype>(76, encoded.size() - i));
    }
    return out;
}

void fillAttachment(vmime::bodyPart &part, const PreparedAttachment &attachment)
{
    auto header = part.getHeader();
    auto ctf = vmime::dynamicCast<vmime::contentTypeField>(header->ContentType());
    ctf->setValue(vmime::mediaType(MimeStrings::toStd(attachment.mimeType)));
    ctf->appendParameter(vmime::make_shared<vmime::parameter>("name", utf8Word(attachment.name)));
    auto cdf = vmime::dynamicCast<vmime::contentDispositionField>(header->ContentDisposition());
    cdf->setValue(vmime::contentDisposition(vmime::contentDispositionTypes::ATTACHMENT));
    cdf->setFilename(utf8Word(attachment.name));
    if (attachment.isMessage) {
        // RFC 2046 §5.2.1: message/rfc822 is never base64 or quoted-printable; the
        // bytes go as they are (checked canonical by prepareAttachment).
        const vmime::encoding encoding(attachment.messageEncoding);
        header->ContentTransferEncoding()->setValue(encoding);
        if (attachment.inMemory || !attachment.bytes.isNull())
            part.getBody()->setContents(
                vmime::make_shared<vmime::stringContentHandler>(MimeStrings::toStd(attachment.bytes), encoding));
        else
            part.getBody()->setContents(vmime::make_shared<vmime::streamContentHandler>(
                attachment.stream, size_t(attachment.stream->size()), encoding));
        return;
    }
    header->ContentTransferEncoding()->setValue(vmime::encoding(vmime::encodingTypes::BASE64));
    if (attachment.inMemory) {
        part.getBody()->setContents(vmime::make_shared<vmime::stringContentHandler>(
            MimeStrings::toStd(base64Lines(attachment.bytes)), vmime::encoding(vmime::encodingTypes::BASE64)));
        return;
    }
    // Pre-encoded stream declared as base64: vmime copies it block by block while
    // writing (its own encoder is several times slower than Qt's).
    auto encoded = std::make_shared<Base64FileInputStream>(attachment.stream);
    part.getBody()->setContents(vmime::make_shared<vmime::streamContentHandler>(
        encoded, size_t(encoded->size()), vmime::encoding(vmime::encodingTypes::BASE64)));
}

void writeField(vmime::utility::outputStream &out, const vmime::generationContext &ctx, const std::string &name,
                const vmime::component &value)
{
    out << name << ": ";
    value.generate(ctx, out, name.size() + 2);
    out << vmime::CRLF;
}

vmime::datetime toVmimeDate(const QDateTime &when)
{
    const int offsetSeconds = when.offsetFromUtc();
    const QDateTime local = when.toOffsetFromUtc(offsetSeconds);
    return vmime::datetime(local.date().year(), local.date().month(), local.date().day(), local.time().hour(),
                           local.time().minute(), local.time().second(), offsetSeconds / 60);
}

bool checkText(const QString &what, const QString &text, QString *error)
{
    const QString problem = MimeStrings::lineBreakOrNulProblem(text);
    if (problem.isEmpty())
        return true;
    if (error)
        *error = QCoreApplication::translate("Mime", "%1 \"%2\" %3").arg(what, MimeStrings::printable(text), problem);
    return false;
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

// A msg-id as RFC 5322 §3.6.4 writes it: "<" id ">", printable US-ASCII without
// spaces or angle brackets inside. CR, LF and NUL are named first: they are the
// header-injection attempt (tests/README.md, case 13).
bool checkMessageId(const QString &what, const QString &id, QString *error)
{
    if (!checkText(what, id, error))
        return false;
    static const QRegularExpression pattern(QStringLiteral("^<[\\x21-\\x3b\\x3d\\x3f-\\x7e]+>$"));
    if (id.size() > 900 || !pattern.match(id).hasMatch())
        return fail(error, QCoreApplication::translate("Mime", "%1 \"%2\" is not a message identifier like "
                                                              "<id@host> (RFC 5322 3.6.4)")
                               .arg(what, MimeStrings::printable(id)));
    return true;
}

// "References: <a> <b>" folded before 78 columns (RFC 5322 §2.2.3).
std::string referencesField(const QStringList &ids)
{
    std::string out = "References:";
    size_t column = out.size();
    for (const QString &id : ids) {
        const std::string value = MimeStrings::toStd(id);
        if (column > 11 && column + 1 + value.size() > 78) {
            out += "\r\n";
            column = 0;
        }
        out += ' ';
        out += value;
        column += 1 + value.size();
    }
    return out;
}

bool prepareAttachment(const AttachmentSpec &spec, PreparedAttachment *out, QString *error)
{
    out->name = MimeComposer::attachmentName(spec);
    const QString shown = MimeStrings::printable(spec.fileName.isEmpty() ? spec.filePath : spec.fileName, 400);
    if (out->name.isEmpty() || out->name == QLatin1String(".") || out->name == QLatin1String(".."))
        return fail(error, QCoreApplication::translate("Mime", "Attachment \"%1\" has no usable file name").arg(shown));
    for (const QChar c : out->name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            const QString problem = MimeStrings::lineBreakOrNulProblem(out->name);
            return fail(error, QCoreApplication::translate("Mime", "Attachment name \"%1\" %2")
                                   .arg(shown, problem.isEmpty()
                                                   ? QCoreApplication::translate("Mime", "contains a control character")
                                                   : problem));
        }
    }
    static const QRegularExpression mimePattern(QStringLiteral("^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+$"));
    if (!spec.mimeType.isEmpty() && !mimePattern.match(spec.mimeType).hasMatch())
        return fail(error, QCoreApplication::translate("Mime", "Attachment \"%1\": invalid MIME type \"%2\"")
                               .arg(shown, MimeStrings::printable(spec.mimeType)));
    out->inMemory = spec.inMemory;
    if (spec.inMemory) {
        out->bytes = spec.data;
    } else {
        out->stream = std::make_shared<VmimeFileInputStream>(spec.filePath);
        if (!out->stream->open(error))
            return false;
    }
    out->mimeType = MimeComposer::attachmentMimeType(spec).toLower();
    if (out->mimeType != "message/rfc822")
        return true;

    out->isMessage = true;
    LineScan scan;
    if (spec.inMemory) {
        scan.feed(out->bytes.constData(), out->bytes.size());
    } else {
        QByteArray block(64 * 1024, Qt::Uninitialized);
        while (const size_t n = out->stream->read(reinterpret_cast<vmime::byte_t *>(block.data()), size_t(block.size())))
            scan.feed(block.constData(), qint64(n));
        out->stream->reset();
    }
    scan.finish();
    if (scan.bareBreak) {
        // A message saved with the local line ends (a Maildir file has LF only):
        // canonical CRLF is what goes on the wire anyway (RFC 5322 §2.1).
        if (!spec.inMemory) {
            QFile file(spec.filePath);
            if (!file.open(QIODevice::ReadOnly))
                return fail(error, QCoreApplication::translate("Mime", "Cannot read the attachment \"%1\": %2")
                                       .arg(shown, file.errorString()));
            out->bytes = file.readAll();
            out->stream.reset();
        }
        out->bytes = canonicalLineBreaks(out->bytes);
    }
    if (scan.nul)
        return fail(error, QCoreApplication::translate("Mime", "Attached message \"%1\" contains a NUL character; "
                                                              "a message/rfc822 part cannot be encoded (RFC 2046 5.2.1)")
                               .arg(shown));
    if (scan.longest > 998)
        return fail(error, QCoreApplication::translate("Mime", "Attached message \"%1\" has a line of %2 octets (at most "
                                                              "998 allowed); a message/rfc822 part cannot be encoded "
                                                              "(RFC 2046 5.2.1)")
                               .arg(shown)
                               .arg(scan.longest));
    out->messageEncoding = scan.eightBit ? vmime::encodingTypes::EIGHT_BIT : vmime::encodingTypes::SEVEN_BIT;
    return true;
}

} // namespace

QString MimeComposer::attachmentName(const AttachmentSpec &spec)
{
    QString name = spec.fileName.isEmpty() ? QFileInfo(spec.filePath).fileName() : spec.fileName;
    const qsizetype cut = qMax(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    name = name.mid(cut + 1).trimmed();
    return name;
}

QByteArray MimeComposer::attachmentMimeType(const AttachmentSpec &spec)
{
    if (!spec.mimeType.isEmpty())
        return spec.mimeType.toLatin1();
    const QMimeDatabase db;
    if (spec.inMemory) {
        const QMimeType byData = db.mimeTypeForData(spec.data);
        const QMimeType byExtension = db.mimeTypeForFile(attachmentName(spec), QMimeDatabase::MatchExtension);
        if (byData.isValid() && !byData.isDefault())
            return (byExtension.isValid() && byExtension.inherits(byData.name()) ? byExtension : byData)
                .name()
                .toLatin1();
        if (byExtension.isValid() && !byExtension.isDefault())
            return byExtension.name().toLatin1();
        return QByteArrayLiteral("application/octet-stream");
    }
    const QMimeType byContent = db.mimeTypeForFile(spec.filePath, QMimeDatabase::MatchContent);
    const QMimeType byName = db.mimeTypeForFile(attachmentName(spec), QMimeDatabase::MatchExtension);
    const bool nameKnown = byName.isValid() && !byName.isDefault();
    if (byContent.isValid() && !byContent.isDefault()) {
        if (nameKnown && byName.inherits(byContent.name()))
            return byName.name().toLatin1();
        return byContent.name().toLatin1();
    }
    if (nameKnown)
        return byName.name().toLatin1();
    return QByteArrayLiteral("application/octet-stream");
}

std::optional<ComposedMessage> MimeComposer::compose(const MessageDraft &draft, const QString &outputPath,
                                                     QString *error)
{
    VmimeUtf8Platform::ensureInstalled();
    auto refuse = [error](const QString &text) -> std::optional<ComposedMessage> {
        if (error)
            *error = text;
        return std::nullopt;
    };

    // --- Check everything before writing a byte.
    bool needsSmtpUtf8 = false;
    bool utf8InHeaders = false;
    auto checkAddresses = [&](const QList<MailAddress> &list, bool inHeaders) {
        for (const MailAddress &address : list) {
            if (!address.isValid(error))
                return false;
            if (address.needsSmtpUtf8()) {
                needsSmtpUtf8 = true;
                utf8InHeaders = utf8InHeaders || inHeaders;
            }
        }
        return true;
    };
    if (draft.from.address.isEmpty())
        return refuse(QCoreApplication::translate("Mime", "The message has no sender (From)"));
    if (!checkAddresses({draft.from}, true) || !checkAddresses(draft.to, true) || !checkAddresses(draft.cc, true)
        || !checkAddresses(draft.replyTo, true) || !checkAddresses(draft.bcc, false))
        return std::nullopt;
    if (!checkText(QCoreApplication::translate("Mime", "Subject"), draft.subject, error))
        return std::nullopt;
    if (!draft.inReplyTo.isEmpty()
        && !checkMessageId(QCoreApplication::translate("Mime", "In-Reply-To"), draft.inReplyTo, error))
        return std::nullopt;
    for (const QString &id : draft.references)
        if (!checkMessageId(QCoreApplication::translate("Mime", "References"), id, error))
            return std::nullopt;

    QByteArray idDomain = draft.from.domainAce();
    if (!draft.messageIdDomain.isEmpty()) {
        idDomain = QUrl::toAce(draft.messageIdDomain);
        static const QRegularExpression domainPattern(QStringLiteral("^[A-Za-z0-9.-]+$"));
        if (idDomain.isEmpty() || !domainPattern.match(QString::fromLatin1(idDomain)).hasMatch())
            return refuse(QCoreApplication::translate("Mime", "Invalid Message-ID domain \"%1\"")
                                   .arg(MimeStrings::printable(draft.messageIdDomain)));
    }

    std::vector<PreparedAttachment> attachments;
    for (const AttachmentSpec &spec : draft.attachments) {
        PreparedAttachment prepared;
        if (!prepareAttachment(spec, &prepared, error))
            return std::nullopt;
        attachments.push_back(std::move(prepared));
    }

    ComposedMessage result;
    result.filePath = outputPath;
    result.needsSmtpUtf8 = needsSmtpUtf8;
    result.envelopeFrom = draft.from.envelopeAddress();
    result.messageId = '<' + randomHex(16) + '@' + idDomain + '>';
    std::set<QByteArray> seen;
    for (const QList<MailAddress> *list : {&draft.to, &draft.cc, &draft.bcc}) {
        for (const MailAddress &address : *list) {
            const QByteArray envelope = address.envelopeAddress();
            if (seen.insert(envelope).second)
                result.envelopeRecipients.append(envelope);
        }
    }

    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return refuse(QCoreApplication::translate("Mime", "Cannot write the message to \"%1\": %2")
                               .arg(MimeStrings::printable(outputPath, 400), file.errorString()));

    try {
        // --- The MIME structure (Content-* headers and bodies) is a vmime tree.
        auto message = vmime::make_shared<vmime::message>();
        if (attachments.empty()) {
            fillTextContent(*message, draft);
        } else {
            setMultipart(*message, vmime::mediaTypes::MULTIPART_MIXED);
            fillTextContent(*appendChild(*message), draft);
            for (const PreparedAttachment &attachment : attachments)
                fillAttachment(*appendChild(*message), attachment);
        }

        vmime::generationContext ctx;
        ctx.setInternationalizedEmailSupport(false); // RFC 2047 words, IDNA domains
        ctx.setEncodedParameterValueMode(vmime::generationContext::PARAMETER_VALUE_RFC2231_AND_RFC2047);
        // A UTF-8 local part cannot be RFC 2047-encoded (vmime would do it, breaking the
        // address): address headers carry it raw (RFC 6532) and the message needs SMTPUTF8.
        vmime::generationContext addressCtx(ctx);
        addressCtx.setInternationalizedEmailSupport(utf8InHeaders);

        VmimeFileOutputStream out(&file);
        // --- Top-level fields are written one by one: vmime's Reply-To takes a single
        // mailbox, and each field needs its own context (see addressCtx).
        writeField(out, ctx, "Date", toVmimeDate(draft.date.isValid() ? draft.date : QDateTime::currentDateTime()));
        writeField(out, addressCtx, "From", *toMailbox(draft.from));
        if (!draft.replyTo.isEmpty())
            writeField(out, addressCtx, "Reply-To", toAddressList(draft.replyTo));
        if (!draft.to.isEmpty())
            writeField(out, addressCtx, "To", toAddressList(draft.to));
        if (!draft.cc.isEmpty())
            writeField(out, addressCtx, "Cc", toAddressList(draft.cc));
        if (!draft.subject.isEmpty())
            writeField(out, ctx, "Subject", utf8Text(draft.subject));
        out << "Message-ID: " << MimeStrings::toStd(result.messageId) << vmime::CRLF;
        // Threading fields of a reply (RFC 5322 §3.6.4), checked above.
        if (!draft.inReplyTo.isEmpty())
            out << "In-Reply-To: " << MimeStrings::toStd(draft.inReplyTo) << vmime::CRLF;
        if (!draft.references.isEmpty())
            out << referencesField(draft.references) << vmime::CRLF;
        out << "MIME-Version: 1.0" << vmime::CRLF;
        for (const auto &field : message->getHeader()->getFieldList()) {
            field->generate(ctx, out);
            out << vmime::CRLF;
        }
        out << vmime::CRLF;
        message->getBody()->generate(ctx, out);
        if (!out.endsWithCrlf())
            out << vmime::CRLF;

        // Guards: what vmime wrote must be valid on the wire as it is.
        if (out.longestLine() > 998 || out.bareLineBreaks() > 0) {
            file.cancelWriting();
            return refuse(QCoreApplication::translate("Mime", "Internal error: the composed message has a line "
                                                                   "longer than 998 octets or a bare CR/LF"));
        }
        result.size = out.bytesWritten();
        result.has8BitData = out.has8BitData();
    } catch (const std::exception &e) {
        file.cancelWriting();
        return refuse(QCoreApplication::translate("Mime", "Could not compose the message: %1")
                               .arg(QString::fromUtf8(e.what())));
    }
    if (!file.commit())
        return refuse(QCoreApplication::translate("Mime", "Cannot write the message to \"%1\": %2")
                               .arg(MimeStrings::printable(outputPath, 400), file.errorString()));
    return result;
}

} // namespace carteiro
