// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3DirectorySink.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace carteiro {

QString Pop3DirectorySink::fileNameFor(const QByteArray &uidl)
{
    return QString::fromLatin1(uidl.toHex()) + QStringLiteral(".eml");
}

QString Pop3DirectorySink::pathFor(const QByteArray &uidl) const
{
    return QDir(m_directory).filePath(fileNameFor(uidl));
}

bool Pop3DirectorySink::storeMessage(const QByteArray &uidl, const QByteArray &raw, QString *error)
{
    if (uidl.isEmpty()) {
        *error = QCoreApplication::translate("Pop3", "a message without a unique-id cannot be stored");
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        *error = QCoreApplication::translate("Pop3", "cannot create the folder %1").arg(m_directory);
        return false;
    }
    QSaveFile file(pathFor(uidl));
    if (!file.open(QIODevice::WriteOnly) || file.write(raw) != raw.size() || !file.commit()) {
        *error = QCoreApplication::translate("Pop3", "cannot write %1: %2")
                     .arg(file.fileName(), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

QSet<QByteArray> Pop3DirectorySink::storedUidls() const
{
    QSet<QByteArray> out;
    const QStringList names = QDir(m_directory).entryList({QStringLiteral("*.eml")}, QDir::Files);
    for (const QString &name : names) {
        const QByteArray hex = name.chopped(4).toLatin1();
        const QByteArray uidl = QByteArray::fromHex(hex);
        if (!uidl.isEmpty() && uidl.toHex() == hex.toLower())
            out.insert(uidl);
    }
    return out;
}

} // namespace carteiro
