// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/DraftCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carteiro {

namespace {

constexpr int kVersion = 1;

QJsonArray addresses(const QList<MailAddress> &list)
{
    QJsonArray out;
    for (const MailAddress &a : list)
        out.append(a.toDisplayString());
    return out;
}

bool readAddresses(const QJsonValue &value, const char *field, QList<MailAddress> *out, QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *error = QCoreApplication::translate("DraftCodec", "the saved draft's %1 field is not a list")
                     .arg(QLatin1String(field));
        return false;
    }
    for (const QJsonValue &v : value.toArray()) {
        QString why;
        const auto a = MailAddress::parse(v.toString(), &why);
        if (!a) {
            *error = QCoreApplication::translate("DraftCodec", "the saved draft's %1 address \"%2\" is not valid: %3")
                         .arg(QLatin1String(field), v.toString(), why);
            return false;
        }
        out->append(*a);
    }
    return true;
}

} // namespace

QByteArray DraftCodec::encode(const SavedDraft &saved)
{
    const MessageDraft &d = saved.draft;
    QJsonObject o;
    o.insert(QStringLiteral("version"), kVersion);
    o.insert(QStringLiteral("account"), saved.accountId);
    if (!d.from.address.isEmpty())
        o.insert(QStringLiteral("from"), d.from.toDisplayString());
    o.insert(QStringLiteral("to"), addresses(d.to));
    o.insert(QStringLiteral("cc"), addresses(d.cc));
    o.insert(QStringLiteral("bcc"), addresses(d.bcc));
    o.insert(QStringLiteral("replyTo"), addresses(d.replyTo));
    o.insert(QStringLiteral("subject"), d.subject);
    o.insert(QStringLiteral("text"), d.textBody);
    if (!d.htmlBody.isEmpty())
        o.insert(QStringLiteral("html"), d.htmlBody);
    if (!d.inReplyTo.isEmpty())
        o.insert(QStringLiteral("inReplyTo"), d.inReplyTo);
    if (!d.references.isEmpty())
        o.insert(QStringLiteral("references"), QJsonArray::fromStringList(d.references));
    if (d.flowed)
        o.insert(QStringLiteral("flowed"), true);
    QJsonArray files;
    for (const AttachmentSpec &a : d.attachments) {
        QJsonObject f;
        f.insert(QStringLiteral("name"), a.fileName);
        if (!a.mimeType.isEmpty())
            f.insert(QStringLiteral("type"), a.mimeType);
        if (a.inMemory)
            f.insert(QStringLiteral("data"), QString::fromLatin1(a.data.toBase64()));
        else
            f.insert(QStringLiteral("path"), a.filePath);
        files.append(f);
    }
    o.insert(QStringLiteral("attachments"), files);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<SavedDraft> DraftCodec::decode(const QByteArray &bytes, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QCoreApplication::translate("DraftCodec", "the saved draft is not readable (%1 at byte %2)")
                     .arg(parse.errorString())
                     .arg(parse.offset);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const int version = o.value(QStringLiteral("version")).toInt(0);
    if (version < 1 || version > kVersion) {
        *error = QCoreApplication::translate("DraftCodec", "the saved draft has version %1; this Carteiro reads 1 to %2")
                     .arg(version)
                     .arg(kVersion);
        return std::nullopt;
    }
    SavedDraft saved;
    saved.accountId = o.value(QStringLiteral("account")).toString();
    MessageDraft &d = saved.draft;
    d.flowed = o.value(QStringLiteral("flowed")).toBool(false);
    if (o.contains(QStringLiteral("from"))) {
        QString why;
        const auto from = MailAddress::parse(o.value(QStringLiteral("from")).toString(), &why);
        if (!from) {
            *error = QCoreApplication::translate("DraftCodec", "the saved draft's sender is not valid: %1").arg(why);
            return std::nullopt;
        }
        d.from = *from;
    }
    if (!readAddresses(o.value(QStringLiteral("to")), "To", &d.to, error) ||
        !readAddresses(o.value(QStringLiteral("cc")), "Cc", &d.cc, error) ||
        !readAddresses(o.value(QStringLiteral("bcc")), "Bcc", &d.bcc, error) ||
        !readAddresses(o.value(QStringLiteral("replyTo")), "Reply-To", &d.replyTo, error))
        return std::nullopt;
    d.subject = o.value(QStringLiteral("subject")).toString();
    d.textBody = o.value(QStringLiteral("text")).toString();
    d.htmlBody = o.value(QStringLiteral("html")).toString();
    d.inReplyTo = o.value(QStringLiteral("inReplyTo")).toString();
    for (const QJsonValue &r : o.value(QStringLiteral("references")).toArray())
        d.references.append(r.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject f = v.toObject();
        AttachmentSpec a;
        a.fileName = f.value(QStringLiteral("name")).toString();
        a.mimeType = f.value(QStringLiteral("type")).toString();
        if (f.contains(QStringLiteral("data"))) {
            const auto decoded = QByteArray::fromBase64Encoding(f.value(QStringLiteral("data")).toString().toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                *error = QCoreApplication::translate("DraftCodec", "the saved draft's attachment \"%1\" is damaged")
                             .arg(a.fileName);
                return std::nullopt;
            }
            a.data = *decoded;
            a.inMemory = true;
        } else {
            a.filePath = f.value(QStringLiteral("path")).toString();
            if (a.filePath.isEmpty()) {
                *error = QCoreApplication::translate("DraftCodec", "the saved draft's attachment \"%1\" has no file")
                             .arg(a.fileName);
                return std::nullopt;
            }
        }
        d.attachments.append(a);
    }
    return saved;
}

} // namespace carteiro
