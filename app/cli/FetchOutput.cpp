// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetchOutput.h"

#include "CliCommon.h"
#include "mime/AddressHeader.h"
#include "mime/AddressList.h"
#include "mime/HeaderFields.h"
#include "mime/MimeTree.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace carteiro::cli {

namespace {
struct TrCli { Q_DECLARE_TR_FUNCTIONS(Cli) };
} // namespace

void writeRaw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString isoDate(const QString &rfc5322, const QDateTime &fallback)
{
    const QDateTime d = QDateTime::fromString(rfc5322.simplified(), Qt::RFC2822Date);
    if (d.isValid())
        return d.toString(Qt::ISODate);
    return fallback.isValid() ? fallback.toString(Qt::ISODate) : rfc5322;
}

void printEntry(const QJsonObject &o, bool json)
{
    if (json) {
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return;
    }
    const QString id = o.contains(QStringLiteral("uid")) ? QString::number(o.value(QStringLiteral("uid")).toInteger())
                                                          : o.value(QStringLiteral("uidl")).toString();
    out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
            .arg(id, o.value(QStringLiteral("date")).toString(), o.value(QStringLiteral("from")).toString(),
                 o.value(QStringLiteral("subject")).toString())
            .arg(o.value(QStringLiteral("size")).toInteger()));
}

int printMessage(const QByteArray &raw, const FetchRequest &req)
{
    if (req.what == FetchRequest::What::Raw) {
        writeRaw(raw);
        return Ok;
    }
    QString error;
    const auto tree = MimeTree::parse(raw, &error);
    if (!tree)
        return fail(Refused, TrCli::tr("MIME tree: %1").arg(error));
    out(MimeTree::format(*tree));
    return Ok;
}

QJsonObject headerEntry(const QByteArray &headers)
{
    QJsonObject o;
    // Names decoded, addresses as written (RFC 2047 §5), a name holding
    // specials quoted beside the real address (RFC 5322 §3.4).
    const auto addresses = [&headers](const char *field) {
        return HeaderFields::withoutControls(AddressHeader::formatList(HeaderFields::raw(headers, field)));
    };
    o.insert(QStringLiteral("from"), addresses("From"));
    QJsonArray to;
    const QString toField = addresses("To");
    if (!toField.isEmpty())
        to.append(toField);
    o.insert(QStringLiteral("to"), to);
    o.insert(QStringLiteral("subject"), HeaderFields::decoded(headers, "Subject"));
    o.insert(QStringLiteral("date"), isoDate(HeaderFields::decoded(headers, "Date"), {}));
    return o;
}

QJsonObject rowEntry(const StoredMessage &m)
{
    QJsonObject o;
    if (m.uidl.isEmpty())
        o.insert(QStringLiteral("uid"), qint64(m.uid));
    else
        o.insert(QStringLiteral("uidl"), QString::fromLatin1(m.uidl));
    // The store keeps names decoded and addresses as written (RFC 2047 §5).
    o.insert(QStringLiteral("from"), m.fromAddress.isEmpty() && m.fromName.isEmpty()
                                         ? QString()
                                         : AddressHeader::format(m.fromName, m.fromAddress));
    QJsonArray to;
    for (const QString &piece : AddressList::split(m.to))
        to.append(piece);
    o.insert(QStringLiteral("to"), to);
    o.insert(QStringLiteral("subject"), m.subject);
    const QDateTime when = m.date.isValid() ? m.date : m.internalDate;
    o.insert(QStringLiteral("date"), when.isValid() ? when.toString(Qt::ISODate) : QString());
    o.insert(QStringLiteral("size"), m.size);
    QJsonArray flags;
    for (const QByteArray &f : MessageFlag::toImap(m.flags) + m.keywords)
        flags.append(QString::fromLatin1(f));
    o.insert(QStringLiteral("flags"), flags);
    return o;
}

} // namespace carteiro::cli
