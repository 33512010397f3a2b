// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/MaildirReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace carteiro {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(LocalMailbox) };

QStringList messageFiles(const QDir &dir)
{
    return dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name); // hidden files are not messages
}
} // namespace

QString MaildirReader::uniqueName(const QString &fileName, quint32 *flags)
{
    // ":2," on Unix; "!2," or ";2," where ':' cannot be in a file name.
    qsizetype info = -1;
    for (const char *sep : {":2,", "!2,", ";2,"}) {
        info = fileName.lastIndexOf(QLatin1String(sep));
        if (info >= 0)
            break;
    }
    if (flags) {
        *flags = 0;
        if (info >= 0) {
            for (const QChar c : fileName.mid(info + 3)) {
                switch (c.unicode()) {
                case 'D': *flags |= MessageFlag::Draft; break;
                case 'F': *flags |= MessageFlag::Flagged; break;
                case 'P': *flags |= MessageFlag::Forwarded; break; // passed: resent or forwarded
                case 'R': *flags |= MessageFlag::Answered; break;
                case 'S': *flags |= MessageFlag::Seen; break;
                case 'T': *flags |= MessageFlag::Deleted; break; // trashed: to be removed
                default: break; // lowercase letters are the writer's own keywords
                }
            }
        }
    }
    return info >= 0 ? fileName.left(info) : fileName;
}

std::unique_ptr<MaildirReader> MaildirReader::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = Tr::tr("%1: no such folder").arg(path);
        return nullptr;
    }
    const QDir dir(path);
    if (!info.isDir() || (!dir.exists(QStringLiteral("cur")) && !dir.exists(QStringLiteral("new")))) {
        *error = Tr::tr("%1 is not a Maildir: it has no cur/ and new/ folders").arg(path);
        return nullptr;
    }
    QList<LocalEntry> listed;
    for (const QString &sub : {QStringLiteral("cur"), QStringLiteral("new")}) {
        const QFileInfo subInfo(dir.filePath(sub));
        if (!subInfo.exists())
            continue;
        if (!subInfo.isDir() || !subInfo.isReadable() || !subInfo.isExecutable()) {
            *error = Tr::tr("cannot read %1: permission denied").arg(subInfo.filePath());
            return nullptr;
        }
        const bool isNew = sub == QLatin1String("new");
        for (const QString &name : messageFiles(QDir(subInfo.filePath()))) {
            LocalEntry e;
            e.file = sub + QLatin1Char('/') + name;
            e.key = uniqueName(name, isNew ? nullptr : &e.flags); // new/: not seen yet, no info
            listed.append(e);
        }
    }
    // Unique names begin with the delivery time: their order is the mailbox's.
    std::stable_sort(listed.begin(), listed.end(),
                     [](const LocalEntry &a, const LocalEntry &b) { return a.key < b.key; });
    for (int i = 0; i < listed.size(); ++i)
        listed[i].number = quint32(i + 1);
    std::unique_ptr<MaildirReader> r(new MaildirReader(Kind::Maildir, path));
    r->setListed(std::move(listed));
    return r;
}

QString MaildirReader::relocate(const LocalEntry &entry) const
{
    const QDir dir(m_path);
    for (const QString &sub : {QStringLiteral("cur"), QStringLiteral("new")}) {
        for (const QString &name : messageFiles(QDir(dir.filePath(sub))))
            if (uniqueName(name) == entry.key)
                return sub + QLatin1Char('/') + name;
    }
    return {};
}

} // namespace carteiro
