// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/LocalMailbox.h"

#include "local/MaildirReader.h"
#include "local/MboxReader.h"
#include "local/MhReader.h"
#include "mime/HeaderFields.h"
#include "store/MessageSummary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace carteiro {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(LocalMailbox) };

constexpr qint64 kMaxHeaderBlock = 256 * 1024;
} // namespace

LocalMailbox::~LocalMailbox() = default;

bool LocalMailbox::isSpec(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    const QString scheme = text.left(colon).toLower();
    return scheme == QLatin1String("mbox") || scheme == QLatin1String("maildir") || scheme == QLatin1String("mh") ||
           mbox::variantFromName(scheme.toLatin1()).has_value();
}

std::unique_ptr<LocalMailbox> LocalMailbox::openSpec(const QString &spec, QString *error)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 0 ? spec.left(colon).toLower() : QString();
    const QString path = colon > 0 ? spec.mid(colon + 1) : QString();
    if (path.isEmpty()) {
        *error = Tr::tr("\"%1\" names no mailbox: write mbox:PATH, maildir:PATH or mh:PATH").arg(spec);
        return nullptr;
    }
    if (scheme == QLatin1String("mbox"))
        return open(Kind::Mbox, path, error);
    if (scheme == QLatin1String("maildir"))
        return open(Kind::Maildir, path, error);
    if (scheme == QLatin1String("mh"))
        return open(Kind::Mh, path, error);
    if (const auto variant = mbox::variantFromName(scheme.toLatin1()))
        return MboxReader::open(path, *variant, error);
    *error = Tr::tr("\"%1\" is not a local mailbox kind: use mbox, maildir or mh").arg(scheme);
    return nullptr;
}

std::unique_ptr<LocalMailbox> LocalMailbox::openPath(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = Tr::tr("%1: no such file or folder").arg(path);
        return nullptr;
    }
    if (!info.isDir())
        return open(Kind::Mbox, path, error);
    const QDir dir(path);
    if (dir.exists(QStringLiteral("cur")) || dir.exists(QStringLiteral("new")))
        return open(Kind::Maildir, path, error);
    return open(Kind::Mh, path, error);
}

std::unique_ptr<LocalMailbox> LocalMailbox::open(Kind kind, const QString &path, QString *error)
{
    switch (kind) {
    case Kind::Mbox: return MboxReader::open(path, std::nullopt, error);
    case Kind::Maildir: return MaildirReader::open(path, error);
    case Kind::Mh: return MhReader::open(path, error);
    }
    return nullptr;
}

QString LocalMailbox::displayName() const
{
    const QString name = QFileInfo(QDir::cleanPath(m_path)).fileName();
    return name.isEmpty() ? m_path : name;
}

bool LocalMailbox::indexAll(QString *error)
{
    bool ok = true;
    while (!m_atEnd) {
        indexMore(4096, nullptr, &ok);
        if (!ok) {
            *error = m_error;
            return false;
        }
    }
    return true;
}

int LocalMailbox::find(const QString &key) const
{
    return m_byKey.value(key, -1);
}

StoredMessage LocalMailbox::summary(int index, const QByteArray &headerBlock) const
{
    StoredMessage m = MessageSummary::summarize(headerBlock);
    const LocalEntry &e = m_entries.at(index);
    m.size = e.length;
    m.flags = e.flags;
    m.internalDate = m.date;
    m.bodyCached = false;
    // Only the header was read: a multipart/mixed message is listed with the
    // attachment mark (RFC 2046 §5.1.3: parts meant to be kept apart).
    if (!m.hasAttachments)
        m.hasAttachments = HeaderFields::raw(headerBlock, "Content-Type").trimmed().toLower().startsWith("multipart/mixed");
    return m;
}

QByteArray LocalMailbox::readHeaderBlock(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(file, f.errorString());
        return {};
    }
    QByteArray out;
    while (!f.atEnd() && out.size() < kMaxHeaderBlock) {
        const QByteArray line = f.readLine(kMaxHeaderBlock);
        if (line.isEmpty())
            break;
        out += line;
        if (line == "\n" || line == "\r\n")
            break;
    }
    return out;
}

std::optional<QByteArray> LocalMailbox::readFile(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(file, f.errorString());
        return std::nullopt;
    }
    QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        *error = Tr::tr("cannot read %1: %2").arg(file, f.errorString());
        return std::nullopt;
    }
    return bytes;
}

bool LocalMailbox::setError(const QString &message)
{
    m_error = message;
    return false;
}

} // namespace carteiro
